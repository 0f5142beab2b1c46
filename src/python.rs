//! Find the Python interpreter once: `--python`, then `COACH_PYTHON`, then `python3` on PATH.
//!
//! A version manager's shim can cost tens of milliseconds per start, so the real
//! interpreter (`sys.executable`) is asked for once and used from then on.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};

pub mod cache;
use serde::Deserialize;

/// The oldest Python the worker supports.
const MINIMUM: (u32, u32) = (3, 8);

const PROBE: &str = "import json, sys; print(json.dumps({'executable': sys.executable, 'version': list(sys.version_info[:3]), 'prefixes': sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}), 'path': [p for p in sys.path if p]}))";

/// A resolved interpreter.
#[derive(Debug, Clone, Deserialize)]
pub struct Python {
    pub executable: PathBuf,
    pub version: Vec<u32>,
    /// Installation prefixes (read-only inside the sandbox).
    pub prefixes: Vec<PathBuf>,
    /// sys.path entries (read-only inside the sandbox).
    pub path: Vec<PathBuf>,
}

impl Python {
    /// Resolve `requested` (from `--python` or `COACH_PYTHON`) or `python3` on PATH.
    pub fn resolve(requested: Option<&Path>) -> Result<Python> {
        let candidate = match requested {
            Some(path) => path.to_owned(),
            None => find_on_path("python3").ok_or_else(|| {
                anyhow!("no Python found: install Python 3.8 or newer, or point coach at one with `--python PATH` or `COACH_PYTHON`")
            })?,
        };
        if let Some(python) = cache::lookup(&candidate) {
            return Ok(python);
        }
        let python = Python::probe(&candidate)?;
        cache::store(&candidate, &python);
        Ok(python)
    }

    /// Ask `candidate` what it is.
    fn probe(candidate: &Path) -> Result<Python> {
        let candidate = candidate.to_owned();
        let mut child = Command::new(&candidate)
            .args(["-I", "-c", PROBE])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| {
                format!(
                    "cannot run Python at `{}`: check `--python` or `COACH_PYTHON`",
                    candidate.display()
                )
            })?;
        let status = wait_timeout::ChildExt::wait_timeout(&mut child, Duration::from_secs(20))
            .context("cannot wait for Python")?;
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
            bail!("`{}` did not answer within 20s", candidate.display());
        }
        let output = child
            .wait_with_output()
            .context("cannot read Python's answer")?;
        let python: Python = serde_json::from_slice(&output.stdout).map_err(|_| {
            anyhow!(
                "`{}` does not behave like Python 3.8 or newer: {}",
                candidate.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            )
        })?;
        let version = (
            python.version.first().copied().unwrap_or(0),
            python.version.get(1).copied().unwrap_or(0),
        );
        if version < MINIMUM {
            bail!(
                "`{}` is Python {}.{}; coach needs Python {}.{} or newer",
                candidate.display(),
                version.0,
                version.1,
                MINIMUM.0,
                MINIMUM.1
            );
        }
        if python.executable.as_os_str().is_empty() {
            return Ok(Python {
                executable: candidate,
                ..python
            });
        }
        Ok(python)
    }

    pub fn version_string(&self) -> String {
        self.version
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".")
    }
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}
