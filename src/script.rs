//! Script exercises: run the learner's file as a program, once per case, and compare
//! what it prints.

use anyhow::{Context, Result};

use crate::catalog::{Case, ErrorOutput, Exercise, Mode, OutputCompare, Script};
use crate::judge::Failure;
use crate::python::Python;
use crate::sandbox::{self, Captured, Process};
use crate::verdict::{Status, Verdict};
use crate::worker::{self, CaseOutcome, Outcome, Solution, Until};

/// Runs the learner's file as the `__main__` module, as `python FILE` would.
const LAUNCHER: &str = include_str!("script.py");

/// Grade `solution` on the script cases of `exercise`, as far as `until` says.
pub fn run(
    exercise: &Exercise,
    cases: &[Case],
    solution: &Solution,
    python: &Python,
    strict: bool,
    until: Until,
) -> Result<Outcome> {
    if let Some(outcome) = worker::check_file(exercise, cases.len(), solution, python, strict)? {
        return Ok(outcome);
    }
    let Solution::Source { bytes, .. } = solution else {
        return Ok(worker::error_outcome("the solution is missing".into()));
    };
    let mut outcomes = Vec::with_capacity(cases.len());
    let mut protections = None;
    for case in cases {
        if until == Until::TimeLimit
            && !case.sample
            && outcomes
                .iter()
                .any(|o: &CaseOutcome| o.verdict == Verdict::TimeLimitExceeded)
        {
            outcomes.push(worker::not_run());
            continue;
        }
        let Some(script) = &case.script else {
            outcomes.push(CaseOutcome {
                verdict: Verdict::InternalError,
                time_ms: 0.0,
                failure: Some(Failure {
                    message: "a function case in a script exercise".into(),
                    ..Failure::default()
                }),
                printed: String::new(),
            });
            continue;
        };
        let captured = run_case(exercise, script, bytes, python, strict)?;
        protections = protections.or(captured.protections);
        let (verdict, failure) = judge(exercise, script, &captured);
        // NOTE: what a script "printed" besides its output is its standard error, unless
        // the failure already shows it as a traceback.
        let shown = failure.as_ref().is_some_and(|f| f.traceback.is_some());
        outcomes.push(CaseOutcome {
            verdict,
            time_ms: captured.elapsed.as_secs_f64() * 1000.0,
            failure,
            printed: if shown {
                String::new()
            } else {
                display(&captured.stderr)
            },
        });
        if until == Until::FirstFailure && outcomes.iter().any(|o| o.verdict != Verdict::Passed) {
            break;
        }
    }
    let status = if outcomes.iter().all(|o| o.verdict == Verdict::Passed) {
        Status::Passed
    } else {
        Status::Failed
    };
    Ok(Outcome {
        status,
        message: None,
        cases: outcomes,
        starts: cases.len() + 1,
        sandbox: protections,
        broke_constraint: false,
    })
}

fn run_case(
    exercise: &Exercise,
    script: &Script,
    solution: &[u8],
    python: &Python,
    strict: bool,
) -> Result<Captured> {
    let scratch = sandbox::scratch_dir()?;
    for (name, contents) in &script.files {
        let path = scratch.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        sandbox::place_file(scratch.path(), name, contents)?;
    }
    sandbox::place_file(scratch.path(), &exercise.file, solution)?;
    let config = worker::config(exercise, python, scratch.path(), 1, strict);
    // NOTE: -S (no site module) through a launcher that defines exit() and quit() as site
    // would: site's start alone is several Python starts on some installations.
    let mut args: Vec<std::ffi::OsString> = [
        "-I",
        "-S",
        "-B",
        "-X",
        "utf8",
        "-c",
        LAUNCHER,
        exercise.file.as_str(),
    ]
    .map(Into::into)
    .to_vec();
    args.extend(script.argv.iter().map(Into::into));
    let process = Process::spawn(&python.executable, &args, scratch.path(), &config)?;
    let mut captured = process.capture(
        script.stdin.clone().into_bytes(),
        exercise.limits.time,
        exercise.limits.output,
    );
    // NOTE: Python names the script by its absolute path in tracebacks; the random
    // scratch folder would make every report differ.
    let prefix = format!("{}/", scratch.path().display());
    captured.stderr = display(&captured.stderr).replace(&prefix, "").into_bytes();
    Ok(captured)
}

