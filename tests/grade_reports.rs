//! Every report format of `coach grade`: golden files, the JUnit file read by a real
//! consumer (junit-parser), Gradescope and Exercism checked against their published specs
//! (as JSON Schemas in tests/fixtures/grade/schemas/), and hidden cases kept hidden.
//!
//! `UPDATE_GOLDEN=1 cargo test --test grade_reports` rewrites tests/fixtures/grade/golden/.

mod grade_support;

use grade_support::schema;
use grade_support::{
    COHORT, assert_golden, assert_no_secret, cohort, cohort_member, grade, grade_single,
    normalise_text, normalised_json_lines, python_has_golden_wording, python_of,
};
use serde_json::Value;

/// Goldens hold Python 3.10+ wording of SyntaxError messages; older Pythons skip them.
fn goldens_apply(report: &Value) -> bool {
    let python = python_of(report);
    let applies = python_has_golden_wording(python.as_deref());
    if !applies {
        eprintln!("skipping golden comparison: Python {python:?} words SyntaxErrors differently");
    }
    applies
}

// --- goldens ---

#[test]
fn cohort_reports_match_their_goldens() {
    let cohort = cohort();
    if !goldens_apply(&cohort.report()) {
        return;
    }
    assert_golden("cohort.json", &normalised_json_lines(&cohort.json));
    assert_golden("cohort.junit.xml", &normalise_text(&cohort.junit));
    assert_golden("cohort.csv", &normalise_text(&cohort.csv));
    assert_golden("cohort.md", &normalise_text(&cohort.markdown));
    assert_golden("cohort.stdout.txt", &normalise_text(&cohort.run.stdout));
}

#[test]
fn single_submission_reports_match_their_goldens() {
    let wording = goldens_apply(&cohort().report());
    for name in ["alice", "bob", "carol", "erin"] {
        if name == "carol" && !wording {
            continue;
        }
        let single = cohort_member(name);
        assert_golden(
            &format!("{name}.gradescope.json"),
            &normalised_json_lines(&single.gradescope),
        );
        assert_golden(
            &format!("{name}.exercism.json"),
            &normalised_json_lines(&single.exercism),
        );
    }
}

// --- JUnit, read back by a real consumer ---

/// (tests, failures, errors) a JUnit suite should count for one exercise of a JSON report.
fn expected_counts(exercise: &Value) -> (u64, u64, u64) {
    let cases = exercise["cases"].as_array().expect("cases");
    let broken = u64::from(exercise.get("message").is_some());
    let failures = cases
        .iter()
        .filter(|c| c["verdict"] == "wrong_answer")
        .count() as u64;
    let errors = cases
        .iter()
        .filter(|c| c["verdict"] != "wrong_answer" && c["verdict"] != "passed")
        .count() as u64;
    (cases.len() as u64 + broken, failures, errors + broken)
}

