//! `coach reset [<slug>]`: put an exercise's starter back in place of the learner's file.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use super::{Context, Outcome};
use crate::catalog::Exercise;
use crate::workspace::{Workspace, write_atomically};

pub fn run(
    context: &Context,
    slug: Option<String>,
    yes: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let slug = super::slug_or_current(context, slug, "reset")?;
    let exercise = context.catalog.exercise(&slug)?;
    let Some(workspace) = Workspace::find(&std::env::current_dir()?)? else {
        bail!(
            "`coach reset` works inside a workspace (made by `coach init`), where it puts the starter of `{slug}` back in place of `{}`",
            exercise.file
        );
    };
    let path = workspace.file_of(&exercise);
    if is_starter(&path, &exercise) {
        writeln!(
            out,
            "`{}` is the starter already: nothing to reset.",
            exercise.file
        )?;
        return Ok(Outcome::Success);
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            bail!(
                "`coach reset {slug}` replaces `{}` with its starter, and your changes are lost: there is no terminal to ask on, so pass --yes to go ahead",
                exercise.file
            );
        }
        write!(out, "{} [y/N] ", question(&exercise))?;
        out.flush()?;
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .context("cannot read the answer")?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            writeln!(out, "Nothing changed.")?;
            return Ok(Outcome::Success);
        }
    }
    restore(&workspace, &exercise)?;
    writeln!(
        out,
        "`{}` is the starter again (`coach show {slug}` prints the prompt).",
        exercise.file
    )?;
    Ok(Outcome::Success)
}

/// What to ask before a reset.
pub fn question(exercise: &Exercise) -> String {
    format!(
        "Replace `{}` with its starter? Your changes to it are lost.",
        exercise.file
    )
}

/// Whether the file at `path` holds the exercise's starter, as `coach init` wrote it.
pub fn is_starter(path: &std::path::Path, exercise: &Exercise) -> bool {
    std::fs::read(path).is_ok_and(|bytes| bytes == exercise.starter.as_bytes())
}

/// Write the starter in place of the workspace's file, atomically.
pub fn restore(workspace: &Workspace, exercise: &Exercise) -> Result<PathBuf> {
    let path = workspace.file_of(exercise);
    write_atomically(&path, exercise.starter.as_bytes())?;
    Ok(path)
}
