//! Script exercises, comparison modes, diffs, constraints, and what `validate` catches.

mod common;

use std::path::{Path, PathBuf};

use common::{coach, run, verdicts};

fn catalog() -> PathBuf {
    common::fixtures().join("authoring")
}

fn check(slug: &str, solution: &str, json: bool) -> common::Run {
    let mut command = coach();
    command
        .arg("--catalog")
        .arg(catalog())
        .args(["check", slug, "--solution"])
        .arg(catalog().join("solutions").join(solution));
    if json {
        command.args(["--format", "json"]);
    }
    run(&mut command)
}

/// Replace the time column of a human report, which varies from run to run.
fn without_times(text: &str) -> String {
    text.lines()
        .map(|line| match line.rfind(" ms") {
            Some(end) if line.starts_with("  ") && end + 3 == line.len() => {
                let kept = line[..end]
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .trim_end();
                format!("{kept} ## ms")
            }
            _ if line.starts_with("  hidden cases: ") => "  hidden cases: ## ms in all".into(),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn golden(name: &str, actual: &str) {
    let path = catalog().join("golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no golden {}; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(
        actual,
        expected,
        "golden {} differs (UPDATE_GOLDEN=1 rewrites it)",
        path.display()
    );
}

#[test]
fn every_mode_passes_output_that_differs_only_where_it_may() {
    let out = check("modes", "modes_loose.py", true);
    out.status(0);
    assert_eq!(verdicts(&out.json()), ["passed"; 7]);
}

#[test]
fn every_mode_fails_wrong_output() {
    let out = check("modes", "modes_strict.py", true);
    out.status(1);
    assert_eq!(verdicts(&out.json()), ["wrong_answer"; 7]);
    let report = out.json();
    assert_eq!(report["cases"][4]["message"], "expected exit code 2, got 0");
    assert_eq!(report["cases"][0]["step"], "python modes.py exact");
    // the hidden case gives nothing away
    let hidden = &report["cases"][6];
    assert!(
        hidden.get("expected").is_none()
            && hidden.get("got").is_none()
            && hidden.get("step").is_none()
    );
    assert!(!out.stdout.contains("numbers.txt"), "{}", out.stdout);
}

#[test]
fn the_diff_reads_well_without_colors() {
    let out = check("modes", "modes_strict.py", false);
    out.status(1);
    golden("modes_strict.txt", &without_times(&out.stdout));
}

#[test]
fn a_program_that_crashes_is_a_runtime_error_even_with_the_expected_exit_code() {
    let out = run(coach()
        .arg("check")
        .arg("word-count")
        .arg("--format")
        .arg("json")
        .arg("--solution")
        .arg(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("graders/word-count/wrong/crashes_on_missing_file.py"),
        ));
    out.status(1);
    let report = out.json();
    assert_eq!(report["cases"][2]["verdict"], "runtime_error", "{report}");
    assert!(
        report["cases"][2]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("FileNotFoundError")
    );
}

#[test]
fn constraints_are_checked_before_running() {
    check("sorter", "sorter_clean.py", false).status(0);
    for (solution, name, line) in [
        ("sorter_sorted.py", "sorted", 3),
        ("sorter_sort_method.py", "list.sort", 3),
        ("sorter_heapq.py", "heapq", 1),
    ] {
        let out = check("sorter", solution, true);
        out.status(1);
        let report = out.json();
        assert_eq!(report["status"], "error", "{report}");
        let message = report["message"].as_str().unwrap_or_default();
        assert!(
            message.contains(&format!("line {line} uses `{name}`")),
            "{message}"
        );
    }
    // reaching the builtin through getattr fails at run time
    let out = check("sorter", "sorter_getattr.py", true);
    assert_eq!(verdicts(&out.json())[0], "runtime_error");
}

/// A copy of a fixture catalog to change on purpose.
fn copy_of(catalog: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(catalog, dir.path());
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

fn validate_json(catalog: &Path) -> serde_json::Value {
    let out = run(coach()
        .arg("--catalog")
        .arg(catalog)
        .args(["validate", "--json"]));
    assert!(
        out.code == 0 || out.code == 1,
        "{}{}",
        out.stdout,
        out.stderr
    );
    out.json()
}

/// Grade `modes_loose.py` against the `modes` exercise with one more sample case: a file
/// of `lines` lines of "1", summed. `disk`, when given, goes into `[limits]`. Returns
/// that case of the JSON report.
fn large_input_case(lines: u64, disk: Option<&str>) -> serde_json::Value {
    let dir = copy_of(&catalog());
    // NOTE: summing millions of lines takes Python a few seconds of CPU; the limit
    // here is not what is tested.
    let limits = match disk {
        Some(disk) => format!("time = \"30s\"\ndisk = \"{disk}\"\n"),
        None => "time = \"30s\"\n".to_owned(),
    };
    let exercise = dir.path().join("exercises/modes/exercise.toml");
    let text = std::fs::read_to_string(&exercise)
        .expect("read")
        .replace("time = \"2s\"\n", &limits);
    std::fs::write(&exercise, text).expect("write");
    let tests = dir.path().join("graders/modes/tests.toml");
    let mut text = std::fs::read_to_string(&tests).expect("read");
    text.push_str(&format!(
        "\n[[case]]\nname = \"a large input\"\nsample = true\nargv = [\"file\", \"big.txt\"]\nfiles = {{ \"big.txt\" = {{ repeat = \"1\\n\", times = {lines} }} }}\nstdout = \"{lines}\\n\"\n"
    ));
    std::fs::write(&tests, text).expect("write");
    let report = run(coach()
        .arg("--catalog")
        .arg(dir.path())
        .args(["check", "modes", "--format", "json", "--solution"])
        .arg(catalog().join("solutions/modes_loose.py")))
    .json();
    report["cases"]
        .as_array()
        .and_then(|cases| cases.iter().find(|c| c["name"] == "a large input"))
        .cloned()
        .unwrap_or_default()
}

#[test]
fn inputs_larger_than_the_disk_limit_are_the_authors_problem_not_the_learners() {
    // 2 MB of input for a 1MiB scratch file system
    let case = large_input_case(1_000_000, Some("1MiB"));
    assert_eq!(case["verdict"], "internal_error", "{case}");
    let message = case["message"].as_str().unwrap_or_default();
    assert!(message.contains("raise `disk`"), "{message}");
}

#[test]
fn an_input_larger_than_the_file_size_limit_can_still_be_read() {
    // 17 MB: over the 16MiB a program may write to one file, under the 64MiB scratch
    let case = large_input_case(8_500_000, None);
    assert_eq!(case["verdict"], "passed", "{case}");
}

#[test]
fn validate_lists_a_case_that_never_fails() {
    let dir = copy_of(&common::catalog());
    let tests = dir.path().join("graders/adder/tests.toml");
    let mut text = std::fs::read_to_string(&tests).expect("read");
    text.push_str("\n[[case]]\nname = \"arithmetic\"\nrun = \"1 + 1 -> 2\"\n");
    std::fs::write(&tests, text).expect("write");
    let report = validate_json(dir.path());
    let never = &report["exercises"][0]["never_fails"];
    assert!(
        never
            .as_array()
            .is_some_and(|names| names.iter().any(|n| n == "arithmetic")),
        "{never}"
    );
    assert!(
        !never
            .as_array()
            .is_some_and(|names| names.iter().any(|n| n == "adds negatives")),
        "a case a wrong solution fails is not listed: {never}"
    );
    run(coach().arg("--catalog").arg(dir.path()).arg("validate"))
        .status(0)
        .stdout_has("never fails: \"arithmetic\"");
}

#[test]
fn validate_says_which_time_limit_to_set() {
    let dir = copy_of(&common::catalog());
    let exercise = dir.path().join("exercises/adder/exercise.toml");
    let text = std::fs::read_to_string(&exercise)
        .expect("read")
        .replace("time = \"1s\"", "time = \"200ms\"");
    std::fs::write(&exercise, text).expect("write");
    std::fs::write(
        dir.path().join("graders/adder/solution.py"),
        // NOTE: 60 ms of CPU time, the time limits count
        "import time\n\n\ndef add(a, b):\n    start = time.process_time()\n    while time.process_time() - start < 0.06:\n        pass\n    return a + b\n",
    )
    .expect("write");
    let report = validate_json(dir.path());
    let exercise = &report["exercises"][0];
    assert_eq!(exercise["valid"], false, "{exercise}");
    assert_eq!(exercise["suggested_time_limit"], "500ms", "{exercise}");
    let out = run(coach().arg("--catalog").arg(dir.path()).arg("validate"));
    out.status(1)
        .stdout_has("the time limit is too tight")
        .stdout_has("time = \"500ms\"");
}

#[test]
fn validate_rejects_a_time_limit_solution_that_is_only_a_little_slow() {
    let dir = copy_of(&common::catalog());
    std::fs::write(
        dir.path().join("graders/adder/wrong/loops.py"),
        "# expect: time_limit_exceeded\nimport time\n\n\ndef add(a, b):\n    if a > 10**20:\n        time.sleep(1.2)\n    return a + b\n",
    )
    .expect("write");
    let report = validate_json(dir.path());
    let problems = report["exercises"][0]["problems"].to_string();
    assert!(problems.contains("within 2 times the limit"), "{problems}");
}

#[test]
fn after_its_first_time_limit_a_slow_solution_runs_with_the_exercise_s_own_limit() {
    // One case (with the limit doubled) shows the declared verdict; a later case the
    // solution needs 1.5 limits of CPU time for fails as grading would fail it, so it
    // counts as caught (at twice the limit it would pass, and be "never fails").
    let dir = copy_of(&common::catalog());
    std::fs::write(
        dir.path().join("graders/adder/wrong/loops.py"),
        "# expect: time_limit_exceeded\nimport time\n\n\ndef add(a, b):\n    while a == 10**30:\n        pass\n    if a == 'a':\n        start = time.process_time()\n        while time.process_time() - start < 1.5:\n            pass\n    return a + b\n",
    )
    .expect("write");
    let report = validate_json(dir.path());
    let exercise = &report["exercises"][0];
    assert_eq!(exercise["valid"], true, "{exercise}");
    let never_fails = exercise["never_fails"].to_string();
    assert!(!never_fails.contains("rejects text"), "{exercise}");
}

/// `coach check SLUG` of the built-in catalog on `source`, as JSON.
fn check_source(slug: &str, file: &str, source: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(file);
    std::fs::write(&path, source).expect("write");
    run(coach()
        .args(["check", slug, "--format", "json", "--solution"])
        .arg(&path))
    .json()
}

#[test]
fn a_forbidden_module_name_is_matched_on_that_module_only() {
    // an attribute that happens to share the name is fine
    let own = "import functools\n\n\ndef memoize(func):\n    @functools.wraps(func)\n    def wrapper(*args):\n        if args not in wrapper.cache:\n            wrapper.cache[args] = func(*args)\n        return wrapper.cache[args]\n    wrapper.cache = {}\n    return wrapper\n";
    let report = check_source("memoize", "memoize.py", own);
    assert_ne!(report["status"], "error", "{report}");
    // the module's own function, through an alias, is not
    let aliased = "import functools as ft\n\n\ndef memoize(func):\n    return ft.lru_cache(maxsize=None)(func)\n";
    let report = check_source("memoize", "memoize.py", aliased);
    assert_eq!(report["status"], "error", "{report}");
    let message = report["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("line 5 uses `functools.lru_cache`"),
        "{message}"
    );
}

#[test]
fn a_forbidden_statement_is_found_and_the_first_use_by_line_is_named() {
    let source = "def run_with(manager, body):\n    def inner():\n        with manager as value:\n            return body(value)\n    return inner()\n\n\nimport contextlib\n";
    let report = check_source("with-statement", "with_statement.py", source);
    assert_eq!(report["status"], "error", "{report}");
    let message = report["message"].as_str().unwrap_or_default();
    assert!(message.contains("line 3 uses `with`"), "{message}");
}

#[test]
fn a_wrong_solution_can_declare_that_it_breaks_a_constraint() {
    let dir = copy_of(&catalog());
    let wrong = dir.path().join("graders/sorter/wrong");
    std::fs::create_dir_all(&wrong).expect("mkdir");
    std::fs::write(
        wrong.join("uses_sorted.py"),
        "# expect: constraint\ndef sort_numbers(numbers):\n    return sorted(numbers)\n",
    )
    .expect("write");
    let report = validate_json(dir.path());
    let sorter = report["exercises"]
        .as_array()
        .and_then(|all| all.iter().find(|e| e["exercise"] == "sorter"))
        .expect("sorter")
        .clone();
    assert_eq!(sorter["problems"], serde_json::json!([]), "{sorter}");

    // one that the constraint does not catch is a problem
    let clean = std::fs::read_to_string(catalog().join("solutions/sorter_clean.py")).expect("read");
    std::fs::write(
        wrong.join("clean.py"),
        format!("# expect: constraint\n{clean}"),
    )
    .expect("write");
    let report = validate_json(dir.path());
    let text = report.to_string();
    assert!(
        text.contains("clean.py: declares constraint, but it was graded"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn a_catalog_file_that_is_a_fifo_is_an_error_not_a_hang() {
    let dir = copy_of(&common::catalog());
    let readme = dir.path().join("exercises/adder/README.md");
    std::fs::remove_file(&readme).expect("rm");
    let made = std::process::Command::new("mkfifo")
        .arg(&readme)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    run(coach()
        .arg("--catalog")
        .arg(dir.path())
        .args(["show", "adder"]))
    .status(2)
    .stderr_has("is not a regular file");
}

#[test]
fn points_that_add_up_past_the_score_type_are_refused_with_the_line() {
    let dir = copy_of(&common::catalog());
    let tests = dir.path().join("graders/adder/tests.toml");
    let mut text = std::fs::read_to_string(&tests).expect("read");
    for index in 0..3 {
        text.push_str(&format!(
            "\n[[case]]\nname = \"huge {index}\"\npoints = 4294967295\nrun = \"add(1, 1) -> 2\"\n"
        ));
    }
    std::fs::write(&tests, text).expect("write");
    run(coach()
        .arg("--catalog")
        .arg(dir.path())
        .args(["validate", "adder"]))
    .status(2)
    .stdout_has("add up to more than 4294967295");
}
