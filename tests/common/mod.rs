//! A tiny builder for running the real `coach` binary against fixture trees.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The fixture catalog with the `adder` exercise.
pub fn catalog() -> PathBuf {
    fixtures().join("catalog")
}

pub fn solution(name: &str) -> PathBuf {
    fixtures().join("adder").join(name)
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    pub fn status(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn stdout_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    pub fn stdout_lacks(&self, text: &str) -> &Self {
        assert!(
            !self.stdout.contains(text),
            "stdout has {text:?}:\n{}",
            self.stdout
        );
        self
    }

    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}\nstdout:\n{}",
            self.stderr,
            self.stdout
        );
        self
    }
}

pub fn coach() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coach"));
    command
        .env_remove("COACH_CATALOG")
        .env_remove("COACH_GRADERS")
        .env_remove("COACH_PYTHON")
        .env("NO_COLOR", "1");
    command
}

pub fn run(command: &mut Command) -> Run {
    let output = command.output().expect("coach runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `coach --catalog <fixture> check adder --solution <fixture solution> ARGS...`
pub fn check_adder(solution_name: &str, args: &[&str]) -> Run {
    run(coach()
        .arg("--catalog")
        .arg(catalog())
        .args(["check", "adder", "--solution"])
        .arg(solution(solution_name))
        .args(args))
}

/// The verdicts of a JSON check report, in case order.
pub fn verdicts(report: &serde_json::Value) -> Vec<String> {
    report["cases"]
        .as_array()
        .map(|cases| {
            cases
                .iter()
                .map(|c| c["verdict"].as_str().unwrap_or("?").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

pub fn check_adder_with_python(python: &str) -> Run {
    run(coach()
        .arg("--catalog")
        .arg(catalog())
        .args(["--python", python, "check", "adder", "--solution"])
        .arg(solution("correct.py")))
}

/// `coach --catalog <watch fixture> ...` in `dir` (the learner-loop tests' catalog).
pub fn in_watch_dir(dir: &Path) -> Command {
    let mut command = coach();
    command
        .current_dir(dir)
        .arg("--catalog")
        .arg(fixtures().join("watch"));
    command
}

/// A workspace of the watch fixture, made with `coach init .`.
pub fn watch_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    run(in_watch_dir(dir.path()).args(["init", "."])).status(0);
    dir
}
