//! Every verdict and every `error` cause, through the real binary and real Python.

mod common;

use common::{check_adder, verdicts};

fn json_of(solution: &str) -> serde_json::Value {
    let run = check_adder(solution, &["--format", "json"]);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    run.json()
}

#[test]
fn a_correct_solution_passes_with_full_score() {
    let run = check_adder("correct.py", &["--format", "json"]);
    run.status(0);
    let report = run.json();
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["status"], "passed");
    assert_eq!(report["score"], 5);
    assert_eq!(report["max_score"], 5);
    assert_eq!(verdicts(&report), ["passed"; 4]);
}

#[test]
fn wrong_answer_shows_step_expected_got_and_print() {
    let run = check_adder("wrong.py", &[]);
    run.status(1)
        .stdout_has("WRONG")
        .stdout_has("→ x -> -3")
        .stdout_has("expected: -3")
        .stdout_has("got:      (-3,)")
        .stdout_has("expected an int, got a tuple")
        .stdout_has("adding -1 -2")
        .stdout_has("score 4/5");
    let report = json_of("wrong.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "wrong_answer", "passed", "passed"]
    );
    let case = &report["cases"][1];
    assert_eq!(case["expected"], "-3");
    assert_eq!(case["got"], "(-3,)");
    assert!(
        case["printed"]
            .as_str()
            .unwrap_or_default()
            .contains("adding -1 -2")
    );
}

#[test]
fn a_busy_loop_is_a_time_limit_and_grading_resumes() {
    let report = check_adder("busy_loop.py", &["--format", "json", "--all"]).json();
    assert_eq!(
        verdicts(&report),
        ["passed", "time_limit_exceeded", "passed", "passed"]
    );
    let message = report["cases"][1]["message"].as_str().unwrap_or_default();
    assert!(message.contains("CPU"), "{message}");
    // NOTE: without --all, the hidden cases after a time limit are not run.
    let report = json_of("busy_loop.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "time_limit_exceeded", "not_run", "not_run"]
    );
}

#[test]
fn sleeping_is_a_time_limit_that_says_it_was_waiting() {
    let report = json_of("sleeps.py");
    assert_eq!(verdicts(&report)[1], "time_limit_exceeded");
    let message = report["cases"][1]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("waiting, sleeping or blocked"),
        "{message}"
    );
}

#[test]
fn a_huge_allocation_is_a_memory_limit() {
    let report = json_of("memory.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "memory_limit_exceeded", "passed", "passed"]
    );
}

#[test]
fn printing_forever_is_an_output_limit() {
    let report = json_of("prints_too_much.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "output_limit_exceeded", "passed", "passed"]
    );
}

#[test]
fn writing_forever_below_print_is_an_output_limit() {
    let report = json_of("writes_fd_too_much.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "output_limit_exceeded", "passed", "passed"]
    );
}

#[test]
fn an_exception_is_a_runtime_error_with_the_learners_frames_only() {
    let run = check_adder("raises.py", &[]);
    run.status(1)
        .stdout_has("ERROR")
        .stdout_has("raised ValueError: negative numbers are not supported: -1")
        .stdout_has("line 2, in helper")
        .stdout_lacks("worker")
        .stdout_lacks("<test>");
    let report = json_of("raises.py");
    assert_eq!(report["cases"][1]["verdict"], "runtime_error");
    assert_eq!(report["cases"][1]["line"], 2);
}

#[test]
fn a_segfault_is_a_runtime_error_naming_the_signal() {
    let report = json_of("segfault.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "runtime_error", "passed", "passed"]
    );
    let message = report["cases"][1]["message"].as_str().unwrap_or_default();
    assert!(message.contains("SIGSEGV"), "{message}");
}

#[test]
fn sys_exit_is_a_runtime_error() {
    let report = json_of("exits.py");
    assert_eq!(report["cases"][1]["verdict"], "runtime_error");
    assert!(
        report["cases"][1]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("sys.exit(3)")
    );
}

#[test]
fn os_exit_is_a_runtime_error_and_the_next_case_still_runs() {
    let report = json_of("os_exit.py");
    assert_eq!(
        verdicts(&report),
        ["passed", "runtime_error", "passed", "passed"]
    );
}

#[test]
fn the_starter_fails_every_case() {
    let run = common::run(
        common::coach()
            .arg("--catalog")
            .arg(common::catalog())
            .args(["check", "adder", "--format", "json", "--solution"])
            .arg(common::catalog().join("exercises/adder/starter.py")),
    );
    run.status(1);
    assert_eq!(
        verdicts(&run.json()),
        [
            "runtime_error",
            "runtime_error",
            "runtime_error",
            "wrong_answer"
        ]
    );
}

