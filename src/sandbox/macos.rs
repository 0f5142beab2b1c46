//! The macOS side of the sandbox: what only the kernel can tell about a process.

#![allow(unsafe_code)]

/// The resident size of a live process; `None` once it has exited.
pub fn resident_bytes(pid: u32) -> Option<u64> {
    // SAFETY: proc_taskinfo is plain integers; all zeroes is a valid value.
    let mut info: libc::proc_taskinfo = unsafe { std::mem::zeroed() };
    let size = std::mem::size_of::<libc::proc_taskinfo>() as libc::c_int;
    // SAFETY: the kernel writes at most `size` bytes into `info`, which is that large.
    let written = unsafe {
        libc::proc_pidinfo(
            i32::try_from(pid).ok()?,
            libc::PROC_PIDTASKINFO,
            0,
            (&mut info as *mut libc::proc_taskinfo).cast(),
            size,
        )
    };
    (written == size).then_some(info.pti_resident_size)
}
