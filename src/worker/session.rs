//! One running worker: start it, feed it one case at a time, judge what it returns, and
//! stop it when a case runs out of time, memory or output.

use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::json;

mod ending;
mod imports;
mod requests;

use super::messages::shorten;
use super::stream::{Event, Seal, Streams};
use super::{CaseOutcome, STARTUP_GRACE, WORKER_SOURCE, config, lone_failure};
use crate::catalog::{Case, Exercise};
use crate::judge::{self, CaseResult};
use crate::python::Python;
use crate::sandbox::{self, Process, Protections};
use crate::verdict::Verdict;

pub(super) const SETUP_FAILURE: &str = "the sandbox could not start: ";

/// Runs the worker (its source is the next argument) in a namespace of its own, so that
/// `import __main__` gives learner code nothing of the worker's. Its builtins are a copy,
/// so a solution that replaces `builtins.isinstance` cannot change how the worker encodes
/// results.
const BOOTSTRAP: &str = "import sys; exec(compile(sys.argv.pop(1), '<coach-worker>', 'exec'), \
    {'__name__': '__coach_worker__', '__builtins__': dict(vars(__builtins__))})";

/// What learner code did when it wrote to the results pipe itself.
const FORGED: &str = "wrote to coach's results channel, a file descriptor it did not open; \
    only what your functions return is graded, so the process was stopped";

pub(super) enum Ready {
    Yes,
    Error(String),
    TimedOut,
    /// The sandbox helper could not set up: the runner's failure, not the learner's.
    SetupFailed(String),
}

/// One running worker.
pub(super) struct Session<'a> {
    process: Process,
    streams: Streams,
    exercise: &'a Exercise,
    next: usize,
    /// What arrived on stderr since the last case boundary (bounded by the output limit).
    raw: Vec<u8>,
    raw_total: u64,
    pub(super) protections: Option<Protections>,
    /// The last case whose end the worker marked on the raw stream.
    last_marker: Option<usize>,
    /// The worker's stdin, for one case at a time (the header went first, from a thread).
    requests: Option<std::fs::File>,
    /// Where the worker last said a case was when it had nearly run out of time.
    stuck: Option<Stuck>,
    /// An event taken early (see `await_protections`), handed out next.
    held: Option<Event>,
    _scratch: sandbox::Scratch,
}

