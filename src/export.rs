//! Reports of a grading run, one module per format, all rendered from one `GradeReport`.

mod exercism;
pub mod github;
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
    if targets.iter().filter(|t| t.path.is_none()).count() > 1 {
        anyhow::bail!(
            "more than one report goes to standard output (`-`); write all but one of them to files"
        );
    }
    for target in targets {
        let Some(path) = &target.path else { continue };
        // NOTE: found now, not after grading a whole cohort: a folder that is missing or
        // cannot be written to.
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => std::path::Path::new("."),
        };
        if !folder.is_dir() {
            anyhow::bail!(
                "cannot write the report `{}`: its folder `{}` does not exist; create it or pick another path",
                path.display(),
                folder.display()
            );
        }
        // NOTE: the error names the folder, not the probe's temporary file.
        if let Err(error) = tempfile::NamedTempFile::new_in(folder) {
            anyhow::bail!(
                "cannot write the report `{}`: cannot write in `{}` ({}); pick a writable path",
                path.display(),
                folder.display(),
                std::io::Error::from(error.kind())
            );
        }
    }
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
        github::write_summary(std::path::Path::new(&summary), &buffer)?;
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
