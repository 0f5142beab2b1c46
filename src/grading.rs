//! Grade one solution of one exercise, whatever its kind.

use anyhow::Result;

use crate::catalog::{Exercise, Graders, Kind};
use crate::python::Python;
use crate::worker::{Outcome, Solution};

pub fn grade(
    exercise: &Exercise,
    graders: &Graders,
    solution: &Solution,
    python: &Python,
    strict: bool,
) -> Result<Outcome> {
    match exercise.kind {
        Kind::Function => crate::worker::run(
            exercise,
            &graders.cases,
            graders.helpers.as_deref(),
            solution,
            python,
            strict,
        ),
        Kind::Script => {
            crate::script::run(exercise, &graders.cases, solution, python, strict, false)
        }
    }
}

/// Whether `solution` passes every case; grading stops at the first case it fails.
pub fn passes_all(
    exercise: &Exercise,
    graders: &Graders,
    solution: &Solution,
    python: &Python,
) -> Result<bool> {
    let outcome = match exercise.kind {
        Kind::Function => crate::worker::run_until_failure(
            exercise,
            &graders.cases,
            graders.helpers.as_deref(),
            solution,
            python,
        )?,
        Kind::Script => {
            crate::script::run(exercise, &graders.cases, solution, python, false, true)?
        }
    };
    Ok(outcome.status == crate::verdict::Status::Passed
        && outcome.cases.len() == graders.cases.len())
}