#[test]
fn the_junit_report_parses_and_counts_match_the_cohort() {
    let cohort = cohort();
    let suites =
        junit_parser::from_reader(cohort.junit.as_bytes()).expect("junit-parser reads the report");
    let got: Vec<(String, u64, u64, u64)> = suites
        .suites
        .iter()
        .map(|s| (s.name.clone(), s.tests, s.failures, s.errors))
        .collect();
    let expected: Vec<(String, u64, u64, u64)> = vec![
        ("alice/adder".into(), 4, 0, 0),
        ("bob/adder".into(), 4, 1, 0),
        ("carol/adder".into(), 1, 0, 1),
        ("dave".into(), 1, 0, 1),
        ("erin/adder".into(), 4, 1, 0),
    ];
    assert_eq!(got, expected);
    assert_eq!((suites.tests, suites.failures, suites.errors), (14, 2, 2));

    // the counts agree with the JSON report, and with the test cases in each suite
    let report = cohort.report();
    for suite in &suites.suites {
        // a submission with nothing to grade is a suite of its own, with one error
        let Some((name, slug)) = suite.name.split_once('/') else {
            assert_eq!(
                (suite.tests, suite.failures, suite.errors),
                (1, 0, 1),
                "{}",
                suite.name
            );
            continue;
        };
        let exercise = grade_support::submission(&report, name)["exercises"]
            .as_array()
            .expect("exercises")
            .iter()
            .find(|e| e["exercise"] == slug)
            .expect("exercise in the JSON report")
            .clone();
        assert_eq!(
            (suite.tests, suite.failures, suite.errors),
            expected_counts(&exercise),
            "{}",
            suite.name
        );
        let failures = suite.cases.iter().filter(|c| c.status.is_failure()).count() as u64;
        let errors = suite.cases.iter().filter(|c| c.status.is_error()).count() as u64;
        assert_eq!(
            (suite.cases.len() as u64, failures, errors),
            (suite.tests, suite.failures, suite.errors),
            "{}",
            suite.name
        );
        for case in &suite.cases {
            assert_eq!(
                case.classname.as_deref(),
                Some(format!("{name}.{slug}").as_str())
            );
        }
    }

    let bob = &suites.suites[1].cases[1];
    assert_eq!(bob.original_name, "adds negatives");
    let failure = bob.status.failure_as_ref();
    assert_eq!(failure.failure_type, "wrong_answer");
    assert_eq!(
        failure.message,
        "wrong answer: expected an int, got a tuple"
    );
    assert!(
        failure.text.contains("expected: -3") && failure.text.contains("got:      (-3,)"),
        "{}",
        failure.text
    );
    assert_eq!(bob.system_out.as_deref(), Some("adding -1 -2\n"));
    let carol = &suites.suites[2].cases[0];
    assert!(carol.status.error_as_ref().message.contains("SyntaxError"));
}

#[test]
fn the_junit_report_has_an_error_for_a_submission_with_nothing_to_grade() {
    let suites = junit_parser::from_reader(cohort().junit.as_bytes()).expect("junit");
    let dave = suites
        .suites
        .iter()
        .find(|s| s.name.starts_with("dave"))
        .expect("a suite for dave");
    assert_eq!((dave.tests, dave.failures, dave.errors), (1, 0, 1));
    assert!(
        dave.cases[0]
            .status
            .error_as_ref()
            .message
            .contains("no exercise file")
    );
}

#[test]
fn hostile_output_stays_well_formed_in_every_format() {
    // hank prints ANSI escapes, NUL, BEL, `]]>`, `<&>` and 700 non-ASCII characters in every case.
    let hank = grade_single(
        "tests/fixtures/catalog",
        "tests/fixtures/grade/hostile/hank",
        &[],
    );
    hank.run.status(1);
    let reports = grade_support::grade_with_reports(&["tests/fixtures/grade/hostile/hank"]);
    let suites =
        junit_parser::from_reader(reports.junit.as_bytes()).expect("junit-parser reads it");
    assert_eq!((suites.tests, suites.failures, suites.errors), (4, 1, 0));
    // (junit-parser drops entity references from system-out, so `<&>` cannot be checked here)
    let out = suites.suites[0].cases[0]
        .system_out
        .clone()
        .unwrap_or_default();
    assert!(
        out.contains("red") && out.contains(&"é".repeat(700)),
        "{out:?}"
    );
    assert!(
        !reports.junit.contains('\u{1b}') && !reports.junit.contains('\u{0}'),
        "control characters in XML"
    );
    schema::assert_valid(
        "hank's Exercism report",
        &schema::load("exercism-results-v3.schema.json"),
        &hank.exercism(),
    );
    schema::assert_valid(
        "hank's Gradescope report",
        &schema::load("gradescope-results.schema.json"),
        &hank.gradescope(),
    );
    let exercism = hank.exercism();
    for test in exercism["tests"].as_array().expect("tests") {
        if let Some(output) = test["output"].as_str() {
            assert!(
                output.chars().count() <= 500,
                "{} characters",
                output.chars().count()
            );
            assert!(output.contains("cut"), "a cut output says so: {output}");
        }
    }
    let mut csv = csv::Reader::from_reader(reports.csv.as_bytes());
    assert_eq!(csv.records().count(), 1);
}

// --- Gradescope and Exercism against their specs ---

fn single_submissions() -> Vec<(String, &'static grade_support::Single)> {
    ["alice", "bob", "carol", "dave", "erin"]
        .iter()
        .map(|n| (n.to_string(), cohort_member(n)))
        .collect()
}

