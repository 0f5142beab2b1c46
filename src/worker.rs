//! Speak the worker protocol: run every case of one exercise against one solution in one
//! Python process, and start a fresh one after a timeout, a crash or a memory error.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::Result;
use serde::Deserialize;
use serde_json::json;

use crate::catalog::{Case, Exercise, Network};
use crate::judge::{self, CaseResult, Failure, Raised};
use crate::python::Python;
use crate::sandbox::{self, Config, Process, Protections};
use crate::steps::Expect;
use crate::verdict::{Status, Verdict};

const WORKER_SOURCE: &str = include_str!("worker.py");
/// The largest result line the runner reads; past it the case is over the output limit.
const MAX_RESULT_LINE: usize = 64 << 20;
/// How long Python may take to start and load the learner's file, beyond the case limit.
/// How much of what a case printed is kept for reports.
const MAX_PRINTED: usize = 8 << 10;
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
}

/// Grade `solution` on `cases` of `exercise`.
pub fn run(
    exercise: &Exercise,
    cases: &[Case],
    helpers: Option<&str>,
    solution: &Solution,
    python: &Python,
    strict: bool,
) -> Result<Outcome> {
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
    while outcomes.len() < cases.len() {
        let first = outcomes.len();
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
                let mut outcome = error_outcome(explain_startup(exercise, path, message));
                outcome.sandbox = sandbox;
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
        session.run_cases(cases, &mut outcomes);
    }
    let status = if outcomes.iter().all(|o| o.verdict == Verdict::Passed) {
        Status::Passed
    } else {
        Status::Failed
    };
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
    })
}

pub fn error_outcome(message: String) -> Outcome {
    Outcome {
        status: Status::Error,
        message: Some(message),
        cases: Vec::new(),
        starts: 0,
        sandbox: None,
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

/// Why a solution cannot be graded, from the worker's first line.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum StartupError {
    Syntax {
        message: String,
        line: Option<u32>,
        offset: Option<u32>,
        text: String,
        #[serde(rename = "type")]
        kind: String,
    },
    Import {
        exception: Raised,
        #[serde(default)]
        printed: String,
    },
    Missing {
        names: Vec<String>,
    },
    Helpers {
        exception: Raised,
    },
    Constraint {
        name: String,
        line: u32,
        text: String,
    },
}

enum Ready {
    Yes,
    Error(String),
    TimedOut,
    /// The sandbox helper could not set up: the runner's failure, not the learner's.
    SetupFailed(String),
}

fn explain_startup(exercise: &Exercise, path: &std::path::Path, message: String) -> String {
    let file = path.display();
    match serde_json::from_str::<StartupError>(&message) {
        Ok(StartupError::Syntax {
            message,
            line,
            offset,
            text,
            kind,
        }) => {
            let line_no = line.map_or(String::new(), |l| format!(" line {l}"));
            let mut out = format!("`{file}`{line_no} has a {kind}: {message}");
            if !text.trim().is_empty() {
                let indent = text.len() - text.trim_start().len();
                out.push_str(&format!("\n    {}", text.trim()));
                if let Some(offset) = offset.filter(|o| *o as usize > indent) {
                    out.push_str(&format!(
                        "\n    {}^",
                        " ".repeat(offset as usize - 1 - indent)
                    ));
                }
            }
            out.push_str("\nFix that line; if it looks right, check the line before it for an unclosed bracket or quote.");
            out
        }
        Ok(StartupError::Import { exception, printed }) => {
            let mut out = format!(
                "`{file}` raised an error while loading: {}",
                exception.summary()
            );
            if exception.kind == "ModuleNotFoundError" || exception.kind == "ImportError" {
                out.push_str("\nYour file can import Python's standard library only.");
            }
            if !exception.traceback.is_empty() {
                out.push_str(&format!("\n{}", exception.traceback.trim_end()));
            }
            if !printed.is_empty() {
                out.push_str(&format!("\nIt printed:\n{}", printed.trim_end()));
            }
            out
        }
        Ok(StartupError::Missing { names }) => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!(
                "`{file}` does not define {}, which the tests use. Check the spelling, and that it is defined at the top level of `{}` (not inside another function or under `if __name__ == ...`).",
                list.join(" and "),
                exercise.file
            )
        }
        Ok(StartupError::Constraint { name, line, text }) => format!(
            "`{file}` line {line} uses `{name}`, which this exercise does not allow:\n    {}\nSolve it without `{name}`; the point of the exercise is to build that part yourself.",
            text.trim()
        ),
        Ok(StartupError::Helpers { exception }) => format!(
            "the exercise's helpers.py is broken (a problem with the exercise, not your code): {}",
            exception.summary()
        ),
        Err(_) => message,
    }
}

