//! `coach report merge`: combine shard reports into one and render any format from it.

use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use super::Outcome;
use crate::cli::ReportArgs;
use crate::export::{self, Options};
use crate::results::{GradeReport, SCHEMA_VERSION};

pub fn merge(
    files: &[PathBuf],
    expect_shards: Option<u32>,
    output: &ReportArgs,
) -> Result<Outcome> {
    let mut submissions = Vec::new();
    let mut shards = Vec::new();
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
        shards.push((file, report.shard));
        submissions.extend(report.submissions);
    }
    if let Some(count) = expect_shards {
        check_shards(&shards, count)?;
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

/// Every report is a shard of `count`, and shards 1 to `count` are there once each.
fn check_shards(shards: &[(&PathBuf, Option<crate::results::ShardOf>)], count: u32) -> Result<()> {
    let mut found = std::collections::BTreeMap::new();
    for (file, shard) in shards {
        match shard {
            None => bail!(
                "`{}` is not a shard's report (it was graded without --shard)",
                file.display()
            ),
            Some(shard) if shard.count != count => bail!(
                "`{}` is shard {} of {}, not of {count} as --expect-shards says",
                file.display(),
                shard.index,
                shard.count
            ),
            Some(shard) => {
                if let Some(earlier) = found.insert(shard.index, file) {
                    bail!(
                        "`{}` and `{}` are both shard {} of {count}",
                        earlier.display(),
                        file.display(),
                        shard.index
                    );
                }
            }
        }
    }
    let missing: Vec<String> = (1..=count)
        .filter(|i| !found.contains_key(i))
        .map(|i| i.to_string())
        .collect();
    if !missing.is_empty() {
        bail!(
            "shard {} of {count} is missing: its job may have failed before uploading its report; rerun it, or merge without --expect-shards to accept a partial cohort",
            missing.join(", ")
        );
    }
    Ok(())
}
