//! Solutions that attack the worker from inside its own process, through the real binary:
//! they must not see a hidden case before it runs, spell one out through what reports show,
//! or fool a helper's check, the `!!` check, the sandbox's own messages or the results
//! channel.

mod common;

use std::path::{Path, PathBuf};

use common::{coach, fixtures, run};
use serde_json::Value;

fn cheat(name: &str) -> PathBuf {
    fixtures().join("cheats").join(name)
}

fn check(slug: &str, solution: &Path, extra: &[&str]) -> Value {
    let out = run(coach()
        .args(["check", slug, "--format", "json", "--solution"])
        .arg(solution)
        .args(extra));
    out.json()
}

fn case<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["cases"]
        .as_array()
        .and_then(|cases| cases.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no case {name:?} in {report}"))
}

/// The code of every step of the hidden cases of a built-in exercise.
fn hidden_step_code(slug: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("graders/{slug}/tests.toml"));
    let text = std::fs::read_to_string(path).expect("tests.toml");
    let tests: toml::Value = toml::from_str(&text).expect("valid TOML");
    let mut codes = Vec::new();
    for case in tests["case"].as_array().expect("cases") {
        if case.get("sample").and_then(toml::Value::as_bool) == Some(true) {
            continue;
        }
        let run = case["run"].as_str().expect("run");
        for line in run.lines().filter(|l| !l.trim().is_empty()) {
            let code = line.split(" -> ").next().unwrap_or(line);
            let code = code.split(" !! ").next().unwrap_or(code).trim();
            // NOTE: only steps with an input of their own (a literal) can give one away
            if code.contains('"') || code.contains('\'') {
                codes.push(code.to_owned());
            }
        }
    }
    codes
}

#[cfg(target_os = "linux")]
#[test]
fn no_hidden_step_is_in_the_process_while_a_sample_case_runs() {
    // It reads every page of memory near its heap, freed ones too, for step code.
    let report = check("palindrome", &cheat("palindrome_heap_scan.py"), &[]);
    let hidden = hidden_step_code("palindrome");
    assert!(hidden.len() > 5);
    let mut samples = 0;
    for case in report["cases"].as_array().expect("cases") {
        if case["hidden"] == true {
            continue;
        }
        samples += 1;
        let printed = case["printed"]
            .as_str()
            .unwrap_or_default()
            .replace('\\', "");
        assert!(
            printed.contains("FOUND: is_palindrome("),
            "the scan works: {printed}"
        );
        for code in &hidden {
            assert!(
                !printed.contains(code.as_str()),
                "{code} leaked:\n{printed}"
            );
        }
    }
    assert_eq!(samples, 3);
}

#[test]
fn a_hidden_case_shows_no_line_and_no_time_of_its_own() {
    // It raises on the line numbered after its input's first character, after sleeping
    // that many milliseconds.
    let report = check("palindrome", &cheat("palindrome_spells_inputs.py"), &[]);
    let mut hidden = 0;
    for case in report["cases"].as_array().expect("cases") {
        assert_eq!(case["verdict"], "runtime_error", "{case}");
        if case["hidden"] == true {
            hidden += 1;
            assert!(case.get("line").is_none(), "{case}");
            assert!(case.get("time_ms").is_none(), "{case}");
            assert!(case.get("message").is_none(), "{case}");
        } else {
            assert!(case["line"].as_u64().is_some_and(|l| l > 30), "{case}");
            assert!(case["time_ms"].as_f64().is_some(), "{case}");
        }
    }
    assert!(hidden > 5);
    assert!(
        report["hidden_time_ms"].as_f64().is_some_and(|t| t > 0.0),
        "{report}"
    );

    // nor in a cohort's reports and annotations
    let dir = tempfile::tempdir().expect("tempdir");
    let student = dir.path().join("student");
    std::fs::create_dir(&student).expect("mkdir");
    std::fs::copy(
        cheat("palindrome_spells_inputs.py"),
        student.join("palindrome.py"),
    )
    .expect("copy");
    let junit = dir.path().join("junit.xml");
    let out = run(coach()
        .env("GITHUB_ACTIONS", "true")
        .args(["grade", "--each", "--exercises", "palindrome"])
        .arg(dir.path())
        .arg("--report")
        .arg(format!("junit={}", junit.display()))
        .args(["--report", "json=-"]));
    let grade = out.json();
    let exercise = &grade["submissions"][0]["exercises"][0];
    for case in exercise["cases"].as_array().expect("cases") {
        if case["hidden"] == true {
            assert!(
                case.get("line").is_none() && case.get("time_ms").is_none(),
                "{case}"
            );
        }
    }
    let annotations: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("::error"))
        .collect();
    assert!(!annotations.is_empty(), "{}", out.stderr);
    for line in annotations.iter().filter(|l| l.contains("(hidden")) {
        assert!(!line.contains(",line="), "{line}");
    }
    let xml = std::fs::read_to_string(&junit).expect("junit");
    let hidden_times = xml
        .lines()
        .filter(|l| l.contains("<testcase") && l.contains("(hidden"))
        .filter(|l| !l.contains("time=\"0.000\""))
        .count();
    assert_eq!(hidden_times, 0, "{xml}");
}

