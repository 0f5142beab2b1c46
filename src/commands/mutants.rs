//! `coach validate --mutants`: mutation testing of an exercise's hidden cases. Small,
//! plausible mistakes are made to the reference (and to `graders/<slug>/mutate/*.py`) by
//! an AST mutator in Python; every mutant is graded like a submission, and each one that
//! passes every case (a survivor) is a mistake the cases let through, unless the author
//! declared it equivalent in `graders/<slug>/equivalent.toml`.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result, anyhow};
use indicatif::{ProgressBar, ProgressStyle};
use owo_colors::OwoColorize;
use serde::{Deserialize, Serialize};

use super::{Context, Outcome};
use crate::catalog::{Exercise, Graders, MutationSetup};
use crate::parallel;
use crate::python::Python;
use crate::worker::Solution;

const MUTATOR: &str = include_str!("../mutate.py");
/// How many mutants of one kind, per file, are graded by default.
const PER_OPERATOR: usize = 25;

/// One mutant, as the mutator makes it.
#[derive(Debug, Deserialize)]
struct Mutant {
    operator: String,
    line: u32,
    source: String,
}

/// A mutant to grade, with where it came from.
struct Job<'a> {
    exercise: &'a Exercise,
    graders: &'a Graders,
    setup: &'a MutationSetup,
    file: String,
    mutant: Mutant,
    diff: String,
}

#[derive(Debug, Serialize)]
struct Survivor {
    /// Which file was mutated: `solution.py` or `mutate/<name>.py`.
    file: String,
    line: u32,
    operator: String,
    diff: String,
}

#[derive(Debug, Serialize)]
struct ExerciseReport {
    slug: String,
    mutants: usize,
    killed: usize,
    survived: Vec<Survivor>,
    equivalent: usize,
    /// killed / (mutants - equivalent), in percent; 100 with no mutant to count.
    score: f64,
    /// Mutants of a kind beyond the per-kind bound were left out.
    sampled: bool,
    /// How many mutants of each kind were graded.
    operators: BTreeMap<String, usize>,
    /// Mutants that could not be graded (the runner's trouble, not the cases').
    errors: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Report {
    schema_version: u32,
    exercises: Vec<ExerciseReport>,
}

pub fn run(
    context: &Context,
    slugs: &[String],
    json: bool,
    (jobs, per_operator): (Option<usize>, Option<usize>),
    out: &mut dyn Write,
) -> Result<Outcome> {
    let slugs = if slugs.is_empty() {
        context.catalog.slugs()?
    } else {
        slugs.to_vec()
    };
    let mut loaded = Vec::new();
    for slug in &slugs {
        let exercise = context.catalog.exercise(slug)?;
        let graders = context.catalog.graders(&exercise)?;
        let setup = context.catalog.mutation_setup(&exercise)?;
        loaded.push((exercise, graders, setup));
    }
    let python = context.python()?;
    let bound = per_operator.unwrap_or(PER_OPERATOR).max(1);
    let mut work = Vec::new();
    let mut sampled = vec![false; loaded.len()];
    for (index, (exercise, graders, setup)) in loaded.iter().enumerate() {
        let sources = std::iter::once(("solution.py".to_owned(), graders.solution.clone()))
            .chain(setup.extra.iter().cloned());
        for (file, source) in sources {
            let mutants = mutate(python, &source)
                .with_context(|| format!("cannot make mutants of {}'s {file}", exercise.slug))?;
            let (kept, left_out) = sample(mutants, bound);
            sampled[index] |= left_out;
            for mutant in kept {
                work.push(Job {
                    exercise,
                    graders,
                    setup,
                    diff: diff(&source, &mutant.source),
                    file: file.clone(),
                    mutant,
                });
            }
        }
    }

    let progress = if json {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(work.len() as u64).with_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} mutants graded ({eta} left)")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
    };
    let jobs = jobs.unwrap_or_else(parallel::default_jobs).max(1);
    let results = parallel::map(&work, jobs, |job| {
        let solution = Solution::from_text(&job.exercise.file, &job.mutant.source);
        let result = crate::grading::passes_all(job.exercise, job.graders, &solution, python);
        progress.inc(1);
        result
    });
    progress.finish_and_clear();

