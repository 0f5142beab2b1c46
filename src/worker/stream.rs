//! The worker's two output pipes: result lines on one, the learner's raw output with
//! end-of-case markers on the other, both read by the thread that runs the cases.

use std::collections::VecDeque;
use std::fs::File;
use std::io::Read;
use std::os::fd::OwnedFd;
use std::time::Instant;

use hmac::{Hmac, KeyInit, Mac};
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use sha2::Sha256;

use crate::sandbox::{self, Protections};

/// The largest result line the runner reads; past it the case is over the output limit.
/// The longest result line, as a multiple of the output limit (at least 1 MiB): what a
/// case returns counts against that limit as what it prints does, so that a returned
/// 40 MiB string cannot make the runner hold (and reports carry) hundreds of megabytes.
/// JSON escapes can make a value's line a few times its text.
const RESULT_LINE_PER_OUTPUT: usize = 4;

/// The longest result line for an exercise whose output limit is `output`.
pub(super) fn max_result_line(output: u64) -> usize {
    usize::try_from(output.max(1 << 20))
        .unwrap_or(usize::MAX / 8)
        .saturating_mul(RESULT_LINE_PER_OUTPUT)
}

pub(super) enum Event {
    /// A result line with a valid seal, without the seal.
    Line(Vec<u8>),
    /// A line on the results pipe that the worker did not write: the learner's code
    /// wrote it through the pipe's descriptor.
    Forged,
    LineTooLong,
    ResultsClosed,
    Raw(Vec<u8>),
    Protections(Protections),
    /// The worker finished writing the case of this index to the raw stream.
    Marker(usize),
}

/// What the worker writes on the raw stream (fd 2) at the end of each case, so output
/// written below print() is told apart by case although it travels on another pipe.
const MARKER_START: &[u8] = b"\0coach-end ";
const MARKER_END: &[u8] = b"\0\n";

/// The key a worker seals its result lines with (HMAC-SHA256), fresh for each worker.
/// It travels in the header, which the worker reads before any learner code runs.
#[derive(Clone)]
pub(super) struct Seal([u8; 32]);

impl Seal {
    pub(super) fn new() -> std::io::Result<Seal> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(std::io::Error::other)?;
        Ok(Seal(key))
    }

    pub(super) fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn mac(&self) -> Hmac<Sha256> {
        // NOTE: HMAC takes a key of any length; a fixed 32 bytes cannot fail.
        <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).expect("HMAC accepts any key length")
    }

    /// The message of a sealed line (`<hex seal> <message>\n`), or `None` when the seal
    /// does not match.
    fn open<'l>(&self, line: &'l [u8]) -> Option<&'l [u8]> {
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        let space = line.iter().position(|&b| b == b' ')?;
        let (tag, message) = (&line[..space], &line[space + 1..]);
        let tag = decode_hex(tag)?;
        let mut mac = self.mac();
        mac.update(message);
        mac.verify_slice(&tag).ok().map(|()| message)
    }

    #[cfg(test)]
    fn seal(&self, message: &[u8]) -> Vec<u8> {
        let mut mac = self.mac();
        mac.update(message);
        let tag: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        [tag.as_bytes(), b" ", message, b"\n"].concat()
    }
}

fn decode_hex(text: &[u8]) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect()
}

/// The worker's two output pipes, read by the thread that runs the cases: one wake-up
/// takes in a case's result line and its end-of-case marker, which the worker writes
/// together (a reading thread per pipe cost two more wake-ups and a hand-over per case).
pub(super) struct Streams {
    results: Option<File>,
    raw: Option<File>,
    seal: Seal,
    max_line: usize,
    /// The result line read so far.
    line: Vec<u8>,
    /// The helper's first line on the raw stream while it is being read: it says which
    /// protections the helper applied.
    header: Option<Vec<u8>>,
    /// Raw output that may end with the start of a marker.
    pending: Vec<u8>,
    events: VecDeque<Event>,
    buffer: Vec<u8>,
}

/// The longest first line of the helper's, with the protections it applied.
const HEADER_MAX: usize = 4096;