#[test]
fn a_helper_holds_no_answer_for_a_solution_to_find_in_its_frames() {
    let report = check("merge-sorted", &cheat("merge_sorted_reads_frames.py"), &[]);
    assert_eq!(
        case(&report, "large lists in linear time")["verdict"],
        "wrong_answer"
    );
}

#[test]
fn breaking_the_json_module_does_not_reach_the_worker() {
    let report = check("palindrome", &cheat("palindrome_patches_json.py"), &[]);
    assert_eq!(report["status"], "passed", "{report}");
}

/// The verdicts of the tamper fixture's cases for the cheat that tries everything.
fn tamper() -> Value {
    let out = run(coach()
        .arg("--catalog")
        .arg(fixtures().join("tamper"))
        .args(["check", "tamper", "--format", "json", "--solution"])
        .arg(cheat("tamper.py")));
    out.json()
}

#[test]
fn rewriting_a_helper_through_a_frame_does_not_change_its_check() {
    let report = tamper();
    let doubles = case(&report, "doubles");
    assert_eq!(doubles["verdict"], "wrong_answer", "{doubles}");
    assert_eq!(doubles["got"], "10", "{doubles}");
}

#[test]
fn a_clock_class_patched_in_one_case_is_not_the_next_cases() {
    assert_eq!(
        case(&tamper(), "a fresh clock reads its start")["verdict"],
        "passed"
    );
}

#[test]
fn a_class_named_like_a_builtin_exception_is_not_it() {
    assert_eq!(
        case(&tamper(), "negative values raise ValueError")["verdict"],
        "wrong_answer"
    );
}

#[test]
fn printing_the_sandbox_helpers_prefix_is_the_learners_output_not_a_setup_failure() {
    let report = tamper();
    assert_eq!(case(&report, "crash returns")["verdict"], "runtime_error");
    assert_eq!(case(&report, "after the crash")["verdict"], "passed");
}

#[test]
fn a_result_sent_through_the_workers_own_sender_is_a_runtime_error() {
    let report = tamper();
    assert_ne!(case(&report, "forge returns")["verdict"], "passed");
    assert_eq!(case(&report, "after forging")["verdict"], "runtime_error");
    let verdicts = common::verdicts(&report);
    assert!(
        !verdicts.iter().any(|v| v == "internal_error"),
        "{verdicts:?}"
    );
}

