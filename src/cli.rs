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
    /// A catalog folder holding `exercises/` and `graders/` (default: the one the current
    /// workspace was made with, else the built-in catalog).
    #[arg(long, global = true, env = "COACH_CATALOG", value_name = "DIR")]
    pub catalog: Option<PathBuf>,
    /// A folder of graders (one subfolder per exercise), e.g. kept in a private repository
    /// (default: the one the current workspace was made with, else the catalog's).
    #[arg(long, global = true, env = "COACH_GRADERS", value_name = "DIR")]
    pub graders: Option<PathBuf>,
    /// The Python interpreter to run solutions with (default: `python3` on PATH).
    #[arg(long, global = true, env = "COACH_PYTHON", value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// When to use colors.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse to grade unless the sandbox's Landlock and seccomp protections are in force.
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
pub enum NewKind {
    Function,
    Class,
    Script,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the exercises with their difficulty, topics and your progress.
    ///
    /// Inside a workspace, → marks the current exercise (the first one not passed yet)
    /// and a last line sums up: passed, started, not started, and the score.
    List {
        /// Print the same as `coach progress`: one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Your progress as one JSON document: every exercise's state and score, the
    /// totals and the current exercise.
    Progress,
    /// Show an exercise's prompt and its sample cases.
    Show {
        /// The exercise, e.g. `palindrome` (default in a workspace: the first one not passed yet).
        slug: Option<String>,
    },
    /// Create a workspace with every starter file and a progress file.
    Init {
        /// Where to create it.
        #[arg(default_value = "coach-exercises")]
        dir: PathBuf,
    },
    /// Grade your solution of one exercise.
    Check {
        /// The exercise, e.g. `palindrome` (default in a workspace: the first one not passed yet).
        slug: Option<String>,
        /// The file to grade (default: the exercise's file in the current workspace).
        #[arg(long, value_name = "FILE")]
        solution: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Show hidden cases in full (for instructors).
        #[arg(long)]
        reveal: bool,
        /// Run every case, also the hidden cases after one that ran out of time (by
        /// default they are skipped, so a loop costs one time limit, not one per case).
        #[arg(long)]
        all: bool,
    },
    /// Check the current exercise again whenever its file is saved; move on when it passes.
    ///
    /// On a terminal it is a screen of its own that takes single keys: h (the next hint),
    /// l (the list, with progress), n (the next exercise), r (reset to the starter, after a
    /// y/N question), s (the solution, once passed), c (check now), q (quit).
    Watch {
        /// The exercise to start with (default: the first one not passed yet).
        slug: Option<String>,
    },
    /// Show the next hint for an exercise.
    Hint {
        /// The exercise, e.g. `palindrome` (default in a workspace: the first one not passed yet).
        slug: Option<String>,
    },
    /// Put an exercise's starter file back in place of your file (asks first).
    Reset {
        /// The exercise, e.g. `palindrome` (default in a workspace: the first one not passed yet).
        slug: Option<String>,
        /// Do not ask; needed when standard input is not a terminal.
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Show an exercise's reference solution, once your file passes it.
    Solution {
        /// The exercise, e.g. `palindrome`.
        slug: String,
    },
    /// For authors: files parse, the reference passes, the starter and wrong solutions fail as declared.
    Validate {
        /// The exercises to validate (default: all).
        slugs: Vec<String>,
        /// Print one JSON document (for a catalog repository's CI).
        #[arg(long)]
        json: bool,
        /// Mutation testing: grade small mistakes made to the reference (and to
        /// `graders/<slug>/mutate/*.py`) and report each one no case catches
        #[arg(long)]
        mutants: bool,
        /// With --mutants: how many mutants to grade at once (default: the number of cores)
        #[arg(long, short = 'j', value_name = "N", requires = "mutants")]
        jobs: Option<usize>,
        /// With --mutants: at most this many mutants per kind of mutation and file (default 25)
        #[arg(long, value_name = "N", requires = "mutants")]
        per_operator: Option<usize>,
    },
    /// For authors: scaffold a new exercise (exercises/<slug>/ and graders/<slug>/).
    New {
        /// The new exercise's name: lowercase letters, digits and dashes, e.g. `binary-search`.
        slug: String,
        /// How it is graded: a function, a class, or a script whose output is compared.
        #[arg(long, value_enum, default_value_t = NewKind::Function)]
        kind: NewKind,
        /// The catalog folder to add it to (default: --catalog, else the current folder).
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
    },
    /// Grade many submissions (for CI), in parallel, with reports.
    Grade(GradeArgs),
    /// Work with reports of earlier runs.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Print a shell completion script, e.g. `coach completions bash > ~/.local/share/bash-completion/completions/coach`.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `coach man > ~/.local/share/man/man1/coach.1`.
    Man,
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

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// Submission folders: a learner workspace or a student's repository (see --each).
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Each DIR holds one submission per subfolder (a cohort).
    #[arg(long)]
    pub each: bool,
    /// Grade these exercises (comma-separated); a missing file is then reported as missing.
    /// Default: every exercise whose file is present.
    #[arg(long, value_delimiter = ',', value_name = "SLUGS")]
    pub exercises: Vec<String>,
    /// How many solutions to grade at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Exit with 1 only when the overall score is below PERCENT (0-100), for a student's CI.
    #[arg(long, value_name = "PERCENT")]
    #[arg(value_parser = percent)]
    pub fail_under: Option<f64>,
    /// Exit 0 whenever the reports were written, whatever the scores (for runners that
    /// read the verdict from their results file, such as Exercism's).
    #[arg(long)]
    pub exit_zero: bool,
    /// Grade shard K of N (e.g. 2/4): a stable subset of the submissions, for CI matrices.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    #[command(flatten)]
    pub output: ReportArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Write a report, as FORMAT=PATH (PATH `-` is standard output); repeatable.
    /// Formats: json, junit, gradescope, exercism, csv, markdown, html (a gradebook page).
    #[arg(long = "report", value_name = "FORMAT=PATH")]
    pub reports: Vec<ReportTarget>,
    /// Visibility of hidden cases in the Gradescope report.
    #[arg(long, value_enum, default_value_t = Visibility::AfterDueDate)]
    pub gradescope_hidden: Visibility,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Combine the JSON reports of several shards into one, and render other formats from it.
    Merge {
        /// JSON reports written by `coach grade --report json=PATH`.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Refuse to merge unless the reports are exactly shards 1 to N of one run
        /// (`coach grade --shard K/N`): a shard whose job failed is not missed silently.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        expect_shards: Option<u32>,
        #[command(flatten)]
        output: ReportArgs,
    },
}

/// A report to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportTarget {
    pub format: ReportFormat,
    /// `None` for standard output.
    pub path: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Json,
    Junit,
    Gradescope,
    Exercism,
    Csv,
    Markdown,
    Html,
}

impl std::str::FromStr for ReportTarget {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let (format, path) = text.split_once('=').ok_or_else(|| {
            format!("`{text}`: write FORMAT=PATH, e.g. junit=report.xml or json=-")
        })?;
        let format = ReportFormat::from_str(format, true).map_err(|_| {
            format!("`{format}` is not a report format; use json, junit, gradescope, exercism, csv, markdown or html")
        })?;
        if path.is_empty() {
            return Err(format!(
                "`{text}`: the path is empty; use `-` for standard output"
            ));
        }
        let path = (path != "-").then(|| PathBuf::from(path));
        Ok(ReportTarget { format, path })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum Visibility {
    Hidden,
    AfterDueDate,
    AfterPublished,
    Visible,
}

fn percent(text: &str) -> Result<f64, String> {
    match text.trim_end_matches('%').parse::<f64>() {
        Ok(value) if (0.0..=100.0).contains(&value) => Ok(value),
        _ => Err(format!("`{text}` is not a percentage from 0 to 100")),
    }
}

/// `K/N`: the K-th of N shards, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let parsed = text.split_once('/').and_then(|(k, n)| {
            Some((k.trim().parse::<u32>().ok()?, n.trim().parse::<u32>().ok()?))
        });
        match parsed {
            Some((index, count)) if index >= 1 && index <= count => Ok(Shard { index, count }),
            _ => Err(format!("`{text}`: write K/N with 1 <= K <= N, e.g. 2/4")),
        }
    }
}
