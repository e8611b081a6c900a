//! `automem inspect`: what a component is and declares.
use super::{Cli, resolve_component};
use crate::{Runtime, World};

/// Flags of `automem inspect`.
#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// A component name (looked up in target/components) or a path to a .wasm file.
    pub component: String,
    /// The world to load it as.
    #[arg(long, default_value = "game")]
    pub world: String,
    /// For a game: show this task's actions, limits and instructions (default: its first task).
    #[arg(long)]
    pub task: Option<String>,
}

pub fn run(cli: &Cli, args: &InspectArgs) -> anyhow::Result<()> {
    let world = World::parse(&args.world)
        .ok_or_else(|| anyhow::anyhow!("unknown world `{}`; use game, memory-schema or policy", args.world))?;
    let path = resolve_component(cli, &args.component)?;
    let runtime = Runtime::new(cli.sandbox.config(4)?, crate::cache::ComponentCache::default_dir())?;
    match world {
        World::Game => {
            let plugin = runtime.load_game(&path)?;
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
            let plugin = runtime.load_schema(&path)?;
            let info = plugin.instantiate(0, automem_memory::Memory::default())?.describe()?;
            println!("schema {} {} for game {} (sha256 {})", info.name, info.version, info.game, plugin.hash());
            println!("{}", info.description);
            for f in &info.files {
                println!("  file {}: {}", f.path, f.description);
            }
            println!("LOG ops: {}; PLAN ops: {}", info.log_ops.join(", "), info.plan_ops.join(", "));
        }
        World::Policy => {
            let plugin = runtime.load_policy(&path)?;
            plugin.instantiate(0, &[])?;
            println!("policy {} (sha256 {})", plugin.name(), plugin.hash());
        }
    }
    Ok(())
}
