//! The learner's loop and the author's checks, through the real binary.

mod common;

use std::path::Path;

use common::{coach, run};

fn in_dir(dir: &Path) -> std::process::Command {
    let mut command = coach();
    command.current_dir(dir);
    command
}

#[test]
fn init_check_and_progress() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("ws");
    run(in_dir(dir.path()).arg("init").arg(&ws))
        .status(0)
        .stdout_has("palindrome.py");
    assert!(ws.join("palindrome.py").is_file());
    assert!(ws.join(".coach-progress.json").is_file());

    // the starter fails, and the failure is recorded
    run(in_dir(&ws).args(["check", "palindrome"]))
        .status(1)
        .stdout_has("Failed:");
    let progress = std::fs::read_to_string(ws.join(".coach-progress.json")).expect("progress");
    assert!(progress.contains("\"failed\""), "{progress}");

    // a correct solution passes and `list` shows it
    std::fs::write(
        ws.join("palindrome.py"),
        "def is_palindrome(text):\n    kept = [c for c in text.casefold() if c.isalnum()]\n    return kept == kept[::-1]\n",
    )
    .expect("write");
    run(in_dir(&ws).args(["check", "palindrome"]))
        .status(0)
        .stdout_has("Passed:");
    run(in_dir(&ws).arg("list"))
        .status(0)
        .stdout_has("✓ palindrome");

    // init again keeps the learner's work
    run(in_dir(dir.path()).arg("init").arg(&ws))
        .status(0)
        .stdout_has("kept your existing files");
    let kept = std::fs::read_to_string(ws.join("palindrome.py")).expect("read");
    assert!(kept.contains("casefold"));
}

#[test]
fn an_untouched_starter_is_told_once_not_case_by_case() {
    let dir = tempfile::tempdir().expect("tempdir");
    run(in_dir(dir.path()).args(["init", "."])).status(0);
    let report = run(in_dir(dir.path()).args(["check", "palindrome", "--color", "never"]));
    report
        .status(1)
        .stdout_has(
            "✗ Not started yet: every case raised NotImplementedError (“write is_palindrome”)",
        )
        .stdout_has("in palindrome.py with your code; `coach show palindrome`")
        .stdout_has("Failed: 18 of 18 cases failed")
        .stdout_lacks("Traceback")
        .stdout_lacks("hint:");
    // a script's starter too
    run(in_dir(dir.path()).args(["check", "word-count", "--color", "never"]))
        .status(1)
        .stdout_has("✗ Not started yet: every case raised NotImplementedError")
        .stdout_lacks("Traceback");
}

#[test]
fn the_same_error_in_several_sample_cases_is_shown_in_full_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("lru_cache.py");
    std::fs::write(
        &file,
        "class LRUCache:\n    def __init__(self, capacity):\n        self.data = {}\n\n    def put(self, key, value):\n        self.data[key] = value\n",
    )
    .expect("write");
    let report = run(coach()
        .args(["check", "lru-cache", "--color", "never", "--solution"])
        .arg(&file));
    report
        .status(1)
        .stdout_has("the same error as in “get returns what put stored”")
        .stdout_lacks("Not started yet");
    let stdout = &report.stdout;
    assert_eq!(
        stdout
            .matches("raised AttributeError: 'LRUCache' object has no attribute 'get'")
            .count(),
        1,
        "{stdout}"
    );
}

#[test]
fn hints_come_one_at_a_time_in_a_workspace() {
    let dir = tempfile::tempdir().expect("tempdir");
    run(in_dir(dir.path()).args(["init", "."])).status(0);
    let first = run(in_dir(dir.path()).args(["hint", "lru-cache"]));
    first.status(0).stdout_has("Hint 1 of");
    run(in_dir(dir.path()).args(["hint", "lru-cache"]))
        .status(0)
        .stdout_has("Hint 2 of");
}

#[test]
fn check_outside_a_workspace_explains_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    run(in_dir(dir.path()).args(["check", "palindrome"]))
        .status(2)
        .stderr_has("coach init");
}

#[test]
fn show_prints_the_prompt_and_samples_but_no_hidden_case() {
    let out = run(coach()
        .args(["--catalog"])
        .arg(common::catalog())
        .args(["show", "adder"]));
    out.status(0)
        .stdout_has("Write `add(a, b)`")
        .stdout_has("add(1, 2) -> 3")
        .stdout_has("Plus 2 hidden cases")
        .stdout_lacks("10**30");
}

#[test]
fn list_shows_the_built_in_catalog() {
    let out = run(coach().arg("list"));
    out.status(0);
    for slug in [
        "palindrome",
        "anagram",
        "merge-sorted",
        "lru-cache",
        "trie",
        "rate-limiter",
    ] {
        out.stdout_has(slug);
    }
}

#[test]
fn unknown_exercise_is_a_usage_error() {
    run(coach().args(["show", "nope"]))
        .status(2)
        .stderr_has("there is no exercise `nope`");
}

