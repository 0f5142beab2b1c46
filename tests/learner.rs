//! The learner's commands without a terminal: the current exercise as the default of
//! check, hint, show and reset; `coach reset`; `coach solution`; `coach watch`'s line mode.

mod common;
mod pty;

use std::path::{Path, PathBuf};

use common::{in_watch_dir as in_dir, run, watch_workspace as workspace};

fn catalog() -> PathBuf {
    common::fixtures().join("watch")
}

const FIRST_STARTER: &str =
    "def add(a, b):\n    \"\"\"Return a + b.\"\"\"\n    raise NotImplementedError(\"write add\")\n";
const FIRST_SOLVED: &str = "def add(a, b):\n    return a + b\n";

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read")
}

#[test]
fn check_hint_and_show_default_to_the_first_exercise_not_passed_yet() {
    let dir = workspace();
    let ws = dir.path();
    run(in_dir(ws).arg("show"))
        .status(0)
        .stdout_has("Write `add(a, b)`");
    run(in_dir(ws).arg("hint"))
        .status(0)
        .stdout_has("Hint 1 of 2: Python's + adds two ints.");
    run(in_dir(ws).arg("check"))
        .status(1)
        .stdout_has("first (first.py)");
    std::fs::write(ws.join("first.py"), FIRST_SOLVED).expect("write");
    run(in_dir(ws).arg("check"))
        .status(0)
        .stdout_has("first (first.py)")
        .stdout_has("Next up: `coach show second`");
    // the current exercise is now the second one
    run(in_dir(ws).arg("show"))
        .status(0)
        .stdout_has("Write `double(x)`");
    run(in_dir(ws).arg("hint"))
        .status(0)
        .stdout_has("Hint 1 of 1: Multiply by two.");
    run(in_dir(ws).arg("check"))
        .status(1)
        .stdout_has("second (second.py)");
    std::fs::write(ws.join("second.py"), "def double(x):\n    return 2 * x\n").expect("write");
    run(in_dir(ws).arg("check"))
        .status(0)
        .stdout_has("That was the last one: every exercise has passed!");
    // with everything passed, there is no current exercise: name one
    run(in_dir(ws).arg("check"))
        .status(2)
        .stderr_has("has passed: name the one you mean, e.g. `coach check first`");
}

#[test]
fn without_a_workspace_a_missing_slug_says_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    for command in ["check", "hint", "show", "reset"] {
        run(in_dir(dir.path()).arg(command))
            .status(2)
            .stderr_has(&format!(
                "name an exercise, e.g. `coach {command} palindrome`"
            ))
            .stderr_has(
                "inside a workspace (`coach init`) it defaults to the first one not passed yet",
            );
    }
}

#[test]
fn reset_without_a_terminal_needs_yes_and_restores_the_starter_atomically() {
    let dir = workspace();
    let ws = dir.path();
    let file = ws.join("first.py");
    run(in_dir(ws).args(["reset", "first"]))
        .status(0)
        .stdout_has("`first.py` is the starter already: nothing to reset.");
    std::fs::write(&file, "def add(a, b):\n    return 0\n").expect("write");
    run(in_dir(ws)
        .args(["reset", "first"])
        .stdin(std::process::Stdio::null()))
    .status(2)
    .stderr_has("there is no terminal to ask on, so pass --yes to go ahead");
    assert_eq!(read(&file), "def add(a, b):\n    return 0\n");
    run(in_dir(ws).args(["reset", "--yes"]))
        .status(0)
        .stdout_has("`first.py` is the starter again");
    assert_eq!(read(&file), FIRST_STARTER);
    let names: Vec<String> = std::fs::read_dir(ws)
        .expect("read_dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains(".coach-") || n.starts_with(".coach-progress")),
        "a temporary file is left: {names:?}"
    );
    // the starter is back, and fails as the starter does
    run(in_dir(ws).args(["check", "first"])).status(1);
}

#[test]
fn reset_outside_a_workspace_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("first.py"), FIRST_SOLVED).expect("write");
    run(in_dir(dir.path()).args(["reset", "first", "--yes"]))
        .status(2)
        .stderr_has("`coach reset` works inside a workspace");
    assert_eq!(read(&dir.path().join("first.py")), FIRST_SOLVED);
}

