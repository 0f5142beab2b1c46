//! `coach list`: the exercises with difficulty, topics and progress.

use std::io::Write;

use anyhow::Result;
use owo_colors::OwoColorize;

use super::{Context, Outcome};
use crate::verdict::Status;
use crate::workspace::Workspace;

pub fn run(context: &Context, out: &mut dyn Write) -> Result<Outcome> {
    let exercises = context.catalog.exercises()?;
    let cwd = std::env::current_dir()?;
    let workspace = Workspace::find(&cwd)?;
    let s = &context.styles;
    let width = exercises.iter().map(|e| e.slug.len()).max().unwrap_or(0);
    for exercise in &exercises {
        let progress = workspace
            .as_ref()
            .and_then(|w| w.progress.exercises.get(&exercise.slug));
        let mark = match progress {
            Some(p) if p.passed => "✓".style(s.pass).to_string(),
            Some(p) if p.status.is_some() && p.status != Some(Status::Passed) => {
                "✗".style(s.fail).to_string()
            }
            _ => " ".into(),
        };
        writeln!(
            out,
            "{mark} {:<width$}  {:<6}  {}  {}",
            exercise.slug.style(s.bold),
            exercise.difficulty.as_str(),
            exercise.title,
            format!("[{}]", exercise.topics.join(", ")).style(s.dim),
        )?;
    }
    if workspace.is_none() {
        writeln!(
            out,
            "\nStart with `coach init` to get every starter file and track your progress."
        )?;
    }
    Ok(Outcome::Success)
}
