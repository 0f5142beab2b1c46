//! A gradebook as CSV: one row per submission and exercise.

use std::io::Write;

use anyhow::{Context, Result};

use crate::results::GradeReport;

/// A cell a spreadsheet will not run as a formula: one that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'` (as OWASP recommends for CSV
/// injection), so a submission named `=HYPERLINK(...)` stays text.
pub fn neutral(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

pub fn write_csv(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "submission",
        "path",
        "exercise",
        "status",
        "score",
        "max_score",
        "cases_passed",
        "cases",
        "message",
    ])?;
    for submission in &report.submissions {
        if submission.exercises.is_empty() {
            let message = submission.message.clone().unwrap_or_default();
            writer.write_record(
                [
                    submission.name.as_str(),
                    &submission.path,
                    "",
                    submission.status.as_str(),
                    "0",
                    "0",
                    "0",
                    "0",
                    &message,
                ]
                .map(neutral),
            )?;
        }
        for exercise in &submission.exercises {
            let passed = exercise.cases.iter().filter(|c| c.passed()).count();
            writer.write_record(
                [
                    submission.name.clone(),
                    submission.path.clone(),
                    exercise.exercise.clone(),
                    exercise.status.as_str().to_owned(),
                    exercise.score.to_string(),
                    exercise.max_score.to_string(),
                    passed.to_string(),
                    exercise.cases.len().to_string(),
                    exercise.message.clone().unwrap_or_default(),
                ]
                .map(|cell| neutral(&cell)),
            )?;
        }
    }
    writer.flush().context("cannot write the CSV report")?;
    Ok(())
}
