//! `coach list`: the exercises with difficulty, topics and progress, the current one
//! marked, and a summary line.

use std::io::Write;

use anyhow::Result;
use owo_colors::OwoColorize;

use super::progress::{Report, State};
use super::{Context, Outcome};
use crate::workspace::Workspace;

pub fn run(context: &Context, json: bool, out: &mut dyn Write) -> Result<Outcome> {
    if json {
        return super::progress::run(context, out);
    }
    let exercises = context.catalog.exercises()?;
    let workspace = Workspace::find(&std::env::current_dir()?)?;
    let report = Report::build(context, &exercises, workspace.as_ref());
    let s = &context.styles;
    let width = exercises.iter().map(|e| e.slug.len()).max().unwrap_or(0);
    for (exercise, state) in exercises.iter().zip(&report.exercises) {
        let mark = match state.state {
            State::Passed => "✓".style(s.pass).to_string(),
            State::Started if state.score.is_some() => "✗".style(s.fail).to_string(),
            _ => " ".into(),
        };
        let current = if report.current.as_deref() == Some(exercise.slug.as_str()) {
            "→".style(s.bold).to_string()
        } else {
            " ".into()
        };
        writeln!(
            out,
            "{current} {mark} {:<width$}  {:<6}  {}  {}",
            exercise.slug.style(s.bold),
            exercise.difficulty.as_str(),
            exercise.title,
            format!("[{}]", exercise.topics.join(", ")).style(s.dim),
        )?;
    }
    writeln!(out, "\n{}", report.summary_line())?;
    match (&workspace, &report.current) {
        (None, _) => writeln!(
            out,
            "Start with `coach init` to get every starter file and track your progress."
        )?,
        (Some(_), Some(current)) => writeln!(
            out,
            "→ marks the current exercise: `coach check` checks `{current}`."
        )?,
        (Some(_), None) => writeln!(out, "Every exercise has passed!")?,
    }
    Ok(Outcome::Success)
}