#[test]
fn no_python_is_a_clear_error() {
    common::check_adder_with_python("/nonexistent/python3")
        .status(2)
        .stderr_has("cannot run Python");
}

#[test]
fn validate_passes_on_the_fixture_catalog() {
    run(coach()
        .arg("--catalog")
        .arg(common::catalog())
        .arg("validate"))
    .status(0)
    .stdout_has("✓ adder");
}

/// A copy of the fixture catalog to break on purpose.
fn catalog_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(&common::catalog(), dir.path());
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn validate_fails_when_the_reference_is_broken() {
    let dir = catalog_copy();
    std::fs::write(
        dir.path().join("graders/adder/solution.py"),
        "def add(a, b):\n    return a * b\n",
    )
    .expect("write");
    run(coach().arg("--catalog").arg(dir.path()).arg("validate"))
        .status(1)
        .stdout_has("the reference must pass every case");
}

#[test]
fn validate_fails_when_a_wrong_solution_passes() {
    let dir = catalog_copy();
    std::fs::write(
        dir.path().join("graders/adder/wrong/subtracts.py"),
        "# expect: wrong_answer\ndef add(a, b):\n    return a + b\n",
    )
    .expect("write");
    run(coach().arg("--catalog").arg(dir.path()).arg("validate"))
        .status(1)
        .stdout_has("wrong/subtracts.py: declares wrong_answer");
}

#[test]
fn malformed_toml_names_the_file_and_line() {
    let dir = catalog_copy();
    let tests = dir.path().join("graders/adder/tests.toml");
    std::fs::write(
        &tests,
        "format_version = 1\n\n[[case]]\nname = \"a\"\nrun = \"add(1, 2) -> [1,\"\n",
    )
    .expect("write");
    let out = run(coach().arg("--catalog").arg(dir.path()).arg("validate"));
    out.status(2).stdout_has("tests.toml").stdout_has("line 5");
    let out = run(coach()
        .arg("--catalog")
        .arg(dir.path())
        .args(["check", "adder", "--solution"])
        .arg(common::solution("correct.py")));
    out.status(2).stderr_has("tests.toml").stderr_has("line 5");
}

#[test]
fn an_unknown_format_version_says_which_are_supported() {
    let dir = catalog_copy();
    let exercise = dir.path().join("exercises/adder/exercise.toml");
    let text = std::fs::read_to_string(&exercise)
        .expect("read")
        .replace("format_version = 1", "format_version = 9");
    std::fs::write(&exercise, text).expect("write");
    run(coach()
        .arg("--catalog")
        .arg(dir.path())
        .args(["show", "adder"]))
    .status(2)
    .stderr_has("format_version 9 is not supported")
    .stderr_has("reads format_version 1");
}

#[test]
fn watch_checks_again_on_save_and_moves_on() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().expect("tempdir");
    run(in_dir(dir.path()).args(["init", "."])).status(0);
    let mut child = in_dir(dir.path())
        .args(["watch", "palindrome"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("coach watch starts");
    let stdout = child.stdout.take().expect("stdout");
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let wait_for = |text: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = lines.recv_timeout(Duration::from_millis(200)) {
                let found = line.contains(text);
                seen.push(line);
                if found {
                    return;
                }
            }
        }
        panic!("`coach watch` never printed {text:?}:\n{}", seen.join("\n"));
    };
    wait_for("Watching `palindrome.py`");
    std::fs::write(
        dir.path().join("palindrome.py"),
        "def is_palindrome(text):\n    kept = [c for c in text.casefold() if c.isalnum()]\n    return kept == kept[::-1]\n",
    )
    .expect("write");
    wait_for("next up:");
    let _ = child.kill();
    let _ = child.wait();
    let progress =
        std::fs::read_to_string(dir.path().join(".coach-progress.json")).expect("progress");
    assert!(progress.contains("\"passed\": true"), "{progress}");
}

#[test]
fn checks_that_finish_at_once_in_one_workspace_all_record_their_progress() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("ws");
    run(in_dir(dir.path()).arg("init").arg(&ws)).status(0);
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let slugs = [
        ("palindrome", "palindrome.py"),
        ("anagram", "anagram.py"),
        ("lru-cache", "lru_cache.py"),
        ("trie", "trie.py"),
        ("factorial", "factorial.py"),
        ("stack", "stack.py"),
        ("maybe", "maybe.py"),
        ("compose", "compose.py"),
    ];
    for (slug, file) in slugs {
        std::fs::copy(
            repo.join(format!("graders/{slug}/solution.py")),
            ws.join(file),
        )
        .expect("copy the reference");
    }
    let children: Vec<_> = slugs
        .iter()
        .map(|(slug, _)| {
            in_dir(&ws)
                .args(["check", slug])
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("coach starts")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("wait").success());
    }
    let progress: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(ws.join(".coach-progress.json")).expect("progress"),
    )
    .expect("JSON");
    for (slug, _) in slugs {
        assert_eq!(
            progress["exercises"][slug]["passed"], true,
            "{slug} lost its progress: {progress}"
        );
    }
}