/// The verdict of one run.
pub fn judge(exercise: &Exercise, script: &Script, run: &Captured) -> (Verdict, Option<Failure>) {
    let fail = |verdict, message: String| {
        (
            verdict,
            Some(Failure {
                message,
                ..Failure::default()
            }),
        )
    };
    // NOTE: the helper reports its protections once set up; without that report, its
    // own error line means the runner failed, not the learner's program.
    let stderr = display(&run.stderr);
    if run.protections.is_none()
        && let Some(setup) = crate::sandbox::setup_error(&stderr)
    {
        return fail(
            Verdict::InternalError,
            format!("the sandbox could not start: {setup}"),
        );
    }
    if run.memory_exceeded {
        return fail(
            Verdict::MemoryLimitExceeded,
            format!(
                "used more than {} of memory (the memory limit); the program was stopped",
                crate::catalog::format_size(exercise.limits.memory)
            ),
        );
    }
    if run.timed_out {
        let waiting = "it is waiting: reading standard input that never comes, or sleeping";
        let mut message = worker::time_limit(exercise.limits.time, run.cpu, waiting);
        message.push_str(&worker::near_memory_limit(
            run.peak_memory,
            exercise.limits.memory,
        ));
        return fail(Verdict::TimeLimitExceeded, message);
    }
    if run.overflowed {
        return fail(
            Verdict::OutputLimitExceeded,
            format!(
                "printed more than {} (the output limit); the program was stopped",
                crate::catalog::format_size(exercise.limits.output)
            ),
        );
    }
    let code = run.status.and_then(|s| s.code());
    if stderr.contains("MemoryError") {
        return fail(
            Verdict::MemoryLimitExceeded,
            "ran out of memory (MemoryError)".into(),
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = run.status.and_then(|s| s.signal()) {
            return fail(
                Verdict::RuntimeError,
                format!("the program was killed by signal {signal}"),
            );
        }
    }
    // NOTE: an unhandled exception also exits with 1; a case that expects exit code 1
    // still wants the program to handle the error, not crash.
    // NOTE: a traceback is a crash unless the case expects that very text on stderr; an
    // error message the case only checks for (`contains`, `nonempty`) is not a traceback.
    let exact_stderr = matches!(script.stderr, Some(ErrorOutput::Text(_)));
    if !exact_stderr && stderr.contains("Traceback (most recent call last):") {
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return (
            Verdict::RuntimeError,
            Some(Failure {
                message: format!("the program crashed: {last}"),
                line: traceback_line(&stderr, &exercise.file),
                traceback: Some(stderr.clone()),
                ..Failure::default()
            }),
        );
    }
    match (script.exit_code, code) {
        (Some(want), Some(got)) if want != got => {
            return fail(
                Verdict::WrongAnswer,
                format!("expected exit code {want}, got {got}"),
            );
        }
        (None, Some(got)) if got != 0 => {
            let last = stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            let message = if last.is_empty() {
                format!("exited with code {got}")
            } else {
                format!("exited with code {got}: {last}")
            };
            return (
                Verdict::RuntimeError,
                Some(Failure {
                    message,
                    line: traceback_line(&stderr, &exercise.file),
                    traceback: (!stderr.is_empty()).then(|| stderr.clone()),
                    ..Failure::default()
                }),
            );
        }
        _ => {}
    }
    let stdout = display(&run.stdout);
    let checks = [
        (
            "standard output",
            script.stdout.clone(),
            script
                .stdout
                .as_ref()
                .and_then(|expected| compare(expected, &stdout, script.compare)),
            &stdout,
        ),
        (
            "standard error",
            script.stderr.as_ref().map(ErrorOutput::describe),
            script
                .stderr
                .as_ref()
                .and_then(|expected| expected.mismatch(&stderr, script.compare)),
            &stderr,
        ),
    ];
    for (stream, expected, why, got) in checks {
        if let Some(why) = why {
            return (
                Verdict::WrongAnswer,
                Some(Failure {
                    message: format!("{stream} differs: {why}"),
                    expected,
                    got: Some(got.clone()),
                    ..Failure::default()
                }),
            );
        }
    }
    (Verdict::Passed, None)
}

/// `None` when `got` matches `expected` under `compare`, else why not.
pub fn compare(expected: &str, got: &str, compare: OutputCompare) -> Option<String> {
    match compare.mode {
        Mode::Exact => (expected != got)
            .then(|| first_difference(&lines_of(expected, false), &lines_of(got, false))),
        Mode::Lines => {
            let (want, have) = (lines_of(expected, true), lines_of(got, true));
            (want != have).then(|| first_difference(&want, &have))
        }
        Mode::UnorderedLines => {
            let (mut want, mut have) = (lines_of(expected, true), lines_of(got, true));
            want.sort_unstable();
            have.sort_unstable();
            (want != have).then(|| {
                let missing = want.iter().find(|l| !have.contains(l));
                let extra = have.iter().find(|l| !want.contains(l));
                match (missing, extra) {
                    (Some(line), _) => format!("the line {line:?} is missing (in any order)"),
                    (None, Some(line)) => format!("the line {line:?} was not expected"),
                    (None, None) => format!("expected {} lines, got {}", want.len(), have.len()),
                }
            })
        }
        Mode::Tokens => {
            let want: Vec<&str> = expected.split_whitespace().collect();
            let have: Vec<&str> = got.split_whitespace().collect();
            for (i, (w, h)) in want.iter().zip(&have).enumerate() {
                if !token_eq(w, h, compare.float) {
                    return Some(format!("token {} should be {w:?}, got {h:?}", i + 1));
                }
            }
            (want.len() != have.len())
                .then(|| format!("expected {} tokens, got {}", want.len(), have.len()))
        }
    }
}

fn token_eq(want: &str, have: &str, tolerance: Option<f64>) -> bool {
    if want == have {
        return true;
    }
    match (tolerance, want.parse::<f64>(), have.parse::<f64>()) {
        (Some(t), Ok(a), Ok(b)) if a.is_finite() && b.is_finite() => {
            (a - b).abs() <= t * a.abs().max(b.abs()).max(1.0)
        }
        _ => false,
    }
}

/// Lines of a text; `relaxed` drops trailing whitespace and trailing blank lines.
fn lines_of(text: &str, relaxed: bool) -> Vec<&str> {
    let mut lines: Vec<&str> = text.split('\n').collect();
    if relaxed {
        for line in &mut lines {
            *line = line.trim_end();
        }
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
    }
    lines
}

fn first_difference(want: &[&str], have: &[&str]) -> String {
    match want.iter().zip(have).position(|(w, h)| w != h) {
        Some(i) if want[i].trim_end() == have[i].trim_end() => {
            format!("line {} differs only in trailing whitespace", i + 1)
        }
        Some(i) => format!("line {} differs", i + 1),
        None if want.len() > have.len() => format!(
            "output ends after line {}; expected {} lines",
            have.len(),
            want.len()
        ),
        None => format!(
            "{} extra lines after line {}",
            have.len() - want.len(),
            want.len()
        ),
    }
}

/// The line of the learner's file nearest the error in a Python traceback.
fn traceback_line(stderr: &str, file: &str) -> Option<u32> {
    let marker = format!("File \"{file}\", line ");
    stderr.lines().rev().find_map(|line| {
        let rest = &line[line.find(&marker)? + marker.len()..];
        rest.split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    })
}

/// Bytes as text; invalid UTF-8 is shown as `\xNN` escapes, never passed on raw.
pub fn display(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for byte in chunk.invalid() {
            text.push_str(&format!("\\x{byte:02x}"));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(mode: Mode) -> OutputCompare {
        OutputCompare { mode, float: None }
    }

    #[test]
    fn lines_ignore_trailing_whitespace_and_final_newlines() {
        assert_eq!(
            compare("a 1\nb 2\n", "a 1   \nb 2", mode(Mode::Lines)),
            None
        );
        assert!(
            compare("a 1\nb 2\n", "a 1\nb 3\n", mode(Mode::Lines))
                .is_some_and(|w| w.contains("line 2"))
        );
        assert!(compare("a\n", "a\nb\n", mode(Mode::Lines)).is_some_and(|w| w.contains("extra")));
    }

    #[test]
    fn exact_sees_whitespace() {
        assert_eq!(compare("a\n", "a\n", mode(Mode::Exact)), None);
        let why = compare("a\n", "a \n", mode(Mode::Exact));
        assert!(why.is_some_and(|w| w.contains("trailing whitespace")));
    }

    #[test]
    fn tokens_with_tolerance() {
        let loose = OutputCompare {
            mode: Mode::Tokens,
            float: Some(1e-6),
        };
        assert_eq!(compare("x 0.3333333", "x\n0.33333334", loose), None);
        assert!(compare("x 0.33", "x 0.34", loose).is_some());
        assert!(compare("x 1", "x 1 2", mode(Mode::Tokens)).is_some_and(|w| w.contains("tokens")));
    }

    #[test]
    fn unordered_lines() {
        assert_eq!(
            compare("a\nb\n", "b\na\n", mode(Mode::UnorderedLines)),
            None
        );
        assert!(
            compare("a\nb\n", "b\nc\n", mode(Mode::UnorderedLines))
                .is_some_and(|w| w.contains("\"a\""))
        );
    }

    #[test]
    fn traceback_lines() {
        let stderr = "Traceback (most recent call last):\n  File \"wc.py\", line 12, in <module>\n  File \"wc.py\", line 7, in main\nKeyError: 'x'\n";
        assert_eq!(traceback_line(stderr, "wc.py"), Some(7));
        assert_eq!(traceback_line("no traceback", "wc.py"), None);
    }

    #[test]
    fn invalid_utf8_is_escaped() {
        assert_eq!(display(b"ok \xff\xfe!"), "ok \\xff\\xfe!");
    }
}
