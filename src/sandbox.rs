//! Start a process with limits and isolation, and control it as a whole tree.
//!
//! Every sandboxed process is started through `coach __sandbox`: the helper applies each
//! restriction to itself and then executes the program, so nothing is set up between
//! fork and exec in the (multi-threaded) runner.

mod cancel;
mod capture;
#[cfg(target_os = "linux")]
mod landlock;
#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
mod memwatch;
mod paths;
mod process;
#[cfg(target_os = "linux")]
mod procfs;
mod scratch;
#[cfg(target_os = "linux")]
mod seccomp;
#[cfg(target_os = "linux")]
mod tmpfs;

pub use cancel::Cancel;
pub use paths::{exposed, read_paths};
pub use process::{Process, wall_backstop};
use process::{helper_executable, kill_group};
pub use scratch::{Scratch, place_file, scratch_dir};

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

pub use capture::{Captured, Header, parse_header};

/// The exit code of the helper when it could not set the sandbox up.
pub const SETUP_FAILED: i32 = 125;
/// What the helper writes before its setup error on stderr.
pub const SETUP_PREFIX: &str = "coach-sandbox: ";

/// The helper's setup error in what a sandboxed process wrote on stderr, if any.
pub fn setup_error(stderr: &str) -> Option<&str> {
    stderr.lines().find_map(|l| l.strip_prefix(SETUP_PREFIX))
}

/// What the helper applies to itself before executing the program.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// The runner's pid: the helper exits if it has already gone.
    pub parent: u32,
    /// RLIMIT_CPU, in seconds (soft; the hard limit is one second more).
    pub cpu_seconds: u64,
    /// RLIMIT_AS, in bytes.
    pub memory: u64,
    /// RLIMIT_FSIZE, in bytes.
    pub file_size: u64,
    /// The size of the scratch directory (a tmpfs of its own, where the system allows).
    pub disk: u64,
    /// RLIMIT_NOFILE.
    pub open_files: u64,
    /// Readable and executable paths (the Python installation, system libraries).
    pub read_paths: Vec<PathBuf>,
    /// Readable and writable paths (the scratch directory).
    pub write_paths: Vec<PathBuf>,
    /// May the program start processes?
    pub processes: bool,
    /// May the program use TCP/UDP sockets (loopback networking)?
    pub network: bool,
    /// Fail unless Landlock and seccomp are fully in force (`--strict`).
    pub require: bool,
}

/// How far one protection was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protection {
    Full,
    Partial,
    Off,
}

/// Which protections were in force for a sandboxed process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protections {
    /// Wall-time, CPU, memory and output limits: always applied.
    pub limits: bool,
    /// File system, TCP and signal confinement (Linux Landlock).
    pub landlock: Protection,
    /// System-call filter: processes, sockets, kernel interfaces (Linux seccomp).
    pub seccomp: Protection,
    /// Networking limited to loopback (a network namespace of its own), for exercises
    /// that allow it; "full" when the exercise allows no networking at all.
    #[serde(default = "Protection::full")]
    pub network: Protection,
    /// The scratch directory is a file system of its own, of a fixed size, so learner
    /// code cannot fill the disk (Linux mount namespace and tmpfs).
    #[serde(default = "Protection::full")]
    pub disk: Protection,
    /// What networking the exercise allowed: "none" (no socket but Unix ones) or
    /// "loopback" (TCP and UDP on the program's own loopback only).
    #[serde(default)]
    pub networking: Networking,
}

/// What networking a sandboxed program was allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Networking {
    #[default]
    None,
    Loopback,
}

impl Networking {
    pub fn allowed(loopback: bool) -> Networking {
        if loopback {
            Networking::Loopback
        } else {
            Networking::None
        }
    }
}

impl Protection {
    fn full() -> Protection {
        Protection::Full
    }
}

impl Protections {
    /// What `--strict` misses, in words: Landlock and seccomp. (The scratch size limit
    /// needs a mount namespace, which some CI runners refuse to unprivileged users; the
    /// report says when it is missing.)
    pub fn missing_for_strict(&self) -> Option<String> {
        Protections {
            disk: Protection::Full,
            ..*self
        }
        .missing()
    }

    /// What is missing, in words, or `None` when everything is in force.
    pub fn missing(&self) -> Option<String> {
        let mut missing = Vec::new();
        if self.landlock != Protection::Full {
            missing.push("file system confinement (Landlock)");
        }
        if self.seccomp != Protection::Full {
            missing.push("the system-call filter (seccomp)");
        }
        if self.network != Protection::Full {
            missing.push("loopback-only networking (a network namespace)");
        }
        if self.disk != Protection::Full {
            missing.push("a size limit on the scratch directory (a tmpfs of its own)");
        }
        (!missing.is_empty()).then(|| {
            format!("sandbox: {} not in force on this system; time, memory and output limits still hold", missing.join(" and "))
        })
    }
}

/// What the helper writes on stderr, before the program starts, to say what it applied.
pub const PROTECTIONS_PREFIX: &str = "coach-sandbox: protections ";

/// The environment the learner's process gets: nothing of the host's.
pub fn environment(scratch: &Path) -> Vec<(&'static str, OsString)> {
    vec![
        ("PATH", "/usr/local/bin:/usr/bin:/bin".into()),
        ("LANG", "C.UTF-8".into()),
        ("LC_ALL", "C.UTF-8".into()),
        ("HOME", scratch.as_os_str().to_owned()),
        ("TMPDIR", scratch.as_os_str().to_owned()),
        ("PYTHONDONTWRITEBYTECODE", "1".into()),
        ("PYTHONIOENCODING", "utf-8".into()),
    ]
}

