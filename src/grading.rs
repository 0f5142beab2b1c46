//! Grade one solution of one exercise, whatever its kind.

use anyhow::Result;

use crate::catalog::{Exercise, Graders, Kind};
use crate::python::Python;
use crate::worker::{Outcome, Solution, Until};

pub fn grade(
    exercise: &Exercise,
    graders: &Graders,
    solution: &Solution,
    python: &Python,
    strict: bool,
    until: Until,
) -> Result<Outcome> {
    match exercise.kind {
        Kind::Function => crate::worker::run(
            exercise,
            &graders.cases,
            graders.helpers.as_deref(),
            solution,
            python,
            strict,
            until,
        ),
        Kind::Script => {
            crate::script::run(exercise, &graders.cases, solution, python, strict, until)
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
        Kind::Script => crate::script::run(
            exercise,
            &graders.cases,
            solution,
            python,
            false,
            Until::FirstFailure,
        )?,
    };
    Ok(outcome.status == crate::verdict::Status::Passed
        && outcome.cases.len() == graders.cases.len())
}