#[test]
fn the_solution_is_shown_only_while_the_file_passes() {
    let dir = workspace();
    let ws = dir.path();
    let marker = "# The reference solution of `first`.";
    run(in_dir(ws).args(["solution", "first"]))
        .status(1)
        .stdout_has(
            "shown once your `first.py` passes every case; it does not yet (2 of 2 cases fail)",
        )
        .stdout_lacks(marker)
        .stdout_lacks("10**30");
    std::fs::write(ws.join("first.py"), FIRST_SOLVED).expect("write");
    run(in_dir(ws).args(["solution", "first"]))
        .status(0)
        .stdout_has("✓ `first.py` passes every case.")
        .stdout_has(marker)
        .stdout_has("return a + b");
    // an old success is not enough: the file as it is now must pass
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    return 3\n").expect("write");
    run(in_dir(ws).args(["solution", "first"]))
        .status(1)
        .stdout_has("it does not yet (1 of 2 cases fail)")
        .stdout_lacks(marker);
    std::fs::write(ws.join("first.py"), "def add(a, b) return\n").expect("write");
    run(in_dir(ws).args(["solution", "first"]))
        .status(1)
        .stdout_has("it cannot be graded yet")
        .stdout_lacks(marker);
}

#[test]
fn with_private_graders_the_solution_is_the_one_they_ship() {
    let dir = workspace();
    let ws = dir.path();
    std::fs::write(ws.join("first.py"), FIRST_SOLVED).expect("write");
    let graders = tempfile::tempdir().expect("tempdir");
    let first = graders.path().join("first");
    std::fs::create_dir_all(&first).expect("mkdir");
    let fixture = catalog().join("graders/first");
    std::fs::copy(fixture.join("tests.toml"), first.join("tests.toml")).expect("copy");
    std::fs::write(
        first.join("solution.py"),
        "# The private reference.\ndef add(a, b):\n    return b + a\n",
    )
    .expect("write");
    run(in_dir(ws)
        .arg("--graders")
        .arg(graders.path())
        .args(["solution", "first"]))
    .status(0)
    .stdout_has("# The private reference.")
    .stdout_lacks("# The reference solution of `first`.");
    // a graders folder that ships no reference has none to show
    std::fs::remove_file(first.join("solution.py")).expect("remove");
    run(in_dir(ws)
        .arg("--graders")
        .arg(graders.path())
        .args(["solution", "first"]))
    .status(2)
    .stderr_has("solution.py` is missing")
    .stdout_lacks("def add");
}

#[test]
fn watch_without_a_terminal_cancels_a_running_check_when_the_file_is_saved() {
    use std::io::{BufRead, BufReader};
    use std::time::Instant;

    let dir = workspace();
    let ws = dir.path();
    let mut child = in_dir(ws)
        .arg("watch")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("coach watch starts");
    let stdout = child.stdout.take().expect("stdout");
    let (sender, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let mut wait_for = |text: &str| {
        let deadline = Instant::now() + pty::PATIENCE;
        while Instant::now() < deadline {
            if let Ok(line) = lines.recv_timeout(std::time::Duration::from_millis(100)) {
                let found = line.contains(text);
                seen.push(line);
                if found {
                    return;
                }
            }
        }
        panic!("`coach watch` never printed {text:?}:\n{}", seen.join("\n"));
    };
    wait_for("Watching `first.py`");
    // a check that would sleep for minutes (the fixture's time limit is 30 s of CPU)
    std::fs::write(
        ws.join("first.py"),
        "import time\n\ndef add(a, b):\n    time.sleep(600)\n",
    )
    .expect("write");
    let deadline = Instant::now() + pty::PATIENCE;
    let running = loop {
        let below = pty::descendants(child.id());
        if pty::runs_sandboxed_python(&below) {
            break below;
        }
        assert!(Instant::now() < deadline, "no check started: {below:?}");
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    std::fs::write(ws.join("first.py"), FIRST_SOLVED).expect("write");
    wait_for("next up: second");
    wait_for("Watching `second.py`");
    assert_eq!(
        pty::descendants(child.id()),
        vec![],
        "was running: {running:?}"
    );
    let _ = child.kill();
    let _ = child.wait();
}
