//! A gradebook as CSV: one row per submission and exercise.

use std::io::Write;

use anyhow::{Context, Result};

use crate::results::GradeReport;

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
            writer.write_record([
                submission.name.as_str(),
                &submission.path,
                "",
                submission.status.as_str(),
                "0",
                "0",
                "0",
                "0",
                &message,
            ])?;
        }
        for exercise in &submission.exercises {
            let passed = exercise.cases.iter().filter(|c| c.passed()).count();
            writer.write_record([
                submission.name.clone(),
                submission.path.clone(),
                exercise.exercise.clone(),
                exercise.status.as_str().to_owned(),
                exercise.score.to_string(),
                exercise.max_score.to_string(),
                passed.to_string(),
                exercise.cases.len().to_string(),
                exercise.message.clone().unwrap_or_default(),
            ])?;
        }
    }
    writer.flush().context("cannot write the CSV report")?;
    Ok(())
}
