//! `coach watch` and `coach reset` on a real terminal (a pseudo-terminal): keys, the
//! screen, a save that cancels a running check.

mod common;
mod pty;

use std::path::{Path, PathBuf};

use common::{coach, run};
use pty::{Terminal, descendants};

fn catalog() -> PathBuf {
    common::fixtures().join("watch")
}

const FIRST_STARTER: &str =
    "def add(a, b):\n    \"\"\"Return a + b.\"\"\"\n    raise NotImplementedError(\"write add\")\n";
const SECOND_STARTER: &str = "def double(x):\n    \"\"\"Return twice x.\"\"\"\n    raise NotImplementedError(\"write double\")\n";

/// A workspace of the two-exercise watch catalog, and an empty folder for temporary files.
fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, tmp) = (dir.path().join("ws"), dir.path().join("tmp"));
    std::fs::create_dir_all(&tmp).expect("mkdir");
    run(coach().arg("--catalog").arg(catalog()).arg("init").arg(&ws)).status(0);
    (dir, ws, tmp)
}

/// Wait (patiently) until `pid` runs a sandboxed Python.
fn wait_for_sandboxed_python(pid: u32, terminal: &mut Terminal) -> Vec<(u32, String)> {
    let deadline = std::time::Instant::now() + pty::PATIENCE;
    loop {
        let below = descendants(pid);
        let helper = below.iter().any(|(_, c)| c.contains("__sandbox"));
        let python = below
            .iter()
            .any(|(_, c)| c.contains("python") && !c.contains("__sandbox"));
        if helper && python {
            return below;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no sandboxed Python started; processes: {below:?}\n{}",
            terminal.screen()
        );
        terminal.read_for(std::time::Duration::from_millis(50));
    }
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write the learner's file");
}

#[test]
fn the_watch_screen_takes_keys_checks_on_save_and_cancels_a_running_check() {
    let (_dir, ws, tmp) = workspace();
    let catalog = catalog();
    let args = ["--catalog", catalog.to_str().expect("utf-8"), "watch"];
    let mut terminal = Terminal::start(&ws, &args, &[("TMPDIR", &tmp)]);
    terminal.wait_for("exercise 1/2 · 0 passed");
    terminal.wait_for("✗ Not started yet");
    terminal.wait_for("h hint · l list · n next · r reset · s solution · c check · q quit");
    assert!(!terminal.is_cooked(), "keys come without Enter");

    terminal.press("h");
    terminal.wait_for("Hint 1 of 2: Python's + adds two ints.");
    terminal.press("s");
    terminal.wait_for("The reference solution is shown once `first.py` passes every case.");

    // a check that would sleep for minutes is running when the file is saved again
    write(
        &ws.join("first.py"),
        "import time\n\ndef add(a, b):\n    time.sleep(600)\n",
    );
    let running = wait_for_sandboxed_python(terminal.pid(), &mut terminal);
    write(&ws.join("first.py"), "def add(a, b):\n    return a + b\n");
    terminal.wait_for("✓ `first` passes. Press n or Enter for the next exercise: second");
    terminal.wait_for("exercise 1/2 · 1 passed");
    let screen = terminal.screen();
    assert!(screen.contains("Passed: all 2 cases passed"), "{screen}");
    // the sleeping check's process tree is gone, and so is every scratch folder
    assert_eq!(
        descendants(terminal.pid()),
        vec![],
        "was running: {running:?}"
    );
    for (pid, _) in &running {
        assert!(
            !Path::new(&format!("/proc/{pid}")).exists(),
            "{pid} is left"
        );
    }
    let left: Vec<_> = std::fs::read_dir(&tmp).expect("tmp").flatten().collect();
    assert!(left.is_empty(), "left in the temporary folder: {left:?}");
    // one line says what is next, and no hidden case's input shows
    for line in ["Next up", "That was the last one", "next up:", "10**30"] {
        assert!(!screen.contains(line), "{line:?} on\n{screen}");
    }

    terminal.press("s");
    terminal.wait_for("# The reference solution of `first`.");
    // a pass waits for the learner: the list still marks the first exercise as current
    terminal.press("l");
    terminal.wait_for("▸ ✓  1. first");
    assert!(terminal.screen().contains("exercise 1/2 · 1 passed"));
    terminal.press("n");
    terminal.wait_for("exercise 2/2 · 1 passed");
    terminal.wait_for("✗ Not started yet: every case raised NotImplementedError (“write double”)");

    // reset asks first; anything but y keeps the file
    write(&ws.join("second.py"), "def double(x):\n    return x\n");
    terminal.wait_for("WRONG    doubles two");
    terminal.press("r");
    terminal.wait_for("Replace `second.py` with its starter? Your changes to it are lost. [y/N]");
    terminal.press("N");
    terminal.wait_for("Nothing changed.");
    assert_eq!(
        std::fs::read_to_string(ws.join("second.py")).expect("read"),
        "def double(x):\n    return x\n"
    );
    terminal.press("r");
    terminal.wait_for("[y/N]");
    terminal.press("y");
    terminal.wait_for("✗ Not started yet: every case raised NotImplementedError (“write double”)");
    assert_eq!(
        std::fs::read_to_string(ws.join("second.py")).expect("read"),
        SECOND_STARTER
    );

    terminal.press("q");
    terminal.wait_for(
        "Stopped watching: 1 of 2 exercises passed; the current one is `second` (second.py).",
    );
    assert_eq!(terminal.wait_exit(), 0);
    assert!(terminal.is_cooked(), "the terminal is back in line mode");
    assert_eq!(descendants(terminal.pid()), vec![]);
}

#[test]
fn ctrl_c_quits_the_watch_screen_and_restores_the_terminal() {
    let (_dir, ws, tmp) = workspace();
    let catalog = catalog();
    let args = [
        "--catalog",
        catalog.to_str().expect("utf-8"),
        "watch",
        "second",
    ];
    let mut terminal = Terminal::start(&ws, &args, &[("TMPDIR", &tmp)]);
    terminal.wait_for("exercise 2/2 · 0 passed");
    terminal.wait_for("Not started yet");
    terminal.press("\x03");
    terminal.wait_for("Stopped watching: 0 of 2 exercises passed");
    assert_eq!(terminal.wait_exit(), 0);
    assert!(terminal.is_cooked(), "the terminal is back in line mode");
}

#[test]
fn reset_asks_on_a_terminal() {
    let (_dir, ws, tmp) = workspace();
    write(&ws.join("first.py"), "def add(a, b):\n    return 0\n");
    let catalog = catalog();
    let args = ["--catalog", catalog.to_str().expect("utf-8"), "reset"];
    let mut terminal = Terminal::start(&ws, &args, &[("TMPDIR", &tmp)]);
    terminal.wait_for("Replace `first.py` with its starter? Your changes to it are lost. [y/N]");
    terminal.press("no\r");
    terminal.wait_for("Nothing changed.");
    assert_eq!(terminal.wait_exit(), 0);
    assert_eq!(
        std::fs::read_to_string(ws.join("first.py")).expect("read"),
        "def add(a, b):\n    return 0\n"
    );

    let mut terminal = Terminal::start(&ws, &args, &[("TMPDIR", &tmp)]);
    terminal.wait_for("[y/N]");
    terminal.press("y\r");
    terminal.wait_for("`first.py` is the starter again");
    assert_eq!(terminal.wait_exit(), 0);
    assert_eq!(
        std::fs::read_to_string(ws.join("first.py")).expect("read"),
        FIRST_STARTER
    );
}
