//! seccomp: no new processes, no sockets but Unix ones, none of the kernel's sharp tools.

use std::collections::BTreeMap;

use anyhow::{Context, Result, anyhow};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};

/// Syscalls no learner code needs: debugging other processes, kernel keyrings, BPF,
/// namespaces, mounts, io_uring (which bypasses seccomp).
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
];

pub struct Policy {
    pub processes: bool,
    pub network: bool,
}

pub fn apply(policy: &Policy) -> Result<()> {
    let arch = target_arch()?;
    let mut denied: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    for &syscall in ALWAYS_DENIED {
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
    if !policy.network {
        let not_unix = SeccompCondition::new(
            0,
            SeccompCmpArgLen::Dword,
            SeccompCmpOp::Ne,
            libc::AF_UNIX as u64,
        )
        .context("seccomp: socket rule")?;
        let rule = SeccompRule::new(vec![not_unix]).context("seccomp: socket rule")?;
        denied.insert(libc::SYS_socket, vec![rule.clone()]);
        denied.insert(libc::SYS_socketpair, vec![rule]);
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

fn target_arch() -> Result<TargetArch> {
    TargetArch::try_from(std::env::consts::ARCH).map_err(|_| {
        anyhow!(
            "seccomp: unsupported architecture {}",
            std::env::consts::ARCH
        )
    })
}
