//! The worker's two output pipes: result lines on one, the learner's raw output with
//! end-of-case markers on the other, each read by a thread of its own.

use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc::Sender;

use hmac::{Hmac, KeyInit, Mac};
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

pub(super) fn read_results(stdout: impl Read, seal: Seal, max_line: usize, sender: Sender<Event>) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut line = Vec::new();
        let limit = max_line.saturating_add(1) as u64;
        match reader.by_ref().take(limit).read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line.last() != Some(&b'\n') && line.len() > max_line => {
                let _ = sender.send(Event::LineTooLong);
                return;
            }
            Ok(_) => {
                let event = match seal.open(&line) {
                    Some(message) => Event::Line(message.to_vec()),
                    None => Event::Forged,
                };
                if sender.send(event).is_err() {
                    return;
                }
            }
        }
    }
    let _ = sender.send(Event::ResultsClosed);
}

pub(super) fn read_raw(stderr: impl Read, sender: Sender<Event>) {
    let mut stderr = BufReader::new(stderr);
    // NOTE: the sandbox helper's first line says which protections it applied.
    let sent = match sandbox::read_header(&mut stderr) {
        Ok(sandbox::Header::Protections(protections)) => {
            sender.send(Event::Protections(protections))
        }
        Ok(sandbox::Header::Output(first)) if !first.is_empty() => sender.send(Event::Raw(first)),
        Ok(sandbox::Header::Output(_)) => Ok(()),
        Err(_) => return,
    };
    if sent.is_err() {
        return;
    }
    let mut buffer = vec![0u8; 64 << 10];
    let mut pending = Vec::new();
    loop {
        match stderr.read(&mut buffer) {
            Ok(0) | Err(_) => {
                if !pending.is_empty() {
                    let _ = sender.send(Event::Raw(pending));
                }
                return;
            }
            Ok(n) => {
                pending.extend_from_slice(&buffer[..n]);
                for event in split_markers(&mut pending) {
                    if sender.send(event).is_err() {
                        return;
                    }
                }
            }
        }
    }
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
