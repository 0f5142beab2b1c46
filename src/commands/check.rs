//! `coach check [<slug>]`: grade one solution and record progress.
//!
//! The steps are public to the other learner commands: `watch` grades on a thread of its
//! own (so a save can cancel it) and then reports the same way, `solution` grades quietly.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{Context, Outcome};
use crate::catalog::{Exercise, Graders};
use crate::cli::Format;
use crate::report::{Graded, Human, Json, Reporter};
use crate::verdict::Status;
use crate::worker::{self, Solution};
use crate::workspace::Workspace;

pub fn run(
    context: &Context,
    slug: Option<String>,
    solution: Option<PathBuf>,
    format: Format,
    reveal: bool,
    all: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let slug = super::slug_or_current(context, slug, "check")?;
    let exercise = context.catalog.exercise(&slug)?;
    let graders = context.catalog.graders(&exercise)?;
    let mut workspace = Workspace::find(&std::env::current_dir()?)?;
    let path = solution_path(&exercise, solution, workspace.as_ref())?;
    let until = if all {
        worker::Until::End
    } else {
        worker::Until::TimeLimit
    };
    let outcome = grade(context, &exercise, &graders, path.clone(), until)?;
    let status = report(
        context,
        (&exercise, &graders, &outcome),
        (format, reveal, &path),
        workspace.as_mut(),
        out,
    )?;
    if let Some(workspace) = &workspace
        && format == Format::Human
        && status == Status::Passed
    {
        let next = context
            .catalog
            .exercises()?
            .into_iter()
            .map(|e| e.slug)
            .find(|s| !workspace.passed(s));
        match next {
            Some(next) => writeln!(out, "Next up: `coach show {next}`")?,
            None => writeln!(out, "That was the last one: every exercise has passed!")?,
        }
    }
    Ok(if status == Status::Passed {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// The file to grade: `--solution`, else the workspace's, else the exercise's file in the
/// current folder.
pub fn solution_path(
    exercise: &Exercise,
    solution: Option<PathBuf>,
    workspace: Option<&Workspace>,
) -> Result<PathBuf> {
    Ok(match (solution, workspace) {
        (Some(path), _) => path,
        (None, Some(workspace)) => workspace.file_of(exercise),
        (None, None) if PathBuf::from(&exercise.file).is_file() => PathBuf::from(&exercise.file),
        (None, None) => match crate::suggest::similar_file(std::path::Path::new(&exercise.file)) {
            Some(similar) => bail!(
                "no workspace here and no `{}` in this folder. Did you mean `{similar}`? Rename it to `{}`, or pass `--solution {similar}`",
                exercise.file,
                exercise.file
            ),
            None => bail!(
                "no workspace here and no `{}` in this folder: run `coach init` first, or pass `--solution FILE`",
                exercise.file
            ),
        },
    })
}

/// Grade the file at `path`, printing nothing.
pub fn grade(
    context: &Context,
    exercise: &Exercise,
    graders: &Graders,
    path: PathBuf,
    until: worker::Until,
) -> Result<worker::Outcome> {
    if context.strict {
        crate::sandbox::require_full()?;
    }
    let python = context.python()?;
    crate::grading::grade(
        exercise,
        graders,
        &Solution::read(path)?,
        python,
        context.strict,
        until,
    )
}

/// Print the report of a graded file and record it in the workspace, if any.
pub fn report(
    context: &Context,
    (exercise, graders, outcome): (&Exercise, &Graders, &worker::Outcome),
    (format, reveal, path): (Format, bool, &std::path::Path),
    workspace: Option<&mut Workspace>,
    out: &mut dyn Write,
) -> Result<Status> {
    let graded = Graded {
        exercise,
        cases: &graders.cases,
        outcome,
        python: context.python()?.version_string(),
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
    if let Some(workspace) = workspace {
        record(workspace, &graded)?;
    }
    Ok(graded.status())
}

/// Record a graded file in the workspace's progress.
pub fn record(workspace: &mut Workspace, graded: &Graded) -> Result<()> {
    workspace.update(&graded.exercise.slug, |entry| {
        entry.status = Some(graded.status());
        entry.score = graded.score();
        entry.max_score = graded.max_score();
        entry.passed |= graded.status() == Status::Passed;
    })
}
