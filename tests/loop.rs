//! The learner's loop: the list's summary and current exercise, `coach progress`, a
//! workspace that remembers its catalog, friendly corrections, completions and the man page.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{coach, in_watch_dir as in_dir, run, watch_workspace as workspace};

fn catalog() -> PathBuf {
    common::fixtures().join("watch")
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

/// A copy of the directory tree `from` at `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// `coach ...` in `dir`, without `--catalog`.
fn bare(dir: &Path) -> Command {
    let mut command = coach();
    command.current_dir(dir);
    command
}

#[test]
fn a_workspace_remembers_its_catalog_and_graders() {
    let dir = tempfile::tempdir().expect("tempdir");
    let top = dir.path();
    copy_tree(&catalog(), &top.join("cat"));
    copy_tree(&catalog().join("graders"), &top.join("private"));
    let tests = top.join("private/first/tests.toml");
    let text = std::fs::read_to_string(&tests).expect("read");
    std::fs::write(&tests, text.replace("adds small numbers", "a private case")).expect("write");
    // relative paths, recorded as absolute ones
    run(bare(top).args(["--catalog", "cat", "--graders", "private", "init", "ws"]))
        .status(0)
        .stdout_has("catalog: `");
    let ws = top.join("ws");
    let progress = std::fs::read_to_string(ws.join(".coach-progress.json")).expect("read");
    let recorded: serde_json::Value = serde_json::from_str(&progress).expect("json");
    let catalog_dir = std::fs::canonicalize(top.join("cat")).expect("canonical");
    assert_eq!(recorded["catalog"], catalog_dir.display().to_string());
    assert!(
        Path::new(recorded["graders"].as_str().expect("graders")).is_absolute(),
        "{progress}"
    );
    assert!(ws.join("first.py").is_file());

    // no --catalog needed inside the workspace, from a subfolder too
    std::fs::create_dir(ws.join("notes")).expect("mkdir");
    run(bare(&ws.join("notes")).arg("check"))
        .status(1)
        .stdout_has("first (first.py)")
        .stdout_has("a private case");
    run(bare(&ws).arg("list"))
        .status(0)
        .stdout_has("    second")
        .stdout_lacks("palindrome");
    // an explicit flag, or the environment variable, still wins
    run(bare(&ws)
        .arg("--catalog")
        .arg(common::catalog())
        .arg("list"))
    .status(0)
    .stdout_has("adder");
    run(bare(&ws)
        .env("COACH_CATALOG", common::catalog())
        .arg("list"))
    .status(0)
    .stdout_has("adder");

    // a remembered folder that is gone is named, with the way out
    std::fs::remove_dir_all(top.join("private")).expect("remove");
    run(bare(&ws).arg("check"))
        .status(2)
        .stderr_has("private`, the graders folder this workspace was made with")
        .stderr_has("no longer exists: pass `--graders DIR`");
    // --graders replaces only the graders: the remembered catalog still serves
    run(bare(&ws)
        .arg("--graders")
        .arg(top.join("cat/graders"))
        .arg("check"))
    .status(1)
    .stdout_has("adds small numbers");
    std::fs::remove_dir_all(top.join("cat")).expect("remove");
    run(bare(&ws).arg("list"))
        .status(2)
        .stderr_has(&format!("`{}`, the catalog folder", catalog_dir.display()))
        .stderr_has("`coach --catalog DIR init .`");
}

#[test]
fn init_in_a_workspace_adds_only_missing_starters_and_never_nests() {
    let dir = workspace();
    let ws = dir.path();
    std::fs::remove_file(ws.join("first.py")).expect("remove");
    std::fs::write(ws.join("second.py"), "# mine\n").expect("write");
    run(in_dir(ws).args(["init", "."]))
        .status(0)
        .stdout_has("is a workspace already: added 1 missing starter file: first.py.")
        .stdout_has("kept your existing files as they are (1 of them)");
    assert_eq!(
        std::fs::read_to_string(ws.join("second.py")).expect("read"),
        "# mine\n"
    );
    assert!(ws.join("first.py").is_file());
    run(in_dir(ws).args(["init", "."]))
        .status(0)
        .stdout_has("added 0 missing starter files.");
    // progress is kept
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    return a + b\n").expect("write");
    run(in_dir(ws).arg("check")).status(0);
    run(in_dir(ws).args(["init", "."])).status(0);
    run(in_dir(ws).arg("list")).status(0).stdout_has("1 passed");

    run(in_dir(ws).args(["init", "sub"]))
        .status(2)
        .stderr_has("`sub` is inside the workspace")
        .stderr_has("a workspace cannot hold another");
    assert!(!ws.join("sub").exists());
    std::fs::create_dir(ws.join("deeper")).expect("mkdir");
    run(in_dir(&ws.join("deeper")).args(["init", "."]))
        .status(2)
        .stderr_has("a workspace cannot hold another");
    assert!(!ws.join("deeper/first.py").exists());
}

#[test]
fn a_misspelt_exercise_or_file_gets_did_you_mean() {
    let outside = tempfile::tempdir().expect("tempdir");
    run(in_dir(outside.path()).args(["check", "frist"]))
        .status(2)
        .stderr_has("there is no exercise `frist`. Did you mean `first`?");
    run(coach().args(["show", "palindrom"]))
        .status(2)
        .stderr_has("Did you mean `palindrome`?");
    // far from every slug: the list instead
    run(in_dir(outside.path()).args(["show", "zzzzzz"]))
        .status(2)
        .stderr_has("the catalog has: first, second");

    // outside a workspace, a file named with the wrong case
    std::fs::write(
        outside.path().join("First.py"),
        "def add(a, b):\n    return a + b\n",
    )
    .expect("write");
    run(in_dir(outside.path()).args(["check", "first"]))
        .status(2)
        .stderr_has(
            "no `first.py` in this folder. Did you mean `First.py`? Rename it to `first.py`",
        );

    // in a workspace, a file with a letter missing
    let dir = workspace();
    let ws = dir.path();
    std::fs::rename(ws.join("first.py"), ws.join("frst.py")).expect("rename");
    run(in_dir(ws).args(["check", "first"]))
        .status(1)
        .stdout_has("first.py` was not found. Did you mean `frst.py`? Rename it to `first.py`");
}

#[test]
fn a_misspelt_function_name_gets_did_you_mean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("anagram.py");
    std::fs::write(
        &file,
        "def is_anagrams(a, b):\n    return sorted(a) == sorted(b)\n",
    )
    .expect("write");
    run(coach().args(["check", "anagram", "--solution"]).arg(&file))
        .status(1)
        .stdout_has(
            "does not define `is_anagram`, which the tests use. Did you mean `is_anagrams`?",
        );
    // nothing close: no guess
    std::fs::write(&file, "def compare(a, b):\n    return False\n").expect("write");
    run(coach().args(["check", "anagram", "--solution"]).arg(&file))
        .status(1)
        .stdout_has("does not define `is_anagram`")
        .stdout_lacks("Did you mean");
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let bash = run(coach().args(["completions", "bash"]));
    bash.status(0)
        .stdout_has("_coach()")
        .stdout_has("check")
        .stdout_has("--catalog")
        .stdout_lacks("__sandbox");
    for shell in ["zsh", "fish", "powershell"] {
        run(coach().args(["completions", shell]))
            .status(0)
            .stdout_has("check")
            .stdout_lacks("__sandbox");
    }
    // the bash script completes a subcommand when bash runs it
    let script = tempfile::NamedTempFile::new().expect("tempfile");
    std::fs::write(script.path(), &bash.stdout).expect("write");
    let probe = format!(
        "source '{}'; COMP_WORDS=(coach che); COMP_CWORD=1; _coach coach che coach; echo \"${{COMPREPLY[@]}}\"",
        script.path().display()
    );
    if let Ok(output) = Command::new("bash").args(["--norc", "-c", &probe]).output() {
        assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "check");
    }
    run(coach().args(["completions", "tcsh"])).status(2);

    let man = run(coach().arg("man"));
    man.status(0)
        .stdout_has(".TH coach 1")
        .stdout_has(".SH NAME")
        .stdout_has("check");
}

