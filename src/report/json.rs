//! `--format json`: one document with `schema_version`; hidden cases stay redacted.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::{Graded, Reporter};
use crate::catalog::Case;
use crate::sandbox::Protections;
use crate::verdict::{Status, Verdict};
use crate::worker::CaseOutcome;

pub const SCHEMA_VERSION: u32 = 1;

pub struct Json {
    /// Show hidden cases in full (instructors only).
    pub reveal: bool,
}

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    exercise: &'a str,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    score: u32,
    max_score: u32,
    python: &'a str,
    /// Which protections were in force (absent when Python never started).
    #[serde(skip_serializing_if = "Option::is_none")]
    sandbox: Option<Protections>,
    cases: Vec<CaseJson<'a>>,
}

#[derive(Serialize)]
struct CaseJson<'a> {
    name: &'a str,
    verdict: Verdict,
    hidden: bool,
    /// What the case is worth.
    points: u32,
    /// What it earned.
    score: u32,
    time_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    got: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    traceback: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    printed: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    steps: Option<Vec<&'a str>>,
}

impl Reporter for Json {
    fn write(&self, graded: &Graded, out: &mut dyn Write) -> Result<()> {
        let document = Document {
            schema_version: SCHEMA_VERSION,
            exercise: &graded.exercise.slug,
            status: graded.status(),
            message: graded.outcome.message.as_deref(),
            score: graded.score(),
            max_score: graded.max_score(),
            python: &graded.python,
            sandbox: graded.outcome.sandbox,
            cases: graded.pairs().map(|(case, outcome)| case_json(case, outcome, self.reveal)).collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &document)?;
        writeln!(out)?;
        Ok(())
    }
}

fn case_json<'a>(case: &'a Case, outcome: &'a CaseOutcome, reveal: bool) -> CaseJson<'a> {
    let passed = outcome.verdict == Verdict::Passed;
    let mut json = CaseJson {
        name: &case.name,
        verdict: outcome.verdict,
        hidden: !case.sample,
        points: case.points,
        score: if passed { case.points } else { 0 },
        time_ms: (outcome.time_ms * 1000.0).round() / 1000.0,
        hint: if passed { None } else { case.hint.as_deref() },
        message: None,
        step: None,
        expected: None,
        got: None,
        line: None,
        traceback: None,
        printed: None,
        steps: None,
    };
    // NOTE: a hidden case carries its name, verdict and hint only: its message, values
    // and output could all give its input or answer away.
    if case.sample || reveal {
        if let Some(failure) = &outcome.failure {
            json.message = Some(&failure.message);
            json.step = failure.step.and_then(|i| case.steps.get(i)).map(|s| s.source.as_str());
            json.expected = failure.expected.as_deref();
            json.got = failure.got.as_deref();
            json.line = failure.line;
            json.traceback = failure.traceback.as_deref();
        }
        json.printed = Some(&outcome.printed);
        if reveal && !case.sample {
            json.steps = Some(case.steps.iter().map(|s| s.source.as_str()).collect());
        }
    }
    json
}
