//! `coach watch`: check the current exercise again whenever its file is saved, and move
//! on to the next one when it passes.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use notify::{RecursiveMode, Watcher};
use owo_colors::OwoColorize;

use super::{Context, Outcome, check};
use crate::catalog::Exercise;
use crate::cli::Format;
use crate::workspace::Workspace;

pub fn run(context: &Context, slug: Option<String>, out: &mut dyn Write) -> Result<Outcome> {
    let Some(workspace) = Workspace::find(&std::env::current_dir()?)? else {
        bail!("`coach watch` works inside a workspace: run `coach init` first, then `cd` into it");
    };
    let exercises = context.catalog.exercises()?;
    let mut current = match slug {
        Some(slug) => context.catalog.exercise(&slug)?,
        None => match next_unpassed(&exercises, &workspace, None) {
            Some(exercise) => exercise.clone(),
            None => {
                writeln!(out, "Every exercise has passed. Well done!")?;
                return Ok(Outcome::Success);
            }
        },
    };
    let (sender, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = sender.send(event);
    })
    .context("cannot watch files")?;
    watcher
        .watch(&workspace.root, RecursiveMode::NonRecursive)
        .with_context(|| format!("cannot watch `{}`", workspace.root.display()))?;
    let clear = std::io::stdout().is_terminal();
    loop {
        if clear {
            write!(out, "\x1b[2J\x1b[H")?;
        }
        let outcome = check::run(
            context,
            &current.slug,
            None,
            Format::Human,
            false,
            false,
            out,
        )?;
        let s = &context.styles;
        if outcome == Outcome::Success {
            let fresh = Workspace::find(&workspace.root)?;
            match next_unpassed(
                &exercises,
                fresh.as_ref().unwrap_or(&workspace),
                Some(&current.slug),
            ) {
                Some(next) => {
                    writeln!(
                        out,
                        "\n{} next up: {} — open `{}`",
                        "✓".style(s.pass),
                        next.slug.style(s.bold),
                        next.file
                    )?;
                    writeln!(out, "  (`coach show {}` prints its prompt)", next.slug)?;
                    current = next.clone();
                }
                None => {
                    writeln!(out, "\nEvery exercise has passed. Well done!")?;
                    return Ok(Outcome::Success);
                }
            }
        }
        writeln!(
            out,
            "\n{}",
            format!(
                "Watching `{}`: save it to check again (Ctrl-C to stop).",
                current.file
            )
            .style(s.dim)
        )?;
        out.flush()?;
        wait_for_save(&events, &workspace.root.join(&current.file))?;
    }
}

/// Block until `file` is written, then let a burst of events settle.
fn wait_for_save(
    events: &mpsc::Receiver<notify::Result<notify::Event>>,
    file: &Path,
) -> Result<()> {
    let name = file.file_name();
    let touches = |event: &notify::Event| {
        !event.kind.is_access() && event.paths.iter().any(|p| p.file_name() == name)
    };
    loop {
        match events.recv() {
            Ok(Ok(event)) if touches(&event) => break,
            Ok(_) => {}
            Err(_) => bail!("the file watcher stopped"),
        }
    }
    // NOTE: editors save in several steps (write, rename, chmod); check once they are done.
    while events.recv_timeout(Duration::from_millis(150)).is_ok() {}
    Ok(())
}

/// The first exercise (in catalog order, after `after` when given) not passed yet.
fn next_unpassed<'a>(
    exercises: &'a [Exercise],
    workspace: &Workspace,
    after: Option<&str>,
) -> Option<&'a Exercise> {
    let passed = |e: &Exercise| {
        workspace
            .progress
            .exercises
            .get(&e.slug)
            .is_some_and(|p| p.passed)
    };
    let start = after
        .and_then(|slug| exercises.iter().position(|e| e.slug == slug))
        .map_or(0, |i| i + 1);
    exercises[start..]
        .iter()
        .chain(&exercises[..start])
        .find(|e| !passed(e) && Some(e.slug.as_str()) != after)
}
