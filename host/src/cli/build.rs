//! `automem build`.
use super::Cli;
use crate::build::{BuildOptions, build};

/// Flags of `automem build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Build only these guests (package names).
    pub guests: Vec<String>,
    /// Also build the test suite's guests (tests/guests).
    #[arg(long)]
    pub tests: bool,
}

pub fn run(cli: &Cli, args: &BuildArgs) -> anyhow::Result<()> {
    let root = cli.workspace_root()?;
    let mut options = BuildOptions::new(&root);
    if args.tests {
        options = options.with_test_guests();
    }
    options.only = args.guests.clone();
    options.verbose = cli.verbose > 0;
    let started = std::time::Instant::now();
    let built = build(&options)?;
    for b in &built {
        let size = std::fs::metadata(&b.component).map(|m| m.len()).unwrap_or(0);
        println!(
            "{:<16} {:<14} {:>8} KiB  {}{}",
            b.guest.name,
            b.guest.world.name(),
            size.div_ceil(1024),
            b.component.display(),
            if b.encoded { "" } else { "  (up to date)" }
        );
    }
    println!("built {} component(s) in {:.1?}", built.len(), started.elapsed());
    Ok(())
}
