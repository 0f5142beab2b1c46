//! The runner's side on Linux: what /proc tells about its sandboxed processes (CPU time,
//! peak memory), and the orphans that learner code left behind.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::fs::File;
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

/// The /proc files of the processes a case's clock reads, kept open and read again from
/// the start each time: looking a path up in /proc costs several times reading it, and a
/// case's clock reads them at every case. A file of a process that has ended reads as an
/// error, even if its pid was reused, and is dropped.
#[derive(Default)]
pub struct ProcFiles {
    stat: HashMap<u32, File>,
    schedstat: HashMap<(u32, u32), File>,
}

impl ProcFiles {
    /// CPU time (user + system) the processes have used; `None` when the first cannot be
    /// read.
    pub fn cpu_time(&mut self, pids: &[u32]) -> Option<Duration> {
        let (first, rest) = pids.split_first()?;
        let own = self.process_cpu_time(*first)?;
        Some(
            own + rest
                .iter()
                .filter_map(|&pid| self.process_cpu_time(pid))
                .sum::<Duration>(),
        )
    }

    fn process_cpu_time(&mut self, pid: u32) -> Option<Duration> {
        let stat = read_again(&mut self.stat, pid, || format!("/proc/{pid}/stat"))?;
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

    /// How long the processes (every thread of each) have been ready to run but waiting
    /// for a CPU, from /proc/<pid>/task/*/schedstat: the time a loaded machine took from
    /// them. `None` where the kernel keeps no such count.
    pub fn runqueue_wait(&mut self, pids: &[u32]) -> Option<Duration> {
        let mut total = None;
        let mut alive = HashSet::new();
        for &process in pids {
            let Ok(tasks) = std::fs::read_dir(format!("/proc/{process}/task")) else {
                continue;
            };
            for task in tasks.flatten() {
                let Some(tid) = task.file_name().to_str().and_then(|n| n.parse().ok()) else {
                    continue;
                };
                alive.insert((process, tid));
                let Some(stat) = read_again(&mut self.schedstat, (process, tid), || {
                    format!("/proc/{process}/task/{tid}/schedstat")
                }) else {
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
        // NOTE: threads that ended leave no open file behind.
        self.schedstat.retain(|key, _| alive.contains(key));
        total
    }
}

/// The whole text of the /proc file kept under `key` in `files`, opened (from `path`) the
/// first time; `None`, and the file dropped, when it cannot be read.
fn read_again<K: std::hash::Hash + Eq + Copy>(
    files: &mut HashMap<K, File>,
    key: K,
    path: impl FnOnce() -> String,
) -> Option<String> {
    use std::os::unix::fs::FileExt;
    let file = match files.entry(key) {
        Entry::Occupied(entry) => entry.into_mut(),
        Entry::Vacant(entry) => entry.insert(File::open(path()).ok()?),
    };
    let mut buffer = [0u8; 4096];
    match file.read_at(&mut buffer, 0) {
        Ok(n) if n > 0 => Some(String::from_utf8_lossy(&buffer[..n]).into_owned()),
        _ => {
            files.remove(&key);
            None
        }
    }
}

/// The largest address space one of the processes reached.
pub fn peak_memory(pids: &[u32]) -> Option<u64> {
    pids.iter()
        .filter_map(|&pid| status_bytes(pid, "VmPeak"))
        .max()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_files_read_fresh_values_and_an_ended_process_reads_as_none() {
        let mut files = ProcFiles::default();
        let me = std::process::id();
        let before = files.cpu_time(&[me]).expect("own CPU time");
        // NOTE: the same open file, read again, moves on as this test uses CPU time (by
        // clock ticks, however loaded the machine is).
        let start = std::time::Instant::now();
        let mut spin = 0u64;
        let moved = loop {
            spin = std::hint::black_box(spin.wrapping_add(1));
            if spin.is_multiple_of(100_000) && files.cpu_time(&[me]).is_some_and(|now| now > before)
            {
                break true;
            }
            if start.elapsed() > Duration::from_secs(20) {
                break false;
            }
        };
        assert!(moved, "the CPU time read did not move");
        assert!(files.runqueue_wait(&[me]).is_some());

        let mut child = Command::new("sleep").arg("10").spawn().expect("sleep");
        let pid = child.id();
        assert!(files.cpu_time(&[pid]).is_some());
        assert!(files.runqueue_wait(&[pid]).is_some());
        child.kill().expect("kill");
        child.wait().expect("wait");
        assert_eq!(files.cpu_time(&[pid]), None);
        assert_eq!(files.runqueue_wait(&[pid]), None);
        assert!(!files.stat.contains_key(&pid));
        assert!(!files.schedstat.keys().any(|&(process, _)| process == pid));
    }
}