#[test]
fn gradescope_reports_follow_the_spec() {
    let schema = schema::load("gradescope-results.schema.json");
    let mut documents: Vec<(String, Value)> = single_submissions()
        .into_iter()
        .map(|(n, s)| (n, s.gradescope()))
        .collect();
    for dir in [
        "tests/fixtures/grade/ci/frank",
        "tests/fixtures/grade/ci/gina",
    ] {
        documents.push((
            dir.to_owned(),
            grade_single("tests/fixtures/catalog", dir, &[]).gradescope(),
        ));
    }
    for (name, document) in &documents {
        schema::assert_valid(&format!("{name}'s Gradescope report"), &schema, document);
        // coach's own promises on top of the spec
        let tests = document["tests"].as_array().expect("tests");
        let sum: f64 = tests
            .iter()
            .map(|t| t["score"].as_f64().expect("score"))
            .sum();
        assert_eq!(
            document["score"].as_f64(),
            Some(sum),
            "{name}: the score is the sum of the tests"
        );
        for test in tests {
            let (score, max) = (
                test["score"].as_f64().expect("score"),
                test["max_score"].as_f64().expect("max"),
            );
            assert!(score <= max, "{name}: {test}");
            assert_eq!(
                test["status"] == "passed",
                score == max && max > 0.0,
                "{name}: status agrees with the score: {test}"
            );
        }
    }
    let bob = cohort_member("bob").gradescope();
    assert_eq!(bob["score"], 4);
    let visibilities: Vec<&str> = bob["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .map(|t| t["visibility"].as_str().expect("v"))
        .collect();
    assert_eq!(
        visibilities,
        ["visible", "visible", "after_due_date", "after_due_date"],
        "hidden cases default to after_due_date"
    );
    let carol = cohort_member("carol").gradescope();
    assert_eq!(carol["tests"][0]["name"], "adder: could not be graded");
    assert_eq!(carol["tests"][0]["max_score"], 5);
}

#[test]
fn gradescope_hidden_sets_the_visibility_of_hidden_cases_only() {
    for visibility in ["visible", "hidden", "after_published", "after_due_date"] {
        let erin = grade_single(
            "tests/fixtures/catalog",
            "tests/fixtures/cohort/erin",
            &["--gradescope-hidden", visibility],
        );
        let document = erin.gradescope();
        schema::assert_valid(
            "erin's Gradescope report",
            &schema::load("gradescope-results.schema.json"),
            &document,
        );
        let got: Vec<&str> = document["tests"]
            .as_array()
            .expect("tests")
            .iter()
            .map(|t| t["visibility"].as_str().expect("v"))
            .collect();
        assert_eq!(got, ["visible", "visible", visibility, visibility]);
        assert_eq!(document["visibility"], "visible");
    }
    grade(&[
        "tests/fixtures/cohort/erin",
        "--gradescope-hidden",
        "sometimes",
        "--report",
        "gradescope=-",
    ])
    .status(2);
}

#[test]
fn exercism_reports_follow_the_spec() {
    let schema = schema::load("exercism-results-v3.schema.json");
    let mut documents: Vec<(String, Value)> = single_submissions()
        .into_iter()
        .map(|(n, s)| (n, s.exercism()))
        .collect();
    for dir in [
        "tests/fixtures/grade/ci/frank",
        "tests/fixtures/grade/ci/gina",
    ] {
        documents.push((
            dir.to_owned(),
            grade_single("tests/fixtures/catalog", dir, &[]).exercism(),
        ));
    }
    for (name, document) in &documents {
        schema::assert_valid(&format!("{name}'s Exercism report"), &schema, document);
        assert_exercism_status_agrees(name, document);
    }
    let status = |name: &str| {
        cohort_member(name).exercism()["status"]
            .as_str()
            .expect("status")
            .to_owned()
    };
    assert_eq!(
        ["alice", "bob", "carol", "dave", "erin"].map(status),
        ["pass", "fail", "error", "error", "fail"]
    );
    let carol = cohort_member("carol").exercism();
    assert!(
        carol["message"]
            .as_str()
            .is_some_and(|m| m.contains("SyntaxError")),
        "{carol:#}"
    );
    let bob = cohort_member("bob").exercism();
    assert_eq!(bob["tests"][1]["test_code"], "x = add(-1, -2)\nx -> -3");
    // NOTE: a passed sample case has its code too; a hidden case has none.
    assert_eq!(bob["tests"][0]["test_code"], "add(1, 2) -> 3");
    assert!(bob["tests"][2].get("test_code").is_none(), "{bob:#}");
    assert_eq!(bob["tests"][1]["output"], "adding -1 -2\n");
}

/// The spec's overall status: pass when every test passed, fail when one failed or erred,
/// error only when no test ran.
fn assert_exercism_status_agrees(name: &str, document: &Value) {
    let tests = document["tests"].as_array().cloned().unwrap_or_default();
    let all_pass = tests.iter().all(|t| t["status"] == "pass");
    let expected = if tests.is_empty() {
        "error"
    } else if all_pass {
        "pass"
    } else {
        "fail"
    };
    assert_eq!(
        document["status"], expected,
        "{name}: overall status vs tests: {document:#}"
    );
}

#[test]
fn exercism_reports_an_exercise_that_could_not_be_graded() {
    // mia: adder.py has a syntax error, doubler.py is correct (a two-exercise catalog)
    let mia = grade_single(
        "tests/fixtures/grade/catalog",
        "tests/fixtures/grade/multi/mia",
        &[],
    );
    let document = mia.exercism();
    schema::assert_valid(
        "mia's Exercism report",
        &schema::load("exercism-results-v3.schema.json"),
        &document,
    );
    assert_exercism_status_agrees("mia", &document);
    let texts: Vec<&str> = document["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .filter_map(|t| t["message"].as_str())
        .collect();
    assert!(
        texts.iter().any(|m| m.contains("SyntaxError")),
        "{document:#}"
    );
}

#[test]
fn a_two_exercise_submission_in_gradescope_and_junit() {
    let mia = grade_single(
        "tests/fixtures/grade/catalog",
        "tests/fixtures/grade/multi/mia",
        &[],
    );
    mia.run.status(1);
    let document = mia.gradescope();
    schema::assert_valid(
        "mia's Gradescope report",
        &schema::load("gradescope-results.schema.json"),
        &document,
    );
    let names: Vec<&str> = document["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        [
            "adder: could not be graded",
            "doubler: doubles a small number",
            "doubler: doubles a negative number"
        ]
    );
    assert_eq!(document["score"], 2);
}

#[test]
fn the_schema_checker_rejects_what_the_specs_forbid() {
    let exercism = schema::load("exercism-results-v3.schema.json");
    let gradescope = schema::load("gradescope-results.schema.json");
    let bad_exercism = [
        serde_json::json!({"version": 2, "status": "pass", "tests": []}),
        serde_json::json!({"version": 3, "status": "error"}),
        serde_json::json!({"version": 3, "status": "fail"}),
        serde_json::json!({"version": 3, "status": "fail", "tests": [{"name": "t", "status": "fail"}]}),
        serde_json::json!({"version": 3, "status": "pass", "tests": [{"name": "t", "status": "ok"}]}),
        serde_json::json!({"version": 3, "status": "pass", "tests": [{"name": "t", "status": "pass", "output": "é".repeat(501)}]}),
        serde_json::json!({"version": 3, "status": "pass", "tests": [{"name": "t", "status": "pass", "extra": 1}]}),
    ];
    for document in &bad_exercism {
        assert!(
            !schema::errors(&exercism, document).is_empty(),
            "accepted {document}"
        );
    }
    let good = serde_json::json!({"version": 3, "status": "fail", "tests": [
        {"name": "t", "status": "error", "message": "boom", "output": "é".repeat(500), "test_code": "f()"}
    ]});
    schema::assert_valid("a good Exercism report", &exercism, &good);

    let bad_gradescope = [
        serde_json::json!({"output": "no score anywhere"}),
        serde_json::json!({"score": 1, "visibility": "later"}),
        serde_json::json!({"score": 1, "tests": [{"score": 1, "status": "ok"}]}),
        serde_json::json!({"score": 1, "tests": [{"score": 1, "visibility": "secret"}]}),
        serde_json::json!({"score": "1"}),
        serde_json::json!({"score": 1, "tests": [{"score": 1, "tags": "a"}]}),
    ];
    for document in &bad_gradescope {
        assert!(
            !schema::errors(&gradescope, document).is_empty(),
            "accepted {document}"
        );
    }
    schema::assert_valid(
        "scores on tests only",
        &gradescope,
        &serde_json::json!({"tests": [{"score": 1}]}),
    );
}

// --- hidden cases stay hidden ---

#[test]
fn hidden_input_and_answer_appear_in_no_report_of_the_cohort() {
    // erin fails the hidden case; bob prints his arguments, the hidden input among them.
    for (what, text) in cohort().texts() {
        assert_no_secret(&format!("the cohort's {what}"), text);
    }
    for (name, single) in single_submissions() {
        for (what, text) in [
            ("Gradescope report", &single.gradescope),
            ("Exercism report", &single.exercism),
            ("stdout", &single.run.stdout),
            ("stderr", &single.run.stderr),
        ] {
            assert_no_secret(&format!("{name}'s {what}"), text);
        }
    }
    for visibility in ["visible", "hidden"] {
        let erin = grade_single(
            "tests/fixtures/catalog",
            "tests/fixtures/cohort/erin",
            &["--gradescope-hidden", visibility],
        );
        assert_no_secret("erin's Gradescope report", &erin.gradescope);
    }
}

#[test]
fn a_learners_exception_in_a_hidden_case_does_not_leak_the_input() {
    // gina raises ValueError("too big: <the input>") and prints her arguments in the hidden case.
    let reports = grade_support::grade_with_reports(&["--each", "tests/fixtures/grade/ci"]);
    for (what, text) in reports.texts() {
        assert_no_secret(&format!("the ci cohort's {what}"), text);
    }
    let gina = grade_single(
        "tests/fixtures/catalog",
        "tests/fixtures/grade/ci/gina",
        &[],
    );
    for (what, text) in [
        ("Gradescope", &gina.gradescope),
        ("Exercism", &gina.exercism),
        ("stdout", &gina.run.stdout),
    ] {
        assert_no_secret(&format!("gina's {what}"), text);
        assert!(
            !text.contains("too big"),
            "gina's {what} shows her hidden-case message:\n{text}"
        );
    }
    let report = reports.report();
    let case = &grade_support::submission(&report, "gina")["exercises"][0]["cases"][2];
    assert_eq!(case["verdict"], "runtime_error");
    for key in [
        "message",
        "got",
        "traceback",
        "printed",
        "step",
        "expected",
        "line",
        "time_ms",
    ] {
        assert!(
            case.get(key).is_none(),
            "the hidden case carries {key}: {case}"
        );
    }
}

#[test]
fn a_hidden_script_case_keeps_its_input_and_output_hidden() {
    // sam's shout.py raises in every case; the hidden case's stdin is "the cat sat".
    let sam = grade_single(
        "tests/fixtures/grade/catalog",
        "tests/fixtures/grade/scripts/sam",
        &[],
    );
    sam.run.status(1);
    let github = grade_support::run(
        grade_support::coach_with_catalog("tests/fixtures/grade/catalog")
            .args([
                "grade",
                "tests/fixtures/grade/scripts/sam",
                "--report",
                "json=-",
                "--report",
                "junit=-",
            ])
            .env("GITHUB_ACTIONS", "true"),
    );
    for (what, text) in [
        ("Gradescope", &sam.gradescope),
        ("Exercism", &sam.exercism),
        ("stdout", &github.stdout),
        ("stderr", &github.stderr),
    ] {
        for secret in ["the cat sat", "THE CAT SAT"] {
            assert!(
                !text.to_lowercase().contains(secret),
                "sam's {what} shows the hidden case:\n{text}"
            );
        }
    }
    // the sample case shows what it ran and why it failed
    let exercism = sam.exercism();
    schema::assert_valid(
        "sam's Exercism report",
        &schema::load("exercism-results-v3.schema.json"),
        &exercism,
    );
    assert_eq!(exercism["tests"][0]["test_code"], "python shout.py < stdin");
    assert!(
        exercism["tests"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("ValueError: too quiet"))
    );
}

#[test]
fn gradescope_and_exercism_refuse_a_cohort_before_grading_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let junit = dir.path().join("junit.xml");
    for format in ["gradescope", "exercism"] {
        let run = grade(&[
            "--each",
            COHORT,
            "--report",
            &format!("junit={}", junit.display()),
            "--report",
            &format!("{format}=-"),
        ]);
        run.status(2).stderr_has("describes one submission");
        // refused up front: nothing graded, no other report half-delivered
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert!(!junit.exists(), "the JUnit report was written anyway");
    }
}

