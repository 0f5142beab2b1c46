//! The worker, compiled once per interpreter: a marshalled code object, kept in the
//! user's cache folder and handed to each worker on its command line, so that no worker
//! compiles ~800 lines of Python at its start (about as long as Python takes to start).
//!
//! An entry is keyed by the worker's source and the interpreter (its path, version, size
//! and modification time), so a changed worker or interpreter is never served stale; it
//! carries a SHA-256 of its contents and is written atomically. Any trouble (no cache
//! folder, a failed compile) only means the worker is compiled from source as before.
//! Compiling runs the interpreter outside the sandbox, on coach's own source only.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};

use sha2::{Digest, Sha256};

use super::WORKER_SOURCE;
use crate::python::{Python, cache};

/// Runs the worker (its compiled code, base64, is the next argument) in a namespace of
/// its own, as the source bootstrap does.
pub(super) const BOOTSTRAP: &str = "import sys, marshal, binascii; \
    exec(marshal.loads(binascii.a2b_base64(sys.argv.pop(1))), \
    {'__name__': '__coach_worker__', '__builtins__': dict(vars(__builtins__))})";

/// Compiles the worker's source (on stdin) and prints it marshalled, in base64.
const COMPILE: &str = "import sys, marshal, binascii; \
    code = compile(sys.stdin.buffer.read(), '<coach-worker>', 'exec', dont_inherit=True); \
    sys.stdout.write(binascii.b2a_base64(marshal.dumps(code), newline=False).decode('ascii'))";

/// The compiled worker for `python`, in base64, if it could be had.
pub(super) fn worker(python: &Python) -> Option<String> {
    static MEMO: OnceLock<Mutex<HashMap<PathBuf, Option<String>>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let mut memo = memo.lock().ok()?;
    memo.entry(python.executable.clone())
        .or_insert_with(|| load_or_compile(python))
        .clone()
}

fn load_or_compile(python: &Python) -> Option<String> {
    let key = format!(
        "worker={}\nexecutable={}\nversion={:?}\nstamp={}",
        hex(&Sha256::digest(WORKER_SOURCE.as_bytes())),
        python.executable.display(),
        python.version,
        cache::stamp(&python.executable)?,
    );
    let path = cache::folder("worker")?.join(format!("{}.b64", cache::digest_name(&key)));
    if let Some(code) = read(&path) {
        return Some(code);
    }
    let code = compile(python)?;
    write(&path, &code);
    Some(code)
}

/// An entry whose checksum holds.
fn read(path: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let (sum, code) = text.split_once('\n')?;
    (hex(&Sha256::digest(code.as_bytes())) == sum).then(|| code.to_owned())
}

fn write(path: &std::path::Path, code: &str) {
    let Some(dir) = path.parent() else { return };
    let _ = std::fs::create_dir_all(dir);
    if let Ok(mut temp) = tempfile::NamedTempFile::new_in(dir) {
        let sum = hex(&Sha256::digest(code.as_bytes()));
        if writeln!(temp, "{sum}")
            .and_then(|()| temp.write_all(code.as_bytes()))
            .is_ok()
        {
            let _ = temp.persist(path);
        }
    }
}

fn compile(python: &Python) -> Option<String> {
    let mut child = Command::new(&python.executable)
        .args(["-I", "-S", "-B", "-c", COMPILE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let written = stdin.write_all(WORKER_SOURCE.as_bytes());
    drop(stdin);
    let output = child.wait_with_output().ok()?;
    let code = String::from_utf8(output.stdout).ok()?;
    // NOTE: one argument of a command line holds at most 128 KiB (Linux's
    // MAX_ARG_STRLEN); a larger worker is run from its source.
    let fits = code.len() < 120 * 1024;
    (written.is_ok() && output.status.success() && !code.is_empty() && fits).then_some(code)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