impl Streams {
    pub(super) fn new(
        results: Option<impl Into<OwnedFd>>,
        raw: Option<impl Into<OwnedFd>>,
        seal: Seal,
        max_line: usize,
    ) -> Streams {
        Streams {
            results: results.map(|pipe| File::from(pipe.into())),
            raw: raw.map(|pipe| File::from(pipe.into())),
            seal,
            max_line,
            line: Vec::new(),
            header: Some(Vec::new()),
            pending: Vec::new(),
            events: VecDeque::new(),
            buffer: vec![0u8; 64 << 10],
        }
    }

    /// The next event, or `None` when `deadline` passed first. Once the results pipe is
    /// closed, the raw output still to come and then `ResultsClosed`, again and again.
    pub(super) fn next(&mut self, deadline: Instant) -> Option<Event> {
        loop {
            if let Some(event) = self.events.pop_front() {
                return Some(event);
            }
            if self.results.is_none() && self.raw.is_none() {
                return Some(Event::ResultsClosed);
            }
            let (results, raw) = self.wait(deadline)?;
            if results {
                self.read_results();
            }
            if raw {
                self.read_raw();
            }
        }
    }

    /// Whether both pipes are closed: the process and everything it started are gone.
    pub(super) fn closed(&self) -> bool {
        self.results.is_none() && self.raw.is_none()
    }

    /// Wait until a pipe can be read (or is closed): which ones, or `None` at `deadline`.
    fn wait(&self, deadline: Instant) -> Option<(bool, bool)> {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let timeout = Timespec::try_from(left).ok();
            let mut fds = Vec::with_capacity(2);
            if let Some(results) = &self.results {
                fds.push(PollFd::new(results, PollFlags::IN));
            }
            if let Some(raw) = &self.raw {
                fds.push(PollFd::new(raw, PollFlags::IN));
            }
            match poll(&mut fds, timeout.as_ref()) {
                Ok(0) => return None,
                Ok(_) => {
                    let mut ready = fds.iter().map(|fd| !fd.revents().is_empty());
                    let results = self.results.is_some() && ready.next().unwrap_or(false);
                    let raw = self.raw.is_some() && ready.next().unwrap_or(false);
                    return Some((results, raw));
                }
                Err(rustix::io::Errno::INTR) => continue,
                // NOTE: poll fails only on bad arguments; read both, which then fail too
                // and close them.
                Err(_) => return Some((self.results.is_some(), self.raw.is_some())),
            }
        }
    }

    fn read_results(&mut self) {
        let Some(n) = read_chunk(self.results.as_mut(), &mut self.buffer) else {
            return;
        };
        if n == 0 {
            self.results = None;
            let line = std::mem::take(&mut self.line);
            if !line.is_empty() {
                self.events.push_back(self.opened(&line));
            }
            self.events.push_back(Event::ResultsClosed);
            return;
        }
        let mut rest = &self.buffer[..n];
        while !rest.is_empty() {
            let (part, end) = match rest.iter().position(|&b| b == b'\n') {
                Some(at) => (&rest[..=at], true),
                None => (rest, false),
            };
            rest = &rest[part.len()..];
            self.line.extend_from_slice(part);
            if self.line.len() > self.max_line.saturating_add(1)
                || (!end && self.line.len() > self.max_line)
            {
                // NOTE: nothing after an oversized line is read: the case is over.
                self.results = None;
                self.line = Vec::new();
                self.events.push_back(Event::LineTooLong);
                return;
            }
            if end {
                let line = std::mem::take(&mut self.line);
                self.events.push_back(self.opened(&line));
            }
        }
    }

    /// A result line: its message when the worker sealed it.
    fn opened(&self, line: &[u8]) -> Event {
        match self.seal.open(line) {
            Some(message) => Event::Line(message.to_vec()),
            None => Event::Forged,
        }
    }

    fn read_raw(&mut self) {
        let Some(n) = read_chunk(self.raw.as_mut(), &mut self.buffer) else {
            return;
        };
        let mut bytes = &self.buffer[..n];
        if let Some(header) = self.header.as_mut() {
            let room = HEADER_MAX - header.len();
            let part = match bytes[..bytes.len().min(room)]
                .iter()
                .position(|&b| b == b'\n')
            {
                Some(at) => &bytes[..=at],
                None => &bytes[..bytes.len().min(room)],
            };
            header.extend_from_slice(part);
            bytes = &bytes[part.len()..];
            let complete = header.last() == Some(&b'\n') || header.len() >= HEADER_MAX || n == 0;
            if complete {
                let first = std::mem::take(header);
                self.header = None;
                match sandbox::parse_header(first) {
                    sandbox::Header::Protections(protections) => {
                        self.events.push_back(Event::Protections(protections))
                    }
                    sandbox::Header::Output(first) if !first.is_empty() => {
                        self.events.push_back(Event::Raw(first))
                    }
                    sandbox::Header::Output(_) => {}
                }
            }
        }
        if n == 0 {
            self.raw = None;
            if !self.pending.is_empty() {
                self.events
                    .push_back(Event::Raw(std::mem::take(&mut self.pending)));
            }
            return;
        }
        if self.header.is_none() && !bytes.is_empty() {
            self.pending.extend_from_slice(bytes);
            self.events.extend(split_markers(&mut self.pending));
        }
    }
}

