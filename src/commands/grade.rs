//! `coach grade`: many submissions, in parallel, into deterministic reports.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};

use super::{Context, Outcome};
use crate::catalog::{Exercise, Graders};
use crate::cli::{GradeArgs, Shard};
use crate::export::{self, Options};
use crate::parallel;
use crate::report::Graded;
use crate::results::{ExerciseResult, GradeReport, SubmissionResult};
use crate::worker::Solution;

/// One submission found on disk.
struct Submission {
    name: String,
    path: PathBuf,
}

/// One solution to grade.
struct Job<'a> {
    submission: usize,
    exercise: &'a (Exercise, Graders),
    file: PathBuf,
    /// The submission's folder: the file must really be inside it.
    root: PathBuf,
}

pub fn run(context: &Context, args: &GradeArgs, out: &mut dyn Write) -> Result<Outcome> {
    let mut submissions = discover(&args.dirs, args.each)?;
    if submissions.is_empty() {
        bail!(
            "no submission folders were found in {}: with --each, every folder inside it is one submission",
            args.dirs
                .iter()
                .map(|d| format!("`{}`", d.display()))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if let Some(shard) = args.shard {
        submissions.retain(|s| in_shard(&s.name, shard));
    }
    export::check_targets(&args.output.reports, submissions.len())?;
    let requested = !args.exercises.is_empty();
    let slugs = if requested {
        args.exercises.clone()
    } else {
        context.catalog.slugs()?
    };
    let mut exercises = Vec::new();
    for slug in &slugs {
        let exercise = context.catalog.exercise(slug)?;
        let graders = context.catalog.graders(&exercise)?;
        exercises.push((exercise, graders));
    }
    if context.strict {
        crate::sandbox::require_full()?;
    }
    let python = context.python()?;

    let mut jobs = Vec::new();
    let mut missing: Vec<Vec<ExerciseResult>> = vec![Vec::new(); submissions.len()];
    for (index, submission) in submissions.iter().enumerate() {
        // NOTE: read once per submission, and only when a file is missing.
        let mut loose = None;
        for pair in &exercises {
            match find_file(&submission.path, &pair.0) {
                Some(file) => jobs.push(Job {
                    submission: index,
                    exercise: pair,
                    file,
                    root: submission.path.clone(),
                }),
                None => {
                    // NOTE: a misnamed file (`Palindrome.py`) is reported, with the name
                    // to give it, even when no exercise was asked for by name: left out,
                    // it would cost its points without a word.
                    let loose =
                        loose.get_or_insert_with(|| loose_files(&submission.path, &exercises));
                    let near =
                        crate::suggest::closest(&pair.0.file, loose.iter().map(String::as_str));
                    if requested || near.is_some() {
                        let mut result =
                            ExerciseResult::missing(&pair.0.slug, &pair.0.file, pair.1.max_score());
                        if let Some(near) = near {
                            result.message = Some(format!(
                                "`{}` is missing from the submission; did you mean `{near}`? \
                                 Rename it to `{}`: coach grades the file of that exact name",
                                pair.0.file, pair.0.file
                            ));
                        }
                        missing[index].push(result);
                    }
                }
            }
        }
    }

    let progress = ProgressBar::new(jobs.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} solutions graded ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let jobs_count = args.jobs.unwrap_or_else(parallel::default_jobs).max(1);
    let strict = context.strict;
    let results = parallel::map(&jobs, jobs_count, |job| {
        let result = grade_one(job, python, strict);
        progress.inc(1);
        result
    });
    progress.finish_and_clear();

    let mut per_submission = missing;
    for (job, result) in jobs.iter().zip(results) {
        per_submission[job.submission].push(result?);
    }
    let report = GradeReport::new(
        submissions
            .iter()
            .zip(per_submission)
            .map(|(submission, mut exercises)| {
                exercises.sort_by(|a, b| a.exercise.cmp(&b.exercise));
                SubmissionResult::new(
                    submission.name.clone(),
                    submission.path.display().to_string(),
                    exercises,
                )
            })
            .collect(),
    );

    let mut report = report;
    report.shard = args.shard.map(|s| crate::results::ShardOf {
        index: s.index,
        count: s.count,
    });

    let to_stdout = args.output.reports.iter().any(|r| r.path.is_none());
    let mut stderr = std::io::stderr().lock();
    let human: &mut dyn Write = if to_stdout { &mut stderr } else { out };
    summary(&report, human)?;
    if std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") {
        // NOTE: the runner reads workflow commands from stderr too; stdout may be a report.
        export::github::annotations(&report, &mut *human)?;
    }
    export::write_all(
        &args.output.reports,
        &report,
        Options {
            gradescope_hidden: args.output.gradescope_hidden,
        },
    )?;

    let passed = match args.fail_under {
        Some(threshold) => {
            let held = report.percent() >= threshold;
            writeln!(
                human,
                "{} is {} the --fail-under threshold of {threshold}%: {}",
                precise_percent(report.percent()),
                if held { "at or above" } else { "below" },
                if held { "passed" } else { "failed" }
            )?;
            held
        }
        // NOTE: a shard may simply get no submission.
        None => report.all_passed(),
    };
    if args.exit_zero {
        // NOTE: for runners (Exercism's) that must exit 0 once their results are written.
        return Ok(Outcome::Success);
    }
    Ok(if passed {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

fn grade_one(job: &Job, python: &crate::python::Python, strict: bool) -> Result<ExerciseResult> {
    let (exercise, graders) = job.exercise;
    let file = job.file.display().to_string();
    // NOTE: a submission is untrusted too: a symlink could point at the graders' own
    // solution, or at any file the runner may read. Only a regular file is graded.
    let unusable = match job.file.symlink_metadata() {
        Ok(meta) if meta.file_type().is_symlink() => Some(format!(
            "`{file}` is a symbolic link; submit the file itself"
        )),
        Ok(meta) if !meta.is_file() => Some(format!("`{file}` is not a regular file")),
        // NOTE: a linked folder on the way (mallory/adder -> ../alice) leads outside too.
        Ok(_) if !inside(&job.file, &job.root) => Some(format!(
            "`{file}` lies outside the submission (through a symbolic link)"
        )),
        Ok(_) => None,
        Err(e) => Some(format!("`{file}` cannot be read: {e}")),
    };
    let solution = match unusable {
        Some(message) => {
            return Ok(ExerciseResult::unusable(
                &exercise.slug,
                &file,
                graders.max_score(),
                message,
            ));
        }
        None => match Solution::read(job.file.clone()) {
            Ok(solution) => solution,
            Err(e) => {
                let message = format!("{e:#}");
                return Ok(ExerciseResult::unusable(
                    &exercise.slug,
                    &file,
                    graders.max_score(),
                    message,
                ));
            }
        },
    };
    let outcome = crate::grading::grade(
        exercise,
        graders,
        &solution,
        python,
        strict,
        crate::worker::Until::End,
    )?;
    let graded = Graded {
        exercise,
        cases: &graders.cases,
        outcome: &outcome,
        python: python.version_string(),
    };
    Ok(ExerciseResult::from_graded(
        &graded,
        &job.file.display().to_string(),
        false,
    ))
}

fn inside(file: &Path, root: &Path) -> bool {
    match (file.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(root)) => file.starts_with(root),
        _ => false,
    }
}

/// The submissions named on the command line, in a stable order with unique names.
fn discover(dirs: &[PathBuf], each: bool) -> Result<Vec<Submission>> {
    let mut paths = Vec::new();
    for dir in dirs {
        if !dir.is_dir() {
            bail!(
                "`{}` is not a folder; pass submission folders (or a cohort folder with --each)",
                dir.display()
            );
        }
        if each {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(dir)
                .with_context(|| format!("cannot read `{}`", dir.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_dir()
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            inner.sort();
            paths.extend(inner);
        } else {
            paths.push(dir.clone());
        }
    }
    let name_of = |path: &Path| {
        path.canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| path.display().to_string())
    };
    let names: Vec<String> = paths.iter().map(|p| name_of(p)).collect();
    Ok(paths
        .iter()
        .zip(&names)
        .map(|(path, name)| {
            // NOTE: two folders with one name (a/alice, b/alice) keep their paths as names.
            let unique = names.iter().filter(|n| *n == name).count() == 1;
            let name = if unique {
                name.clone()
            } else {
                path.display().to_string()
            };
            Submission {
                name,
                path: path.clone(),
            }
        })
        .collect())
}

/// Where a submission keeps an exercise's file: at its top, or in a folder named after it.
fn find_file(root: &Path, exercise: &Exercise) -> Option<PathBuf> {
    [
        root.join(&exercise.file),
        root.join(&exercise.slug).join(&exercise.file),
    ]
    .into_iter()
    .find(|p| p.symlink_metadata().is_ok())
}

/// The Python files at the top of a submission that are no exercise's file: where a
/// misnamed one (`Palindrome.py`, a letter missing or swapped) is looked for.
fn loose_files(root: &Path, exercises: &[(Exercise, Graders)]) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".py") && !exercises.iter().any(|(e, _)| &e.file == name))
        .collect()
}

/// A stable shard: by a hash of the name, so adding a submission moves no other one.
fn in_shard(name: &str, shard: Shard) -> bool {
    // FNV-1a, 64 bits: stable across runs, machines and Rust versions.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    hash % u64::from(shard.count) == u64::from(shard.index - 1)
}

fn summary(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let name_width = report
        .submissions
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(0);
    for submission in &report.submissions {
        if submission.exercises.is_empty() {
            writeln!(
                out,
                "{:<name_width$}  {:<14} error   {}",
                submission.name,
                "-",
                submission.message.as_deref().unwrap_or("")
            )?;
        }
        for exercise in &submission.exercises {
            let failed = exercise.cases.iter().filter(|c| !c.passed()).count();
            let note = match &exercise.message {
                Some(message) => message.lines().next().unwrap_or_default().to_owned(),
                None if failed > 0 => format!("{failed} of {} cases failed", exercise.cases.len()),
                None => String::new(),
            };
            writeln!(
                out,
                "{:<name_width$}  {:<14} {:<7} {:>7}  {note}",
                submission.name,
                exercise.exercise,
                exercise.status.as_str(),
                format!("{}/{}", exercise.score, exercise.max_score),
            )?;
        }
    }
    // NOTE: once for the run, not per exercise: a CI log should say plainly when the
    // grading ran with weaker isolation.
    let missing: std::collections::BTreeSet<String> = report
        .submissions
        .iter()
        .flat_map(|s| &s.exercises)
        .filter_map(|e| e.sandbox.as_ref().and_then(|p| p.missing()))
        .collect();
    for line in missing {
        writeln!(out, "{line}")?;
    }
    writeln!(
        out,
        "Total: {}/{} ({}) across {}",
        report.score,
        report.max_score,
        shown_percent(report.percent()),
        crate::report::count(report.submissions.len(), "submission")
    )?;
    Ok(())
}

/// A percentage to one decimal, rounded down: 59.89% shows as 59.8%, never as a 59.9% it
/// does not reach.
fn shown_percent(percent: f64) -> String {
    format!("{:.1}%", (percent * 10.0).floor() / 10.0)
}

/// A percentage to two decimals, rounded down, for comparing with a threshold.
fn precise_percent(percent: f64) -> String {
    let shown = format!("{:.2}", (percent * 100.0).floor() / 100.0);
    let shown = shown.trim_end_matches('0').trim_end_matches('.');
    format!("{shown}%")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::{Protection, Protections};

    #[test]
    fn percentages_never_round_up_to_a_threshold() {
        assert_eq!(shown_percent(59.89), "59.8%");
        assert_eq!(shown_percent(100.0), "100.0%");
        assert_eq!(precise_percent(59.899), "59.89%");
        assert_eq!(precise_percent(60.0), "60%");
        assert_eq!(precise_percent(72.5), "72.5%");
    }

    #[test]
    fn the_summary_says_once_which_protections_were_missing() {
        let weak = Protections {
            limits: true,
            landlock: Protection::Off,
            seccomp: Protection::Full,
            network: Protection::Full,
            disk: Protection::Full,
            networking: crate::sandbox::Networking::None,
        };
        let exercise = |name: &str| {
            let mut result = ExerciseResult::missing(name, &format!("{name}.py"), 1);
            result.sandbox = Some(weak);
            result
        };
        let report = GradeReport::new(vec![
            SubmissionResult::new("a".into(), "a".into(), vec![exercise("x"), exercise("y")]),
            SubmissionResult::new("b".into(), "b".into(), vec![exercise("x")]),
        ]);
        let mut out = Vec::new();
        summary(&report, &mut out).expect("summary");
        let text = String::from_utf8_lossy(&out);
        assert_eq!(text.matches("Landlock").count(), 1, "{text}");
        assert!(
            text.lines().last().is_some_and(|l| l.starts_with("Total:")),
            "{text}"
        );
    }
}