// --- a hostile cohort ---

/// A cohort whose names and output carry what breaks naive reports: characters XML 1.0
/// forbids, spreadsheet formulas and Markdown syntax.
fn hostile() -> grade_support::Reported {
    let cohort = tempfile::tempdir().expect("tempdir");
    let names = ["=HYPERLINK(\"x\",\"y\")", "*bold*_under_<b>"];
    for name in names {
        let folder = cohort.path().join(name);
        std::fs::create_dir_all(&folder).expect("mkdir");
        std::fs::write(
            folder.join("palindrome.py"),
            "def is_palindrome(text):\n    print('\\ufffe\\uffff\\x01 *x* <y> |z|')\n    raise ValueError('bad \\uffff value')\n",
        )
        .expect("write solution");
    }
    let dir = cohort.path().display().to_string();
    let reported = grade_support::grade_with_reports(&["--each", &dir]);
    drop(cohort);
    reported
}

#[test]
fn a_hostile_cohort_gives_reports_every_consumer_reads() {
    let reports = hostile();
    assert!(
        !reports.junit.contains(['\u{FFFE}', '\u{FFFF}', '\u{1}']),
        "forbidden characters in the JUnit file"
    );
    let suites =
        junit_parser::from_reader(reports.junit.as_bytes()).expect("junit-parser reads it");
    assert!(suites.suites.len() >= 2, "{suites:?}");
    assert!(
        reports.junit.contains("<property name=\"timestamp\""),
        "{}",
        reports.junit
    );
    let mut csv = csv::Reader::from_reader(reports.csv.as_bytes());
    let names: Vec<String> = csv
        .records()
        .map(|r| r.expect("a CSV record")[0].to_owned())
        .collect();
    assert!(
        names.iter().any(|n| n == "'=HYPERLINK(\"x\",\"y\")"),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.starts_with(['=', '+', '-', '@'])),
        "{names:?}"
    );
    assert!(
        reports.markdown.contains(r"\*bold\*\_under\_\<b\>"),
        "{}",
        reports.markdown
    );
}

