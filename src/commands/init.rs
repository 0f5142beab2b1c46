//! `coach init [DIR]`: a workspace with every starter file and a progress file.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::{Context, Outcome};
use crate::workspace::Workspace;

pub fn run(context: &Context, dir: &Path, out: &mut dyn Write) -> Result<Outcome> {
    let exercises = context.catalog.exercises()?;
    let (workspace, written, kept) = Workspace::init(dir, &exercises)?;
    writeln!(out, "Workspace ready in `{}`.", workspace.root.display())?;
    if !written.is_empty() {
        writeln!(out, "  new starter files: {}", written.join(", "))?;
    }
    if !kept.is_empty() {
        writeln!(out, "  kept your existing files: {}", kept.join(", "))?;
    }
    let first = exercises.first().map_or("palindrome", |e| e.slug.as_str());
    writeln!(
        out,
        "\nNext:\n  cd {}\n  coach show {first}\n  coach check {first}",
        dir.display()
    )?;
    Ok(Outcome::Success)
}
