//! `coach validate`: for authors, prove an exercise's tests are right.
//!
//! Every file parses; the reference passes every case; the starter fails; each
//! `wrong/*.py` fails with the verdict it declares on some case; every case is failed by
//! something; and the time limit is calibrated as Kattis does it: the slowest reference
//! case times `TIME_MULTIPLIER` stays under the limit, and each solution declared to
//! exceed it still does, on some case, with the limit raised by `SAFETY_MARGIN`.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use owo_colors::OwoColorize;
use serde::Serialize;

use super::{Context, Outcome};
use crate::catalog::{Exercise, Expected, Graders};
use crate::parallel;
use crate::python::Python;
use crate::verdict::{Status, Verdict};
use crate::worker::{self, Solution, Until};

/// The reference's slowest case times this must stay under the limit.
const TIME_MULTIPLIER: f64 = 5.0;
/// A solution declared `time_limit_exceeded` must still exceed the limit times this.
const SAFETY_MARGIN: u32 = 2;

/// One solution to run for validation, and what it must do.
struct Job<'a> {
    exercise: &'a Exercise,
    graders: &'a Graders,
    role: Role,
    name: String,
    source: &'a str,
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Reference,
    Starter,
    Wrong(Expected),
}

#[derive(Debug, Serialize)]
struct Report {
    schema_version: u32,
    valid: bool,
    exercises: Vec<ExerciseReport>,
}

#[derive(Debug, Serialize)]
struct ExerciseReport {
    exercise: String,
    valid: bool,
    /// What makes the exercise invalid.
    problems: Vec<String>,
    /// Cases that no wrong solution and not the starter fail: they may test nothing new.
    never_fails: Vec<String>,
    sample_cases: usize,
    hidden_cases: usize,
    wrong_solutions: usize,
    slowest_reference_ms: Option<f64>,
    time_limit_ms: u128,
    /// A time limit that would pass the calibration, when the current one does not.
    suggested_time_limit: Option<String>,
}

pub fn run(
    context: &Context,
    slugs: &[String],
    json: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let s = &context.styles;
    let slugs = if slugs.is_empty() {
        context.catalog.slugs()?
    } else {
        slugs.to_vec()
    };
    let mut loaded = Vec::new();
    let mut broken = Vec::new();
    for slug in &slugs {
        let result = context.catalog.exercise(slug).and_then(|exercise| {
            context
                .catalog
                .graders(&exercise)
                .map(|graders| (exercise, graders))
        });
        match result {
            Ok(pair) => loaded.push(pair),
            Err(error) => broken.push(broken_report(slug, &format!("{error:#}"))),
        }
    }
    let python = context.python()?;
    let mut jobs = Vec::new();
    for (exercise, graders) in &loaded {
        jobs.push(Job {
            exercise,
            graders,
            role: Role::Reference,
            name: "solution.py".into(),
            source: &graders.solution,
        });
        jobs.push(Job {
            exercise,
            graders,
            role: Role::Starter,
            name: "starter.py".into(),
            source: &exercise.starter,
        });
        for wrong in &graders.wrong {
            let name = format!("wrong/{}", wrong.name);
            jobs.push(Job {
                exercise,
                graders,
                role: Role::Wrong(wrong.expect),
                name,
                source: &wrong.source,
            });
        }
    }
    let mut results = parallel::map(&jobs, parallel::default_jobs(), |job| run_job(job, python));
    // NOTE: the parallel runs share the cores with slow wrong solutions; a reference that
    // looks too slow for its limit is timed again alone, keeping each case's best time.
    for (job, result) in jobs.iter().zip(results.iter_mut()) {
        let Ok(outcome) = result else { continue };
        if job.role != Role::Reference || !too_slow(job.exercise, outcome) {
            continue;
        }
        for _ in 0..2 {
            if let Ok(again) = run_job(job, python) {
                for (best, case) in outcome.cases.iter_mut().zip(&again.cases) {
                    best.time_ms = best.time_ms.min(case.time_ms);
                }
            }
        }
    }
    let mut reports = Vec::new();
    for (exercise, graders) in &loaded {
        let runs: Vec<(&Job, &Result<worker::Outcome, String>)> = jobs
            .iter()
            .zip(&results)
            .filter(|(job, _)| job.exercise.slug == exercise.slug)
            .collect();
        reports.push(judge_exercise(exercise, graders, &runs));
    }
    reports.extend(broken);
    reports.sort_by(|a, b| a.exercise.cmp(&b.exercise));
    let valid = reports.iter().all(|r| r.valid);
    if json {
        serde_json::to_writer_pretty(
            &mut *out,
            &Report {
                schema_version: 1,
                valid,
                exercises: reports,
            },
        )?;
        writeln!(out)?;
    } else {
        for report in &reports {
            print_report(report, s, out)?;
        }
        writeln!(out)?;
        let invalid = reports.iter().filter(|r| !r.valid).count();
        let verdict = match (invalid, reports.len()) {
            (0, 1) => "the exercise is valid".to_owned(),
            (0, n) => format!("all {n} exercises are valid"),
            (_, 1) => "the exercise has problems".to_owned(),
            (1, n) => format!("1 of {n} exercises has problems"),
            (bad, n) => format!("{bad} of {n} exercises have problems"),
        };
        if invalid == 0 {
            writeln!(out, "{} {verdict}", "Valid:".style(s.pass))?;
        } else {
            writeln!(out, "{} {verdict}", "Invalid:".style(s.fail))?;
        }
    }
    let unloadable = loaded.len() < slugs.len();
    match (valid, unloadable) {
        (true, _) => Ok(Outcome::Success),
        (false, true) => Err(anyhow::anyhow!(
            "some exercises could not be loaded (see above)"
        )),
        (false, false) => Ok(Outcome::Failure),
    }
}