const SETUP_FAILURE: &str = "the sandbox could not start: ";

enum Event {
    Line(Vec<u8>),
    LineTooLong,
    ResultsClosed,
    Raw(Vec<u8>),
    Protections(Protections),
    /// The worker finished writing the case of this index to the raw stream.
    Marker(usize),
}

/// What the worker writes on the raw stream (fd 2) at the end of each case, so output
/// written below print() is told apart by case although it travels on another pipe.
const MARKER_START: &[u8] = b"\0coach-end ";
const MARKER_END: &[u8] = b"\0\n";

/// One running worker.
struct Session<'a> {
    process: Process,
    events: Receiver<Event>,
    exercise: &'a Exercise,
    next: usize,
    /// What arrived on stderr since the last case boundary (bounded by the output limit).
    raw: Vec<u8>,
    raw_total: u64,
    protections: Option<Protections>,
    /// The last case whose end the worker marked on the raw stream.
    last_marker: Option<usize>,
    /// Lines for the worker's stdin: the header, then one case at a time.
    requests: Sender<String>,
    _scratch: sandbox::Scratch,
}

impl<'a> Session<'a> {
    fn start(
        exercise: &'a Exercise,
        cases: &[Case],
        first: usize,
        helpers: Option<&str>,
        solution: &[u8],
        python: &Python,
        strict: bool,
    ) -> Result<Session<'a>> {
        // NOTE: the names the steps use are needed once, to say which function or class
        // the file lacks; the worker reads them before any learner code runs. The cases
        // themselves come one at a time (see `send_case`).
        let names_from: Vec<&str> = if first == 0 {
            cases
                .iter()
                .flat_map(|c| c.steps.iter().map(|s| s.code.as_str()))
                .collect()
        } else {
            Vec::new()
        };
        let request = json!({
            "file": exercise.file,
            "module": exercise.module(),
            "helpers": helpers,
            "forbid": exercise.forbid,
            "check_only": false,
            "output_limit": exercise.limits.output,
            "names_from": names_from,
        });
        Session::start_with(
            exercise,
            request,
            (first, (cases.len() - first) as u64),
            solution,
            python,
            strict,
        )
    }

    /// Start a worker that only checks the file (syntax, constraints) without running it.
    fn start_check(
        exercise: &'a Exercise,
        solution: &[u8],
        python: &Python,
        strict: bool,
    ) -> Result<Session<'a>> {
        let request = json!({
            "file": exercise.file,
            "module": exercise.module(),
            "helpers": null,
            "forbid": exercise.forbid,
            "check_only": true,
            "output_limit": exercise.limits.output,
            "names_from": [],
        });
        Session::start_with(exercise, request, (0, 1), solution, python, strict)
    }

    fn start_with(
        exercise: &'a Exercise,
        request: serde_json::Value,
        (first, cases): (usize, u64),
        solution: &[u8],
        python: &Python,
        strict: bool,
    ) -> Result<Session<'a>> {
        let scratch = sandbox::scratch_dir()?;
        sandbox::place_file(scratch.path(), &exercise.file, solution)?;
        let config = config(exercise, python, scratch.path(), cases, strict);
        let args = ["-I", "-B", "-X", "utf8", "-c", WORKER_SOURCE].map(Into::into);
        let mut process = Process::spawn(&python.executable, &args, scratch.path(), &config)?;

        let (sender, events) = mpsc::channel();
        let child = process.child();
        let (requests, lines) = mpsc::channel::<String>();
        if let Some(mut stdin) = child.stdin.take() {
            // NOTE: a thread of its own, so a worker that stops reading cannot block the runner.
            std::thread::spawn(move || {
                for line in lines {
                    if stdin
                        .write_all(line.as_bytes())
                        .and_then(|()| stdin.flush())
                        .is_err()
                    {
                        break;
                    }
                }
            });
        }
        let _ = requests.send(format!("{request}\n"));
        if let Some(stdout) = child.stdout.take() {
            let sender = sender.clone();
            std::thread::spawn(move || read_results(stdout, sender));
        }
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || read_raw(stderr, sender));
        }
        Ok(Session {
            process,
            events,
            exercise,
            next: first,
            raw: Vec::new(),
            raw_total: 0,
            protections: None,
            last_marker: None,
            requests,
            _scratch: scratch,
        })
    }

    fn wait_ready(&mut self, exercise: &Exercise) -> Result<Ready> {
        let deadline = Instant::now() + exercise.limits.time + STARTUP_GRACE;
        loop {
            match self.next_event(deadline) {
                Some(Event::Line(line)) => {
                    let value: serde_json::Value =
                        serde_json::from_slice(&line).unwrap_or_default();
                    if value.get("ready") == Some(&serde_json::Value::Bool(true)) {
                        self.raw.clear();
                        self.raw_total = 0;
                        return Ok(Ready::Yes);
                    }
                    let error = value
                        .get("error")
                        .map(|e| e.to_string())
                        .unwrap_or_default();
                    return Ok(Ready::Error(error));
                }
                Some(Event::Protections(_)) | Some(Event::Marker(_)) => {}
                Some(Event::Raw(_)) => {
                    if self.raw_total > self.exercise.limits.output {
                        return Ok(Ready::Error(
                            "the file printed more than the output limit while loading".into(),
                        ));
                    }
                }
                Some(Event::LineTooLong) => {
                    return Ok(Ready::Error("the worker sent an oversized reply".into()));
                }
                Some(Event::ResultsClosed) => {
                    let message = self.death_message();
                    return Ok(if message.starts_with(SETUP_FAILURE) {
                        Ready::SetupFailed(message)
                    } else {
                        Ready::Error(message)
                    });
                }
                None => return Ok(Ready::TimedOut),
            }
        }
    }

    /// Run cases from `self.next` until they are done or the worker must be replaced.
    fn run_cases(mut self, cases: &[Case], outcomes: &mut Vec<CaseOutcome>) {
        let limit = self.exercise.limits.time;
        self.send_case(cases);
        let mut deadline = Instant::now() + limit;
        while self.next < cases.len() {
            match self.next_event(deadline) {
                Some(Event::Line(line)) => {
                    if self.accept(&line, cases, outcomes) {
                        self.process.kill();
                        return;
                    }
                    self.send_case(cases);
                    deadline = Instant::now() + limit;
                }
                Some(Event::Protections(_)) | Some(Event::Marker(_)) => {}
                Some(Event::Raw(_)) => {
                    if self.raw_total > self.exercise.limits.output {
                        self.process.kill();
                        // NOTE: the two pipes are read by separate threads, so results of
                        // earlier cases may still be on their way: take them first.
                        if !self.drain_results(cases, outcomes) {
                            return;
                        }
                        let printed = self.take_printed("");
                        outcomes.push(lone_failure(
                            Verdict::OutputLimitExceeded,
                            format!(
                                "printed more than {} (the output limit); the process was stopped",
                                crate::catalog::format_size(self.exercise.limits.output)
                            ),
                            &printed,
                        ));
                        return;
                    }
                }
                Some(Event::LineTooLong) => {
                    self.process.kill();
                    outcomes.push(lone_failure(
                        Verdict::OutputLimitExceeded,
                        "returned a value too large to compare".into(),
                        "",
                    ));
                    return;
                }
                Some(Event::ResultsClosed) => {
                    let (verdict, message) = self.death_verdict();
                    let printed = self.take_printed("");
                    outcomes.push(lone_failure(verdict, message, &printed));
                    return;
                }
                None => {
                    let cpu = self.process.cpu_time();
                    self.process.kill();
                    let message = match cpu {
                        Some(cpu) if cpu.as_secs_f64() < limit.as_secs_f64() / 4.0 => format!(
                            "did not finish within {:.1}s of wall time, but used only {:.2}s of CPU: it is waiting, sleeping or blocked",
                            limit.as_secs_f64(),
                            cpu.as_secs_f64()
                        ),
                        Some(cpu) => format!(
                            "did not finish within {:.1}s of wall time ({:.2}s of CPU): an endless loop, or an algorithm too slow for this input",
                            limit.as_secs_f64(),
                            cpu.as_secs_f64()
                        ),
                        None => format!("did not finish within {:.1}s", limit.as_secs_f64()),
                    };
                    let printed = self.take_printed("");
                    let mut outcome = lone_failure(Verdict::TimeLimitExceeded, message, &printed);
                    outcome.time_ms = limit.as_secs_f64() * 1000.0;
                    outcomes.push(outcome);
                    return;
                }
            }
        }
    }

    /// Send the worker the case at `self.next`, if any. Only then does its code enter the
    /// learner's process: a case cannot see the steps of the cases after it.
    fn send_case(&self, cases: &[Case]) {
        let Some(case) = cases.get(self.next) else {
            return;
        };
        let line = json!({
            "index": self.next,
            "steps": case.steps.iter().map(|s| json!({
                "code": s.code,
                "line": s.line,
                "kind": match s.expect {
                    Expect::Value(_) => "value",
                    Expect::Raises(_) => "raises",
                    Expect::Nothing => "stmt",
                },
            })).collect::<Vec<_>>(),
        });
        let _ = self.requests.send(format!("{line}\n"));
    }

    /// Judge one result line; true when the worker must be replaced before the next case
    /// (after a memory error or a flood its state is suspect, and it exits by itself).
    fn accept(&mut self, line: &[u8], cases: &[Case], outcomes: &mut Vec<CaseOutcome>) -> bool {
        let outcome = match serde_json::from_slice::<CaseResult>(line) {
            Ok(result) if result.case == self.next => {
                let (verdict, failure) = judge::judge(&cases[self.next], &result);
                if result.marked {
                    self.await_marker(self.next);
                }
                let printed = self.take_printed(&result.printed);
                CaseOutcome {
                    verdict,
                    time_ms: result.ms,
                    failure,
                    printed,
                }
            }
            _ => lone_failure(
                Verdict::InternalError,
                "the worker sent an unreadable result".into(),
                "",
            ),
        };
        let replace = matches!(
            outcome.verdict,
            Verdict::MemoryLimitExceeded | Verdict::OutputLimitExceeded | Verdict::InternalError
        );
        outcomes.push(outcome);
        self.next += 1;
        replace
    }

    /// Collect the raw output up to the worker's end-of-case marker (it comes on another
    /// pipe than the result, so it may still be on its way).
    fn await_marker(&mut self, index: usize) {
        let until = Instant::now() + Duration::from_secs(2);
        while self.last_marker != Some(index) {
            match self.next_event(until) {
                Some(Event::Raw(_)) | Some(Event::Protections(_)) | Some(Event::Marker(_)) => {}
                Some(Event::Line(_))
                | Some(Event::LineTooLong)
                | Some(Event::ResultsClosed)
                | None => return,
            }
        }
    }

    /// After killing the worker, judge the results it had already sent. False when no
    /// case is left to blame.
    fn drain_results(&mut self, cases: &[Case], outcomes: &mut Vec<CaseOutcome>) -> bool {
        let until = Instant::now() + Duration::from_secs(2);
        while self.next < cases.len() {
            match self.next_event(until) {
                Some(Event::Line(line)) => {
                    let raw = std::mem::take(&mut self.raw);
                    let total = self.raw_total;
                    if self.accept(&line, cases, outcomes) {
                        return false;
                    }
                    // NOTE: the flood belongs to the case after this one.
                    self.raw = raw;
                    self.raw_total = total;
                }
                Some(Event::Raw(_)) | Some(Event::Protections(_)) | Some(Event::Marker(_)) => {}
                Some(Event::LineTooLong) | Some(Event::ResultsClosed) | None => break,
            }
        }
        self.next < cases.len()
    }

    /// Wait for the next event until `deadline`; `None` when it passed.
    fn next_event(&mut self, deadline: Instant) -> Option<Event> {
        let timeout = deadline.saturating_duration_since(Instant::now());
        match self.events.recv_timeout(timeout) {
            Ok(Event::Raw(bytes)) => {
                self.raw_total += bytes.len() as u64;
                let room = (self.exercise.limits.output as usize).saturating_sub(self.raw.len());
                self.raw.extend_from_slice(&bytes[..bytes.len().min(room)]);
                Some(Event::Raw(Vec::new()))
            }
            Ok(Event::Marker(index)) => {
                self.last_marker = Some(index);
                Some(Event::Marker(index))
            }
            Ok(Event::Protections(protections)) => {
                self.protections = Some(protections);
                Some(Event::Raw(Vec::new()))
            }
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Event::ResultsClosed),
        }
    }

    /// What the case printed through Python, then what reached the raw stream.
    fn take_printed(&mut self, printed: &str) -> String {
        let raw = String::from_utf8_lossy(&self.raw).into_owned();
        self.raw.clear();
        self.raw_total = 0;
        let mut text = printed.to_owned();
        text.push_str(&raw);
        shorten(text)
    }

    fn exit_status(&mut self) -> Option<std::process::ExitStatus> {
        // NOTE: the results pipe closed; give the process a moment to exit on its own
        // so its status tells what happened, and drain what it wrote last.
        let status = self.process.wait_or_kill(Duration::from_millis(500));
        while let Ok(event) = self.events.recv_timeout(Duration::from_millis(50)) {
            if let Event::Raw(bytes) = event {
                let room = (self.exercise.limits.output as usize).saturating_sub(self.raw.len());
                self.raw.extend_from_slice(&bytes[..bytes.len().min(room)]);
            }
        }
        status
    }

    fn death_message(&mut self) -> String {
        let status = self.exit_status();
        let raw = String::from_utf8_lossy(&self.raw).into_owned();
        if let Some(setup) = raw
            .lines()
            .find_map(|l| l.strip_prefix(sandbox::SETUP_PREFIX))
        {
            return format!("{SETUP_FAILURE}{setup}");
        }
        let tail: String = raw
            .lines()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n");
        format!(
            "Python stopped while loading your file ({}){}",
            describe_status(status),
            if tail.is_empty() {
                String::new()
            } else {
                format!(":\n{tail}")
            }
        )
    }

    fn death_verdict(&mut self) -> (Verdict, String) {
        let status = self.exit_status();
        let raw = String::from_utf8_lossy(&self.raw);
        let how = describe_status(status);
        if raw.contains("MemoryError")
            || raw.contains("Cannot allocate memory")
            || raw.contains("out of memory")
        {
            return (
                Verdict::MemoryLimitExceeded,
                format!("ran out of memory ({how})"),
            );
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if status.and_then(|s| s.signal()) == Some(24) {
                return (
                    Verdict::TimeLimitExceeded,
                    format!("used up its CPU time ({how})"),
                );
            }
        }
        (
            Verdict::RuntimeError,
            format!("Python stopped during this case ({how})"),
        )
    }
}

