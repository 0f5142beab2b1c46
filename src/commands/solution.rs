//! `coach solution <slug>`: the reference solution, once the learner's file passes.
//!
//! "Passes" means the file as it is now: it is graded again (the same grading as `coach
//! check`, which also records the result), so neither an old success in the progress
//! file nor a file changed since then shows the reference.

use std::io::Write;

use anyhow::Result;
use owo_colors::OwoColorize;

use super::{Context, Outcome, check};
use crate::report::{Graded, count};
use crate::verdict::{Status, Verdict};
use crate::workspace::Workspace;

pub fn run(context: &Context, slug: &str, out: &mut dyn Write) -> Result<Outcome> {
    let exercise = context.catalog.exercise(slug)?;
    let graders = context.catalog.graders(&exercise)?;
    let mut workspace = Workspace::find(&std::env::current_dir()?)?;
    let path = check::solution_path(&exercise, None, workspace.as_ref())?;
    let outcome = check::grade(
        context,
        &exercise,
        &graders,
        path,
        crate::worker::Until::TimeLimit,
    )?;
    let graded = Graded {
        exercise: &exercise,
        cases: &graders.cases,
        outcome: &outcome,
        python: context.python()?.version_string(),
    };
    if let Some(workspace) = &mut workspace {
        check::record(workspace, &graded)?;
    }
    if graded.status() != Status::Passed {
        let why = match graded.status() {
            Status::Error => "it cannot be graded yet".to_owned(),
            _ => {
                let failed = outcome
                    .cases
                    .iter()
                    .filter(|c| c.verdict != Verdict::Passed)
                    .count();
                format!("{failed} of {} fail", count(graders.cases.len(), "case"))
            }
        };
        writeln!(
            out,
            "The reference solution of `{slug}` is shown once your `{}` passes every case; it does not yet ({why}). `coach check {slug}` shows what to fix.",
            exercise.file
        )?;
        return Ok(Outcome::Failure);
    }
    let s = &context.styles;
    writeln!(
        out,
        "{} `{}` passes every case. The reference solution of `{slug}`:\n",
        "✓".style(s.pass),
        exercise.file
    )?;
    writeln!(out, "{}", graders.solution.trim_end())?;
    Ok(Outcome::Success)
}
