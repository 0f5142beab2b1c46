//! `coach watch`: check the current exercise again whenever its file is saved, and move
//! on to the next one when it passes.
//!
//! On a terminal it is an interactive screen (`screen`); when standard input or output is
//! not a terminal, it prints one report after another (the line mode, here). Both wait on
//! the same events (`checks`): a save cancels the running check and starts another
//! [`checks::DEBOUNCE`] later.

mod checks;
mod layout;
mod screen;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use anyhow::{Result, bail};
use owo_colors::OwoColorize;

use super::{Context, Outcome, check};
use crate::catalog::{Exercise, Graders};
use crate::cli::Format;
use crate::verdict::Status;
use crate::workspace::Workspace;
use checks::{Checks, Debounce, Event};

pub fn run(context: &Context, slug: Option<String>, out: &mut dyn Write) -> Result<Outcome> {
    let Some(workspace) = Workspace::find(&std::env::current_dir()?)? else {
        bail!("`coach watch` works inside a workspace: run `coach init` first, then `cd` into it");
    };
    let exercises = context.catalog.exercises()?;
    let current = match slug {
        Some(slug) => {
            let exercise = context.catalog.exercise(&slug)?;
            exercises
                .iter()
                .position(|e| e.slug == exercise.slug)
                .unwrap_or_default()
        }
        None => match next_unpassed(&exercises, &workspace, None) {
            Some(index) => index,
            None => {
                writeln!(out, "Every exercise has passed. Well done!")?;
                return Ok(Outcome::Success);
            }
        },
    };
    if context.strict {
        crate::sandbox::require_full()?;
    }
    let graders = context.catalog.graders(&exercises[current])?;
    let (sender, events) = mpsc::channel();
    let _watcher = checks::watch_folder(&workspace.root, sender.clone())?;
    let checks = Checks::new(sender.clone(), context.python()?.clone(), context.strict);
    let watch = Watch {
        context,
        root: workspace.root,
        exercises,
        current,
        graders,
        checks,
        events,
        debounce: Debounce::default(),
    };
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        screen::run(watch, sender, out)
    } else {
        lines(watch, out)
    }
}

/// What both modes share: the exercises, the current one, the checks and their events.
struct Watch<'a> {
    context: &'a Context,
    root: PathBuf,
    exercises: Vec<Exercise>,
    /// The current exercise's index in `exercises`.
    current: usize,
    graders: Graders,
    checks: Checks,
    events: Receiver<Event>,
    debounce: Debounce,
}

impl Watch<'_> {
    fn exercise(&self) -> &Exercise {
        &self.exercises[self.current]
    }

    fn start_check(&mut self) {
        let path = self.root.join(&self.exercise().file);
        let exercise = &self.exercises[self.current];
        self.checks.start(exercise, &self.graders, path);
    }

    /// A save of the current exercise's file: cancel the running check at once, and
    /// check again once the save's other writes are done.
    fn saved(&mut self, name: &std::ffi::OsStr) -> bool {
        if name != self.exercise().file.as_str() {
            return false;
        }
        self.checks.cancel();
        self.debounce.saved(Instant::now());
        true
    }

    fn move_to(&mut self, index: usize) -> Result<()> {
        self.checks.cancel();
        self.graders = self.context.catalog.graders(&self.exercises[index])?;
        self.current = index;
        Ok(())
    }

    /// The workspace as it is on disk now.
    fn workspace(&self) -> Result<Option<Workspace>> {
        Workspace::find(&self.root)
    }

    /// The next exercise not passed yet after the current one (wrapping around).
    fn next_unpassed(&self) -> Result<Option<usize>> {
        Ok(self.workspace()?.and_then(|workspace| {
            next_unpassed(&self.exercises, &workspace, Some(&self.exercise().slug))
        }))
    }

    fn passed_count(&self) -> usize {
        let workspace = self.workspace().ok().flatten();
        self.exercises
            .iter()
            .filter(|e| workspace.as_ref().is_some_and(|w| w.passed(&e.slug)))
            .count()
    }

    /// Print a finished check's report (as `coach check` does) and record it.
    fn report(&self, outcome: &crate::worker::Outcome, out: &mut dyn Write) -> Result<Status> {
        let mut workspace = self.workspace()?;
        check::report(
            self.context,
            (self.exercise(), &self.graders, outcome),
            (Format::Human, false, &self.root.join(&self.exercise().file)),
            workspace.as_mut(),
            out,
        )
    }
}

/// The line mode: a report per check, moving on by itself when an exercise passes.
fn lines(mut watch: Watch, out: &mut dyn Write) -> Result<Outcome> {
    let clear = std::io::stdout().is_terminal();
    let s = watch.context.styles;
    watch.start_check();
    loop {
        match checks::next_event(&watch.events, &watch.debounce)? {
            None if watch.debounce.take_due(Instant::now()) => {
                if clear {
                    write!(out, "\x1b[2J\x1b[H")?;
                    out.flush()?;
                }
                watch.start_check();
                continue;
            }
            Some(Event::Saved(name)) => {
                watch.saved(&name);
                continue;
            }
            Some(Event::Checked { id, result }) if watch.checks.finished(id) => {
                if watch.report(&result?, out)? == Status::Passed {
                    match watch.next_unpassed()? {
                        Some(next) => {
                            let exercise = &watch.exercises[next];
                            writeln!(
                                out,
                                "\n{} next up: {} — open `{}`",
                                "✓".style(s.pass),
                                exercise.slug.style(s.bold),
                                exercise.file
                            )?;
                            writeln!(out, "  (`coach show {}` prints its prompt)", exercise.slug)?;
                            watch.move_to(next)?;
                        }
                        None => {
                            writeln!(out, "\nEvery exercise has passed. Well done!")?;
                            return Ok(Outcome::Success);
                        }
                    }
                }
                let watching = format!(
                    "Watching `{}`: save it to check again (Ctrl-C to stop).",
                    watch.exercise().file
                );
                writeln!(out, "\n{}", watching.style(s.dim))?;
                out.flush()?;
            }
            Some(Event::WatchFailed(error)) => bail!("the file watcher failed: {error}"),
            _ => {}
        }
    }
}

/// The index of the first exercise (in catalog order, after `after` when given, wrapping
/// around) not passed yet.
fn next_unpassed(
    exercises: &[Exercise],
    workspace: &Workspace,
    after: Option<&str>,
) -> Option<usize> {
    let start = after
        .and_then(|slug| exercises.iter().position(|e| e.slug == slug))
        .map_or(0, |i| i + 1);
    (start..exercises.len()).chain(0..start).find(|&i| {
        let slug = &exercises[i].slug;
        !workspace.passed(slug) && Some(slug.as_str()) != after
    })
}
