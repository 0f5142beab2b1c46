//! The results model every machine-readable report is rendered from.
//!
//! It is also coach's JSON schema (versioned), so `coach report merge` can read shard
//! reports back and render every other format from them. Hidden cases are redacted when
//! the model is built, so no renderer can leak them by accident.

use serde::{Deserialize, Serialize};

use crate::catalog::Case;
use crate::report::Graded;
use crate::sandbox::Protections;
use crate::verdict::{Status, Verdict};
use crate::worker::CaseOutcome;

pub const SCHEMA_VERSION: u32 = 1;

/// One exercise graded for one solution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseResult {
    pub exercise: String,
    /// The learner's file, as given (for annotations).
    pub file: String,
    pub status: Status,
    /// Why the solution could not be graded (status `error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub score: u32,
    pub max_score: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub python: Option<String>,
    /// Which protections were in force (absent when Python never started).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<Protections>,
    /// How many times Python was started: once, plus once per crash or timeout.
    #[serde(default)]
    pub python_starts: usize,
    /// The hidden cases' time, in all: per case it could spell out their inputs (learner
    /// code can sleep for as long as it likes).
    #[serde(default)]
    pub hidden_time_ms: f64,
    pub cases: Vec<CaseResult>,
}

/// One case. A hidden case carries its name, verdict, points and hint only, unless
/// revealed: its message, values and output could give its input or answer away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseResult {
    pub name: String,
    pub verdict: Verdict,
    pub hidden: bool,
    /// What the case is worth.
    pub points: u32,
    /// What it earned.
    pub score: u32,
    /// A sample (or revealed) case's time; hidden cases count in the exercise's
    /// `hidden_time_ms` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The failing step as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub got: Option<String>,
    /// The learner's line to point at (from a traceback), for sample (or revealed) cases:
    /// learner code chooses the line it raises on, so a hidden case's line could spell
    /// out its input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traceback: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
    /// Every step of a sample (or revealed) case, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<String>>,
}

impl ExerciseResult {
    pub fn from_graded(graded: &Graded, file: &str, reveal: bool) -> ExerciseResult {
        ExerciseResult {
            exercise: graded.exercise.slug.clone(),
            file: file.to_owned(),
            status: graded.status(),
            message: graded.outcome.message.clone(),
            score: graded.score(),
            max_score: graded.max_score(),
            python: Some(graded.python.clone()),
            sandbox: graded.outcome.sandbox,
            python_starts: graded.outcome.starts,
            hidden_time_ms: round_ms(
                graded
                    .pairs()
                    .filter(|(case, _)| !case.sample)
                    .map(|(_, outcome)| outcome.time_ms)
                    .sum(),
            ),
            cases: graded
                .pairs()
                .map(|(case, outcome)| {
                    CaseResult::new(case, outcome, reveal, &graded.exercise.file)
                })
                .collect(),
        }
    }

    /// An exercise whose file the submission does not have.
    pub fn missing(exercise: &str, file: &str, max_score: u32) -> ExerciseResult {
        let message = format!("`{file}` is missing from the submission");
        ExerciseResult::unusable(exercise, file, max_score, message)
    }

    /// An exercise that could not be graded at all, for `message`.
    pub fn unusable(exercise: &str, file: &str, max_score: u32, message: String) -> ExerciseResult {
        ExerciseResult {
            exercise: exercise.to_owned(),
            file: file.to_owned(),
            status: Status::Error,
            message: Some(message),
            score: 0,
            max_score,
            python: None,
            sandbox: None,
            python_starts: 0,
            hidden_time_ms: 0.0,
            cases: Vec::new(),
        }
    }
}

