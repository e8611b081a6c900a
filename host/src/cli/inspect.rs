//! `automem inspect`: what a component is and declares.
use super::{Cli, resolve_component};
use crate::error::{PluginError, PluginErrorKind};
use crate::{Runtime, World};

/// Flags of `automem inspect`.
#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// A component name (looked up in target/components) or a path to a .wasm file.
    pub component: String,
    /// The world to load it as: game, memory-schema or policy (default: the one it exports).
    #[arg(long)]
    pub world: Option<String>,
    /// For a game: show this task's actions, limits and instructions (default: its first task).
    #[arg(long)]
    pub task: Option<String>,
}

pub fn run(cli: &Cli, args: &InspectArgs) -> anyhow::Result<()> {
    let path = resolve_component(cli, &args.component)?;
    let runtime = Runtime::new(cli.sandbox.config(4)?, crate::cache::ComponentCache::default_dir())?;
    if let Some(world) = &args.world {
        let world = World::parse(world)
            .ok_or_else(|| anyhow::anyhow!("unknown world `{world}`; use game, memory-schema or policy"))?;
        return inspect(&runtime, &path, world, args);
    }
    // No world named: the one the component exports (a wrong world is refused at load, before
    // anything runs, so trying the next is cheap).
    let mut last = None;
    for world in [World::Game, World::MemorySchema, World::Policy] {
        match inspect(&runtime, &path, world, args) {
            Err(e) if e.downcast_ref::<PluginError>().is_some_and(|p| p.kind == PluginErrorKind::WrongWorld) => {
                last = Some(e)
            }
            other => return other,
        }
    }
    Err(last.unwrap_or_else(|| anyhow::anyhow!("{} is not a game, memory schema or policy", path.display())))
}

/// Print what the component declares as `world`.
fn inspect(runtime: &Runtime, path: &std::path::Path, world: World, args: &InspectArgs) -> anyhow::Result<()> {
    match world {
        World::Game => {
            let plugin = runtime.load_game(path)?;
            let mut instance = plugin.instantiate(0)?;
            let game = instance.info()?;
            println!("game {} {} (sha256 {})", game.name, game.version, plugin.hash());
            println!("tasks: {}", game.tasks.join(", "));
            let task = args.task.as_deref().unwrap_or("");
            let info = instance.task_info(task)?;
            if game.tasks.len() > 1 {
                let shown = if task.is_empty() { game.tasks.first().map_or("", String::as_str) } else { task };
                println!("task {shown} (--task picks another):");
            }
            println!("actions ({}): {}", info.actions.len(), info.actions.join(", "));
            println!("default action: {}; max steps: {}", info.default_action, info.max_steps);
            println!("\n{}", info.instructions);
        }
        World::MemorySchema => {
            let plugin = runtime.load_schema(path)?;
            let info = plugin.instantiate(0, automem_memory::Memory::default())?.describe()?;
            println!("schema {} {} for game {} (sha256 {})", info.name, info.version, info.game, plugin.hash());
            println!("{}", info.description);
            for f in &info.files {
                println!("  file {}: {}", f.path, f.description);
            }
            println!("LOG ops: {}; PLAN ops: {}", info.log_ops.join(", "), info.plan_ops.join(", "));
            println!(
                "calls: {} LOG, {} PLAN; fallback action: {}",
                info.max_log_calls,
                info.max_plan_calls,
                info.fallback_action.as_deref().unwrap_or("the game's default")
            );
        }
        World::Policy => {
            let plugin = runtime.load_policy(path)?;
            plugin.instantiate(0, &[])?;
            println!("policy {} (sha256 {})", plugin.name(), plugin.hash());
        }
    }
    Ok(())
}