/// The `coach __sandbox` entry point: apply `config` to this process, then become `program`.
/// Returns only on failure.
pub fn exec_sandboxed(config: &str, program: &[OsString]) -> anyhow::Error {
    let config: Config = match serde_json::from_str(config) {
        Ok(config) => config,
        Err(e) => return anyhow::anyhow!("bad sandbox settings: {e}"),
    };
    #[cfg(target_os = "linux")]
    {
        linux::exec(&config, program)
    }
    #[cfg(not(target_os = "linux"))]
    {
        exec_plain(&config, program)
    }
}

/// Elsewhere (macOS): a session of its own and the resource limits; no Landlock, no
/// seccomp, which the report says.
#[cfg(not(target_os = "linux"))]
fn exec_plain(config: &Config, program: &[OsString]) -> anyhow::Error {
    use std::os::unix::process::CommandExt;
    if let Err(e) = rustix::process::setsid() {
        return anyhow::Error::new(e).context("cannot start a new session");
    }
    if let Err(e) = apply_limits(config) {
        return e;
    }
    let off = Protections {
        limits: true,
        landlock: Protection::Off,
        seccomp: Protection::Off,
        network: Protection::Off,
        disk: Protection::Off,
        networking: Networking::allowed(config.network),
    };
    if let Ok(json) = serde_json::to_string(&off) {
        eprintln!("{PROTECTIONS_PREFIX}{json}");
    }
    let Some((first, rest)) = program.split_first() else {
        return anyhow::anyhow!("no program to run");
    };
    if first == "--probe" {
        std::process::exit(0);
    }
    Command::new(first).args(rest).exec().into()
}

/// The resource limits of a sandboxed process, on itself: CPU time, address space, file
/// size, open files, stack; no core dumps and no locked memory.
#[cfg(unix)]
fn apply_limits(config: &Config) -> Result<()> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    let limit = |resource, soft: u64, hard: u64| {
        setrlimit(
            resource,
            Rlimit {
                current: Some(soft),
                maximum: Some(hard),
            },
        )
        .with_context(|| format!("cannot set {resource:?} limit"))
    };
    limit(Resource::Cpu, config.cpu_seconds, config.cpu_seconds + 1)?;
    let memory = limit(Resource::As, config.memory, config.memory);
    // NOTE: macOS accepts or refuses RLIMIT_AS depending on its version, and does not
    // enforce it: there the runner watches the resident size (see `memwatch`).
    if cfg!(target_os = "linux") {
        memory?;
    }
    limit(Resource::Fsize, config.file_size, config.file_size)?;
    limit(Resource::Nofile, config.open_files, config.open_files)?;
    limit(Resource::Stack, 8 << 20, 8 << 20)?;
    limit(Resource::Core, 0, 0)?;
    limit(Resource::Memlock, 0, 0)?;
    Ok(())
}

/// Which protections this system can apply: the helper tries them all on itself and
/// reports, without running anything.
pub fn probe() -> Result<Protections> {
    let helper = helper_executable()?;
    let scratch = scratch_dir()?;
    let config = Config {
        parent: std::process::id(),
        cpu_seconds: 10,
        memory: 256 << 20,
        file_size: 1 << 20,
        disk: 1 << 20,
        open_files: 64,
        read_paths: Vec::new(),
        write_paths: vec![scratch.path().to_owned()],
        processes: false,
        network: false,
        require: false,
    };
    let output = Command::new(helper)
        .arg("__sandbox")
        .arg("--config")
        .arg(serde_json::to_string(&config).context("cannot encode sandbox settings")?)
        .arg("--")
        .arg("--probe")
        .env_clear()
        .current_dir(scratch.path())
        .stdin(Stdio::null())
        .output()
        .context("cannot start the sandbox helper")?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    stderr
        .lines()
        .find_map(|line| line.strip_prefix(PROTECTIONS_PREFIX))
        .and_then(|json| serde_json::from_str(json).ok())
        .ok_or_else(|| anyhow::anyhow!("the sandbox helper did not report: {}", stderr.trim()))
}

/// For `--strict`: fail unless Landlock and seccomp are in force.
pub fn require_full() -> Result<()> {
    if let Some(missing) = probe()?.missing_for_strict() {
        anyhow::bail!("--strict refuses to grade: {missing}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn protections(landlock: Protection, disk: Protection) -> Protections {
        Protections {
            limits: true,
            landlock,
            seccomp: Protection::Full,
            network: Protection::Full,
            disk,
            networking: Networking::None,
        }
    }

    #[test]
    fn strict_needs_landlock_and_seccomp_but_not_the_scratch_size_limit() {
        let no_tmpfs = protections(Protection::Full, Protection::Off);
        assert_eq!(no_tmpfs.missing_for_strict(), None);
        let missing = no_tmpfs.missing().unwrap_or_default();
        assert!(
            missing.contains("size limit on the scratch directory"),
            "{missing}"
        );

        let no_landlock = protections(Protection::Partial, Protection::Full);
        let missing = no_landlock.missing_for_strict().unwrap_or_default();
        assert!(missing.contains("Landlock"), "{missing}");
    }
}
