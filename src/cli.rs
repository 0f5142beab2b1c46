//! Command-line types (clap derive only); their doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// coach: auto-graded Python exercises, with hidden tests, limits and clear diffs.
#[derive(Debug, Parser)]
#[command(name = "coach", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// A catalog folder holding `exercises/` and `graders/` (default: the built-in catalog).
    #[arg(long, global = true, env = "COACH_CATALOG", value_name = "DIR")]
    pub catalog: Option<PathBuf>,
    /// A folder of graders (one subfolder per exercise), e.g. kept in a private repository.
    #[arg(long, global = true, env = "COACH_GRADERS", value_name = "DIR")]
    pub graders: Option<PathBuf>,
    /// The Python interpreter to run solutions with (default: `python3` on PATH).
    #[arg(long, global = true, env = "COACH_PYTHON", value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// When to use colors.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse to grade unless every sandbox protection (Landlock, seccomp) is in force.
    #[arg(long, global = true)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the exercises with their difficulty, topics and your progress.
    List,
    /// Show an exercise's prompt and its sample cases.
    Show {
        /// The exercise, e.g. `palindrome`.
        slug: String,
    },
    /// Create a workspace with every starter file and a progress file.
    Init {
        /// Where to create it.
        #[arg(default_value = "coach-exercises")]
        dir: PathBuf,
    },
    /// Grade your solution of one exercise.
    Check {
        /// The exercise, e.g. `palindrome`.
        slug: String,
        /// The file to grade (default: the exercise's file in the current workspace).
        #[arg(long, value_name = "FILE")]
        solution: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Show hidden cases in full (for instructors).
        #[arg(long)]
        reveal: bool,
    },
    /// Show the next hint for an exercise.
    Hint {
        /// The exercise, e.g. `palindrome`.
        slug: String,
    },
    /// For authors: files parse, the reference passes, the starter and wrong solutions fail as declared.
    Validate {
        /// The exercises to validate (default: all).
        slugs: Vec<String>,
    },
    /// Internal: apply the sandbox to this process, then run the given program.
    #[command(name = "__sandbox", hide = true)]
    Sandbox {
        /// The sandbox settings, as JSON.
        #[arg(long)]
        config: String,
        /// The program and its arguments.
        #[arg(last = true, required = true)]
        program: Vec<std::ffi::OsString>,
    },
}
