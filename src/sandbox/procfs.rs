//! The runner's side on Linux: what /proc tells about its sandboxed processes (CPU time,
//! peak memory), and the orphans that learner code left behind.

use std::process::Command;
use std::time::Duration;

/// The children of a process: for the sandbox helper, the program it supervises.
pub fn children(pid: u32) -> Vec<u32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|child| child.parse().ok())
        .collect()
}

/// CPU time (user + system) the processes have used, from /proc; `None` when the first
/// cannot be read.
pub fn cpu_time(pids: &[u32]) -> Option<Duration> {
    let (first, rest) = pids.split_first()?;
    let own = process_cpu_time(*first)?;
    Some(
        own + rest
            .iter()
            .copied()
            .filter_map(process_cpu_time)
            .sum::<Duration>(),
    )
}

/// How long the processes (every thread of each) have been ready to run but waiting for
/// a CPU, from /proc/<pid>/task/*/schedstat: the time a loaded machine took from them.
/// `None` where the kernel keeps no such count.
pub fn runqueue_wait(pids: &[u32]) -> Option<Duration> {
    let mut total = None;
    for &process in pids {
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{process}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            let Ok(stat) = std::fs::read_to_string(task.path().join("schedstat")) else {
                continue;
            };
            if let Some(waited) = stat
                .split_whitespace()
                .nth(1)
                .and_then(|n| n.parse::<u64>().ok())
            {
                total = Some(total.unwrap_or(Duration::ZERO) + Duration::from_nanos(waited));
            }
        }
    }
    total
}

/// The largest address space one of the processes reached.
pub fn peak_memory(pids: &[u32]) -> Option<u64> {
    pids.iter()
        .filter_map(|&pid| status_bytes(pid, "VmPeak"))
        .max()
}

fn process_cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // NOTE: the command name (field 2) may hold spaces and parentheses; fields after
    // the last ')' are plain numbers.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    let ticks = rustix::param::clock_ticks_per_second().max(1);
    Some(Duration::from_secs_f64(
        (utime + stime) as f64 / ticks as f64,
    ))
}

/// Processes the runner started on purpose; any other child it finds is an orphan that
/// learner code left behind (e.g. with `setsid` and a double fork).
static WORKERS: std::sync::Mutex<std::collections::BTreeSet<u32>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// Start a worker, registered so the orphan sweep leaves it alone.
pub fn spawn_registered(command: &mut Command) -> std::io::Result<std::process::Child> {
    static SUBREAPER: std::sync::Once = std::sync::Once::new();
    // NOTE: as a subreaper, the runner inherits the orphans of learner processes
    // instead of init, so it can find and kill them.
    SUBREAPER.call_once(|| {
        let _ = rustix::process::set_child_subreaper(rustix::process::getpid().into());
    });
    let mut workers = WORKERS.lock().unwrap_or_else(|e| e.into_inner());
    let child = command.spawn()?;
    workers.insert(child.id());
    Ok(child)
}

pub fn forget(pid: u32) {
    WORKERS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&pid);
}

/// Kill and reap every orphan that escaped its worker's process group.
pub fn sweep_orphans() {
    use rustix::process::{Pid, Signal, WaitOptions, kill_process, kill_process_group, waitpid};
    let workers = WORKERS.lock().unwrap_or_else(|e| e.into_inner());
    let me = std::process::id();
    // NOTE: read from /proc, not getsid(2): a session whose leader lives in an ancestor
    // PID namespace (as in many containers) reads as 0, which rustix refuses.
    let my_session = parent_and_session(me).map_or(0, |(_, sid)| sid);
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Some((ppid, sid)) = parent_and_session(pid) else {
            continue;
        };
        if ppid != me || sid == my_session || workers.contains(&pid) {
            continue;
        }
        if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
            let _ = kill_process_group(pid, Signal::KILL);
            let _ = kill_process(pid, Signal::KILL);
            let _ = waitpid(Some(pid), WaitOptions::empty());
        }
    }
}

fn parent_and_session(pid: u32) -> Option<(u32, u32)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split_whitespace().collect();
    Some((fields.get(1)?.parse().ok()?, fields.get(3)?.parse().ok()?))
}

/// A size line of `/proc/<pid>/status` (`VmRSS`, `VmPeak`…), in bytes.
pub(super) fn status_bytes(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib << 10)
}
