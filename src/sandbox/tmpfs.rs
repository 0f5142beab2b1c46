//! The scratch directory as a file system of its own: a tmpfs of the exercise's disk
//! size, mounted over it in a mount namespace of the program's own. Learner code can
//! then fill that much and no more, and what it writes never reaches the runner's view
//! of the directory (which keeps only the inputs it placed there).

use std::fs::File;
use std::os::fd::AsRawFd;
use std::path::Path;

use anyhow::{Context, Result, anyhow};
use rustix::mount::{MountFlags, MountPropagationFlags, mount, mount_change};

use super::Protection;

/// Mount a tmpfs of `size` bytes over `scratch`, with the inputs already there copied in,
/// and move into it. `Off` when this system allows no mount namespace.
pub fn confine(scratch: &Path, size: u64) -> Result<Protection> {
    // NOTE: a handle on the directory itself, to read the inputs once it is covered.
    let inputs = File::open(scratch)
        .with_context(|| format!("cannot open the scratch directory {}", scratch.display()))?;
    if !super::linux::new_namespaces(libc::CLONE_NEWNS) {
        return Ok(Protection::Off);
    }
    // NOTE: nothing mounted here may propagate back to the host's mount table.
    mount_change(
        "/",
        MountPropagationFlags::PRIVATE | MountPropagationFlags::REC,
    )
    .context("cannot make the mount namespace private")?;
    let options = std::ffi::CString::new(format!("size={size},mode=0700,nr_inodes=16384"))
        .context("tmpfs options")?;
    let mounted = mount(
        "coach-scratch",
        scratch,
        "tmpfs",
        MountFlags::NOSUID | MountFlags::NODEV,
        Some(options.as_c_str()),
    );
    if mounted.is_err() {
        return Ok(Protection::Off);
    }
    let covered = Path::new("/proc/self/fd").join(inputs.as_raw_fd().to_string());
    copy_tree(&covered, scratch).with_context(|| {
        format!(
            "cannot copy the inputs into the scratch file system of {}: raise `disk` in the exercise's [limits]",
            crate::catalog::format_size(size)
        )
    })?;
    drop(inputs);
    // NOTE: the working directory still points at the covered directory.
    std::env::set_current_dir(scratch).context("cannot enter the scratch file system")?;
    Ok(Protection::Full)
}

/// Copy the folders and regular files of `from` into `to`; nothing else is placed there.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            std::fs::create_dir(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target)?;
        } else {
            return Err(anyhow!("unexpected input {}", entry.path().display()));
        }
    }
    Ok(())
}
