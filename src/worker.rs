//! Speak the worker protocol: run every case of one exercise against one solution in one
//! Python process, and start a fresh one after a timeout, a crash or a memory error.

mod compiled;
mod messages;
mod session;
mod stream;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use crate::catalog::{Case, Exercise, Network};
use crate::judge::Failure;
use crate::python::Python;
use crate::sandbox::{self, Config, Protections};
use crate::verdict::{Status, Verdict};
use messages::{explain_startup, missing_message};
pub use messages::{near_memory_limit, time_limit};
use session::{Ready, Session};

const WORKER_SOURCE: &str = include_str!("worker.py");
/// How long Python may take to start and load the learner's file, beyond the case limit.
const STARTUP_GRACE: Duration = Duration::from_secs(10);

/// The solution to grade.
#[derive(Debug, Clone)]
pub enum Solution {
    /// The file's contents and how to name it in messages.
    Source {
        path: PathBuf,
        bytes: Vec<u8>,
    },
    Missing(PathBuf),
}

impl Solution {
    pub fn read(path: PathBuf) -> Result<Solution> {
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Solution::Source { path, bytes }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Solution::Missing(path)),
            Err(e) => {
                Err(anyhow::Error::new(e).context(format!("cannot read `{}`", path.display())))
            }
        }
    }

    pub fn from_text(name: &str, text: &str) -> Solution {
        Solution::Source {
            path: PathBuf::from(name),
            bytes: text.as_bytes().to_vec(),
        }
    }
}

/// What happened to one case.
#[derive(Debug, Clone)]
pub struct CaseOutcome {
    pub verdict: Verdict,
    pub time_ms: f64,
    pub failure: Option<Failure>,
    pub printed: String,
}

/// What happened to the whole solution.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    /// Why the solution could not be graded (status `error`).
    pub message: Option<String>,
    /// One per case, in file order (empty when status is `error`).
    pub cases: Vec<CaseOutcome>,
    /// How many times Python was started.
    pub starts: usize,
    /// Which protections were in force (none when Python never started).
    pub sandbox: Option<Protections>,
    /// The file was not graded because it uses what `[constraints] forbid` names.
    pub broke_constraint: bool,
}

/// How far grading goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    /// Every case (`coach grade`, `validate`, `check --all`).
    End,
    /// After a case runs out of time, no hidden case runs (`coach check`): a solution
    /// that loops costs the learner one time limit, not one per case.
    TimeLimit,
    /// The first case that fails (mutants: one failure kills one).
    FirstFailure,
}

/// The outcome of a hidden case `Until::TimeLimit` skipped.
pub fn not_run() -> CaseOutcome {
    CaseOutcome {
        verdict: Verdict::NotRun,
        time_ms: 0.0,
        failure: Some(Failure {
            message: "not run: an earlier case exceeded the time limit; fix it and check again \
                      (`--all` runs every case)"
                .into(),
            ..Failure::default()
        }),
        printed: String::new(),
    }
}

/// Grade `solution` on `cases` of `exercise`.
pub fn run(
    exercise: &Exercise,
    cases: &[Case],
    helpers: Option<&str>,
    solution: &Solution,
    python: &Python,
    strict: bool,
    until: Until,
) -> Result<Outcome> {
    run_cases(exercise, cases, helpers, solution, python, strict, until)
}

/// Grade `solution` only until a case fails (for mutants: one failure kills one); the
/// outcome then holds the cases up to that one.
pub fn run_until_failure(
    exercise: &Exercise,
    cases: &[Case],
    helpers: Option<&str>,
    solution: &Solution,
    python: &Python,
) -> Result<Outcome> {
    run_cases(
        exercise,
        cases,
        helpers,
        solution,
        python,
        false,
        Until::FirstFailure,
    )
}

