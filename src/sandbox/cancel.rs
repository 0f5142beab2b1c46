//! Stopping a running check from another thread: `coach watch` cancels a check as soon as
//! the file is saved again.
//!
//! A check runs inside [`Cancel::run`] on its own thread; every sandboxed process started
//! there registers with the token. [`Cancel::cancel`] kills each of them (its whole tree,
//! as the grading loop's own kill does) and makes any later start fail with [`Cancelled`],
//! so the grading loop ends at once; the processes are still reaped, and their scratch
//! folders removed, by the thread that started them.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

#[cfg(unix)]
use super::kill_group;

/// The error a cancelled check ends with (when it ends with an error at all).
#[derive(Debug)]
pub struct Cancelled;

impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the check was cancelled")
    }
}

impl std::error::Error for Cancelled {}

/// A handle to cancel the checks run under it; clones share one state.
#[derive(Clone, Default)]
pub struct Cancel(Arc<Shared>);

#[derive(Default)]
struct Shared {
    cancelled: AtomicBool,
    /// The live processes started under the token: their pids, and a flag set when the
    /// token killed them.
    live: Mutex<Vec<(u32, Arc<AtomicBool>)>>,
}

thread_local! {
    static CURRENT: RefCell<Option<Cancel>> = const { RefCell::new(None) };
}

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    /// Run `work` on this thread with the token in force for every process it starts.
    pub fn run<T>(&self, work: impl FnOnce() -> T) -> T {
        let previous = CURRENT.with(|c| c.replace(Some(self.clone())));
        let result = work();
        CURRENT.with(|c| *c.borrow_mut() = previous);
        result
    }

    /// Kill every live process started under the token, and refuse to start more.
    pub fn cancel(&self) {
        let live = self.0.lock();
        self.0.cancelled.store(true, Ordering::SeqCst);
        for (pid, killed) in live.iter() {
            killed.store(true, Ordering::SeqCst);
            // NOTE: the helper's death takes the program with it (its parent-death
            // signal), and with the program, every process of its PID namespace.
            #[cfg(unix)]
            {
                kill_group(*pid);
                kill_process(*pid);
            }
            #[cfg(not(unix))]
            let _ = pid;
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Vec<(u32, Arc<AtomicBool>)>> {
        // NOTE: a thread that panicked while holding the lock left a list that is still
        // whole (each change is one push or retain).
        self.live.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A process's place in the current token, if the thread runs under one.
pub(super) struct Registration {
    shared: Arc<Shared>,
    pid: u32,
    killed: Arc<AtomicBool>,
}

/// Register the process `pid` with the current thread's token. `Err(Cancelled)` when the
/// token was cancelled already: the caller then kills the process.
pub(super) fn register(pid: u32) -> Result<Option<Registration>, Cancelled> {
    let Some(token) = CURRENT.with(|c| c.borrow().clone()) else {
        return Ok(None);
    };
    let mut live = token.0.lock();
    // NOTE: checked under the lock `cancel` takes, so a process is either killed by it or
    // refused here, never missed.
    if token.is_cancelled() {
        return Err(Cancelled);
    }
    let killed = Arc::new(AtomicBool::new(false));
    live.push((pid, killed.clone()));
    drop(live);
    Ok(Some(Registration {
        shared: token.0.clone(),
        pid,
        killed,
    }))
}

impl Registration {
    /// Leave the token before the process may be reaped: a reaped pid can be reused by
    /// an unrelated process, which the token must never signal.
    pub(super) fn release(&self) {
        self.shared.lock().retain(|(pid, _)| *pid != self.pid);
    }

    /// Whether the token killed the process.
    pub(super) fn killed(&self) -> bool {
        self.killed.load(Ordering::SeqCst)
    }
}

#[cfg(unix)]
fn kill_process(pid: u32) {
    use rustix::process::{Pid, Signal, kill_process};
    if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
        let _ = kill_process(pid, Signal::KILL);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No pid at all: `kill_group` and `kill_process` ignore a pid that is no `i32`.
    const NOBODY: u32 = u32::MAX;

    #[test]
    fn processes_register_under_the_running_token_only() {
        assert!(
            matches!(register(NOBODY), Ok(None)),
            "no token outside `run`"
        );
        let token = Cancel::new();
        let first = token.run(|| register(NOBODY));
        let first = first.expect("not cancelled").expect("under the token");
        assert_eq!(token.0.lock().len(), 1);
        first.release();
        assert!(token.0.lock().is_empty());
        assert!(
            matches!(register(NOBODY), Ok(None)),
            "the token ends with `run`"
        );
    }

    #[test]
    fn cancel_marks_live_processes_and_refuses_new_ones() {
        let token = Cancel::new();
        let live = token.run(|| register(NOBODY));
        let live = live.expect("not cancelled").expect("under the token");
        assert!(!live.killed());
        token.clone().cancel();
        assert!(live.killed());
        assert!(token.is_cancelled());
        assert!(token.run(|| register(NOBODY)).is_err());
    }
}
