//! What a sandboxed Python may read (Landlock's read-only set), and the check that
//! nothing secret lies under it.

use std::path::{Path, PathBuf};

/// What Python needs to read besides its own files: the shared libraries it and its
/// extension modules load, and a few system files. Never all of `/usr` or a `bin`
/// folder: the coach executable (which embeds the built-in graders) often lives in one.
const SYSTEM_PATHS: &[&str] = &[
    "/lib",
    "/lib64",
    "/lib32",
    "/usr/lib",
    "/usr/lib64",
    "/usr/lib32",
    "/usr/local/lib",
    "/usr/share/zoneinfo",
    "/etc/ld.so.cache",
    "/etc/localtime",
];

/// Where the programs a `processes = true` exercise may start live.
const PROGRAM_PATHS: &[&str] = &["/bin", "/usr/bin"];

/// The read-only paths for a Python installation: its executable (the file, not its
/// folder), `sys.path` (standard library, lib-dynload, site-packages), the shared
/// libraries next to its standard library (`libpython`), a venv's `pyvenv.cfg`, and the
/// system libraries.
pub fn read_paths(python: &crate::python::Python, processes: bool) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = SYSTEM_PATHS.iter().map(PathBuf::from).collect();
    if processes {
        paths.extend(PROGRAM_PATHS.iter().map(PathBuf::from));
    }
    paths.extend(python.path.iter().cloned());
    paths.push(python.executable.clone());
    if let Ok(real) = python.executable.canonicalize() {
        paths.push(real);
    }
    for prefix in &python.prefixes {
        // NOTE: a venv's site module reads its pyvenv.cfg at start.
        paths.push(prefix.join("pyvenv.cfg"));
        let Ok(entries) = std::fs::read_dir(prefix.join("lib")) else {
            continue;
        };
        paths.extend(
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("libpython") && p.is_file())
                }),
        );
    }
    paths.retain(|p| p.exists());
    paths.sort();
    paths.dedup();
    paths
}

/// The places among `secrets` (the coach executable, a catalog or graders folder) that
/// a sandboxed program could read through `read`, each with the readable path it lies
/// under.
pub fn exposed(read: &[PathBuf], secrets: &[PathBuf]) -> Vec<(PathBuf, PathBuf)> {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let read: Vec<PathBuf> = read.iter().map(|p| canonical(p)).collect();
    secrets
        .iter()
        .filter_map(|secret| {
            let secret = canonical(secret);
            read.iter()
                .find(|r| secret.starts_with(r) || r.starts_with(&secret))
                .map(|r| (secret.clone(), r.clone()))
        })
        .collect()
}
