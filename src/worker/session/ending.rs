//! How a worker ended when its results pipe closed: its exit status, and what that means
//! for the learner (a setup failure, a crash while loading, a verdict for the case).

use std::time::{Duration, Instant};

use super::super::messages::describe_status;
use super::super::stream::Event;
use super::{SETUP_FAILURE, Session};
use crate::sandbox;
use crate::verdict::Verdict;

/// How long a process whose results pipe closed has to end by itself.
const EXIT_GRACE: Duration = Duration::from_millis(500);

impl Session<'_> {
    pub(super) fn exit_status(&mut self) -> Option<std::process::ExitStatus> {
        // NOTE: the results pipe closed; drain what the process wrote last until its raw
        // stream closes too, and give it a moment to exit on its own so its status tells
        // what happened.
        let started = Instant::now();
        let until = started + EXIT_GRACE;
        while !self.streams.closed() {
            match self.streams.next(until) {
                Some(Event::Raw(bytes)) => {
                    let room =
                        (self.exercise.limits.output as usize).saturating_sub(self.raw.len());
                    self.raw.extend_from_slice(&bytes[..bytes.len().min(room)]);
                }
                Some(Event::Protections(protections)) => self.protections = Some(protections),
                Some(_) => {}
                None => break,
            }
        }
        let left = EXIT_GRACE.saturating_sub(started.elapsed());
        self.process
            .wait_or_kill(left.max(Duration::from_millis(50)))
    }

    pub(super) fn death_message(&mut self) -> String {
        let status = self.exit_status();
        let raw = String::from_utf8_lossy(&self.raw).into_owned();
        // NOTE: the helper reports its protections once set up; after that report, a line
        // that looks like its error is the learner's own output.
        if self.protections.is_none()
            && let Some(setup) = sandbox::setup_error(&raw)
        {
            return format!("{SETUP_FAILURE}{setup}");
        }
        if self.process.memory_exceeded() {
            return format!(
                "your file used more than {} of memory (the memory limit) while loading",
                crate::catalog::format_size(self.exercise.limits.memory)
            );
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

    pub(super) fn death_verdict(&mut self) -> (Verdict, String) {
        let status = self.exit_status();
        let raw = String::from_utf8_lossy(&self.raw);
        let how = describe_status(status);
        if self.process.memory_exceeded() {
            return (
                Verdict::MemoryLimitExceeded,
                format!(
                    "used more than {} of memory (the memory limit); the process was stopped",
                    crate::catalog::format_size(self.exercise.limits.memory)
                ),
            );
        }
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
