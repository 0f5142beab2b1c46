//! Reports of a grading run, one module per format, all rendered from one `GradeReport`.

mod exercism;
mod gradescope;
mod html;
mod junit;
mod markdown;
mod table;

use std::io::Write;

use anyhow::{Context, Result};

use crate::cli::{ReportFormat, ReportTarget, Visibility};
use crate::results::GradeReport;
use crate::workspace::write_atomically;

/// Settings that some formats need.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub gradescope_hidden: Visibility,
}

/// Render `report` in `format`.
pub fn render(
    format: ReportFormat,
    report: &GradeReport,
    options: Options,
    out: &mut dyn Write,
) -> Result<()> {
    match format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)?;
            Ok(())
        }
        ReportFormat::Junit => junit::write(report, out),
        ReportFormat::Gradescope => gradescope::write(report, options.gradescope_hidden, out),
        ReportFormat::Exercism => exercism::write(report, out),
        ReportFormat::Csv => table::write_csv(report, out),
        ReportFormat::Markdown => markdown::write(report, out),
        ReportFormat::Html => html::write(report, out),
    }
}

/// Before grading: refuse report formats that cannot describe `submissions` submissions,
/// so that a long run does not end in an error with nothing written.
pub fn check_targets(targets: &[ReportTarget], submissions: usize) -> Result<()> {
    for target in targets {
        let name = match target.format {
            ReportFormat::Gradescope => "Gradescope",
            ReportFormat::Exercism => "Exercism",
            _ => continue,
        };
        if submissions != 1 {
            anyhow::bail!(
                "a {name} report describes one submission, but this run has {submissions}; grade one folder (without --each) for it"
            );
        }
    }
    Ok(())
}

/// Write every requested report: all are rendered before any is written, and files are
/// written whole or not at all.
pub fn write_all(targets: &[ReportTarget], report: &GradeReport, options: Options) -> Result<()> {
    let mut rendered = Vec::new();
    for target in targets {
        let mut buffer = Vec::new();
        render(target.format, report, options, &mut buffer)?;
        rendered.push((target, buffer));
    }
    for (target, buffer) in rendered {
        match &target.path {
            None => std::io::stdout()
                .lock()
                .write_all(&buffer)
                .context("cannot write to standard output")?,
            Some(path) => write_atomically(path, &buffer)?,
        }
    }
    // NOTE: on GitHub Actions the job summary shows Markdown written to this file.
    if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        let mut buffer = Vec::new();
        markdown::write(report, &mut buffer)?;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&summary)
            .with_context(|| {
                format!(
                    "cannot open $GITHUB_STEP_SUMMARY (`{}`)",
                    summary.to_string_lossy()
                )
            })?;
        file.write_all(&buffer)
            .context("cannot write the GitHub step summary")?;
    }
    Ok(())
}

/// The single submission of a report, for formats that describe one (Gradescope, Exercism).
fn single<'a>(
    report: &'a GradeReport,
    format: &str,
) -> Result<&'a crate::results::SubmissionResult> {
    match report.submissions.as_slice() {
        [one] => Ok(one),
        many => anyhow::bail!(
            "a {format} report describes one submission, but this run has {}; grade one folder (without --each) for it",
            many.len()
        ),
    }
}
