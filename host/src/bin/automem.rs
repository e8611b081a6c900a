//! The `automem` command; everything lives in the library's `cli` module.
fn main() -> std::process::ExitCode {
    automem::cli::main()
}
