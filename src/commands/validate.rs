//! `coach validate`: for authors, prove an exercise's tests are right.
//!
//! Every file parses; the reference passes every case; the starter fails; each
//! `wrong/*.py` fails with the verdict it declares on some case.

use std::io::Write;

use anyhow::Result;
use owo_colors::OwoColorize;

use super::{Context, Outcome};
use crate::catalog::{Exercise, Graders};
use crate::parallel;
use crate::python::Python;
use crate::verdict::{Status, Verdict};
use crate::worker::{self, Solution};

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
    Wrong(Verdict),
}

pub fn run(context: &Context, slugs: &[String], out: &mut dyn Write) -> Result<Outcome> {
    let s = &context.styles;
    let slugs = if slugs.is_empty() { context.catalog.slugs()? } else { slugs.to_vec() };
    let mut loaded = Vec::new();
    let mut broken = 0;
    for slug in &slugs {
        let result = context
            .catalog
            .exercise(slug)
            .and_then(|exercise| context.catalog.graders(&exercise).map(|graders| (exercise, graders)));
        match result {
            Ok(pair) => loaded.push(pair),
            Err(error) => {
                broken += 1;
                writeln!(out, "{} {slug}: {error:#}", "✗".style(s.fail))?;
            }
        }
    }
    let python = context.python()?;
    let mut jobs = Vec::new();
    for (exercise, graders) in &loaded {
        jobs.push(Job { exercise, graders, role: Role::Reference, name: "solution.py".into(), source: &graders.solution });
        jobs.push(Job { exercise, graders, role: Role::Starter, name: "starter.py".into(), source: &exercise.starter });
        for wrong in &graders.wrong {
            jobs.push(Job { exercise, graders, role: Role::Wrong(wrong.expect), name: format!("wrong/{}", wrong.name), source: &wrong.source });
        }
    }
    let results = parallel::map(&jobs, parallel::default_jobs(), |job| check(job, python));
    let mut failed = 0;
    for (exercise, graders) in &loaded {
        let problems: Vec<&String> = jobs
            .iter()
            .zip(&results)
            .filter(|(job, _)| job.exercise.slug == exercise.slug)
            .filter_map(|(_, r)| r.as_ref().err())
            .collect();
        let samples = graders.cases.iter().filter(|c| c.sample).count();
        let summary = format!(
            "{} sample + {} hidden cases, {} wrong solutions",
            samples,
            graders.cases.len() - samples,
            graders.wrong.len()
        );
        if problems.is_empty() {
            writeln!(out, "{} {} {}", "✓".style(s.pass), exercise.slug.style(s.bold), summary.style(s.dim))?;
        } else {
            failed += 1;
            writeln!(out, "{} {} {}", "✗".style(s.fail), exercise.slug.style(s.bold), summary.style(s.dim))?;
            for problem in problems {
                writeln!(out, "    {}", problem.replace('\n', "\n    "))?;
            }
        }
        if graders.wrong.len() < 2 {
            writeln!(out, "    note: fewer than two wrong solutions; add known-wrong solutions under graders/{}/wrong/", exercise.slug)?;
        }
    }
    writeln!(out)?;
    let total = slugs.len();
    if broken + failed == 0 {
        writeln!(out, "{} all {total} exercises are valid", "Valid:".style(s.pass))?;
        Ok(Outcome::Success)
    } else {
        writeln!(out, "{} {} of {total} exercises have problems", "Invalid:".style(s.fail), broken + failed)?;
        if broken > 0 { Err(anyhow::anyhow!("{broken} exercises could not be loaded")) } else { Ok(Outcome::Failure) }
    }
}

/// Run one solution and say what is wrong with the result, if anything.
fn check(job: &Job, python: &Python) -> Result<(), String> {
    let solution = Solution::from_text(&job.name, job.source);
    let outcome = crate::grading::grade(job.exercise, job.graders, &solution, python, false)
        .map_err(|e| format!("{}: could not run: {e:#}", job.name))?;
    let cases = &job.graders.cases;
    match job.role {
        Role::Reference => {
            if let Some(message) = &outcome.message {
                return Err(format!("{}: cannot be graded: {message}", job.name));
            }
            let failures: Vec<String> = cases
                .iter()
                .zip(&outcome.cases)
                .filter(|(_, o)| o.verdict != Verdict::Passed)
                .map(|(c, o)| {
                    let why = o.failure.as_ref().map(|f| f.message.as_str()).unwrap_or_default();
                    format!("  \"{}\": {} {why}", c.name, o.verdict.as_str())
                })
                .collect();
            if failures.is_empty() {
                Ok(())
            } else {
                Err(format!("{}: the reference must pass every case, but it fails:\n{}", job.name, failures.join("\n")))
            }
        }
        Role::Starter => match outcome.status {
            Status::Passed => Err(format!("{}: the starter passes every case; it should fail them", job.name)),
            _ => Ok(()),
        },
        Role::Wrong(expect) => {
            if outcome.status == Status::Error {
                return Err(format!(
                    "{}: declares {}, but cannot be graded: {}",
                    job.name,
                    expect.as_str(),
                    outcome.message.as_deref().unwrap_or_default()
                ));
            }
            let hit = cases.iter().zip(&outcome.cases).any(|(c, o)| o.verdict == expect && !c.sample || o.verdict == expect);
            if hit {
                return Ok(());
            }
            let got: Vec<&str> = {
                let mut v: Vec<&str> = outcome.cases.iter().map(|o| o.verdict.as_str()).collect();
                v.sort();
                v.dedup();
                v
            };
            Err(format!(
                "{}: declares {}, but no case got that verdict (verdicts seen: {})",
                job.name,
                expect.as_str(),
                got.join(", ")
            ))
        }
    }
}
