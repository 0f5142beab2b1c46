//! The Linux side of the sandbox helper: session, parent-death signal, descriptors,
//! rlimits, namespaces and capabilities on itself; then a child that confines itself
//! (Landlock, seccomp) and becomes the program, while the helper watches over it.

use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, anyhow};
use rustix::process::Signal;

use super::landlock::{self, Rules};
use super::seccomp::{self, Policy};
use super::{Config, Protection, Protections};

/// Devices a program may open for reading and writing.
const DEVICES: &[&str] = &["/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"];

/// Landlock on the program's process.
fn landlock_step(config: &Config) -> Result<Protection> {
    let devices: Vec<std::path::PathBuf> = DEVICES.iter().map(Into::into).collect();
    let rules = Rules {
        read: &config.read_paths,
        write: &config.write_paths,
        devices: &devices,
        tcp: config.network,
        require: config.require,
    };
    let landlock = match landlock::apply(&rules) {
        Ok(protection) => protection,
        Err(e) if config.require => return Err(e),
        Err(_) => Protection::Off,
    };
    if config.require && landlock != Protection::Full {
        return Err(anyhow!("Landlock is only partly supported by this kernel"));
    }
    Ok(landlock)
}

/// seccomp, last (it forbids what the steps before it need), in the program's process.
fn seccomp_step(
    config: &Config,
    landlock: Protection,
    (network, disk): (Protection, Protection),
) -> Result<Protections> {
    let seccomp = match seccomp::apply(&Policy {
        processes: config.processes,
        network: config.network,
    }) {
        Ok(()) => Protection::Full,
        Err(e) if config.require => return Err(e),
        Err(_) => Protection::Off,
    };
    if config.require && network != Protection::Full {
        return Err(anyhow!(
            "loopback-only networking needs a network namespace, which this system refused"
        ));
    }
    Ok(Protections {
        limits: true,
        landlock,
        seccomp,
        network,
        disk,
        networking: super::Networking::allowed(config.network),
    })
}

/// Apply everything, then run the program in a child process that this helper watches
/// over: when the runner goes, the helper kills the program (and, with `processes`, the
/// kernel kills everything in its PID namespace with it).
pub fn exec(config: &Config, program: &[OsString]) -> anyhow::Error {
    let (network, disk) = match apply(config) {
        Ok(namespaces) => namespaces,
        Err(e) => return e,
    };
    let Some((first, rest)) = program.split_first() else {
        return anyhow!("no program to run");
    };
    let probe = first == "--probe";
    if !probe {
        watch_over(config.parent);
    }
    // NOTE: Landlock only now, in the program's process: the helper that watches over it
    // stays outside its domain, so the program can neither signal it nor look into it.
    let landlock = match landlock_step(config) {
        Ok(landlock) => landlock,
        Err(e) => return e,
    };
    // NOTE: changing credentials (capabilities, Landlock's domain) may clear the
    // parent-death signal; set it last, before seccomp forbids touching it.
    if let Err(e) = rustix::process::set_parent_process_death_signal(Some(Signal::KILL)) {
        return anyhow::Error::new(e).context("cannot set the parent-death signal");
    }
    let protections = match seccomp_step(config, landlock, (network, disk)) {
        Ok(protections) => protections,
        Err(e) => return e,
    };
    match serde_json::to_string(&protections) {
        Ok(json) => eprintln!("{}{json}", super::PROTECTIONS_PREFIX),
        Err(e) => return e.into(),
    }
    if probe {
        std::process::exit(0);
    }
    let error = Command::new(first).args(rest).exec();
    anyhow::Error::new(error).context(format!("cannot run `{}`", first.to_string_lossy()))
}