impl<'a> Session<'a> {
    pub(super) fn start(
        exercise: &'a Exercise,
        cases: &[Case],
        first: usize,
        helpers: Option<&str>,
        solution: &[u8],
        python: &Python,
        strict: bool,
    ) -> Result<Session<'a>> {
        // NOTE: the names the steps read are needed once, to say which function or class
        // the file lacks. They are found here, so no hidden case's code reaches the worker
        // before that case runs (see `send_case`).
        let names: Vec<String> = if first == 0 {
            crate::steps::free_names(
                cases
                    .iter()
                    .flat_map(|c| c.steps.iter().map(|s| s.code.as_str())),
            )
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
            "names": names,
            "stuck_after": stuck_after(exercise.limits.time),
            "helper_modules": helpers.map(imports::top_level_imports).unwrap_or_default(),
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
    pub(super) fn start_check(
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
            "names": [],
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
        let mut request = request;
        let seal = Seal::new()?;
        request["seal"] = seal.hex().into();
        let scratch = sandbox::scratch_dir()?;
        sandbox::place_file(scratch.path(), &exercise.file, solution)?;
        let config = config(exercise, python, scratch.path(), cases, strict);
        // NOTE: -S: no site module, so no site-packages to import and about a fifth of
        // Python's start saved; the worker defines exit() and quit() itself.
        // NOTE: the compiled worker comes on stdin, ahead of the header; the source, on
        // the command line.
        let (bootstrap, worker, mut input) = match super::compiled::worker(python) {
            Some(code) => (super::compiled::BOOTSTRAP, code.len().to_string(), code),
            None => (BOOTSTRAP, WORKER_SOURCE.to_owned(), Vec::new()),
        };
        input.extend_from_slice(format!("{request}\n").as_bytes());
        let args = ["-I", "-S", "-B", "-X", "utf8", "-c", bootstrap, &worker].map(Into::into);
        let mut process = Process::spawn(&python.executable, &args, scratch.path(), &config)?;

        let child = process.child();
        let requests = child
            .stdin
            .take()
            .map(|stdin| std::fs::File::from(std::os::fd::OwnedFd::from(stdin)));
        requests::write_in_background(requests.as_ref(), input);
        let max_line = super::stream::max_result_line(exercise.limits.output);
        let streams = Streams::new(child.stdout.take(), child.stderr.take(), seal, max_line);
        Ok(Session {
            process,
            streams,
            exercise,
            next: first,
            raw: Vec::new(),
            raw_total: 0,
            protections: None,
            last_marker: None,
            requests,
            stuck: None,
            held: None,
            _scratch: scratch,
        })
    }

    pub(super) fn wait_ready(&mut self, exercise: &Exercise) -> Result<Ready> {
        let deadline = Instant::now() + exercise.limits.time + STARTUP_GRACE;
        loop {
            match self.next_event(deadline) {
                Some(Event::Line(line)) => {
                    let value: serde_json::Value =
                        serde_json::from_slice(&line).unwrap_or_default();
                    self.await_protections(deadline);
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
                Some(Event::Forged) => {
                    self.process.kill();
                    return Ok(Ready::Error(format!("your file {FORGED}")));
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
    /// With `stop_early`, stop at the first case that does not pass.
    pub(super) fn run_cases(
        mut self,
        cases: &[Case],
        outcomes: &mut Vec<CaseOutcome>,
        stop_early: bool,
    ) {
        let limit = self.exercise.limits.time;
        if self.next >= cases.len() {
            return self.finish();
        }
        self.send_case(cases);
        let mut clock = self.process.case_clock(limit);
        let mut deadline = clock.first_deadline();
        while self.next < cases.len() {
            match self.next_event(deadline) {
                Some(Event::Line(line)) => {
                    if let Ok(stuck) = serde_json::from_slice::<Stuck>(&line) {
                        self.stuck = Some(stuck);
                        continue;
                    }
                    let replace = self.accept(&line, cases, outcomes);
                    let failed = outcomes
                        .last()
                        .is_some_and(|o| o.verdict != Verdict::Passed);
                    if replace || (stop_early && failed) {
                        self.process.kill();
                        return;
                    }
                    if self.next >= cases.len() {
                        return self.finish();
                    }
                    self.send_case(cases);
                    clock = self.process.case_clock(limit);
                    deadline = clock.first_deadline();
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
                Some(Event::Forged) => {
                    self.process.kill();
                    let printed = self.take_printed("");
                    outcomes.push(lone_failure(
                        Verdict::RuntimeError,
                        format!("the code {FORGED}"),
                        &printed,
                    ));
                    return;
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
                    if let Some(later) = clock.next_deadline(&self.process) {
                        deadline = later;
                        continue;
                    }
                    let cpu = clock.used(&self.process);
                    let peak = self.process.peak_memory();
                    self.process.kill();
                    let mut message = super::messages::time_limit(
                        limit,
                        cpu,
                        "it is waiting, sleeping or blocked",
                    );
                    message.push_str(&super::messages::near_memory_limit(
                        peak,
                        self.exercise.limits.memory,
                    ));
                    let printed = self.take_printed("");
                    let stuck = self.stuck.take().filter(|s| s.case == self.next);
                    let outcome = match stuck.map(|s| s.stuck) {
                        Some(place) if place.in_helpers() => lone_failure(
                            Verdict::InternalError,
                            format!(
                                "the exercise's helpers.py did not finish within the time limit \
                                 ({}): a bug in the exercise's tests, not in the solution",
                                place.describe()
                            ),
                            &printed,
                        ),
                        place => {
                            if let Some(place) = place {
                                message.push_str(&format!(
                                    ". It was at {}, when it was stopped",
                                    place.describe()
                                ));
                            }
                            let mut outcome =
                                lone_failure(Verdict::TimeLimitExceeded, message, &printed);
                            outcome.time_ms = limit.as_secs_f64() * 1000.0;
                            outcome
                        }
                    };
                    outcomes.push(outcome);
                    return;
                }
            }
        }
    }

    /// Judge one result line; true when the worker must be replaced before the next case
    /// (after a memory error or a flood its state is suspect, and it exits by itself).
    fn accept(&mut self, line: &[u8], cases: &[Case], outcomes: &mut Vec<CaseOutcome>) -> bool {
        // NOTE: also when threads of the case live on (the worker then exits by itself).
        let mut surplus = false;
        let outcome = match serde_json::from_slice::<CaseResult>(line) {
            Ok(result) if result.case == self.next => {
                surplus = result.threads_left;
                let (verdict, failure) = judge::judge(&cases[self.next], &result);
                if result.marked {
                    self.await_marker(self.next);
                }
                // NOTE: a failure in one step shows what the steps printed up to it, not
                // what loading the file or the steps after it printed.
                let printed = match failure.as_ref().and_then(|f| f.step) {
                    Some(step) => judge::printed_through(&result, step).to_owned(),
                    None => result.printed.clone(),
                };
                let printed = self.take_printed(&printed);
                CaseOutcome {
                    verdict,
                    time_ms: result.ms,
                    failure,
                    printed,
                }
            }
            // NOTE: a sealed line for another case can only come from learner code that
            // reached the worker's sender (through its frames): its case's own fault.
            Ok(_) => {
                surplus = true;
                lone_failure(
                    Verdict::RuntimeError,
                    "sent a result of its own through coach's results channel; only what your functions return is graded".into(),
                    "",
                )
            }
            Err(_) => lone_failure(
                Verdict::InternalError,
                "the worker sent an unreadable result".into(),
                "",
            ),
        };
        let replace = matches!(
            outcome.verdict,
            Verdict::MemoryLimitExceeded | Verdict::OutputLimitExceeded | Verdict::InternalError
        ) || surplus;
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
                | Some(Event::Forged)
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
                Some(Event::Forged)
                | Some(Event::LineTooLong)
                | Some(Event::ResultsClosed)
                | None => break,
            }
        }
        self.next < cases.len()
    }

    /// The helper writes which protections it applied to stderr before Python starts, but
    /// another thread reads that pipe: on a loaded machine the worker's first line can be
    /// taken in first. Wait for the stderr thread's first word (that line, or output
    /// where it would be), so that the report always says what protected the run; an
    /// event of the other pipe is kept for later.
    fn await_protections(&mut self, deadline: Instant) {
        if self.protections.is_some() {
            return;
        }
        let deadline = deadline.min(Instant::now() + PROTECTIONS_GRACE);
        match self.next_event(deadline) {
            Some(Event::Raw(_)) | Some(Event::Marker(_)) | Some(Event::Protections(_)) | None => {}
            Some(other) => self.held = Some(other),
        }
    }

    /// Wait for the next event until `deadline`; `None` when it passed.
    fn next_event(&mut self, deadline: Instant) -> Option<Event> {
        if let Some(event) = self.held.take() {
            return Some(event);
        }
        match self.streams.next(deadline) {
            Some(Event::Raw(bytes)) => {
                self.raw_total += bytes.len() as u64;
                let room = (self.exercise.limits.output as usize).saturating_sub(self.raw.len());
                self.raw.extend_from_slice(&bytes[..bytes.len().min(room)]);
                Some(Event::Raw(Vec::new()))
            }
            Some(Event::Marker(index)) => {
                self.last_marker = Some(index);
                Some(Event::Marker(index))
            }
            Some(Event::Protections(protections)) => {
                self.protections = Some(protections);
                Some(Event::Raw(Vec::new()))
            }
            other => other,
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
}

/// How long the runner waits for the stderr thread to pass on the protections line, which
/// is already in the pipe when the worker says it is ready.
const PROTECTIONS_GRACE: Duration = Duration::from_secs(2);

/// When the worker's watchdog looks where a case is: at nine tenths of its CPU limit, or
/// of the wall-clock backstop, in seconds.
fn stuck_after(limit: Duration) -> [f64; 2] {
    let backstop = sandbox::wall_backstop(limit);
    [limit.as_secs_f64() * 0.9, backstop.as_secs_f64() * 0.9]
}

/// The worker's word on where a case was when it had nearly run out of time.
#[derive(serde::Deserialize)]
struct Stuck {
    case: usize,
    stuck: Place,
}

#[derive(serde::Deserialize)]
struct Place {
    #[serde(rename = "in")]
    within: String,
    /// None when Python knows no line for the instruction the frame was at.
    line: Option<u32>,
    function: String,
}

impl Place {
    /// In the exercise's own helpers (the worker tells them by their code objects).
    fn in_helpers(&self) -> bool {
        self.within == "helpers"
    }

    /// "line 12, in count", or "in count" without a line.
    fn describe(&self) -> String {
        match self.line {
            Some(line) => format!("line {line}, in {}", self.function),
            None => format!("in {}", self.function),
        }
    }
}
