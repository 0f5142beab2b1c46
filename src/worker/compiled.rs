//! The worker, compiled once per interpreter: a marshalled code object, kept in the
//! user's cache folder and handed to each worker on its stdin, so that no worker compiles
//! ~900 lines of Python at its start (about as long as Python takes to start).
//!
//! An entry is keyed by the worker's source and the interpreter (its path, version, size
//! and modification time), so a changed worker or interpreter is never served stale; it
//! carries a SHA-256 of its contents and is written atomically. Any trouble (no cache
//! folder, a failed compile) only means the worker is compiled from source as before.
//! Writing a new entry removes those that no run has used for a month.
//! Compiling runs the interpreter outside the sandbox, on coach's own source only.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};

use sha2::{Digest, Sha256};

use super::WORKER_SOURCE;
use crate::python::{Python, cache};

/// Runs the worker (its compiled code is the first bytes on stdin, as many as the next
/// argument says) in a namespace of its own, as the source bootstrap does. It reads with
/// `posix.read`, unbuffered, so the header and the cases after the code stay in the pipe
/// for the worker; nothing is imported that Python's start has not (base64 would cost a
/// module).
pub(super) const BOOTSTRAP: &str = "import sys, marshal, posix
size = int(sys.argv.pop(1))
code = b''
while len(code) < size:
    chunk = posix.read(0, size - len(code))
    if not chunk:
        break
    code += chunk
exec(marshal.loads(code), {'__name__': '__coach_worker__', '__builtins__': dict(vars(__builtins__))})";

/// Compiles the worker's source (on stdin) and writes it marshalled.
const COMPILE: &str = "import sys, marshal; \
    code = compile(sys.stdin.buffer.read(), '<coach-worker>', 'exec', dont_inherit=True); \
    sys.stdout.buffer.write(marshal.dumps(code))";

/// The compiled worker for `python`, marshalled, if it could be had.
pub(super) fn worker(python: &Python) -> Option<Vec<u8>> {
    static MEMO: OnceLock<Mutex<HashMap<PathBuf, Option<Vec<u8>>>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let mut memo = memo.lock().ok()?;
    memo.entry(python.executable.clone())
        .or_insert_with(|| load_or_compile(python))
        .clone()
}

fn load_or_compile(python: &Python) -> Option<Vec<u8>> {
    let key = format!(
        "worker={}\nexecutable={}\nversion={:?}\nstamp={}",
        hex(&Sha256::digest(WORKER_SOURCE.as_bytes())),
        python.executable.display(),
        python.version,
        cache::stamp(&python.executable)?,
    );
    let path = cache::folder("worker")?.join(format!("{}.marshal", cache::digest_name(&key)));
    if let Some(code) = read(&path) {
        cache::used(&path);
        return Some(code);
    }
    let code = compile(python)?;
    write(&path, &code);
    if let Some(dir) = path.parent() {
        cache::prune(dir, &path);
    }
    Some(code)
}

/// An entry whose checksum holds: its SHA-256 in hex, a newline, the code.
fn read(path: &std::path::Path) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    let newline = bytes.iter().position(|&b| b == b'\n')?;
    let (sum, code) = (&bytes[..newline], &bytes[newline + 1..]);
    (hex(&Sha256::digest(code)).as_bytes() == sum).then(|| code.to_vec())
}

fn write(path: &std::path::Path, code: &[u8]) {
    let Some(dir) = path.parent() else { return };
    let _ = std::fs::create_dir_all(dir);
    if let Ok(mut temp) = tempfile::NamedTempFile::new_in(dir) {
        let sum = hex(&Sha256::digest(code));
        if writeln!(temp, "{sum}")
            .and_then(|()| temp.write_all(code))
            .is_ok()
        {
            let _ = temp.persist(path);
        }
    }
}

fn compile(python: &Python) -> Option<Vec<u8>> {
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
    let code = output.stdout;
    (written.is_ok() && output.status.success() && !code.is_empty()).then_some(code)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
