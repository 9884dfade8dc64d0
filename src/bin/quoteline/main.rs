//! The `quoteline` command line: a thin edge over the core for newsroom pipelines, benchmarks and
//! evaluation. See `quoteline --help` and CONTRACT.md.

// The CLI is native only; under wasm32 (e.g. `wasm-pack test` building every target) it is empty.
#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
