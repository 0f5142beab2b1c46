//! Run a sandboxed process to its end: feed its input, collect its output with a cap.

use std::time::Duration;

use super::{PROTECTIONS_PREFIX, Process, Protections};

/// Everything a finished (or stopped) process produced.
#[derive(Debug, Default)]
pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Option<std::process::ExitStatus>,
    pub timed_out: bool,
    /// More than the output limit was written; the process was killed.
    pub overflowed: bool,
    /// The process passed the memory limit and was killed (where a watch holds it).
    pub memory_exceeded: bool,
    pub cpu: Option<Duration>,
    /// The largest address space the process reached, when it was stopped for time.
    pub peak_memory: Option<u64>,
    pub elapsed: Duration,
    pub protections: Option<Protections>,
}

enum Chunk {
    Out(Vec<u8>),
    Err(Vec<u8>),
    Header(Protections),
    Closed,
}

impl Process {
    /// Feed `stdin`, collect stdout and stderr (at most `cap` bytes together) until the
    /// process exits, uses `timeout` of CPU time (see [`CaseClock`]), or passes the cap;
    /// then kill what is left.
    pub fn capture(mut self, stdin: Vec<u8>, timeout: Duration, cap: u64) -> Captured {
        use std::io::Write;
        let started = std::time::Instant::now();
        let clock = self.case_clock(timeout);
        let mut deadline = clock.first_deadline();
        let (sender, chunks) = std::sync::mpsc::channel();
        let child = self.child();
        if let Some(mut input) = child.stdin.take() {
            // NOTE: a thread of its own: a program that never reads must not block us.
            std::thread::spawn(move || {
                let _ = input.write_all(&stdin);
            });
        }
        if let Some(stdout) = child.stdout.take() {
            let sender = sender.clone();
            std::thread::spawn(move || pump(stdout, false, &sender, Chunk::Out));
        }
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || pump(stderr, true, &sender, Chunk::Err));
        }
        let mut captured = Captured::default();
        let mut open = 2;
        let mut total: u64 = 0;
        while open > 0 {
            let wait = deadline.saturating_duration_since(std::time::Instant::now());
            match chunks.recv_timeout(wait) {
                Ok(Chunk::Out(bytes)) | Ok(Chunk::Err(bytes))
                    if total + bytes.len() as u64 > cap =>
                {
                    let _ = bytes;
                    captured.overflowed = true;
                    break;
                }
                Ok(Chunk::Out(bytes)) => {
                    total += bytes.len() as u64;
                    captured.stdout.extend_from_slice(&bytes);
                }
                Ok(Chunk::Err(bytes)) => {
                    total += bytes.len() as u64;
                    captured.stderr.extend_from_slice(&bytes);
                }
                Ok(Chunk::Header(protections)) => captured.protections = Some(protections),
                Ok(Chunk::Closed) => open -= 1,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    if let Some(later) = clock.next_deadline(&self) {
                        deadline = later;
                        continue;
                    }
                    captured.timed_out = true;
                    captured.cpu = self.cpu_time();
                    captured.peak_memory = self.peak_memory();
                    break;
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        captured.elapsed = started.elapsed();
        captured.status = if captured.timed_out || captured.overflowed {
            self.kill();
            self.child().wait().ok()
        } else {
            self.wait_or_kill(Duration::from_millis(500))
        };
        captured.memory_exceeded = self.memory_exceeded();
        captured
    }
}

/// The first line of a sandboxed process's stderr.
pub enum Header {
    /// The helper's report of the protections it applied.
    Protections(Protections),
    /// Ordinary output (the helper failed before reporting, or wrote nothing).
    Output(Vec<u8>),
}

/// Read the first line of a sandboxed process's stderr.
pub fn read_header(reader: &mut impl std::io::BufRead) -> std::io::Result<Header> {
    use std::io::{BufRead, Read};
    let mut first = Vec::new();
    reader.take(4096).read_until(b'\n', &mut first)?;
    Ok(parse_header(first))
}

/// What the first line of a sandboxed process's stderr (at most 4096 bytes) says.
pub fn parse_header(first: Vec<u8>) -> Header {
    let parsed = first
        .strip_prefix(PROTECTIONS_PREFIX.as_bytes())
        .and_then(|json| serde_json::from_slice::<Protections>(json).ok());
    parsed.map_or(Header::Output(first), Header::Protections)
}

/// Read a pipe in chunks into `sender`; with `header`, first take the helper's line that
/// says which protections it applied.
fn pump(
    reader: impl std::io::Read,
    header: bool,
    sender: &std::sync::mpsc::Sender<Chunk>,
    wrap: fn(Vec<u8>) -> Chunk,
) {
    use std::io::Read;
    let mut reader = std::io::BufReader::new(reader);
    if header {
        let sent = match read_header(&mut reader) {
            Ok(Header::Protections(protections)) => sender.send(Chunk::Header(protections)),
            Ok(Header::Output(first)) if !first.is_empty() => sender.send(wrap(first)),
            Ok(Header::Output(_)) => Ok(()),
            Err(_) => return,
        };
        if sent.is_err() {
            return;
        }
    }
    let mut buffer = vec![0u8; 64 << 10];
    loop {
        match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if sender.send(wrap(buffer[..n].to_vec())).is_err() {
                    return;
                }
            }
        }
    }
    let _ = sender.send(Chunk::Closed);
}
