//! `coach check <slug>`: grade one solution and record progress.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{Context, Outcome};
use crate::cli::Format;
use crate::report::{Graded, Human, Json, Reporter};
use crate::verdict::Status;
use crate::worker::Solution;
use crate::workspace::Workspace;

pub fn run(
    context: &Context,
    slug: &str,
    solution: Option<PathBuf>,
    format: Format,
    reveal: bool,
    all: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let exercise = context.catalog.exercise(slug)?;
    let graders = context.catalog.graders(&exercise)?;
    let mut workspace = Workspace::find(&std::env::current_dir()?)?;
    let path = match (solution, &workspace) {
        (Some(path), _) => path,
        (None, Some(workspace)) => workspace.file_of(&exercise),
        (None, None) if PathBuf::from(&exercise.file).is_file() => PathBuf::from(&exercise.file),
        (None, None) => bail!(
            "no workspace here and no `{}` in this folder: run `coach init` first, or pass `--solution FILE`",
            exercise.file
        ),
    };
    if context.strict {
        crate::sandbox::require_full()?;
    }
    let python = context.python()?;
    let outcome = crate::grading::grade(
        &exercise,
        &graders,
        &Solution::read(path.clone())?,
        python,
        context.strict,
        if all {
            crate::worker::Until::End
        } else {
            crate::worker::Until::TimeLimit
        },
    )?;
    let graded = Graded {
        exercise: &exercise,
        cases: &graders.cases,
        outcome: &outcome,
        python: python.version_string(),
    };
    match format {
        Format::Human => Human {
            styles: context.styles,
            reveal,
            file: exercise.file.clone(),
        }
        .write(&graded, out)?,
        Format::Json => Json {
            reveal,
            file: path.display().to_string(),
        }
        .write(&graded, out)?,
    }
    if let Some(workspace) = &mut workspace {
        workspace.update(slug, |entry| {
            entry.status = Some(graded.status());
            entry.score = graded.score();
            entry.max_score = graded.max_score();
            entry.passed |= graded.status() == Status::Passed;
        })?;
        if format == Format::Human && graded.status() == Status::Passed {
            let next = context
                .catalog
                .exercises()?
                .into_iter()
                .map(|e| e.slug)
                .find(|s| {
                    !workspace
                        .progress
                        .exercises
                        .get(s)
                        .is_some_and(|p| p.passed)
                });
            match next {
                Some(next) => writeln!(out, "Next up: `coach show {next}`")?,
                None => writeln!(out, "That was the last one: every exercise has passed!")?,
            }
        }
    }
    Ok(if graded.status() == Status::Passed {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}
