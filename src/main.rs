//! coach: auto-graded Python exercises. Parse, run, map the result to an exit code.

mod catalog;
mod cli;
mod commands;
mod export;
mod grading;
mod judge;
mod parallel;
mod python;
mod report;
mod results;
mod sandbox;
mod script;
mod steps;
mod suggest;
mod value;
mod verdict;
mod worker;
mod workspace;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if let Some((config, program)) = helper_command_line() {
        let error = sandbox::exec_sandboxed(&config, &program);
        return helper_failed(&error);
    }
    let cli = cli::Cli::parse();
    let sandbox_helper = matches!(cli.command, cli::Command::Sandbox { .. });
    match commands::run(cli) {
        Ok(commands::Outcome::Success) => ExitCode::SUCCESS,
        Ok(commands::Outcome::Failure) => ExitCode::from(1),
        Err(error) if sandbox_helper => helper_failed(&error),
        // NOTE: `coach ... | head` closes the pipe early; that is not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// The sandbox helper's command line, `__sandbox --config JSON -- PROGRAM [ARGS...]`, as
/// coach writes it: read without building the whole command-line parser, which would cost
/// every sandboxed start about half a millisecond. Any other shape goes through the parser.
fn helper_command_line() -> Option<(String, Vec<std::ffi::OsString>)> {
    let mut args = std::env::args_os().skip(1);
    if args.next()? != "__sandbox" || args.next()? != "--config" {
        return None;
    }
    let config = args.next()?.into_string().ok()?;
    if args.next()? != "--" {
        return None;
    }
    let program: Vec<_> = args.collect();
    (!program.is_empty()).then_some((config, program))
}

/// The helper could not set up the sandbox: say so on stderr, where the runner looks.
fn helper_failed(error: &anyhow::Error) -> ExitCode {
    eprintln!("{}{error:#}", sandbox::SETUP_PREFIX);
    ExitCode::from(sandbox::SETUP_FAILED as u8)
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