/// Session, death signal, descriptors, rlimits, the network and mount namespaces,
/// capabilities. Returns how well loopback-only networking and the scratch size are
/// enforced.
fn apply(config: &Config) -> Result<(Protection, Protection)> {
    rustix::process::setsid().context("cannot start a new session")?;
    rustix::process::set_parent_process_death_signal(Some(Signal::KILL))
        .context("cannot set the parent-death signal")?;
    // NOTE: the runner may have died between our start and the line above; then the
    // death signal will never come, so check by hand.
    let parent = rustix::process::getppid().map_or(0, |p| p.as_raw_nonzero().get() as u32);
    if parent != config.parent {
        return Err(anyhow!("the runner has gone"));
    }
    close_inherited_descriptors()?;

    // NOTE: before the capabilities go: a network namespace needs CAP_SYS_ADMIN (or a
    // user namespace of its own).
    let network = if config.network {
        isolate_network()
    } else {
        Protection::Full
    };
    // NOTE: before the rlimits: copying an input larger than the file-size limit (which
    // the program may read but not write) must not kill the helper.
    let disk = match config.write_paths.first() {
        Some(scratch) => super::tmpfs::confine(scratch, config.disk)?,
        None => Protection::Off,
    };
    super::apply_limits(config)?;
    // NOTE: every program gets a PID namespace of its own: it cannot name any process
    // outside it (the runner, other students' workers) in kill, prlimit or setpriority,
    // and processes it starts (with `processes`) all die with its first one, the program
    // (see `watch_over`).
    new_namespaces(libc::CLONE_NEWPID);
    drop_capabilities();
    Ok((network, disk))
}

/// Enter new namespaces of `kind`: directly when allowed, else inside a user namespace of
/// its own that maps the runner's ids to themselves.
pub(super) fn new_namespaces(kind: libc::c_int) -> bool {
    unshare(kind) || {
        let (uid, gid) = (
            rustix::process::getuid().as_raw(),
            rustix::process::getgid().as_raw(),
        );
        unshare(libc::CLONE_NEWUSER | kind)
            && std::fs::write("/proc/self/setgroups", "deny").is_ok()
            && std::fs::write("/proc/self/uid_map", format!("{uid} {uid} 1")).is_ok()
            && std::fs::write("/proc/self/gid_map", format!("{gid} {gid} 1")).is_ok()
    }
}

/// Fork. The child returns, to become the program; this helper stays behind, waits
/// for it, and exits as it did, unless the runner goes first: then it kills the child.
/// (The child's own parent-death signal points at this helper.)
#[allow(unsafe_code)]
fn watch_over(runner: u32) {
    let helper = std::process::id();
    // SAFETY: the helper is single-threaded, so the child may go on normally after fork.
    let child = unsafe { libc::fork() };
    if child < 0 {
        return; // no watcher: run the program in this process
    }
    if child == 0 {
        // NOTE: in a new PID namespace the parent (outside it) shows as 0.
        let _ = rustix::process::set_parent_process_death_signal(Some(Signal::KILL));
        let parent = rustix::process::getppid().map_or(0, |p| p.as_raw_nonzero().get() as u32);
        if parent != helper && parent != 0 {
            std::process::exit(1);
        }
        // NOTE: a process group of its own, so that signalling "its parent's group" cannot
        // reach the helper; the helper's death still takes it along (the signal above).
        let _ = rustix::process::setpgid(None, None);
        return;
    }
    let status = wait_unless_orphaned(child, runner);
    if libc::WIFSIGNALED(status) {
        let signal = libc::WTERMSIG(status);
        // SAFETY: restores the default action, then dies of the same signal, so the
        // runner sees what the program died of.
        unsafe {
            libc::signal(signal, libc::SIG_DFL);
            libc::kill(libc::getpid(), signal);
        }
    }
    std::process::exit(if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        1
    });
}