#[test]
fn huge_returned_values_make_small_reports() {
    let out = run(coach()
        .args(["check", "palindrome", "--format", "json", "--solution"])
        .arg(cheat("palindrome_huge_values.py")));
    assert!(
        out.stdout.len() < 200_000,
        "{} bytes of report",
        out.stdout.len()
    );
    let report = out.json();
    let verdicts = common::verdicts(&report);
    assert!(
        !verdicts
            .iter()
            .any(|v| v == "internal_error" || v == "passed"),
        "{verdicts:?}"
    );
    let capped = report["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .filter_map(|c| c["got"].as_str())
        .find(|got| got.ends_with("more characters"))
        .unwrap_or_else(|| panic!("no capped value in {report}"));
    assert!(capped.len() < 9000, "{}", capped.len());
}

#[test]
fn a_thread_left_running_gets_the_next_case_a_fresh_worker() {
    let report = check("palindrome", &cheat("palindrome_leaves_threads.py"), &[]);
    assert_eq!(report["status"], "passed", "{report}");
    let cases = report["cases"].as_array().map_or(0, Vec::len) as u64;
    assert_eq!(report["python_starts"].as_u64(), Some(cases), "{report}");
}

/// The stuck fixture's report for `solution`, every case run.
fn stuck(solution: &Path) -> Value {
    let out = run(coach()
        .arg("--catalog")
        .arg(fixtures().join("stuck"))
        .args(["check", "stuck", "--all", "--format", "json", "--solution"])
        .arg(solution));
    out.json()
}

#[test]
fn a_loop_in_the_exercises_helpers_is_an_internal_error_naming_the_helpers_line() {
    let report = stuck(&fixtures().join("stuck/graders/stuck/solution.py"));
    let spins = case(&report, "the helper spins");
    assert_eq!(spins["verdict"], "internal_error", "{spins}");
    let message = spins["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("helpers.py") && message.contains("line 5, in spin"),
        "{message}"
    );
    for name in [
        "counts down",
        "the helper calls the solution",
        "counts down from below zero",
        "counts down from far below zero",
    ] {
        assert_eq!(case(&report, name)["verdict"], "passed", "{name}: {report}");
    }
}

#[test]
fn a_sample_cases_time_limit_says_where_the_solution_was_and_a_hidden_ones_does_not() {
    let report = stuck(&cheat("stuck_loops.py"));
    // NOTE: "the helper is slow": at 90% of the limit the helper's own loop is still
    // running; the solution's loop after it is where the case was stopped.
    for name in [
        "the helper calls the solution",
        "the helper is slow, then the solution loops",
        "counts down from below zero",
    ] {
        let looped = case(&report, name);
        assert_eq!(looped["verdict"], "time_limit_exceeded", "{looped}");
        let message = looped["message"].as_str().unwrap_or_default();
        assert!(message.contains("line 3, in countdown"), "{message}");
    }
    let hidden = case(&report, "counts down from far below zero");
    assert_eq!(hidden["verdict"], "time_limit_exceeded", "{hidden}");
    let text = hidden.to_string();
    assert!(
        !text.contains("countdown") && !text.contains("line"),
        "{text}"
    );
}

#[test]
fn a_time_limit_where_python_knows_no_line_is_still_a_time_limit() {
    let report = stuck(&cheat("stuck_scanning.py"));
    let looped = case(&report, "counts down from below zero");
    assert_eq!(looped["verdict"], "time_limit_exceeded", "{looped}");
    let message = looped["message"].as_str().unwrap_or_default();
    assert!(message.contains(", in countdown"), "{message}");
    let hidden = case(&report, "counts down from far below zero");
    assert_eq!(hidden["verdict"], "time_limit_exceeded", "{hidden}");
}

#[test]
fn code_compiled_under_the_helpers_name_is_still_the_learners() {
    let report = stuck(&cheat("stuck_poses_as_helper.py"));
    let looped = case(&report, "the helper calls the solution");
    assert_eq!(looped["verdict"], "time_limit_exceeded", "{looped}");
}

#[test]
fn after_a_time_limit_check_skips_the_hidden_cases_and_all_runs_them() {
    let out = run(coach()
        .arg("--catalog")
        .arg(fixtures().join("stuck"))
        .args(["check", "stuck", "--format", "json", "--solution"])
        .arg(cheat("stuck_loops.py")));
    assert_eq!(out.code, 1);
    let report = out.json();
    let skipped = case(&report, "counts down from far below zero");
    assert_eq!(skipped["verdict"], "not_run", "{skipped}");
    assert_eq!(skipped["score"], 0, "{skipped}");
    // NOTE: sample cases still run after the first time limit.
    assert_eq!(
        case(&report, "counts down from below zero")["verdict"],
        "time_limit_exceeded"
    );
    let all = stuck(&cheat("stuck_loops.py"));
    assert_eq!(
        case(&all, "counts down from far below zero")["verdict"],
        "time_limit_exceeded"
    );
}