/// What a case printed, cut to what a report should carry.
fn shorten(mut text: String) -> String {
    if text.len() > MAX_PRINTED {
        let mut cut = MAX_PRINTED;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let omitted = text.len() - cut;
        text.truncate(cut);
        text.push_str(&format!("\n... ({omitted} more bytes not shown)"));
    }
    text
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
        file_size: 16 << 20,
        open_files: 64,
        read_paths: sandbox::read_paths(python),
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
        Ready::Error(message) => error_outcome(explain_startup(exercise, path, message)),
        Ready::TimedOut => error_outcome("Python did not start in time".into()),
        Ready::SetupFailed(message) => Outcome {
            status: Status::Failed,
            message: None,
            cases: (0..cases)
                .map(|_| lone_failure(Verdict::InternalError, message.clone(), ""))
                .collect(),
            starts: 1,
            sandbox: None,
        },
    };
    outcome.sandbox = session.protections;
    Ok(Some(outcome))
}

fn missing_message(path: &std::path::Path) -> String {
    format!(
        "`{}` was not found: create it (`coach init` gives you a starter) or pass `--solution FILE`",
        path.display()
    )
}

/// "exited with code 3", "killed by signal 11 (SIGSEGV)".
fn describe_status(status: Option<std::process::ExitStatus>) -> String {
    let Some(status) = status else {
        return "it did not exit".into();
    };
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV: a crash in C code, e.g. through ctypes or a too-deep recursion)",
                24 => " (SIGXCPU: CPU time limit)",
                25 => " (SIGXFSZ: it wrote too large a file)",
                _ => "",
            };
            return format!("killed by signal {signal}{name}");
        }
    }
    match status.code() {
        Some(code) => format!("exited with code {code}, e.g. through sys.exit() or os._exit()"),
        None => "ended".into(),
    }
}