fn broken_report(slug: &str, error: &str) -> ExerciseReport {
    ExerciseReport {
        exercise: slug.to_owned(),
        valid: false,
        problems: vec![error.to_owned()],
        never_fails: Vec::new(),
        sample_cases: 0,
        hidden_cases: 0,
        wrong_solutions: 0,
        slowest_reference_ms: None,
        time_limit_ms: 0,
        suggested_time_limit: None,
    }
}

/// Run one solution; a solution declared to time out runs with the limit raised by the
/// safety margin, so it must exceed the limit clearly, not by a hair.
fn run_job(job: &Job, python: &Python) -> Result<worker::Outcome, String> {
    let solution = Solution::from_text(&job.name, job.source);
    let grade = |exercise: &Exercise, graders: &Graders, until: Until| {
        crate::grading::grade(exercise, graders, &solution, python, false, until)
            .map_err(|e| format!("{}: could not run: {e:#}", job.name))
    };
    if job.role != Role::Wrong(Expected::Verdict(Verdict::TimeLimitExceeded)) {
        return grade(job.exercise, job.graders, Until::End);
    }
    // NOTE: one case proves the declared verdict: with the limit times the margin, the
    // solution runs until its first time limit. The cases after it run with the
    // exercise's own limit, as grading runs them: which mistakes each case catches stays
    // exact, and a case the solution is too slow for costs one limit, not two.
    let mut widened = job.exercise.clone();
    widened.limits.time *= SAFETY_MARGIN;
    let mut outcome = grade(&widened, job.graders, Until::TimeLimit)?;
    let skipped: Vec<usize> = (outcome.cases.iter().enumerate())
        .filter(|(_, case)| case.verdict == Verdict::NotRun)
        .map(|(i, _)| i)
        .collect();
    if skipped.is_empty() || outcome.cases.len() != job.graders.cases.len() {
        return Ok(outcome);
    }
    let rest = Graders {
        cases: skipped
            .iter()
            .map(|&i| job.graders.cases[i].clone())
            .collect(),
        ..job.graders.clone()
    };
    let later = grade(job.exercise, &rest, Until::End)?;
    for (&i, case) in skipped.iter().zip(later.cases) {
        outcome.cases[i] = case;
    }
    Ok(outcome)
}

