//! seccomp: no new processes, no sockets but Unix ones, no reaching other processes'
//! limits or scheduling, none of the kernel's sharp tools.

use std::collections::BTreeMap;

use anyhow::{Context, Result, anyhow};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};

/// Syscalls no learner code needs: debugging other processes, kernel keyrings, BPF,
/// namespaces, mounts, io_uring (which bypasses seccomp), and objects that outlive the
/// process and are shared by all of its user's processes (System V IPC, message queues).
const ALWAYS_DENIED: &[i64] = &[
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_kexec_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_setsid,
    // NOTE: Landlock does not cover file metadata: without these, code running as the
    // owner of a file (root, say) could change any file's mode, owner, times or xattrs.
    libc::SYS_fchmod,
    libc::SYS_fchmodat,
    libc::SYS_fchown,
    libc::SYS_fchownat,
    libc::SYS_setxattr,
    libc::SYS_lsetxattr,
    libc::SYS_fsetxattr,
    libc::SYS_removexattr,
    libc::SYS_lremovexattr,
    libc::SYS_fremovexattr,
    libc::SYS_utimensat,
    // memory outside the address-space limit
    libc::SYS_memfd_create,
    // NOTE: System V IPC objects and POSIX message queues outlive the process that made
    // them and are shared by every process of the user: one submission could leave data
    // there for the next to read, or fill the kernel's memory for good.
    libc::SYS_msgget,
    libc::SYS_msgsnd,
    libc::SYS_msgrcv,
    libc::SYS_msgctl,
    libc::SYS_shmget,
    libc::SYS_shmat,
    libc::SYS_shmdt,
    libc::SYS_shmctl,
    libc::SYS_semget,
    libc::SYS_semop,
    libc::SYS_semtimedop,
    libc::SYS_semctl,
    libc::SYS_mq_open,
    libc::SYS_mq_unlink,
    libc::SYS_mq_timedsend,
    libc::SYS_mq_timedreceive,
    libc::SYS_mq_notify,
    libc::SYS_mq_getsetattr,
];

/// The older forms of the metadata calls above, which only some architectures have
/// (aarch64 knows only the `*at` ones).
#[cfg(target_arch = "x86_64")]
const LEGACY_DENIED: &[i64] = &[
    libc::SYS_chmod,
    libc::SYS_chown,
    libc::SYS_lchown,
    libc::SYS_utime,
    libc::SYS_utimes,
    libc::SYS_futimesat,
];
#[cfg(not(target_arch = "x86_64"))]
const LEGACY_DENIED: &[i64] = &[];

pub struct Policy {
    pub processes: bool,
    pub network: bool,
}

