//! A sandboxed process: started through the `coach __sandbox` helper, killed as a whole
//! process tree, with its CPU time, peak memory and memory watch.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result};

#[cfg(target_os = "linux")]
use super::procfs;
use super::{Config, cancel, environment, memwatch};

/// A sandboxed process, killed as a tree when dropped.
pub struct Process {
    child: Child,
    killed: bool,
    /// Killed while it ran, so its program may be left to the runner to reap.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    orphaned: bool,
    /// Learner code may start processes: look for escaped orphans when done.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    sweep: bool,
    /// Where the kernel does not hold the memory limit, a watch on the resident size.
    memory: Option<memwatch::MemoryWatch>,
    /// Its place in the thread's cancel token (`coach watch`), if any.
    cancel: Option<cancel::Registration>,
    /// The program the helper supervises (its one child, once forked), as measured.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    program: std::cell::OnceCell<u32>,
    /// The /proc files its clock reads, kept open.
    #[cfg(target_os = "linux")]
    proc_files: std::cell::RefCell<procfs::ProcFiles>,
}

/// coach's own executable, which is the sandbox helper. On Linux, /proc/self/exe still
/// works when the file was replaced during a long run (an upgrade, a rebuild).
pub(super) fn helper_executable() -> Result<PathBuf> {
    let proc_exe = Path::new("/proc/self/exe");
    if cfg!(target_os = "linux") && proc_exe.exists() {
        return Ok(proc_exe.to_owned());
    }
    std::env::current_exe().context("cannot find coach's own executable")
}

fn helper_name() -> String {
    std::env::current_exe().map_or_else(|_| "coach".into(), |p| p.display().to_string())
}

impl Process {
    /// Start `program args` in `scratch` under `config`, with piped stdin, stdout and stderr.
    pub fn spawn(
        program: &Path,
        args: &[OsString],
        scratch: &Path,
        config: &Config,
    ) -> Result<Process> {
        let helper = helper_executable()?;
        let config_json =
            serde_json::to_string(config).context("cannot encode sandbox settings")?;
        let mut command = Command::new(helper);
        command
            .arg("__sandbox")
            .arg("--config")
            .arg(config_json)
            .arg("--")
            .arg(program)
            .args(args)
            .env_clear()
            .envs(environment(scratch))
            .current_dir(scratch)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        #[cfg(target_os = "linux")]
        let child = procfs::spawn_registered(&mut command);
        #[cfg(not(target_os = "linux"))]
        let child = command.spawn();
        let child = child.with_context(|| {
            format!(
                "cannot start the sandbox helper (`{}`) for `{}`",
                helper_name(),
                program.display()
            )
        })?;
        let memory = (!cfg!(target_os = "linux"))
            .then(|| memwatch::MemoryWatch::start(child.id(), config.memory));
        let mut process = Process {
            child,
            killed: false,
            orphaned: false,
            sweep: config.processes,
            memory,
            cancel: None,
            program: std::cell::OnceCell::new(),
            #[cfg(target_os = "linux")]
            proc_files: Default::default(),
        };
        // NOTE: on a cancelled token, `process` is dropped here: killed and reaped.
        process.cancel = cancel::register(process.child.id())?;
        Ok(process)
    }

    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Kill the process and everything in its process group.
    pub fn kill(&mut self) {
        self.leave_cancel();
        if !self.killed {
            self.killed = true;
            // NOTE: killing a live helper orphans the program it watches over (it has a
            // process group of its own); the runner, as subreaper, inherits and must
            // reap it, or every graded solution leaves a zombie behind. A cancel from
            // another thread did the same.
            let cancelled = self.cancel.as_ref().is_some_and(|c| c.killed());
            self.orphaned = cancelled || matches!(self.child.try_wait(), Ok(None));
            #[cfg(unix)]
            kill_group(self.child.id());
            let _ = self.child.kill();
        }
    }

    /// Leave the cancel token: from here on the process may be reaped (every path that
    /// reaps it comes through here first).
    fn leave_cancel(&self) {
        if let Some(registration) = &self.cancel {
            registration.release();
        }
    }

    /// Was the process killed for using more memory than the limit (where a watch, not
    /// the kernel, holds the limit)?
    pub fn memory_exceeded(&self) -> bool {
        self.memory
            .as_ref()
            .is_some_and(memwatch::MemoryWatch::exceeded)
    }

    /// The largest address space the process reached so far (Linux).
    pub fn peak_memory(&self) -> Option<u64> {
        #[cfg(target_os = "linux")]
        {
            procfs::peak_memory(&self.measured())
        }
        #[cfg(not(target_os = "linux"))]
        {
            None
        }
    }

