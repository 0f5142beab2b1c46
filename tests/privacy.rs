//! What the sandbox never lets learner code read, wherever coach and its catalog are
//! installed: the coach executable (it embeds the built-in graders) and the catalog and
//! graders folders, even when they sit beside or inside the Python installation.

#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{coach, fixtures, run};

/// A virtual environment (without pip) in `dir`, with a copy of the coach binary in its
/// `bin` folder, as `pip install` or `cargo install --root venv` would put it.
fn venv_with_coach(dir: &Path) -> (PathBuf, PathBuf) {
    let venv = dir.join("venv");
    let made = Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .status()
        .expect("python3 -m venv runs");
    assert!(made.success(), "cannot make a venv");
    let coach_copy = venv.join("bin/coach");
    std::fs::copy(env!("CARGO_BIN_EXE_coach"), &coach_copy).expect("copy coach into the venv");
    (coach_copy, venv.join("bin/python3"))
}

#[test]
fn coach_installed_beside_python_cannot_be_read_from_inside() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (coach_copy, python) = venv_with_coach(dir.path());
    let out = run(Command::new(&coach_copy)
        .env("NO_COLOR", "1")
        .arg("--python")
        .arg(&python)
        .args([
            "--strict",
            "check",
            "palindrome",
            "--format",
            "json",
            "--solution",
        ])
        .arg(fixtures().join("privacy/reads_coach_beside_python.py")));
    let report = out.json();
    assert_eq!(report["status"], "passed", "{report}\n{}", out.stderr);
    assert_eq!(report["sandbox"]["landlock"], "full", "{report}");
}

/// A copy of the built-in palindrome exercise as a catalog folder at `root`.
fn copy_palindrome(root: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in [
        "exercises/palindrome",
        "graders/palindrome",
        "graders/palindrome/wrong",
    ] {
        std::fs::create_dir_all(root.join(part)).expect("mkdir");
        for entry in std::fs::read_dir(repo.join(part)).expect("list").flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), root.join(part).join(entry.file_name())).expect("copy");
            }
        }
    }
}

#[test]
fn a_catalog_inside_a_readable_folder_is_refused_under_strict_and_warned_about_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, python) = venv_with_coach(dir.path());
    let lib = dir.path().join("venv/lib");
    let site = std::fs::read_dir(&lib)
        .expect("venv/lib")
        .flatten()
        .map(|e| e.path().join("site-packages"))
        .find(|p| p.is_dir())
        .expect("a site-packages folder");
    let catalog = site.join("course");
    copy_palindrome(&catalog);
    let solution = Path::new(env!("CARGO_MANIFEST_DIR")).join("graders/palindrome/solution.py");
    let args = |strict: bool| {
        let mut command = coach();
        command
            .arg("--python")
            .arg(&python)
            .arg("--catalog")
            .arg(&catalog);
        if strict {
            command.arg("--strict");
        }
        command
            .args(["check", "palindrome", "--solution"])
            .arg(&solution);
        command
    };
    run(&mut args(true))
        .status(2)
        .stderr_has("which the sandbox lets Python read")
        .stderr_has("--strict refuses to grade");
    run(&mut args(false))
        .status(0)
        .stderr_has("warning: ")
        .stderr_has("which the sandbox lets Python read");
}