/// Wait for `child`; if `runner` ends first, kill the child and exit.
#[allow(unsafe_code)]
fn wait_unless_orphaned(child: libc::pid_t, runner: u32) -> libc::c_int {
    use rustix::event::{PollFd, PollFlags, poll};
    use rustix::process::{Pid, PidfdFlags, pidfd_open};
    let pidfd =
        |pid: i32| Pid::from_raw(pid).and_then(|pid| pidfd_open(pid, PidfdFlags::empty()).ok());
    let watched = (pidfd(runner as i32), pidfd(child));
    let mut status = 0;
    loop {
        // SAFETY: a non-blocking wait for this process's own child.
        if unsafe { libc::waitpid(child, &mut status, libc::WNOHANG) } == child {
            return status;
        }
        let runner_alive =
            rustix::process::getppid().is_some_and(|p| p.as_raw_nonzero().get() as u32 == runner);
        if !runner_alive {
            // SAFETY: kills this helper's own child, then its whole process group.
            unsafe {
                libc::kill(child, libc::SIGKILL);
                libc::kill(0, libc::SIGKILL);
            }
            std::process::exit(1);
        }
        match &watched {
            // NOTE: a pidfd becomes readable when its process ends: sleep until one does.
            (Some(runner_fd), Some(child_fd)) => {
                let mut fds = [
                    PollFd::new(runner_fd, PollFlags::IN),
                    PollFd::new(child_fd, PollFlags::IN),
                ];
                let _ = poll(&mut fds, None);
            }
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

/// A network namespace of its own, with only the loopback interface, up: "loopback"
/// networking then cannot reach any other address.
fn isolate_network() -> Protection {
    if new_namespaces(libc::CLONE_NEWNET) && loopback_up().is_ok() {
        Protection::Full
    } else {
        Protection::Off
    }
}

/// Move this (single-threaded) process into new namespaces.
#[allow(unsafe_code)]
fn unshare(flags: libc::c_int) -> bool {
    // SAFETY: the helper runs on one thread, and these namespaces change no memory of
    // this process.
    unsafe { libc::unshare(flags) == 0 }
}

/// `ip link set lo up`, by hand.
#[allow(unsafe_code)]
fn loopback_up() -> std::io::Result<()> {
    // SAFETY: plain system calls on a socket this function owns and a zeroed `ifreq`
    // whose name is a NUL-terminated "lo"; the kernel reads and writes only that struct.
    unsafe {
        let socket = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if socket < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let mut request: libc::ifreq = std::mem::zeroed();
        for (slot, byte) in request.ifr_name.iter_mut().zip(b"lo\0") {
            *slot = *byte as libc::c_char;
        }
        let mut result = libc::ioctl(socket, libc::SIOCGIFFLAGS, &mut request);
        if result == 0 {
            request.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
            result = libc::ioctl(socket, libc::SIOCSIFFLAGS, &request);
        }
        let error = std::io::Error::last_os_error();
        libc::close(socket);
        if result == 0 { Ok(()) } else { Err(error) }
    }
}

/// Give up every capability, for good: the bounding set too, so that even a runner
/// started as root hands Python none (it still runs as the same user).
fn drop_capabilities() {
    use rustix::thread::{
        CapabilitySet, CapabilitySets, clear_ambient_capability_set,
        remove_capability_from_bounding_set, set_capabilities,
    };
    // NOTE: without CAP_SETPCAP (an unprivileged runner) these fail, and there is
    // nothing to drop anyway.
    for bit in 0..64 {
        let _ = remove_capability_from_bounding_set(CapabilitySet::from_bits_retain(1 << bit));
    }
    let _ = clear_ambient_capability_set();
    let none = CapabilitySet::empty();
    let _ = set_capabilities(
        None,
        CapabilitySets {
            effective: none,
            permitted: none,
            inheritable: none,
        },
    );
}

/// Mark every descriptor but stdin, stdout and stderr close-on-exec.
fn close_inherited_descriptors() -> Result<()> {
    let entries = std::fs::read_dir("/proc/self/fd").context("cannot list /proc/self/fd")?;
    let fds: Vec<i32> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
        .filter(|fd| *fd > 2)
        .collect();
    for fd in fds {
        // SAFETY: the descriptor number comes from /proc/self/fd and is only borrowed
        // for one fcntl call; one that closed meanwhile (read_dir's own) just fails.
        #[allow(unsafe_code)]
        let borrowed = unsafe { rustix::fd::BorrowedFd::borrow_raw(fd) };
        let _ = rustix::io::fcntl_setfd(borrowed, rustix::io::FdFlags::CLOEXEC);
    }
    Ok(())
}
