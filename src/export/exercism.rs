//! Exercism's test-runner results.json, version 3, for one submission.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::results::GradeReport;
use crate::verdict::{Status, Verdict};

/// Exercism shows at most this much of a test's output.
const OUTPUT_LIMIT: usize = 500;

#[derive(Serialize)]
struct Results {
    version: u32,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    tests: Vec<Test>,
}

#[derive(Serialize)]
struct Test {
    name: String,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    output: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    test_code: Option<String>,
}

pub fn write(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let submission = super::single(report, "Exercism")?;
    let errors: Vec<String> = submission
        .exercises
        .iter()
        .filter_map(|e| e.message.clone())
        .collect();
    let several = submission.exercises.len() > 1;
    let roots = roots(&submission.path);
    let mut tests = Vec::new();
    for exercise in &submission.exercises {
        // NOTE: when nothing could be graded the top-level message says why; otherwise an
        // exercise that could not be graded is an erroring test among the others.
        if let (Some(message), false) = (&exercise.message, submission.status == Status::Error) {
            tests.push(Test {
                name: format!("{}: could not be graded", exercise.exercise),
                status: "error",
                message: Some(relative(message, &roots)),
                output: None,
                test_code: None,
            });
        }
        for case in &exercise.cases {
            let status = match case.verdict {
                Verdict::Passed => "pass",
                Verdict::WrongAnswer => "fail",
                _ => "error",
            };
            tests.push(Test {
                name: if several {
                    format!("{}: {}", exercise.exercise, case.name)
                } else {
                    case.name.clone()
                },
                status,
                message: (!case.passed()).then(|| relative(&case.summary(), &roots)),
                output: case.printed.as_deref().filter(|p| !p.is_empty()).map(cut),
                // NOTE: a sample case's code, passed or not; a hidden case has none.
                test_code: case.steps.as_ref().map(|steps| steps.join("\n")),
            });
        }
    }
    let status = if submission.status == Status::Error || tests.is_empty() {
        "error"
    } else if submission.status == Status::Passed {
        "pass"
    } else {
        "fail"
    };
    let message = (status == "error").then(|| {
        let message = if errors.is_empty() {
            submission
                .message
                .clone()
                .unwrap_or_else(|| "nothing could be graded".to_owned())
        } else {
            errors.join("\n")
        };
        relative(&message, &roots)
    });
    serde_json::to_writer_pretty(
        &mut *out,
        &Results {
            version: 3,
            status,
            message,
            tests,
        },
    )?;
    writeln!(out)?;
    Ok(())
}

/// The submission's folder as given and as a full path, each ending in `/`: the prefixes
/// [`relative`] leaves out.
fn roots(root: &str) -> Vec<String> {
    let mut roots = vec![root.to_owned()];
    if let Ok(full) = std::fs::canonicalize(root) {
        roots.push(full.display().to_string());
    }
    roots
        .iter()
        .map(|r| r.trim_end_matches('/'))
        .filter(|r| !r.is_empty() && *r != ".")
        .map(|r| format!("{r}/"))
        .collect()
}

/// `text` with the submission's folder left out of the paths in it: Exercism shows the
/// student paths relative to their solution, never the runner's folders.
fn relative(text: &str, roots: &[String]) -> String {
    roots.iter().fold(text.to_owned(), |text, root| {
        text.replace(root.as_str(), "")
    })
}

fn cut(text: &str) -> String {
    if text.len() <= OUTPUT_LIMIT {
        return text.to_owned();
    }
    let mut end = OUTPUT_LIMIT - 40;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!(
        "{}\n... (output cut at {OUTPUT_LIMIT} characters)",
        &text[..end]
    )
}
