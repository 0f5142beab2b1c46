//! `coach report merge`: combine shard reports into one and render any format from it.

use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use super::Outcome;
use crate::cli::ReportArgs;
use crate::export::{self, Options};
use crate::results::{GradeReport, SCHEMA_VERSION};

pub fn merge(files: &[PathBuf], output: &ReportArgs) -> Result<Outcome> {
    let mut submissions = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read `{}`", file.display()))?;
        let version: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("`{}` is not JSON", file.display()))?;
        if version.get("schema_version").and_then(|v| v.as_u64()) != Some(u64::from(SCHEMA_VERSION))
        {
            bail!(
                "`{}` is not a coach grade report with schema_version {SCHEMA_VERSION} (write one with `coach grade --report json=PATH`)",
                file.display()
            );
        }
        let report: GradeReport = serde_json::from_value(version)
            .with_context(|| format!("`{}` is not a coach grade report", file.display()))?;
        submissions.extend(report.submissions);
    }
    let mut seen = std::collections::BTreeSet::new();
    for submission in &submissions {
        if !seen.insert((&submission.name, &submission.path)) {
            bail!(
                "submission `{}` appears in more than one report; were two shards the same?",
                submission.name
            );
        }
    }
    let report = GradeReport::new(submissions);
    if output.reports.is_empty() {
        bail!("say what to write with --report FORMAT=PATH, e.g. --report json=merged.json");
    }
    export::write_all(
        &output.reports,
        &report,
        Options {
            gradescope_hidden: output.gradescope_hidden,
        },
    )?;
    Ok(if report.all_passed() {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}
