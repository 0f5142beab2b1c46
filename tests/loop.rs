//! The learner's loop: the list's summary and current exercise, `coach progress`, a
//! workspace that remembers its catalog, friendly corrections, completions and the man page.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{coach, run};

fn catalog() -> PathBuf {
    common::fixtures().join("watch")
}

/// `coach --catalog <watch fixture> ...` in `dir`.
fn in_dir(dir: &Path) -> Command {
    let mut command = coach();
    command.current_dir(dir).arg("--catalog").arg(catalog());
    command
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    run(in_dir(dir.path()).args(["init", "."])).status(0);
    dir
}

#[test]
fn list_sums_up_progress_and_marks_the_current_exercise() {
    let outside = tempfile::tempdir().expect("tempdir");
    run(in_dir(outside.path()).arg("list"))
        .status(0)
        .stdout_has("\n2 exercises\n")
        .stdout_lacks("→")
        .stdout_lacks("not started");

    let dir = workspace();
    let ws = dir.path();
    run(in_dir(ws).arg("list"))
        .status(0)
        .stdout_has("→   first")
        .stdout_has("\n    second")
        .stdout_has("0 passed · 0 started · 2 not started · score 0/4");
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    return 3\n").expect("write");
    run(in_dir(ws).arg("check")).status(1);
    run(in_dir(ws).arg("list"))
        .status(0)
        .stdout_has("→ ✗ first")
        .stdout_has("0 passed · 1 started · 1 not started · score 1/4");
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    return a + b\n").expect("write");
    run(in_dir(ws).arg("check")).status(0);
    run(in_dir(ws).arg("list"))
        .status(0)
        .stdout_has("  ✓ first")
        .stdout_has("→   second")
        .stdout_has("1 passed · 0 started · 1 not started · score 2/4")
        .stdout_has("`coach check` checks `second`");
}

#[test]
fn progress_is_one_json_document_with_states_scores_and_the_current_exercise() {
    let dir = workspace();
    let ws = dir.path();
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    return a + b\n").expect("write");
    run(in_dir(ws).arg("check")).status(0);
    run(in_dir(ws).arg("hint")).status(0);
    let report = run(in_dir(ws).arg("progress")).status(0).json();
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["current"], "second");
    let summary = &report["summary"];
    assert_eq!(
        (
            &summary["exercises"],
            &summary["passed"],
            &summary["started"],
            &summary["not_started"],
            &summary["score"],
            &summary["max_score"],
        ),
        (
            &2.into(),
            &1.into(),
            &1.into(),
            &0.into(),
            &2.into(),
            &4.into()
        )
    );
    let first = &report["exercises"][0];
    assert_eq!(first["slug"], "first");
    assert_eq!(first["title"], "Add two numbers");
    assert_eq!(first["difficulty"], "easy");
    assert_eq!(first["state"], "passed");
    assert_eq!(first["score"], 2);
    let second = &report["exercises"][1];
    assert_eq!(second["state"], "started");
    assert_eq!(second["score"], serde_json::Value::Null);
    assert_eq!(second["hints_shown"], 1);
    // `list --json` is the same document
    assert_eq!(run(in_dir(ws).args(["list", "--json"])).json(), report);

    let outside = tempfile::tempdir().expect("tempdir");
    let report = run(in_dir(outside.path()).arg("progress")).status(0).json();
    assert_eq!(report["workspace"], serde_json::Value::Null);
    assert_eq!(report["current"], serde_json::Value::Null);
    assert_eq!(report["summary"]["not_started"], 2);
}
