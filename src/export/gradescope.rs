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
    /// The cases' time, in seconds.
    execution_time: f64,
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
            let output = case_output(case);
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
    // NOTE: when nothing could be graded, the reason is all the student will see.
    let output = match (&submission.message, submission.exercises.is_empty()) {
        (Some(message), true) => format!("Nothing could be graded: {message}."),
        _ => format!(
            "Score {}/{} on {}.",
            submission.score,
            submission.max_score,
            crate::report::count(submission.exercises.len(), "exercise")
        ),
    };
    let milliseconds = submission.exercises.iter().fold(0.0, |sum, e| {
        sum + e.hidden_time_ms
            + e.cases
                .iter()
                .filter_map(|c| c.time_ms)
                .fold(0.0, |a, b| a + b)
    });
    let results = Results {
        score: submission.score,
        execution_time: milliseconds.round() / 1000.0,
        output,
        visibility: Visibility::Visible,
        stdout_visibility: Visibility::Hidden,
        tests,
    };
    serde_json::to_writer_pretty(&mut *out, &results)?;
    writeln!(out)?;
    Ok(())
}

/// What a case's test shows: for a failure its summary and values; for a sample case also
/// what the code printed (a hidden case carries none of it).
fn case_output(case: &crate::results::CaseResult) -> String {
    let mut lines = Vec::new();
    if !case.passed() {
        lines.push(case.summary());
    }
    if let (Some(expected), Some(got)) = (&case.expected, &case.got) {
        lines.push(format!("expected: {expected}\ngot:      {got}"));
    }
    if let Some(printed) = case.printed.as_deref().filter(|p| !p.is_empty()) {
        lines.push(format!("printed:\n{printed}"));
    }
    lines.join("\n")
}