#[test]
fn printing_instead_of_returning_gets_a_hint_in_sample_cases() {
    let dir = workspace();
    let ws = dir.path();
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    print(a + b)\n").expect("write");
    let out = run(in_dir(ws).arg("check"));
    out.status(1)
        .stdout_has("your function printed the answer instead of returning it: use `return`");
    assert_eq!(
        out.stdout.matches("instead of returning it").count(),
        1,
        "only the sample case is told:\n{}",
        out.stdout
    );
    let report = run(in_dir(ws).args(["check", "--format", "json"])).json();
    let cases = report["cases"].as_array().expect("cases");
    assert!(
        cases[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("use `return`")),
        "{report}"
    );
    assert!(!cases[1].to_string().contains("return"), "{report}");
    // a function that prints something else and returns None gets no such hint
    std::fs::write(ws.join("first.py"), "def add(a, b):\n    print('adding')\n").expect("write");
    run(in_dir(ws).arg("check"))
        .status(1)
        .stdout_lacks("instead of returning it");
}

#[test]
fn a_class_missing_several_methods_is_told_in_one_line_naming_no_hidden_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("tally.py");
    std::fs::write(
        &file,
        "class Tally:\n    def __init__(self):\n        self.n = 0\n",
    )
    .expect("write");
    let check = |reveal: bool| {
        let mut command = coach();
        command
            .arg("--catalog")
            .arg(common::fixtures().join("methods"))
            .args(["check", "tally", "--solution"])
            .arg(&file);
        if reveal {
            command.arg("--reveal");
        }
        run(&mut command)
    };
    let out = check(false);
    out.status(1)
        .stdout_has("✗ Tally has no methods add, total: define them")
        .stdout_lacks("secretly_clear")
        .stdout_lacks("has no attribute");
    assert_eq!(
        out.stdout.matches("has no method").count(),
        1,
        "{}",
        out.stdout
    );
    // the hidden case is still listed as it always is
    out.stdout_has("✗ clears (hidden): runtime_error");
    // with --reveal, the hidden case's method is named too
    check(true)
        .status(1)
        .stdout_has("Tally has no methods add, secretly_clear, total: define them");

    // one missing method: the case tells it, no summary
    std::fs::write(
        &file,
        "class Tally:\n    def __init__(self):\n        self.n = 0\n\n    def add(self, n):\n        self.n += n\n",
    )
    .expect("write");
    check(false)
        .status(1)
        .stdout_has("'Tally' object has no attribute 'total'")
        .stdout_lacks("has no method")
        .stdout_lacks("secretly_clear");
}