impl CaseResult {
    fn new(case: &Case, outcome: &CaseOutcome, reveal: bool, file: &str) -> CaseResult {
        let passed = outcome.verdict == Verdict::Passed;
        let mut result = CaseResult {
            name: case.name.clone(),
            verdict: outcome.verdict,
            hidden: !case.sample,
            points: case.points,
            score: if passed { case.points } else { 0 },
            time_ms: None,
            hint: if passed { None } else { case.hint.clone() },
            message: None,
            step: None,
            expected: None,
            got: None,
            line: None,
            traceback: None,
            printed: None,
            steps: None,
        };
        if case.sample || reveal {
            result.time_ms = Some(round_ms(outcome.time_ms));
            result.line = outcome.failure.as_ref().and_then(|f| f.line);
            if let Some(failure) = &outcome.failure {
                result.message = Some(failure.message.clone()).filter(|m| !m.is_empty());
                result.step = failure
                    .step
                    .and_then(|i| case.steps.get(i))
                    .map(|s| s.source.clone())
                    .or_else(|| case.script.as_ref().map(|s| s.command(file)));
                result.expected = failure.expected.clone();
                result.got = failure.got.clone();
                result.traceback = failure.traceback.clone();
            }
            result.printed = Some(outcome.printed.clone());
            result.steps = Some(case.lines(file));
        }
        result
    }

    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Passed
    }

    /// One line for a failure, safe for hidden cases.
    pub fn summary(&self) -> String {
        let mut text = self.verdict.as_str().replace('_', " ");
        if let Some(message) = &self.message {
            text = format!("{text}: {message}");
        } else if self.hidden {
            text = format!("{text} (hidden case)");
        }
        if let Some(hint) = &self.hint {
            text.push_str(&format!("; hint: {hint}"));
        }
        text
    }
}

/// Milliseconds to the microsecond.
fn round_ms(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1000.0
}

/// `coach check --format json`: one exercise with its schema version.
#[derive(Debug, Serialize)]
pub struct CheckDocument<'a> {
    pub schema_version: u32,
    #[serde(flatten)]
    pub result: &'a ExerciseResult,
}

/// One submission of `coach grade`: a learner's workspace or repository.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionResult {
    /// The folder's name, unique within a run.
    pub name: String,
    pub path: String,
    pub status: Status,
    pub score: u32,
    pub max_score: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub exercises: Vec<ExerciseResult>,
}

impl SubmissionResult {
    pub fn new(name: String, path: String, exercises: Vec<ExerciseResult>) -> SubmissionResult {
        let score = exercises.iter().map(|e| e.score).sum();
        let max_score = exercises.iter().map(|e| e.max_score).sum();
        let message = exercises
            .is_empty()
            .then(|| "no exercise file was found in the submission".to_owned());
        let status = if exercises.is_empty() || exercises.iter().all(|e| e.status == Status::Error)
        {
            Status::Error
        } else if exercises.iter().all(|e| e.status == Status::Passed) {
            Status::Passed
        } else {
            Status::Failed
        };
        SubmissionResult {
            name,
            path,
            status,
            score,
            max_score,
            message,
            exercises,
        }
    }
}

/// `coach grade --report json=...`: every submission, in name order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GradeReport {
    pub schema_version: u32,
    pub score: u32,
    pub max_score: u32,
    /// Which shard of a sharded run this is (`coach grade --shard K/N`), so that
    /// `coach report merge --expect-shards N` can tell when one is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<ShardOf>,
    pub submissions: Vec<SubmissionResult>,
}

/// Shard `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardOf {
    pub index: u32,
    pub count: u32,
}

impl GradeReport {
    pub fn new(mut submissions: Vec<SubmissionResult>) -> GradeReport {
        submissions.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
        GradeReport {
            schema_version: SCHEMA_VERSION,
            score: submissions.iter().map(|s| s.score).sum(),
            max_score: submissions.iter().map(|s| s.max_score).sum(),
            shard: None,
            submissions,
        }
    }

    /// The overall score in percent. A submission without any exercise scores nothing,
    /// so a run where nothing was graded is at 0%, not 100%.
    pub fn percent(&self) -> f64 {
        if self.max_score == 0 {
            if self.submissions.iter().any(|s| s.exercises.is_empty()) {
                0.0
            } else {
                100.0
            }
        } else {
            100.0 * self.score as f64 / self.max_score as f64
        }
    }

    /// Did everything graded pass? (An empty shard has nothing that failed.)
    pub fn all_passed(&self) -> bool {
        self.submissions.iter().all(|s| s.status == Status::Passed)
    }
}
