//! What `coach watch` waits on: saves of the learner's file (debounced), checks running on
//! a thread of their own (cancelled by the next save), and, on a terminal, keys.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use notify::{RecursiveMode, Watcher};

use crate::catalog::{Exercise, Graders};
use crate::python::Python;
use crate::sandbox::Cancel;
use crate::worker::{Outcome, Solution};

/// Something the watch loop reacts to.
pub enum Event {
    /// A file of the workspace folder changed (its name).
    Saved(std::ffi::OsString),
    /// A check finished (or ended after it was cancelled: see `Checks::finished`).
    Checked { id: u64, result: Result<Outcome> },
    /// A key was pressed (interactive mode).
    Key(crossterm::event::KeyEvent),
    /// The terminal changed size (interactive mode).
    Resized,
    /// SIGINT, SIGTERM or SIGHUP (interactive mode): quit as `q` does.
    Signal,
    /// The file watcher failed.
    WatchFailed(String),
}

/// Watch the workspace folder for saves, sending them as events.
pub fn watch_folder(root: &Path, sender: Sender<Event>) -> Result<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let sent = match event {
            Ok(event) if !event.kind.is_access() => event
                .paths
                .iter()
                .filter_map(|p| p.file_name())
                .try_for_each(|name| sender.send(Event::Saved(name.to_owned()))),
            Ok(_) => Ok(()),
            Err(e) => sender.send(Event::WatchFailed(e.to_string())),
        };
        let _ = sent;
    })
    .context("cannot watch files")?;
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .with_context(|| format!("cannot watch `{}`", root.display()))?;
    Ok(watcher)
}

/// Editors save in several steps (write, rename, chmod): a check starts this long after
/// the first of them, however many follow. Long enough for one save's steps, short enough
/// not to be felt.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// When the check a save asked for is due: [`DEBOUNCE`] after the first save since the
/// last check started, never later (more saves do not push it back).
#[derive(Debug, Default)]
pub struct Debounce {
    due: Option<Instant>,
}

impl Debounce {
    pub fn saved(&mut self, now: Instant) {
        self.due.get_or_insert(now + DEBOUNCE);
    }

    /// How long until the check is due, if one is waiting.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.due.map(|due| due.saturating_duration_since(now))
    }

    /// True (once) when the check is due.
    pub fn take_due(&mut self, now: Instant) -> bool {
        let due = self.due.is_some_and(|due| due <= now);
        if due {
            self.due = None;
        }
        due
    }
}

/// The next event, waiting no longer than the debounce allows.
pub fn next_event(events: &Receiver<Event>, debounce: &Debounce) -> Result<Option<Event>> {
    let received = match debounce.wait(Instant::now()) {
        Some(wait) => events.recv_timeout(wait),
        None => events.recv().map_err(|_| RecvTimeoutError::Disconnected),
    };
    match received {
        Ok(event) => Ok(Some(event)),
        Err(RecvTimeoutError::Timeout) => Ok(None),
        Err(RecvTimeoutError::Disconnected) => anyhow::bail!("the file watcher stopped"),
    }
}

/// Checks of the learner's file, one at a time, each on a thread of its own.
pub struct Checks {
    sender: Sender<Event>,
    python: Python,
    strict: bool,
    running: Option<Running>,
    last_id: u64,
}

struct Running {
    id: u64,
    cancel: Cancel,
    thread: JoinHandle<()>,
}

impl Checks {
    pub fn new(sender: Sender<Event>, python: Python, strict: bool) -> Checks {
        Checks {
            sender,
            python,
            strict,
            running: None,
            last_id: 0,
        }
    }

    /// Start checking the file at `path` (the same grading as `coach check`), after
    /// cancelling the check still running, if any.
    pub fn start(&mut self, exercise: &Exercise, graders: &Graders, path: PathBuf) {
        self.cancel();
        self.last_id += 1;
        let id = self.last_id;
        let cancel = Cancel::new();
        let (exercise, graders) = (exercise.clone(), graders.clone());
        let (python, strict, sender) = (self.python.clone(), self.strict, self.sender.clone());
        let token = cancel.clone();
        let thread = std::thread::spawn(move || {
            let check = || {
                token.run(|| {
                    let solution = Solution::read(path)?;
                    crate::grading::grade(
                        &exercise,
                        &graders,
                        &solution,
                        &python,
                        strict,
                        crate::worker::Until::TimeLimit,
                    )
                })
            };
            // NOTE: the screen waits for this result: a panic must still send one.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(check))
                .unwrap_or_else(|_| Err(anyhow::anyhow!("the check stopped on a bug in coach")));
            let _ = sender.send(Event::Checked { id, result });
        });
        self.running = Some(Running { id, cancel, thread });
    }

    /// Cancel the running check, if any, and wait until its processes are gone (killed,
    /// reaped, their scratch folders removed).
    pub fn cancel(&mut self) {
        if let Some(running) = self.running.take() {
            running.cancel.cancel();
            let _ = running.thread.join();
        }
    }

    /// Whether check `id` is the one running (a cancelled check's result is dropped);
    /// if so it is done, and its thread is joined.
    pub fn finished(&mut self, id: u64) -> bool {
        if self.running.as_ref().is_none_or(|r| r.id != id) {
            return false;
        }
        if let Some(running) = self.running.take() {
            let _ = running.thread.join();
        }
        true
    }
}

impl Drop for Checks {
    fn drop(&mut self) {
        self.cancel();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_is_due_fifty_milliseconds_after_the_first_save_however_many_follow() {
        let start = Instant::now();
        let mut debounce = Debounce::default();
        assert_eq!(debounce.wait(start), None);
        debounce.saved(start);
        debounce.saved(start + Duration::from_millis(30));
        debounce.saved(start + Duration::from_millis(45));
        assert_eq!(
            debounce.wait(start + Duration::from_millis(40)),
            Some(Duration::from_millis(10))
        );
        assert!(!debounce.take_due(start + Duration::from_millis(49)));
        assert!(debounce.take_due(start + Duration::from_millis(50)));
        assert!(
            !debounce.take_due(start + Duration::from_millis(60)),
            "once"
        );
        assert_eq!(debounce.wait(start + Duration::from_millis(60)), None);
        debounce.saved(start + Duration::from_millis(70));
        assert_eq!(
            debounce.wait(start + Duration::from_millis(70)),
            Some(DEBOUNCE)
        );
    }
}