#[test]
fn two_reports_to_standard_output_are_refused_before_grading() {
    let run = grade_support::grade(&[COHORT, "--each", "--report", "json=-", "--report", "csv=-"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("standard output"), "{}", run.stderr);
}

#[test]
fn an_unwritable_report_path_is_refused_before_grading() {
    let run = grade_support::grade(&[
        COHORT,
        "--each",
        "--report",
        "json=/nonexistent-folder/r.json",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("/nonexistent-folder/r.json"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stdout.contains("passed"),
        "graded anyway: {}",
        run.stdout
    );
}

// --- coach's own JSON ---

#[test]
fn coachs_own_json_reports_follow_their_published_schemas() {
    let grade_schema = schema::load("grade-report.schema.json");
    schema::assert_valid(
        "the cohort's grade report",
        &grade_schema,
        &cohort().report(),
    );
    let check_schema = schema::load("check-result.schema.json");
    // NOTE: every verdict and an error, revealed and not.
    for solution in [
        "correct.py",
        "busy_loop.py",
        "syntax_error.py",
        "raises.py",
        "prints_too_much.py",
        "memory.py",
        "hidden_wrong.py",
    ] {
        for reveal in [false, true] {
            let mut command = grade_support::coach();
            command.args(["check", "adder", "--format", "json", "--solution"]);
            command.arg(format!("tests/fixtures/adder/{solution}"));
            if reveal {
                command.arg("--reveal");
            }
            let out = command.output().expect("coach runs");
            let report: Value = serde_json::from_slice(&out.stdout)
                .unwrap_or_else(|e| panic!("{solution}: not JSON ({e})"));
            schema::assert_valid(solution, &check_schema, &report);
        }
    }
    // NOTE: the checker does refuse what the schema forbids.
    let mut broken = cohort().report();
    broken["submissions"][0]["exercises"][0]["cases"][0]["verdict"] = "fine".into();
    assert!(!schema::errors(&grade_schema, &broken).is_empty());
}
