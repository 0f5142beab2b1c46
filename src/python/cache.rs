//! The resolved interpreter, remembered between runs: a version manager's shim can cost
//! a hundred milliseconds and more per start, more than a whole check.
//!
//! An entry is keyed by everything that decides which interpreter a name resolves to:
//! the candidate file (path, size, modification time), `PATH`, `PYENV_VERSION`,
//! `VIRTUAL_ENV`, `CONDA_PREFIX`, the nearest `.python-version` and pyenv's global
//! version file. An entry is used only while the interpreter it names is unchanged (same
//! size and modification time), so a switch of version, venv or installation is never
//! served stale. The file is written atomically; any trouble with it only means resolving
//! again.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Python;

#[derive(Serialize, Deserialize)]
struct Entry {
    key: String,
    python: CachedPython,
    /// Size and modification time of the resolved executable when it was resolved.
    stamp: String,
}

#[derive(Serialize, Deserialize)]
struct CachedPython {
    executable: PathBuf,
    version: Vec<u32>,
    prefixes: Vec<PathBuf>,
    path: Vec<PathBuf>,
}

/// The cached answer for `candidate`, if one is still right.
pub fn lookup(candidate: &Path) -> Option<Python> {
    let key = key(candidate)?;
    let path = file(&key)?;
    let text = std::fs::read_to_string(&path).ok()?;
    let entry: Entry = serde_json::from_str(&text).ok()?;
    if entry.key != key || stamp(&entry.python.executable)? != entry.stamp {
        return None;
    }
    used(&path);
    let CachedPython {
        executable,
        version,
        prefixes,
        path,
    } = entry.python;
    Some(Python {
        executable,
        version,
        prefixes,
        path,
    })
}

/// Remember `python` as the answer for `candidate`.
pub fn store(candidate: &Path, python: &Python) {
    let (Some(key), Some(stamp)) = (key(candidate), stamp(&python.executable)) else {
        return;
    };
    let Some(path) = file(&key) else { return };
    let entry = Entry {
        key,
        stamp,
        python: CachedPython {
            executable: python.executable.clone(),
            version: python.version.clone(),
            prefixes: python.prefixes.clone(),
            path: python.path.clone(),
        },
    };
    let Some(dir) = path.parent() else { return };
    let _ = std::fs::create_dir_all(dir);
    let Ok(json) = serde_json::to_vec(&entry) else {
        return;
    };
    if let Ok(mut temp) = tempfile::NamedTempFile::new_in(dir) {
        use std::io::Write;
        if temp.write_all(&json).is_ok() {
            let _ = temp.persist(&path);
        }
    }
    prune(dir, &path);
}

/// Where the entry for `key` lives: one small file per key in the user's cache folder.
fn file(key: &str) -> Option<PathBuf> {
    Some(folder("python")?.join(format!("{}.json", digest_name(key))))
}

/// A folder of coach's in the user's cache folder (`$XDG_CACHE_HOME/coach/NAME`).
pub fn folder(name: &str) -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("coach").join(name))
}

/// How long an entry that no run has used stays in a cache folder.
const UNUSED_FOR: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// How often an entry in use has its modification time brought up to date.
const USED_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// How long a temporary file (of a write that was cut short) may stay.
const TEMPORARY_FOR: Duration = Duration::from_secs(60 * 60);

/// Mark the entry at `path` as in use, through its modification time (at most once a
/// day), so that [`prune`] keeps it.
pub fn used(path: &Path) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if age(&meta).is_some_and(|age| age > USED_EVERY)
        && let Ok(file) = std::fs::OpenOptions::new().write(true).open(path)
    {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// After a new entry (`kept`) was written to `folder`: remove the entries that no run has
/// used for a month (an interpreter or a worker since replaced), the temporary files of
/// writes that were cut short, and files of another kind than `kept` (an older coach's).
/// Only plain files and links are removed, never followed.
pub fn prune(folder: &Path, kept: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if path == kept || meta.is_dir() {
            continue;
        }
        let temporary = entry.file_name().to_string_lossy().starts_with(".tmp");
        let stale = if temporary {
            age(&meta).is_some_and(|age| age > TEMPORARY_FOR)
        } else {
            path.extension() != kept.extension() || age(&meta).is_some_and(|age| age > UNUSED_FOR)
        };
        if stale {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn age(meta: &std::fs::Metadata) -> Option<Duration> {
    meta.modified().ok()?.elapsed().ok()
}

/// A short file name for `key`.
pub fn digest_name(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// Size and modification time of a file, as text.
pub fn stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some(format!("{}:{}", meta.len(), modified.as_nanos()))
}

/// Everything that decides what `candidate` runs.
fn key(candidate: &Path) -> Option<String> {
    let mut parts = vec![format!("candidate={}", candidate.display())];
    parts.push(format!("stamp={}", stamp(candidate)?));
    for name in [
        "PATH",
        "PYENV_VERSION",
        "PYENV_ROOT",
        "VIRTUAL_ENV",
        "CONDA_PREFIX",
    ] {
        let value = std::env::var_os(name).unwrap_or_default();
        parts.push(format!("{name}={}", value.to_string_lossy()));
    }
    let cwd = std::env::current_dir().ok()?;
    let local = cwd
        .ancestors()
        .map(|dir| dir.join(".python-version"))
        .find(|p| p.is_file());
    if let Some(local) = local {
        let text = std::fs::read_to_string(&local).unwrap_or_default();
        parts.push(format!("local={}:{}", local.display(), text.trim()));
    }
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")));
    if let Some(global) = root.map(|r| r.join("version")) {
        let text = std::fs::read_to_string(global).unwrap_or_default();
        parts.push(format!("global={}", text.trim()));
    }
    Some(parts.join("\n"))
}
