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
    let cli = cli::Cli::parse();
    let sandbox_helper = matches!(cli.command, cli::Command::Sandbox { .. });
    match commands::run(cli) {
        Ok(commands::Outcome::Success) => ExitCode::SUCCESS,
        Ok(commands::Outcome::Failure) => ExitCode::from(1),
        Err(error) if sandbox_helper => {
            eprintln!("{}{error:#}", sandbox::SETUP_PREFIX);
            ExitCode::from(sandbox::SETUP_FAILED as u8)
        }
        // NOTE: `coach ... | head` closes the pipe early; that is not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
