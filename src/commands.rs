//! One file per subcommand, and the settings they share.

mod check;
mod folders;
mod grade;
mod hint;
mod init;
mod list;
mod mutants;
mod new;
mod progress;
mod report;
mod reset;
mod show;
mod solution;
mod validate;
mod watch;

use std::cell::OnceCell;
use std::io::{IsTerminal, Write as _};
use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::catalog::{Catalog, Source};
use crate::cli::{Cli, ColorChoice, Command, ReportCommand};
use crate::python::Python;
use crate::report::Styles;
use crate::workspace::Workspace;
use folders::Folders;

/// What a command reports back to `main`: did everything graded pass?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
}

/// Settings every command shares, made once from the command line.
pub struct Context {
    pub catalog: Catalog,
    pub styles: Styles,
    pub strict: bool,
    /// The catalog and graders folders in use (none: the built-in ones).
    pub folders: Folders,
    /// What a sandboxed program must never be able to read: the coach executable (it
    /// embeds the built-in graders) and the catalog and graders folders.
    secrets: Vec<PathBuf>,
    python_request: Option<PathBuf>,
    python: OnceCell<Python>,
}

impl Context {
    fn new(cli: &Cli) -> Result<Context> {
        let global = &cli.global;
        let folders = Folders::resolve(global)?;
        let (exercises, mut graders) = match &folders.catalog {
            Some(dir) => {
                if !dir.join("exercises").is_dir() {
                    bail!(
                        "`{}` is not a catalog: it has no `exercises` folder",
                        dir.display()
                    );
                }
                (
                    Source::Folder(dir.join("exercises")),
                    Source::Folder(dir.join("graders")),
                )
            }
            None => (Source::embedded_exercises(), Source::embedded_graders()),
        };
        if let Some(dir) = &folders.graders {
            if !dir.is_dir() {
                bail!("`{}` (from --graders) is not a folder", dir.display());
            }
            graders = Source::Folder(dir.clone());
        }
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Ok(Context {
            catalog: Catalog::new(exercises, graders),
            styles: if color {
                Styles::colored()
            } else {
                Styles::default()
            },
            strict: global.strict,
            secrets: std::env::current_exe()
                .into_iter()
                .chain(folders.catalog.clone())
                .chain(folders.graders.clone())
                .collect(),
            folders,
            python_request: global.python.clone(),
            python: OnceCell::new(),
        })
    }

    /// The interpreter, resolved on first use.
    pub fn python(&self) -> Result<&Python> {
        if let Some(python) = self.python.get() {
            return Ok(python);
        }
        let python = Python::resolve(self.python_request.as_deref())?;
        let read = crate::sandbox::read_paths(&python, false);
        for (secret, path) in crate::sandbox::exposed(&read, &self.secrets) {
            let problem = format!(
                "`{}` lies under `{}`, which the sandbox lets Python read, so learner code could read it",
                secret.display(),
                path.display()
            );
            if self.strict {
                bail!(
                    "{problem}; --strict refuses to grade: move coach or the catalog out of the Python installation and system library folders"
                );
            }
            eprintln!("warning: {problem}");
        }
        Ok(self.python.get_or_init(|| python))
    }
}

/// The exercise a learner command is about: the one named, else (inside a workspace) the
/// current one, the first in catalog order not passed yet.
fn slug_or_current(context: &Context, slug: Option<String>, command: &str) -> Result<String> {
    if let Some(slug) = slug {
        return Ok(slug);
    }
    let Some(workspace) = Workspace::find(&std::env::current_dir()?)? else {
        bail!(
            "name an exercise, e.g. `coach {command} palindrome` (`coach list` shows them all); inside a workspace (`coach init`) it defaults to the first one not passed yet"
        );
    };
    let exercises = context.catalog.exercises()?;
    match exercises.iter().find(|e| !workspace.passed(&e.slug)) {
        Some(current) => Ok(current.slug.clone()),
        None => bail!(
            "every exercise in `{}` has passed: name the one you mean, e.g. `coach {command} {}`",
            workspace.root.display(),
            exercises.first().map_or("palindrome", |e| e.slug.as_str())
        ),
    }
}

/// The command line without its hidden (internal) subcommands, for completions.
fn public_command() -> clap::Command {
    let full = <Cli as clap::CommandFactory>::command();
    let visible: Vec<clap::Command> = full
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .cloned()
        .collect();
    let mut public = clap::Command::new("coach")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommands(visible);
    for arg in full.get_arguments() {
        public = public.arg(arg.clone());
    }
    public
}

/// Run the parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let mut out = std::io::stdout().lock();
    // NOTE: these need no catalog: the helper runs inside the sandbox, `new` may be what
    // starts a catalog, and completions and the man page describe only the command line.
    match &cli.command {
        Command::Sandbox { config, program } => {
            return Err(crate::sandbox::exec_sandboxed(config, program));
        }
        Command::Completions { shell } => {
            // NOTE: rendered first: clap_complete panics on a failed write (a closed
            // pipe), while a write error here ends quietly like any other command's.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut public_command(), "coach", &mut script);
            out.write_all(&script)?;
            return Ok(Outcome::Success);
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command).render(&mut out)?;
            return Ok(Outcome::Success);
        }
        Command::New { slug, kind, into } => {
            let root = into
                .clone()
                .or_else(|| cli.global.catalog.clone())
                .unwrap_or_else(|| PathBuf::from("."));
            return new::run(&root, slug, *kind, &mut out);
        }
        _ => {}
    }
    let context = Context::new(&cli)?;
    match cli.command {
        Command::List { json } => list::run(&context, json, &mut out),
        Command::Progress => progress::run(&context, &mut out),
        Command::Show { slug } => show::run(
            &context,
            &slug_or_current(&context, slug, "show")?,
            &mut out,
        ),
        Command::Init { dir } => init::run(&context, &dir, &mut out),
        Command::Check {
            slug,
            solution,
            format,
            reveal,
            all,
        } => check::run(&context, slug, solution, format, reveal, all, &mut out),
        Command::Watch { slug } => watch::run(&context, slug, &mut out),
        Command::Hint { slug } => hint::run(
            &context,
            &slug_or_current(&context, slug, "hint")?,
            &mut out,
        ),
        Command::Reset { slug, yes } => reset::run(&context, slug, yes, &mut out),
        Command::Solution { slug } => solution::run(&context, &slug, &mut out),
        Command::Validate {
            slugs,
            json,
            mutants: true,
            jobs,
            per_operator,
        } => mutants::run(&context, &slugs, json, (jobs, per_operator), &mut out),
        Command::Validate { slugs, json, .. } => validate::run(&context, &slugs, json, &mut out),
        Command::Grade(args) => grade::run(&context, &args, &mut out),
        Command::Report(ReportCommand::Merge {
            files,
            expect_shards,
            output,
        }) => report::merge(&files, expect_shards, &output),
        Command::Sandbox { .. }
        | Command::New { .. }
        | Command::Completions { .. }
        | Command::Man => Ok(Outcome::Success),
    }
}