fn judge_exercise(
    exercise: &Exercise,
    graders: &Graders,
    runs: &[(&Job, &Result<worker::Outcome, String>)],
) -> ExerciseReport {
    let cases = &graders.cases;
    let mut problems = Vec::new();
    let mut failed_by_something = vec![false; cases.len()];
    let mut slowest = None;
    for (job, result) in runs {
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(error) => {
                problems.push(error.clone());
                continue;
            }
        };
        // NOTE: the wrong solutions only: a starter fails every case, so counting it
        // would hide every case that no known mistake fails.
        if matches!(job.role, Role::Wrong(_)) {
            for (i, case) in outcome.cases.iter().enumerate() {
                if case.verdict != Verdict::Passed {
                    failed_by_something[i] = true;
                }
            }
        }
        match job.role {
            Role::Reference => {
                if let Some(message) = &outcome.message {
                    problems.push(format!("{}: cannot be graded: {message}", job.name));
                    continue;
                }
                slowest = outcome
                    .cases
                    .iter()
                    .map(|c| c.time_ms)
                    .fold(None, |m: Option<f64>, t| Some(m.map_or(t, |m| m.max(t))));
                for (case, o) in cases
                    .iter()
                    .zip(&outcome.cases)
                    .filter(|(_, o)| o.verdict != Verdict::Passed)
                {
                    let why = o
                        .failure
                        .as_ref()
                        .map(|f| f.message.as_str())
                        .unwrap_or_default();
                    problems.push(format!(
                        "{}: the reference must pass every case, but \"{}\" is {}: {why}",
                        job.name,
                        case.name,
                        o.verdict.as_str()
                    ));
                }
            }
            Role::Starter => {
                if outcome.status == Status::Passed {
                    problems.push(format!(
                        "{}: the starter passes every case; it should fail them",
                        job.name
                    ));
                }
            }
            Role::Wrong(Expected::Constraint) => {
                if !outcome.broke_constraint {
                    let what = match outcome.status {
                        Status::Error => format!(
                            "it could not be graded for another reason: {}",
                            outcome.message.as_deref().unwrap_or_default()
                        ),
                        _ => "it was graded: [constraints] forbid does not catch it".into(),
                    };
                    problems.push(format!("{}: declares constraint, but {what}", job.name));
                }
            }
            Role::Wrong(Expected::Verdict(expect)) => {
                if outcome.status == Status::Error {
                    let message = outcome.message.as_deref().unwrap_or_default();
                    problems.push(format!(
                        "{}: declares {}, but cannot be graded: {message}",
                        job.name,
                        expect.as_str()
                    ));
                } else if !outcome.cases.iter().any(|o| o.verdict == expect) {
                    let mut seen: Vec<&str> =
                        outcome.cases.iter().map(|o| o.verdict.as_str()).collect();
                    seen.sort_unstable();
                    seen.dedup();
                    if expect == Verdict::TimeLimitExceeded {
                        problems.push(format!(
                            "{}: declares time_limit_exceeded, but finishes every case within {} times the limit (verdicts: {}); make its input larger, or lower the time limit",
                            job.name,
                            SAFETY_MARGIN,
                            seen.join(", ")
                        ));
                    } else {
                        problems.push(format!(
                            "{}: declares {}, but no case got that verdict (verdicts seen: {})",
                            job.name,
                            expect.as_str(),
                            seen.join(", ")
                        ));
                    }
                }
            }
        }
    }
    let limit = exercise.limits.time;
    let mut suggested_time_limit = None;
    if let Some(slowest) = slowest.filter(|ms| ms * TIME_MULTIPLIER > limit.as_secs_f64() * 1000.0)
    {
        let wanted = Duration::from_millis((slowest * TIME_MULTIPLIER).ceil() as u64 + 1);
        let text = format!("{}ms", round_up(wanted.as_millis()));
        problems.push(format!(
            "the time limit is too tight: the slowest reference case takes {slowest:.0} ms, and {TIME_MULTIPLIER} times that is over the limit of {} ms; set `time = \"{text}\"` in [limits], or make the reference faster",
            limit.as_millis()
        ));
        suggested_time_limit = Some(text);
    }
    let never_fails: Vec<String> = cases
        .iter()
        .zip(&failed_by_something)
        .filter(|(_, failed)| !**failed)
        .map(|(case, _)| case.name.clone())
        .collect();
    let samples = cases.iter().filter(|c| c.sample).count();
    ExerciseReport {
        exercise: exercise.slug.clone(),
        valid: problems.is_empty(),
        problems,
        never_fails,
        sample_cases: samples,
        hidden_cases: cases.len() - samples,
        wrong_solutions: graders.wrong.len(),
        slowest_reference_ms: slowest,
        time_limit_ms: limit.as_millis(),
        suggested_time_limit,
    }
}

/// Does the slowest case times the multiplier pass the exercise's limit?
fn too_slow(exercise: &Exercise, outcome: &worker::Outcome) -> bool {
    let limit_ms = exercise.limits.time.as_secs_f64() * 1000.0;
    outcome
        .cases
        .iter()
        .any(|c| c.time_ms * TIME_MULTIPLIER > limit_ms)
}

/// A limit a person would write: 1, 2 or 5 times a power of ten milliseconds.
fn round_up(ms: u128) -> u128 {
    let mut scale = 1;
    loop {
        for step in [1, 2, 5] {
            if step * scale >= ms {
                return step * scale;
            }
        }
        scale *= 10;
    }
}

fn print_report(
    report: &ExerciseReport,
    s: &crate::report::Styles,
    out: &mut dyn Write,
) -> Result<()> {
    let summary = format!(
        "{} sample + {} hidden cases, {} wrong solutions{}",
        report.sample_cases,
        report.hidden_cases,
        report.wrong_solutions,
        report
            .slowest_reference_ms
            .map(|ms| format!(
                ", slowest reference case {ms:.0} ms of {} ms",
                report.time_limit_ms
            ))
            .unwrap_or_default()
    );
    let mark = if report.valid {
        "✓".style(s.pass).to_string()
    } else {
        "✗".style(s.fail).to_string()
    };
    writeln!(
        out,
        "{mark} {} {}",
        report.exercise.style(s.bold),
        summary.style(s.dim)
    )?;
    for problem in &report.problems {
        writeln!(out, "    {}", problem.replace('\n', "\n    "))?;
    }
    for name in &report.never_fails {
        writeln!(
            out,
            "    note: never fails: \"{name}\" is passed by every wrong solution; does it test anything new?"
        )?;
    }
    if report.valid && report.wrong_solutions < 2 {
        writeln!(
            out,
            "    note: fewer than two wrong solutions; add known-wrong solutions under graders/{}/wrong/",
            report.exercise
        )?;
    }
    Ok(())
}