    /// Seconds of CPU the process has used so far (Linux), for time-limit messages.
    pub fn cpu_time(&self) -> Option<Duration> {
        #[cfg(target_os = "linux")]
        {
            self.proc_files.borrow_mut().cpu_time(&self.measured())
        }
        #[cfg(not(target_os = "linux"))]
        {
            None
        }
    }

    /// Start timing one run of `limit` CPU time from now (see [`CaseClock`]).
    pub fn case_clock(&self, limit: Duration) -> CaseClock {
        CaseClock {
            started: std::time::Instant::now(),
            cpu_at_start: self.cpu_time(),
            waited_at_start: self.runqueue_wait(),
            limit,
        }
    }

    /// How long the process has waited for a CPU while ready to run (Linux).
    fn runqueue_wait(&self) -> Option<Duration> {
        #[cfg(target_os = "linux")]
        {
            self.proc_files.borrow_mut().runqueue_wait(&self.measured())
        }
        #[cfg(not(target_os = "linux"))]
        {
            None
        }
    }

    /// The processes whose time and memory count (Linux): the helper and the program it
    /// supervises (in a PID namespace, its one child: found once, not on every reading).
    #[cfg(target_os = "linux")]
    fn measured(&self) -> Vec<u32> {
        let helper = self.child.id();
        if let Some(&program) = self.program.get() {
            return vec![helper, program];
        }
        let children = procfs::children(helper);
        if let [program] = children[..] {
            // NOTE: the helper forks once, so its one child stays the program.
            let _ = self.program.set(program);
        }
        std::iter::once(helper).chain(children).collect()
    }

    /// Wait for the process to exit by itself for at most `timeout`, then kill it.
    pub fn wait_or_kill(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        self.leave_cancel();
        let status = wait_timeout::ChildExt::wait_timeout(&mut self.child, timeout)
            .ok()
            .flatten();
        self.kill();
        match status {
            Some(status) => Some(status),
            None => self.child.wait().ok(),
        }
    }
}

/// How many times the CPU limit a case may take in wall-clock time, plus a constant:
/// the backstop for code that sleeps or blocks. Time the program spent ready to run but
/// waiting for a CPU (a loaded machine) does not count.
const WALL_BACKSTOP: (u32, Duration) = (3, Duration::from_secs(2));

/// How long a case with CPU limit `limit` may be awake in wall-clock time.
pub fn wall_backstop(limit: Duration) -> Duration {
    limit * WALL_BACKSTOP.0 + WALL_BACKSTOP.1
}

/// The time limit of one case, counted in CPU time, so that a loaded machine (which slows
/// every process down in wall-clock time) changes no verdict; a wall-clock backstop ends
/// code that sleeps or blocks.
pub struct CaseClock {
    started: std::time::Instant,
    cpu_at_start: Option<Duration>,
    waited_at_start: Option<Duration>,
    limit: Duration,
}

impl CaseClock {
    /// The first moment the case could be out of time.
    pub fn first_deadline(&self) -> std::time::Instant {
        self.started + self.limit
    }

    /// The CPU time the process used since the clock started.
    pub fn used(&self, process: &Process) -> Option<Duration> {
        process
            .cpu_time()
            .zip(self.cpu_at_start)
            .map(|(now, start)| now.saturating_sub(start))
    }

    /// At a deadline: `None` when the case is out of time (its CPU time reached the
    /// limit, or the wall-clock backstop passed), else the next moment to look again.
    /// Where the CPU time cannot be read, the wall clock decides.
    pub fn next_deadline(&self, process: &Process) -> Option<std::time::Instant> {
        let now = std::time::Instant::now();
        let used = self.used(process)?;
        // NOTE: the wall clock, less what the machine's load took: a program starved of
        // CPU is not sleeping.
        let starved = process
            .runqueue_wait()
            .zip(self.waited_at_start)
            .map_or(Duration::ZERO, |(now, start)| now.saturating_sub(start));
        let span = wall_backstop(self.limit);
        let awake = now
            .saturating_duration_since(self.started)
            .saturating_sub(starved);
        if used >= self.limit || awake >= span {
            return None;
        }
        // NOTE: the case cannot use up what is left of its CPU time, nor reach the
        // backstop, any sooner.
        let left = (self.limit - used)
            .min(span - awake)
            .max(Duration::from_millis(10));
        Some(now + left)
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.kill();
        let _ = self.child.wait();
        #[cfg(target_os = "linux")]
        {
            procfs::forget(self.child.id());
            if self.sweep || self.orphaned {
                procfs::sweep_orphans();
            }
        }
    }
}

#[cfg(unix)]
pub(super) fn kill_group(pid: u32) {
    use rustix::process::{Pid, Signal, kill_process_group};
    if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
        // NOTE: the helper made itself a session and group leader, so its pid is the
        // group id; this also reaches every child the learner's code started.
        let _ = kill_process_group(pid, Signal::KILL);
    }
}
