//! Scratch directories: one fresh directory per sandboxed run, removed afterwards
//! without following any symlink the program left, and removed by the next run when a
//! killed runner could not.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A scratch directory for one run, removed when dropped.
pub struct Scratch(Option<tempfile::TempDir>);

impl Scratch {
    pub fn path(&self) -> &Path {
        self.0.as_ref().map_or(Path::new(""), |dir| dir.path())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(dir) = self.0.take() {
            // NOTE: learner code may have left folders it cannot be removed from (made
            // with mode 0o000); open them up first. Symlinks are never followed.
            open_up(dir.path());
            let _ = dir.close();
        }
    }
}

fn open_up(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            open_up(&entry.path());
        }
    }
}

/// A fresh scratch directory, named after this runner (`coach-<namespace>-<pid>-…`) so a
/// later run can tell when its runner is gone.
pub fn scratch_dir() -> Result<Scratch> {
    static SWEEP: std::sync::Once = std::sync::Once::new();
    SWEEP.call_once(|| remove_stale_scratch(&std::env::temp_dir()));
    let dir = tempfile::Builder::new()
        .prefix(&format!("{}{}-", scratch_prefix(), std::process::id()))
        .tempdir()
        .context("cannot create a scratch directory")?;
    Ok(Scratch(Some(dir)))
}

/// `coach-<pid namespace>-`: pids are only comparable within one PID namespace.
fn scratch_prefix() -> &'static str {
    static PREFIX: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PREFIX.get_or_init(|| {
        let namespace = std::fs::read_link("/proc/self/ns/pid")
            .ok()
            .and_then(|link| {
                let link = link.to_string_lossy().into_owned();
                link.strip_prefix("pid:[")?
                    .strip_suffix(']')
                    .map(str::to_owned)
            })
            .unwrap_or_else(|| "0".into());
        format!("coach-{namespace}-")
    })
}

/// Remove the scratch directories in `tmp` that runners of this PID namespace left when
/// they were killed (SIGKILL, a cancelled CI job) before they could clean up. Only this
/// user's directories, only of runners that no longer exist; symlinks are never followed.
fn remove_stale_scratch(tmp: &Path) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    let prefix = scratch_prefix();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(prefix))
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() || process_exists(pid) {
            continue;
        }
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if meta.uid() != rustix::process::geteuid().as_raw() {
                continue;
            }
        }
        if meta.is_dir() {
            open_up(&entry.path());
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(unix)]
fn process_exists(pid: u32) -> bool {
    use rustix::io::Errno;
    match i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    {
        Some(pid) => rustix::process::test_kill_process(pid) != Err(Errno::SRCH),
        None => true,
    }
}

/// Copy the learner's file into the scratch directory.
pub fn place_file(scratch: &Path, name: &str, contents: &[u8]) -> Result<PathBuf> {
    let path = scratch.join(name);
    std::fs::write(&path, contents)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    Ok(path)
}