/// One read of an open pipe into `buffer`: how many bytes, 0 at its end (or when it
/// failed); `None` when the pipe is already closed.
fn read_chunk(pipe: Option<&mut File>, buffer: &mut [u8]) -> Option<usize> {
    Some(pipe?.read(buffer).unwrap_or(0))
}

/// Take the raw output and end-of-case markers out of `pending`, leaving only what may
/// be the start of a marker cut by a read.
fn split_markers(pending: &mut Vec<u8>) -> Vec<Event> {
    let mut events = Vec::new();
    loop {
        let Some(start) = find(pending, MARKER_START) else {
            // keep a possible partial marker at the end
            let keep = (1..MARKER_START.len())
                .rev()
                .find(|&k| pending.len() >= k && pending.ends_with(&MARKER_START[..k]))
                .unwrap_or(0);
            let raw: Vec<u8> = pending.drain(..pending.len() - keep).collect();
            if !raw.is_empty() {
                events.push(Event::Raw(raw));
            }
            return events;
        };
        if start > 0 {
            events.push(Event::Raw(pending.drain(..start).collect()));
        }
        let body = &pending[MARKER_START.len()..];
        match find(body, MARKER_END) {
            Some(end) => {
                let index = std::str::from_utf8(&body[..end])
                    .ok()
                    .and_then(|n| n.parse().ok());
                let consumed = MARKER_START.len() + end + MARKER_END.len();
                match index {
                    Some(index) => events.push(Event::Marker(index)),
                    None => events.push(Event::Raw(pending[..consumed].to_vec())),
                }
                pending.drain(..consumed);
            }
            // NOTE: a marker is short; a long unterminated one is ordinary output.
            None if body.len() > 32 => {
                events.push(Event::Raw(pending.drain(..MARKER_START.len()).collect()))
            }
            None => return events,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(events: &[Event]) -> Vec<String> {
        events
            .iter()
            .map(|e| match e {
                Event::Raw(bytes) => format!("raw:{}", String::from_utf8_lossy(bytes)),
                Event::Marker(i) => format!("end:{i}"),
                _ => "other".into(),
            })
            .collect()
    }

    #[test]
    fn only_lines_sealed_with_the_key_are_opened() {
        let seal = Seal::new().unwrap();
        let line = seal.seal(br#"{"case": 0}"#);
        assert_eq!(seal.open(&line), Some(&br#"{"case": 0}"#[..]));

        let other = Seal::new().unwrap();
        assert_eq!(other.open(&line), None);
        let mut altered = line.clone();
        let last = altered.len() - 2;
        altered[last] = b'1';
        assert_eq!(seal.open(&altered), None);
        assert_eq!(seal.open(b"{\"case\": 0}\n"), None);
        assert_eq!(seal.open(b"zz {}\n"), None);
    }

    /// Streams over two fresh pipes, and the pipes' write ends.
    fn streams(max_line: usize) -> (Streams, Seal, File, File) {
        let (results, results_in) = rustix::pipe::pipe().unwrap();
        let (raw, raw_in) = rustix::pipe::pipe().unwrap();
        let seal = Seal::new().unwrap();
        let streams = Streams::new(Some(results), Some(raw), seal.clone(), max_line);
        (streams, seal, File::from(results_in), File::from(raw_in))
    }

    fn soon() -> Instant {
        Instant::now() + std::time::Duration::from_millis(200)
    }

    fn next(streams: &mut Streams) -> String {
        match streams.next(soon()) {
            Some(Event::Line(line)) => format!("line:{}", String::from_utf8_lossy(&line)),
            Some(Event::Forged) => "forged".into(),
            Some(Event::LineTooLong) => "too long".into(),
            Some(Event::ResultsClosed) => "closed".into(),
            Some(event) => describe(&[event]).concat(),
            None => "timeout".into(),
        }
    }

    #[test]
    fn result_lines_are_put_together_across_reads_and_checked_for_their_seal() {
        use std::io::Write;
        let (mut streams, seal, mut results, raw) = streams(128);
        let line = seal.seal(b"{\"case\": 0}");
        results.write_all(&line[..10]).unwrap();
        assert_eq!(next(&mut streams), "timeout");
        results.write_all(&line[10..]).unwrap();
        results.write_all(b"0000 {\"case\": 1}\n").unwrap();
        assert_eq!(next(&mut streams), r#"line:{"case": 0}"#);
        assert_eq!(next(&mut streams), "forged");
        results.write_all(&[b'x'; 129]).unwrap();
        assert_eq!(next(&mut streams), "too long");
        drop((results, raw));
        assert_eq!(next(&mut streams), "closed");
        assert_eq!(next(&mut streams), "closed");
    }

    #[test]
    fn the_raw_stream_starts_with_the_helpers_line_then_splits_by_case() {
        use std::io::Write;
        let (mut streams, _, results, mut raw) = streams(64);
        raw.write_all(b"not the hel").unwrap();
        assert_eq!(next(&mut streams), "timeout");
        raw.write_all(b"per\na\x00coach-end 0\x00\nb").unwrap();
        assert_eq!(next(&mut streams), "raw:not the helper\n");
        assert_eq!(next(&mut streams), "raw:a");
        assert_eq!(next(&mut streams), "end:0");
        assert_eq!(next(&mut streams), "raw:b");
        drop(results);
        assert_eq!(next(&mut streams), "closed");
        raw.write_all(b"\x00coach").unwrap();
        drop(raw);
        assert_eq!(next(&mut streams), "raw:\u{0}coach");
        assert!(streams.closed());
        assert_eq!(next(&mut streams), "closed");
    }

    #[test]
    fn markers_split_raw_output_by_case() {
        let mut pending = b"a\x00coach-end 0\x00\nb\x00coach-end 1\x00\nc".to_vec();
        let events = split_markers(&mut pending);
        assert_eq!(
            describe(&events),
            ["raw:a", "end:0", "raw:b", "end:1", "raw:c"]
        );
        assert!(pending.is_empty());
    }

    #[test]
    fn a_marker_cut_by_a_read_waits_for_the_rest() {
        let mut pending = b"xy\x00coach-e".to_vec();
        assert_eq!(describe(&split_markers(&mut pending)), ["raw:xy"]);
        assert_eq!(pending, b"\x00coach-e");
        pending.extend_from_slice(b"nd 7\x00\n");
        assert_eq!(describe(&split_markers(&mut pending)), ["end:7"]);
    }

    #[test]
    fn a_lone_nul_is_just_output() {
        let mut pending = b"\x00\x00 zero bytes".to_vec();
        assert_eq!(
            describe(&split_markers(&mut pending)),
            ["raw:\u{0}\u{0} zero bytes"]
        );
    }
}