#[test]
fn a_broken_test_step_is_an_internal_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let graders = dir.path().join("adder");
    std::fs::create_dir_all(&graders).expect("mkdir");
    std::fs::write(
        graders.join("tests.toml"),
        "format_version = 1\n[[case]]\nname = \"broken\"\nsample = true\nrun = \"add(1,, 2) -> 3\"\n",
    )
    .expect("write");
    std::fs::write(
        graders.join("solution.py"),
        "def add(a, b):\n    return a + b\n",
    )
    .expect("write");
    let run = common::run(
        common::coach()
            .arg("--catalog")
            .arg(common::catalog())
            .arg("--graders")
            .arg(dir.path())
            .args(["check", "adder", "--format", "json", "--solution"])
            .arg(common::solution("correct.py")),
    );
    run.status(1);
    assert_eq!(verdicts(&run.json()), ["internal_error"]);
}

fn error_message(solution: &str) -> String {
    let run = check_adder(solution, &["--format", "json"]);
    run.status(1);
    let report = run.json();
    assert_eq!(report["status"], "error", "{report}");
    assert_eq!(report["cases"].as_array().map(Vec::len), Some(0));
    report["message"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn a_missing_file_is_an_error_status() {
    let message = error_message("no_such_file.py");
    assert!(message.contains("was not found"), "{message}");
}

#[test]
fn a_syntax_error_names_the_line_and_shows_it() {
    let message = error_message("syntax_error.py");
    assert!(message.contains("SyntaxError"), "{message}");
    assert!(
        message.contains("line 2") || message.contains("line 5"),
        "{message}"
    );
    let run = check_adder("syntax_error.py", &[]);
    run.status(1)
        .stdout_has("error:")
        .stdout_has("Nothing was graded");
}

#[test]
fn an_import_error_is_explained() {
    let message = error_message("import_error.py");
    assert!(message.contains("ModuleNotFoundError"), "{message}");
    assert!(message.contains("standard library"), "{message}");
}

#[test]
fn a_missing_function_names_what_the_tests_expected() {
    let message = error_message("missing_function.py");
    assert!(message.contains("does not define `add`"), "{message}");
}

#[test]
fn a_loop_at_the_top_level_is_an_error_status() {
    let message = error_message("toplevel_loop.py");
    assert!(message.contains("did not finish loading"), "{message}");
}

/// `coach check adder` on the correct solution, with `cache` as the user's cache folder.
fn check_with_cache(cache: &std::path::Path) -> common::Run {
    common::run(
        common::coach()
            .env("XDG_CACHE_HOME", cache)
            .arg("--catalog")
            .arg(common::catalog())
            .args(["check", "adder", "--solution"])
            .arg(common::solution("correct.py")),
    )
}

#[test]
fn the_compiled_worker_is_cached_and_a_damaged_entry_is_compiled_again() {
    let cache = tempfile::tempdir().expect("temp dir");
    let check = || check_with_cache(cache.path());
    check().status(0);
    let folder = cache.path().join("coach/worker");
    let entries: Vec<_> = std::fs::read_dir(&folder)
        .expect("a worker cache folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    check().status(0);
    std::fs::write(&entries[0], "0000\nnot marshalled code at all").expect("damage the entry");
    check().status(0);
    let bytes = std::fs::read(&entries[0]).expect("entry");
    assert!(
        !String::from_utf8_lossy(&bytes).contains("not marshalled"),
        "the damaged entry was kept"
    );
}

/// A new compiled worker clears out what no run has used for a month and what an older
/// coach left, and an entry in use is kept however old it was written.
#[test]
fn writing_a_compiled_worker_removes_stale_cache_entries() {
    let cache = tempfile::tempdir().expect("temp dir");
    let folder = cache.path().join("coach/worker");
    std::fs::create_dir_all(&folder).expect("cache folder");
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(40 * 24 * 3600);
    let make = |name: &str, when: std::time::SystemTime| {
        let path = folder.join(name);
        let file = std::fs::File::create(&path).expect("entry");
        file.set_modified(when).expect("set mtime");
        path
    };
    let stale = make("0123456789abcdef01234567.marshal", long_ago);
    let recent = make(
        "89abcdef0123456789abcdef.marshal",
        std::time::SystemTime::now(),
    );
    let older_kind = make("fedcba9876543210fedcba98.b64", std::time::SystemTime::now());
    let temporary = make(".tmpAbCdEf", long_ago);
    let check = || check_with_cache(cache.path());
    check().status(0);
    assert!(!stale.exists() && !older_kind.exists() && !temporary.exists());
    assert!(recent.exists());
    let written: Vec<_> = std::fs::read_dir(&folder)
        .expect("cache folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p != &recent)
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");

    // NOTE: an entry read by a run is marked as used, so the next prune keeps it.
    std::fs::File::options()
        .write(true)
        .open(&written[0])
        .and_then(|f| f.set_modified(long_ago))
        .expect("age the entry");
    check().status(0);
    let age = std::fs::metadata(&written[0])
        .and_then(|m| m.modified())
        .expect("mtime")
        .elapsed()
        .unwrap_or_default();
    assert!(age < std::time::Duration::from_secs(3600), "{age:?}");
}
