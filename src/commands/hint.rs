//! `coach hint <slug>`: the next hint, remembered in the workspace.

use std::io::Write;

use anyhow::Result;

use super::{Context, Outcome};
use crate::workspace::Workspace;

pub fn run(context: &Context, slug: &str, out: &mut dyn Write) -> Result<Outcome> {
    let exercise = context.catalog.exercise(slug)?;
    if exercise.hints.is_empty() {
        writeln!(
            out,
            "`{slug}` has no hints. Its sample cases (`coach show {slug}`) are the best guide."
        )?;
        return Ok(Outcome::Success);
    }
    let total = exercise.hints.len();
    let Some(mut workspace) = Workspace::find(&std::env::current_dir()?)? else {
        writeln!(out, "Hint 1 of {total}: {}", exercise.hints[0])?;
        writeln!(
            out,
            "(Run `coach init` to get the next hints one at a time.)"
        )?;
        return Ok(Outcome::Success);
    };
    let entry = workspace.entry(slug);
    let shown = entry.hints_shown.min(total);
    if shown == total {
        for (i, hint) in exercise.hints.iter().enumerate() {
            writeln!(out, "Hint {} of {total}: {hint}", i + 1)?;
        }
        writeln!(out, "That was every hint.")?;
        return Ok(Outcome::Success);
    }
    workspace.update(slug, |entry| {
        entry.hints_shown = entry.hints_shown.max(shown + 1)
    })?;
    writeln!(
        out,
        "Hint {} of {total}: {}",
        shown + 1,
        exercise.hints[shown]
    )?;
    Ok(Outcome::Success)
}
