//! Gradescope's results.json for one submission: a test per case, hidden cases with the
//! visibility the course chose.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::cli::Visibility;
use crate::results::GradeReport;

#[derive(Serialize)]
struct Results {
    score: u32,
    output: String,
    visibility: Visibility,
    stdout_visibility: Visibility,
    tests: Vec<Test>,
}

#[derive(Serialize)]
struct Test {
    name: String,
    score: u32,
    max_score: u32,
    status: &'static str,
    output: String,
    visibility: Visibility,
    tags: Vec<String>,
}

pub fn write(report: &GradeReport, hidden: Visibility, out: &mut dyn Write) -> Result<()> {
    let submission = super::single(report, "Gradescope")?;
    let mut tests = Vec::new();
    for exercise in &submission.exercises {
        if let Some(message) = &exercise.message {
            tests.push(Test {
                name: format!("{}: could not be graded", exercise.exercise),
                score: 0,
                max_score: exercise.max_score,
                status: "failed",
                output: message.clone(),
                visibility: Visibility::Visible,
                tags: vec![exercise.exercise.clone()],
            });
        }
        for case in &exercise.cases {
            let mut output = if case.passed() {
                String::new()
            } else {
                case.summary()
            };
            if let (Some(expected), Some(got)) = (&case.expected, &case.got) {
                output.push_str(&format!("\nexpected: {expected}\ngot:      {got}"));
            }
            tests.push(Test {
                name: format!("{}: {}", exercise.exercise, case.name),
                score: case.score,
                max_score: case.points,
                status: if case.passed() { "passed" } else { "failed" },
                output,
                visibility: if case.hidden {
                    hidden
                } else {
                    Visibility::Visible
                },
                tags: vec![exercise.exercise.clone()],
            });
        }
    }
    let results = Results {
        score: submission.score,
        output: format!(
            "Score {}/{} on {}.",
            submission.score,
            submission.max_score,
            crate::report::count(submission.exercises.len(), "exercise")
        ),
        visibility: Visibility::Visible,
        stdout_visibility: Visibility::Hidden,
        tests,
    };
    serde_json::to_writer_pretty(&mut *out, &results)?;
    writeln!(out)?;
    Ok(())
}
