//! A Markdown summary table (also the GitHub Actions job summary).

use std::io::Write;

use anyhow::Result;

use crate::results::GradeReport;
use crate::verdict::Status;

/// How many failed cases a row names.
const MAX_LISTED: usize = 5;

pub fn write(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "## coach results\n")?;
    writeln!(
        out,
        "**Score: {}/{} ({:.1}%)** across {}.\n",
        report.score,
        report.max_score,
        report.percent(),
        crate::report::count(report.submissions.len(), "submission")
    )?;
    writeln!(
        out,
        "| Submission | Exercise | Status | Score | Failed cases |"
    )?;
    writeln!(out, "|---|---|---|---:|---|")?;
    for submission in &report.submissions {
        if submission.exercises.is_empty() {
            let message = submission
                .message
                .as_deref()
                .and_then(|m| m.lines().next())
                .unwrap_or_default();
            writeln!(
                out,
                "| {} | | {} | 0/0 | {} |",
                cell(&submission.name),
                mark(submission.status),
                cell(message)
            )?;
        }
        for exercise in &submission.exercises {
            let mut failed: Vec<String> = match &exercise.message {
                Some(message) => vec![message.lines().next().unwrap_or_default().to_owned()],
                None => exercise
                    .cases
                    .iter()
                    .filter(|c| !c.passed())
                    .map(|c| format!("{} ({})", c.name, c.verdict.as_str()))
                    .collect(),
            };
            // NOTE: a row stays readable; the other reports list every case.
            if failed.len() > MAX_LISTED {
                let more = failed.len() - MAX_LISTED;
                failed.truncate(MAX_LISTED);
                failed.push(format!("and {more} more"));
            }
            writeln!(
                out,
                "| {} | {} | {} | {}/{} | {} |",
                cell(&submission.name),
                cell(&exercise.exercise),
                mark(exercise.status),
                exercise.score,
                exercise.max_score,
                cell(&failed.join(", "))
            )?;
        }
    }
    Ok(())
}

fn mark(status: Status) -> &'static str {
    match status {
        Status::Passed => "✅ passed",
        Status::Failed => "❌ failed",
        Status::Error => "⚠️ error",
    }
}

/// Text safe inside a table cell: CommonMark's punctuation that could start emphasis,
/// code, a link or HTML is escaped, and the cell stays on one line.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '\\' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}