    let mut reports: Vec<ExerciseReport> = loaded
        .iter()
        .zip(&sampled)
        .map(|((exercise, ..), &sampled)| ExerciseReport {
            slug: exercise.slug.clone(),
            mutants: 0,
            killed: 0,
            survived: Vec::new(),
            equivalent: 0,
            score: 100.0,
            sampled,
            operators: BTreeMap::new(),
            errors: Vec::new(),
        })
        .collect();
    let index: BTreeMap<&str, usize> = loaded
        .iter()
        .enumerate()
        .map(|(i, (exercise, ..))| (exercise.slug.as_str(), i))
        .collect();
    for (job, result) in work.iter().zip(results) {
        let report = &mut reports[index[job.exercise.slug.as_str()]];
        report.mutants += 1;
        *report
            .operators
            .entry(job.mutant.operator.clone())
            .or_default() += 1;
        match result {
            Ok(false) => report.killed += 1,
            Ok(true) if job.setup.equivalent(&job.diff).is_some() => report.equivalent += 1,
            Ok(true) => report.survived.push(Survivor {
                file: job.file.clone(),
                line: job.mutant.line,
                operator: job.mutant.operator.clone(),
                diff: job.diff.clone(),
            }),
            Err(e) => report
                .errors
                .push(format!("line {}: {e:#}", job.mutant.line)),
        }
    }
    for report in &mut reports {
        let counted = report.mutants - report.equivalent - report.errors.len();
        if counted > 0 {
            report.score = (report.killed as f64 * 1000.0 / counted as f64).floor() / 10.0;
        }
    }
    let all_killed = reports
        .iter()
        .all(|r| r.survived.is_empty() && r.errors.is_empty());
    if json {
        let document = Report {
            schema_version: 1,
            exercises: reports,
        };
        serde_json::to_writer_pretty(&mut *out, &document).context("cannot write the report")?;
        writeln!(out)?;
    } else {
        render(context, &reports, out)?;
    }
    Ok(if all_killed {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// The mutants of `source`, from the mutator run with the chosen interpreter.
fn mutate(python: &Python, source: &str) -> Result<Vec<Mutant>> {
    let mut child = Command::new(&python.executable)
        .args(["-I", "-S", "-c", MUTATOR])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run `{}`", python.executable.display()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(source.as_bytes())
            .context("cannot send the source to the mutator")?;
    }
    let output = child
        .wait_with_output()
        .context("the mutator did not finish")?;
    if !output.status.success() {
        return Err(anyhow!(
            "the mutator failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    serde_json::from_slice(&output.stdout).context("the mutator's answer is not readable")
}

/// At most `bound` mutants of each operator, spread evenly over the file; whether any
/// were left out.
fn sample(mutants: Vec<Mutant>, bound: usize) -> (Vec<Mutant>, bool) {
    let mut by_operator: BTreeMap<String, Vec<Mutant>> = BTreeMap::new();
    for mutant in mutants {
        by_operator
            .entry(mutant.operator.clone())
            .or_default()
            .push(mutant);
    }
    let mut kept = Vec::new();
    let mut left_out = false;
    for (_, group) in by_operator {
        let count = group.len();
        if count <= bound {
            kept.extend(group);
            continue;
        }
        left_out = true;
        // NOTE: every (count / bound)-th one, so the sample is the same on every run
        kept.extend(
            group
                .into_iter()
                .enumerate()
                .filter(|(i, _)| i * bound / count != (i + 1) * bound / count)
                .map(|(_, m)| m),
        );
    }
    kept.sort_by_key(|m| m.line);
    (kept, left_out)
}

/// The changed lines of `mutant`: `-` the reference's, `+` the mutant's.
fn diff(original: &str, mutant: &str) -> String {
    let diff = similar::TextDiff::from_lines(original, mutant);
    let mut lines = Vec::new();
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => '-',
            similar::ChangeTag::Insert => '+',
            similar::ChangeTag::Equal => continue,
        };
        lines.push(format!("{sign}{}", change.value().trim_end_matches('\n')));
    }
    lines.join("\n")
}

fn render(context: &Context, reports: &[ExerciseReport], out: &mut dyn Write) -> Result<()> {
    let s = &context.styles;
    for report in reports {
        let ok = report.survived.is_empty() && report.errors.is_empty();
        let mark = if ok {
            "✓".style(s.pass)
        } else {
            "✗".style(s.fail)
        };
        writeln!(
            out,
            "{mark} {} {} mutants: {} killed, {} survived, {} equivalent; score {:.1}%{}",
            report.slug,
            report.mutants,
            report.killed,
            report.survived.len(),
            report.equivalent,
            report.score,
            if report.sampled {
                " (sampled: at most a bound of mutants per kind; --per-operator N)"
            } else {
                ""
            }
        )?;
        for survivor in &report.survived {
            writeln!(
                out,
                "    survived: {} line {} ({}):",
                survivor.file, survivor.line, survivor.operator
            )?;
            for line in survivor.diff.lines() {
                writeln!(out, "      {line}")?;
            }
        }
        for error in &report.errors {
            writeln!(out, "    could not grade a mutant: {error}")?;
        }
    }
    let survivors: usize = reports.iter().map(|r| r.survived.len()).sum();
    writeln!(out)?;
    if survivors == 0 {
        writeln!(out, "Every mutant was killed or declared equivalent.")?;
    } else {
        writeln!(
            out,
            "{survivors} mutants survived: add a case that tells each from the reference, or declare it in graders/<slug>/equivalent.toml if no valid input can"
        )?;
    }
    Ok(())
}