fn run_cases(
    exercise: &Exercise,
    cases: &[Case],
    helpers: Option<&str>,
    solution: &Solution,
    python: &Python,
    strict: bool,
    until: Until,
) -> Result<Outcome> {
    let stop_early = until == Until::FirstFailure;
    let (path, bytes) = match solution {
        Solution::Missing(path) => return Ok(error_outcome(missing_message(path))),
        Solution::Source { path, bytes } => (path, bytes),
    };
    // NOTE: sample cases run first, so nothing a hidden case's code leaves behind (in a
    // file, in a module's state) can come out in what a later sample case prints.
    let order: Vec<usize> = (0..cases.len())
        .filter(|&i| cases[i].sample)
        .chain((0..cases.len()).filter(|&i| !cases[i].sample))
        .collect();
    let ordered: Vec<Case> = order.iter().map(|&i| cases[i].clone()).collect();
    let cases = &ordered[..];
    let mut outcomes: Vec<CaseOutcome> = Vec::with_capacity(cases.len());
    let mut starts = 0;
    let mut sandbox = None;
    let failed = |outcomes: &[CaseOutcome]| outcomes.iter().any(|o| o.verdict != Verdict::Passed);
    let first_hidden = cases.iter().position(|c| !c.sample).unwrap_or(cases.len());
    let timed_out = |outcomes: &[CaseOutcome]| {
        outcomes
            .iter()
            .any(|o| o.verdict == Verdict::TimeLimitExceeded)
    };
    while outcomes.len() < cases.len() && !(stop_early && failed(&outcomes)) {
        let first = outcomes.len();
        // NOTE: sample cases still run after a time limit: they are the feedback.
        let end = if until == Until::TimeLimit && timed_out(&outcomes) {
            first_hidden.max(first)
        } else {
            cases.len()
        };
        if first >= end {
            outcomes.resize_with(cases.len(), not_run);
            break;
        }
        starts += 1;
        let mut session = Session::start(exercise, cases, first, helpers, bytes, python, strict)?;
        let ready = session.wait_ready(exercise)?;
        if sandbox.is_none() {
            sandbox = session.protections;
        }
        match ready {
            Ready::Yes => {}
            Ready::SetupFailed(message) => {
                // NOTE: no case ran, and none is the learner's fault.
                while outcomes.len() < cases.len() {
                    outcomes.push(lone_failure(Verdict::InternalError, message.clone(), ""));
                }
                break;
            }
            Ready::Error(message) if first == 0 => {
                let broke_constraint = messages::is_constraint(&message);
                let mut outcome = error_outcome(explain_startup(exercise, path, message));
                outcome.sandbox = sandbox;
                outcome.broke_constraint = broke_constraint;
                return Ok(outcome);
            }
            Ready::Error(message) => {
                // NOTE: the file loaded once already, so a failure now is this case's.
                outcomes.push(lone_failure(Verdict::RuntimeError, message, ""));
                continue;
            }
            Ready::TimedOut if first == 0 => {
                return Ok(error_outcome(format!(
                    "`{}` did not finish loading within {:.1}s: is there a loop or a slow call at the top level of the file? Keep top-level code to definitions.",
                    exercise.file,
                    (exercise.limits.time + STARTUP_GRACE).as_secs_f64()
                )));
            }
            Ready::TimedOut => {
                outcomes.push(lone_failure(
                    Verdict::TimeLimitExceeded,
                    "Python did not start in time".into(),
                    "",
                ));
                continue;
            }
        }
        session.run_cases(&cases[..end], &mut outcomes, stop_early);
    }
    let status = if outcomes.iter().all(|o| o.verdict == Verdict::Passed) {
        Status::Passed
    } else {
        Status::Failed
    };
    if outcomes.len() < cases.len() {
        // stopped early: the order of the cases that ran is all there is
        return Ok(Outcome {
            status,
            message: None,
            cases: outcomes,
            starts,
            sandbox,
            broke_constraint: false,
        });
    }
    let mut in_file_order: Vec<Option<CaseOutcome>> = vec![None; outcomes.len()];
    for (position, outcome) in outcomes.into_iter().enumerate() {
        in_file_order[order[position]] = Some(outcome);
    }
    let outcomes: Vec<CaseOutcome> = in_file_order.into_iter().flatten().collect();
    Ok(Outcome {
        status,
        message: None,
        cases: outcomes,
        starts,
        sandbox,
        broke_constraint: false,
    })
}

pub fn error_outcome(message: String) -> Outcome {
    Outcome {
        status: Status::Error,
        message: Some(message),
        cases: Vec::new(),
        starts: 0,
        sandbox: None,
        broke_constraint: false,
    }
}

fn lone_failure(verdict: Verdict, message: String, printed: &str) -> CaseOutcome {
    CaseOutcome {
        verdict,
        time_ms: 0.0,
        failure: Some(Failure {
            message,
            ..Failure::default()
        }),
        printed: printed.to_owned(),
    }
}

/// The sandbox settings for running `cases` cases of `exercise` in `scratch`.
pub fn config(
    exercise: &Exercise,
    python: &Python,
    scratch: &std::path::Path,
    cases: u64,
    strict: bool,
) -> Config {
    Config {
        parent: std::process::id(),
        // NOTE: a backstop only; the per-case wall-clock deadline is what grades.
        cpu_seconds: exercise
            .limits
            .time
            .as_secs()
            .saturating_add(1)
            .saturating_mul(cases)
            + 10,
        memory: exercise.limits.memory,
        file_size: exercise.limits.disk.min(16 << 20),
        disk: exercise.limits.disk,
        open_files: 64,
        read_paths: sandbox::read_paths(python, exercise.sandbox.processes),
        write_paths: vec![scratch.to_owned()],
        processes: exercise.sandbox.processes,
        network: exercise.sandbox.network == Network::Loopback,
        require: strict,
    }
}

/// Check the learner's file without running it: `Ok(None)` when it may run, otherwise
/// the `error` outcome that says what to fix.
pub fn check_file(
    exercise: &Exercise,
    cases: usize,
    solution: &Solution,
    python: &Python,
    strict: bool,
) -> Result<Option<Outcome>> {
    let (path, bytes) = match solution {
        Solution::Missing(path) => return Ok(Some(error_outcome(missing_message(path)))),
        Solution::Source { path, bytes } => (path, bytes),
    };
    let mut session = Session::start_check(exercise, bytes, python, strict)?;
    let ready = session.wait_ready(exercise)?;
    let mut outcome = match ready {
        Ready::Yes => return Ok(None),
        Ready::Error(message) => {
            let broke_constraint = messages::is_constraint(&message);
            let mut outcome = error_outcome(explain_startup(exercise, path, message));
            outcome.broke_constraint = broke_constraint;
            outcome
        }
        Ready::TimedOut => error_outcome("Python did not start in time".into()),
        Ready::SetupFailed(message) => Outcome {
            status: Status::Failed,
            message: None,
            cases: (0..cases)
                .map(|_| lone_failure(Verdict::InternalError, message.clone(), ""))
                .collect(),
            starts: 1,
            sandbox: None,
            broke_constraint: false,
        },
    };
    outcome.sandbox = session.protections;
    Ok(Some(outcome))
}