pub fn apply(policy: &Policy) -> Result<()> {
    let arch = target_arch()?;
    let mut denied: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    for &syscall in ALWAYS_DENIED.iter().chain(LEGACY_DENIED) {
        if syscall == libc::SYS_setsid && policy.processes {
            continue;
        }
        denied.insert(syscall, Vec::new());
    }
    if !policy.processes {
        #[cfg(target_arch = "x86_64")]
        {
            denied.insert(libc::SYS_fork, Vec::new());
            denied.insert(libc::SYS_vfork, Vec::new());
        }
        // NOTE: threads are clones with CLONE_THREAD; anything else makes a process.
        let not_a_thread = SeccompCondition::new(
            0,
            SeccompCmpArgLen::Qword,
            SeccompCmpOp::MaskedEq(libc::CLONE_THREAD as u64),
            0,
        )
        .context("seccomp: clone rule")?;
        denied.insert(
            libc::SYS_clone,
            vec![SeccompRule::new(vec![not_a_thread]).context("seccomp: clone rule")?],
        );
    }
    // NOTE: the parent-death signal is what kills the worker with the runner; it must
    // stay set.
    denied.insert(
        libc::SYS_prctl,
        vec![rule(vec![arg(
            0,
            SeccompCmpOp::Eq,
            libc::PR_SET_PDEATHSIG as u64,
        )?])?],
    );
    // NOTE: calls that change another process's limits, priority or scheduling work
    // only on the program itself (pid 0): with the runner's uid they could otherwise
    // lower the runner's file-size or open-files limit and stop a whole `coach grade`.
    for syscall in [
        libc::SYS_prlimit64,
        libc::SYS_sched_setaffinity,
        libc::SYS_sched_setscheduler,
        libc::SYS_sched_setparam,
        libc::SYS_sched_setattr,
    ] {
        denied.insert(syscall, vec![rule(vec![arg(0, SeccompCmpOp::Ne, 0)?])?]);
    }
    // setpriority(which, who, prio) and ioprio_set(which, who, prio): only "this process"
    // (PRIO_PROCESS is 0, IOPRIO_WHO_PROCESS is 1) and who = 0; a user or a process group
    // could include the runner.
    for (syscall, this_process) in [(libc::SYS_setpriority, 0), (libc::SYS_ioprio_set, 1)] {
        denied.insert(
            syscall,
            vec![
                rule(vec![arg(0, SeccompCmpOp::Ne, this_process)?])?,
                rule(vec![arg(1, SeccompCmpOp::Ne, 0)?])?,
            ],
        );
    }
    denied.insert(
        libc::SYS_socketpair,
        vec![rule(vec![arg(0, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?])?],
    );
    if policy.network {
        // NOTE: TCP and UDP over IPv4 and IPv6 (and Unix sockets), nothing raw.
        let other_family = rule(vec![
            arg(0, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?,
            arg(0, SeccompCmpOp::Ne, libc::AF_INET as u64)?,
            arg(0, SeccompCmpOp::Ne, libc::AF_INET6 as u64)?,
        ])?;
        let raw = rule(vec![arg(
            1,
            SeccompCmpOp::MaskedEq(0xf),
            libc::SOCK_RAW as u64,
        )?])?;
        // SOCK_PACKET (10), the obsolete way to packet sockets.
        let packet = rule(vec![arg(1, SeccompCmpOp::MaskedEq(0xf), 10)?])?;
        denied.insert(libc::SYS_socket, vec![other_family, raw, packet]);
    } else {
        // NOTE: no socket at all: a Unix socket could reach a server outside the sandbox
        // by its path, which Landlock does not check. socketpair stays, for asyncio.
        denied.insert(libc::SYS_socket, Vec::new());
    }
    let deny: BpfProgram = SeccompFilter::new(
        denied,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EPERM as u32),
        arch,
    )
    .context("seccomp: filter")?
    .try_into()
    .context("seccomp: cannot compile the filter")?;

    // NOTE: clone3 passes its flags in memory, where seccomp cannot look; answering
    // "not implemented" makes the C library fall back to clone, which is checked above.
    let mut clone3 = BTreeMap::new();
    clone3.insert(libc::SYS_clone3, Vec::new());
    let no_clone3: BpfProgram = SeccompFilter::new(
        clone3,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::ENOSYS as u32),
        arch,
    )
    .context("seccomp: clone3 filter")?
    .try_into()
    .context("seccomp: cannot compile the clone3 filter")?;

    seccompiler::apply_filter(&no_clone3).context("seccomp: cannot install the filter")?;
    seccompiler::apply_filter(&deny).context("seccomp: cannot install the filter")?;
    Ok(())
}

/// A condition on a 32-bit argument of a system call.
fn arg(index: u8, op: SeccompCmpOp, value: u64) -> Result<SeccompCondition> {
    SeccompCondition::new(index, SeccompCmpArgLen::Dword, op, value)
        .context("seccomp: a rule's condition")
}

fn rule(conditions: Vec<SeccompCondition>) -> Result<SeccompRule> {
    SeccompRule::new(conditions).context("seccomp: a rule")
}

fn target_arch() -> Result<TargetArch> {
    TargetArch::try_from(std::env::consts::ARCH).map_err(|_| {
        anyhow!(
            "seccomp: unsupported architecture {}",
            std::env::consts::ARCH
        )
    })
}
