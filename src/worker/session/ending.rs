//! How a worker ended when its results pipe closed: its exit status, and what that means
//! for the learner (a setup failure, a crash while loading, a verdict for the case).

use std::time::Duration;

use super::super::messages::describe_status;
use super::super::stream::Event;
use super::{SETUP_FAILURE, Session};
use crate::sandbox;
use crate::verdict::Verdict;

impl Session<'_> {
    pub(super) fn exit_status(&mut self) -> Option<std::process::ExitStatus> {
        // NOTE: the results pipe closed; give the process a moment to exit on its own
        // so its status tells what happened, and drain what it wrote last.
        let status = self.process.wait_or_kill(Duration::from_millis(500));
        while let Ok(event) = self.events.recv_timeout(Duration::from_millis(50)) {
            match event {
                Event::Raw(bytes) => {
                    let room =
                        (self.exercise.limits.output as usize).saturating_sub(self.raw.len());
                    self.raw.extend_from_slice(&bytes[..bytes.len().min(room)]);
                }
                Event::Protections(protections) => self.protections = Some(protections),
                _ => {}
            }
        }
        status
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
