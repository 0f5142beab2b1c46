//! The real `coach` binary in a pseudo-terminal: send keys, read the screen (through a
//! terminal emulator), wait for text with a generous timeout (never a fixed sleep); and
//! the processes a coach runs.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long to wait for something to appear: long, since the machine may be loaded.
pub const PATIENCE: Duration = Duration::from_secs(60);

const ROWS: NonZeroU16 = NonZeroU16::new(60).expect("not zero");
const COLUMNS: NonZeroU16 = NonZeroU16::new(120).expect("not zero");

pub struct Terminal {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    keys: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// Everything the program wrote, for messages.
    pub written: Vec<u8>,
}

impl Terminal {
    /// Start `coach ARGS` in `dir`, in a terminal of 60 rows and 120 columns.
    pub fn start(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Terminal {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS.get(),
                cols: COLUMNS.get(),
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_coach"));
        command.args(args);
        command.cwd(dir);
        for name in ["COACH_CATALOG", "COACH_GRADERS", "COACH_PYTHON"] {
            command.env_remove(name);
        }
        command.env("NO_COLOR", "1");
        command.env("TERM", "xterm-256color");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).expect("coach starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let keys = pair.master.take_writer().expect("writer");
        let (sender, output) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Terminal {
            master: pair.master,
            child,
            keys,
            output,
            parser: vt100::Parser::new(ROWS, COLUMNS, 0),
            written: Vec::new(),
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// What the screen shows now.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Type `keys` (no Enter unless given).
    pub fn press(&mut self, keys: &str) {
        self.keys.write_all(keys.as_bytes()).expect("send keys");
        self.keys.flush().expect("send keys");
    }

    /// Read what arrived, for at most `wait`; false once the program closed the terminal.
    fn pump(&mut self, wait: Duration) -> bool {
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.written.extend_from_slice(&bytes);
                true
            }
            Err(RecvTimeoutError::Timeout) => true,
            Err(RecvTimeoutError::Disconnected) => false,
        }
    }

    /// Take in what the program writes for at most `wait` (between looks at something
    /// else, such as /proc).
    pub fn read_for(&mut self, wait: Duration) {
        self.pump(wait);
    }

    /// Wait until `done(screen)` holds.
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(&self.screen()) {
            if Instant::now() > deadline || !self.pump(Duration::from_millis(100)) {
                if done(&self.screen()) {
                    return;
                }
                panic!(
                    "the screen never showed {what}; it shows:\n{}",
                    self.screen()
                );
            }
        }
    }

    /// Wait until the screen shows `text`.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text));
    }

    /// Wait for the program to end, reading what it wrote last; its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // NOTE: the reader ends when the last holder of the terminal closes it.
                while self.pump(Duration::from_millis(100)) && Instant::now() < deadline {}
                return status.exit_code();
            }
            assert!(
                Instant::now() < deadline,
                "coach did not exit; the screen shows:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(100));
        }
    }

    /// Whether the terminal reads lines (canonical mode) and echoes: not raw.
    #[cfg(unix)]
    pub fn is_cooked(&self) -> bool {
        let termios = self.master.get_termios().expect("termios");
        let flags = termios.local_flags.bits();
        flags & libc::ICANON != 0 && flags & libc::ECHO != 0
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Every process below `pid`, with its command line.
pub fn descendants(pid: u32) -> Vec<(u32, String)> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Some(child) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // NOTE: the command name (field 2) may hold spaces; the parent is the 2nd field after ')'.
        let parent = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        if let Some(parent) = parent {
            parents.push((child, parent));
        }
    }
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let below = found[i];
        found.extend(parents.iter().filter(|(_, p)| *p == below).map(|(c, _)| *c));
        i += 1;
    }
    found[1..]
        .iter()
        .map(|&p| {
            let cmdline = std::fs::read(format!("/proc/{p}/cmdline")).unwrap_or_default();
            (p, String::from_utf8_lossy(&cmdline).replace('\0', " "))
        })
        .collect()
}

/// Whether `processes` (from [`descendants`]) hold a sandbox helper and its Python.
pub fn runs_sandboxed_python(processes: &[(u32, String)]) -> bool {
    let helper = processes.iter().any(|(_, c)| c.contains("__sandbox"));
    let python = processes
        .iter()
        .any(|(_, c)| c.contains("python") && !c.contains("__sandbox"));
    helper && python
}
