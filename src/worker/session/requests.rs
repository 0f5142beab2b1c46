//! What the runner writes to a worker: one case at a time, then the end of its input.

use std::io::Write;
use std::time::Duration;

use serde_json::json;

use super::Session;
use crate::catalog::Case;
use crate::steps::Expect;

impl Session<'_> {
    /// After the last case: close the worker's stdin, so that it exits by itself, and give
    /// it a moment to. A sandbox that ends by itself orphans nothing, so the runner need
    /// not look for orphans among its children (a scan of /proc); one that does not end
    /// in time is killed as any other.
    pub(super) fn finish(mut self) {
        // NOTE: the worker reads the end of its stdin as the end of the cases.
        self.requests = None;
        self.process.wait_or_kill(FINISH_GRACE);
    }

    /// Send the worker the case at `self.next`, if any. Only then does its code enter the
    /// learner's process: a case cannot see the steps of the cases after it.
    pub(super) fn send_case(&self, cases: &[Case]) {
        let Some(case) = cases.get(self.next) else {
            return;
        };
        let line = json!({
            "index": self.next,
            "binds": crate::steps::bound_names(case.steps.iter().map(|s| s.code.as_str())),
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
        let line = format!("{line}\n");
        match &self.requests {
            // NOTE: the worker has read every line before this one whole, so the pipe is
            // empty and a line that fits in it cannot block; a longer one might, while
            // the worker reads it, so a thread writes that.
            Some(stdin) if line.len() <= PIPE_ROOM => {
                let _ = (&*stdin).write_all(line.as_bytes());
            }
            requests => write_in_background(requests.as_ref(), line.into_bytes()),
        }
    }
}

/// How long a worker may take to exit once its last case is done, before it is killed.
const FINISH_GRACE: Duration = Duration::from_millis(200);

/// What a pipe holds before a write to it blocks: Linux's smallest pipe buffer (one page)
/// would do, its default is 64 KiB.
const PIPE_ROOM: usize = 4096;

/// Write `bytes` to the worker's stdin from a thread of its own, so that a worker that
/// does not read them cannot block the runner.
pub(super) fn write_in_background(stdin: Option<&std::fs::File>, bytes: Vec<u8>) {
    let Some(mut stdin) = stdin.and_then(|s| s.try_clone().ok()) else {
        return;
    };
    std::thread::spawn(move || {
        let _ = stdin.write_all(&bytes);
    });
}
