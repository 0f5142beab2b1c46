//! Where the kernel does not enforce an address-space limit (macOS), a thread samples the
//! program's resident memory and kills its process group once it passes the limit.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the resident size is sampled.
const INTERVAL: Duration = Duration::from_millis(20);

/// A running memory watch; it stops when dropped or when the process is gone.
pub struct MemoryWatch {
    stop: Arc<AtomicBool>,
    exceeded: Arc<AtomicBool>,
}

impl MemoryWatch {
    // NOTE: Linux enforces the limit with RLIMIT_AS; the watch runs there in tests only.
    #[cfg_attr(target_os = "linux", allow(dead_code))]
    pub fn start(pid: u32, limit: u64) -> MemoryWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let exceeded = Arc::new(AtomicBool::new(false));
        let (stop_flag, exceeded_flag) = (stop.clone(), exceeded.clone());
        std::thread::spawn(move || {
            while !stop_flag.load(Ordering::Relaxed) {
                match resident_bytes(pid) {
                    None => return,
                    Some(bytes) if bytes > limit => {
                        exceeded_flag.store(true, Ordering::SeqCst);
                        super::kill_group(pid);
                        return;
                    }
                    Some(_) => std::thread::sleep(INTERVAL),
                }
            }
        });
        MemoryWatch { stop, exceeded }
    }

    /// Did the process pass the limit (and get killed for it)?
    #[cfg_attr(target_os = "linux", allow(dead_code))]
    pub fn exceeded(&self) -> bool {
        self.exceeded.load(Ordering::SeqCst)
    }
}

impl Drop for MemoryWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The resident size of a live process; `None` once it has exited.
#[cfg(target_os = "linux")]
fn resident_bytes(pid: u32) -> Option<u64> {
    // NOTE: a zombie has no memory lines: it is gone as far as memory goes.
    super::procfs::status_bytes(pid, "VmRSS")
}

#[cfg(target_os = "macos")]
fn resident_bytes(pid: u32) -> Option<u64> {
    super::macos::resident_bytes(pid)
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn resident_bytes(_pid: u32) -> Option<u64> {
    None
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::os::unix::process::CommandExt;

    #[test]
    fn a_process_past_the_limit_is_killed_and_flagged() {
        let mut child = std::process::Command::new("python3")
            .args([
                "-c",
                "import time\nx = bytearray(200 << 20)\ntime.sleep(30)",
            ])
            .process_group(0)
            .spawn()
            .expect("python3 starts");
        let watch = MemoryWatch::start(child.id(), 64 << 20);
        let status = wait_timeout::ChildExt::wait_timeout(&mut child, Duration::from_secs(20))
            .expect("wait");
        let _ = child.kill();
        let _ = child.wait();
        assert!(status.is_some(), "the watch did not kill the process");
        assert!(watch.exceeded());
    }

    #[test]
    fn a_process_under_the_limit_is_left_alone() {
        let mut child = std::process::Command::new("python3")
            .args(["-c", "import time\ntime.sleep(0.5)"])
            .process_group(0)
            .spawn()
            .expect("python3 starts");
        let watch = MemoryWatch::start(child.id(), 512 << 20);
        let status = child.wait().expect("wait");
        assert!(status.success());
        assert!(!watch.exceeded());
    }
}