fn read_results(stdout: impl Read, sender: Sender<Event>) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut line = Vec::new();
        let limit = (MAX_RESULT_LINE + 1) as u64;
        match reader.by_ref().take(limit).read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line.last() != Some(&b'\n') && line.len() > MAX_RESULT_LINE => {
                let _ = sender.send(Event::LineTooLong);
                return;
            }
            Ok(_) => {
                if sender.send(Event::Line(line)).is_err() {
                    return;
                }
            }
        }
    }
    let _ = sender.send(Event::ResultsClosed);
}

fn read_raw(stderr: impl Read, sender: Sender<Event>) {
    let mut stderr = BufReader::new(stderr);
    // NOTE: the sandbox helper's first line says which protections it applied.
    let sent = match sandbox::read_header(&mut stderr) {
        Ok(sandbox::Header::Protections(protections)) => {
            sender.send(Event::Protections(protections))
        }
        Ok(sandbox::Header::Output(first)) if !first.is_empty() => sender.send(Event::Raw(first)),
        Ok(sandbox::Header::Output(_)) => Ok(()),
        Err(_) => return,
    };
    if sent.is_err() {
        return;
    }
    let mut buffer = vec![0u8; 64 << 10];
    let mut pending = Vec::new();
    loop {
        match stderr.read(&mut buffer) {
            Ok(0) | Err(_) => {
                if !pending.is_empty() {
                    let _ = sender.send(Event::Raw(pending));
                }
                return;
            }
            Ok(n) => {
                pending.extend_from_slice(&buffer[..n]);
                for event in split_markers(&mut pending) {
                    if sender.send(event).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

/// Take the raw output and end-of-case markers out of `pending`, leaving only what may
/// be the start of a marker cut by a read.
fn split_markers(pending: &mut Vec<u8>) -> Vec<Event> {
    let mut events = Vec::new();
    loop {
        let Some(start) = find(pending, MARKER_START) else {
            // keep a possible partial marker at the end
            let keep = (1..MARKER_START.len())
                .rev()
                .find(|&k| pending.len() >= k && pending.ends_with(&MARKER_START[..k]))
                .unwrap_or(0);
            let raw: Vec<u8> = pending.drain(..pending.len() - keep).collect();
            if !raw.is_empty() {
                events.push(Event::Raw(raw));
            }
            return events;
        };
        if start > 0 {
            events.push(Event::Raw(pending.drain(..start).collect()));
        }
        let body = &pending[MARKER_START.len()..];
        match find(body, MARKER_END) {
            Some(end) => {
                let index = std::str::from_utf8(&body[..end])
                    .ok()
                    .and_then(|n| n.parse().ok());
                let consumed = MARKER_START.len() + end + MARKER_END.len();
                match index {
                    Some(index) => events.push(Event::Marker(index)),
                    None => events.push(Event::Raw(pending[..consumed].to_vec())),
                }
                pending.drain(..consumed);
            }
            // NOTE: a marker is short; a long unterminated one is ordinary output.
            None if body.len() > 32 => {
                events.push(Event::Raw(pending.drain(..MARKER_START.len()).collect()))
            }
            None => return events,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(events: &[Event]) -> Vec<String> {
        events
            .iter()
            .map(|e| match e {
                Event::Raw(bytes) => format!("raw:{}", String::from_utf8_lossy(bytes)),
                Event::Marker(i) => format!("end:{i}"),
                _ => "other".into(),
            })
            .collect()
    }

    #[test]
    fn markers_split_raw_output_by_case() {
        let mut pending = b"a\x00coach-end 0\x00\nb\x00coach-end 1\x00\nc".to_vec();
        let events = split_markers(&mut pending);
        assert_eq!(
            describe(&events),
            ["raw:a", "end:0", "raw:b", "end:1", "raw:c"]
        );
        assert!(pending.is_empty());
    }

    #[test]
    fn a_marker_cut_by_a_read_waits_for_the_rest() {
        let mut pending = b"xy\x00coach-e".to_vec();
        assert_eq!(describe(&split_markers(&mut pending)), ["raw:xy"]);
        assert_eq!(pending, b"\x00coach-e");
        pending.extend_from_slice(b"nd 7\x00\n");
        assert_eq!(describe(&split_markers(&mut pending)), ["end:7"]);
    }

    #[test]
    fn a_lone_nul_is_just_output() {
        let mut pending = b"\x00\x00 zero bytes".to_vec();
        assert_eq!(
            describe(&split_markers(&mut pending)),
            ["raw:\u{0}\u{0} zero bytes"]
        );
    }
}