#[test]
fn a_failed_sample_case_shows_what_its_steps_printed_up_to_the_failing_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("tally.py");
    std::fs::write(
        &file,
        "print('loading the module')\n\nclass Tally:\n    def __init__(self):\n        self.n = 0\n\n    def add(self, n):\n        print('adding', n)\n        self.n += n\n\n    def total(self):\n        print('total asked, n is', self.n)\n        return -1\n",
    )
    .expect("write");
    let out = run(coach()
        .arg("--catalog")
        .arg(common::fixtures().join("methods"))
        .args(["check", "tally", "--solution"])
        .arg(&file));
    // what loading the file printed, and what the steps after the failing one printed,
    // are left out
    out.status(1)
        .stdout_has("it printed:\n    | adding 2\n    | adding 3\n    | total asked, n is 5\n")
        .stdout_has("it printed:\n    | total asked, n is 0\n")
        .stdout_lacks("loading the module")
        .stdout_lacks("adding 7");
    let report = run(coach()
        .arg("--catalog")
        .arg(common::fixtures().join("methods"))
        .args(["check", "tally", "--format", "json", "--solution"])
        .arg(&file))
    .json();
    let printed = report["cases"][1].to_string();
    assert!(printed.contains("total asked, n is 0"), "{report}");
    assert!(!printed.contains("adding 7"), "{report}");
    assert!(!printed.contains("loading"), "{report}");
}

#[test]
fn completions_and_the_man_page_end_quietly_when_the_reader_goes_away() {
    for args in [&["completions", "bash"][..], &["man"][..]] {
        let mut child = coach()
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("coach starts");
        // NOTE: like `coach completions bash | head -0`: the pipe closes before coach writes.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("coach ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
    }
}
