//! `automem view DIR...`: the web viewer of run folders (the automem-view crate).
use std::path::PathBuf;

/// Arguments of `automem view`.
#[derive(Debug, clap::Args)]
pub struct ViewArgs {
    /// Folders holding run folders (`automem run --out`, `serve`'s DATA/sessions, refine's evals);
    /// only files under them are read.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Address to serve on (loopback by default: the runs are readable by whoever reaches it).
    #[arg(long, default_value = "127.0.0.1:8090")]
    pub addr: String,
}

/// Serve the viewer until Ctrl-C.
pub fn run(args: &ViewArgs) -> anyhow::Result<()> {
    automem_view::run_blocking(&args.dirs, &args.addr)
}
