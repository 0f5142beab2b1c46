//! `coach grade` and `coach report merge` through the real binary, on the fixture cohort:
//! alice is correct, bob fails a sample case, carol has a syntax error, dave has no
//! exercise file, erin fails a hidden case (her file is in `erin/adder/adder.py`).
//! Report formats, goldens and schemas are in `grade_reports.rs`.

mod grade_support;

use grade_support::{
    COHORT, Run, coach, cohort, grade, names, normalise_json, normalised_json_text, run, submission,
};
use serde_json::Value;

const EVERYONE: [&str; 5] = ["alice", "bob", "carol", "dave", "erin"];

fn verdicts(exercise: &Value) -> Vec<&str> {
    exercise["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["verdict"].as_str().expect("verdict"))
        .collect()
}

// --- scores and exit codes ---

#[test]
fn the_cohort_is_scored_per_submission_and_overall() {
    let cohort = cohort();
    cohort.run.status(1);
    let report = cohort.report();
    assert_eq!(report["schema_version"], 1);
    assert_eq!(names(&report), EVERYONE);
    let expected = [
        ("alice", "passed", 5, 5),
        ("bob", "failed", 4, 5),
        ("carol", "error", 0, 5),
        ("dave", "error", 0, 0),
        ("erin", "failed", 3, 5),
    ];
    for (name, status, score, max_score) in expected {
        let s = submission(&report, name);
        assert_eq!(
            (
                s["status"].as_str(),
                s["score"].as_u64(),
                s["max_score"].as_u64()
            ),
            (Some(status), Some(score), Some(max_score)),
            "{name}: {s:#}"
        );
    }
    assert_eq!(
        (report["score"].as_u64(), report["max_score"].as_u64()),
        (Some(12), Some(20))
    );

    let bob = &submission(&report, "bob")["exercises"][0];
    assert_eq!(
        verdicts(bob),
        ["passed", "wrong_answer", "passed", "passed"]
    );
    assert_eq!(bob["cases"][1]["expected"], "-3");
    assert_eq!(bob["cases"][1]["got"], "(-3,)");

    let carol = &submission(&report, "carol")["exercises"][0];
    assert_eq!(carol["status"], "error");
    assert!(
        carol["message"]
            .as_str()
            .is_some_and(|m| m.contains("SyntaxError") && m.contains("line 2")),
        "{carol:#}"
    );
    assert_eq!(carol["cases"], Value::Array(Vec::new()));

    let dave = submission(&report, "dave");
    assert_eq!(dave["exercises"], Value::Array(Vec::new()));
    assert_eq!(
        dave["message"],
        "no exercise file was found in the submission"
    );

    let erin = &submission(&report, "erin")["exercises"][0];
    assert_eq!(
        erin["file"], "tests/fixtures/cohort/erin/adder/adder.py",
        "the file in a folder named after the exercise"
    );
    assert_eq!(
        verdicts(erin),
        ["passed", "passed", "wrong_answer", "passed"]
    );
    assert_eq!(erin["cases"][2]["hidden"], true);
    assert_eq!(erin["cases"][2]["hint"], "What if the numbers are huge?");
}

#[test]
fn the_human_summary_lists_every_submission_and_the_total() {
    let stdout = &cohort().run.stdout;
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    for (line, name) in lines.iter().zip(EVERYONE) {
        assert!(line.starts_with(name), "{line:?} should be about {name}");
    }
    assert!(
        lines[0].contains("passed") && lines[0].contains("5/5"),
        "{stdout}"
    );
    assert!(
        lines[1].contains("failed")
            && lines[1].contains("4/5")
            && lines[1].contains("1 of 4 cases failed"),
        "{stdout}"
    );
    assert!(
        lines[2].contains("error") && lines[2].contains("SyntaxError"),
        "{stdout}"
    );
    assert!(lines[3].contains("no exercise file was found"), "{stdout}");
    assert_eq!(lines[5], "Total: 12/20 (60.0%) across 5 submissions");
}

#[test]
fn fail_under_compares_the_overall_percentage() {
    // The cohort scores 12/20 = 60%.
    grade(&["--each", COHORT, "--fail-under", "50"]).status(0);
    grade(&["--each", COHORT, "--fail-under", "60"]).status(0);
    let failed = grade(&["--each", COHORT, "--fail-under", "70"]);
    failed.status(1);
    assert!(
        failed
            .stdout
            .contains("60% is below the --fail-under threshold of 70%: failed"),
        "{}",
        failed.stdout
    );
    let held = grade(&["--each", COHORT, "--fail-under", "59.99"]);
    held.status(0);
    assert!(
        held.stdout
            .contains("60% is at or above the --fail-under threshold of 59.99%: passed"),
        "{}",
        held.stdout
    );
}

#[test]
fn exit_zero_exits_zero_once_the_reports_are_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = dir.path().join("r.json");
    let target = format!("json={}", report.display());
    grade(&["--each", COHORT, "--exit-zero", "--report", &target]).status(0);
    assert!(report.exists(), "the report was not written");
    // NOTE: an error before grading still fails.
    grade(&["tests/fixtures/cohort/nobody", "--exit-zero"]).status(2);
}

#[test]
fn an_empty_cohort_is_an_error_that_says_so() {
    let empty = tempfile::tempdir().expect("tempdir");
    let dir = empty.path().display().to_string();
    grade(&["--each", &dir])
        .status(2)
        .stderr_has("no submission folders were found in");
}

#[test]
fn a_single_correct_submission_exits_zero_and_a_wrong_one_one() {
    let alice = grade(&["tests/fixtures/cohort/alice"]);
    alice.status(0);
    assert_eq!(
        alice.stdout.lines().last(),
        Some("Total: 5/5 (100.0%) across 1 submission")
    );
    grade(&["tests/fixtures/cohort/bob"]).status(1);
    grade(&["tests/fixtures/cohort/bob", "--fail-under", "80"]).status(0);
}

#[test]
fn usage_and_configuration_errors_exit_two() {
    grade(&["tests/fixtures/cohort/nobody"])
        .status(2)
        .stderr_has("`tests/fixtures/cohort/nobody` is not a folder");
    grade(&["--each", "tests/fixtures/nowhere"])
        .status(2)
        .stderr_has("is not a folder");
    grade(&["--each", COHORT, "--report", "xml=out.xml"])
        .status(2)
        .stderr_has("`xml` is not a report format");
    grade(&["--each", COHORT, "--report", "json"])
        .status(2)
        .stderr_has("FORMAT=PATH");
    grade(&["--each", COHORT, "--shard", "5/4"])
        .status(2)
        .stderr_has("K/N");
    grade(&["--each", COHORT, "--shard", "0/4"])
        .status(2)
        .stderr_has("K/N");
    grade(&["--each", COHORT, "--exercises", "nope"])
        .status(2)
        .stderr_has("there is no exercise `nope`");
    grade(&["--each", COHORT, "--report", "gradescope=-"])
        .status(2)
        .stderr_has("describes one submission");
}

#[test]
fn fail_under_outside_zero_to_hundred_is_a_usage_error() {
    grade(&["tests/fixtures/cohort/alice", "--fail-under", "150"]).status(2);
    grade(&["tests/fixtures/cohort/alice", "--fail-under=-5"]).status(2);
}

#[test]
fn fail_under_fails_a_submission_with_nothing_to_grade() {
    // A student's CI (`coach grade . --fail-under 80`) on a repository without the file.
    grade(&["tests/fixtures/cohort/dave", "--fail-under", "80"]).status(1);
}

#[test]
fn naming_the_exercises_reports_a_missing_file() {
    let run = grade(&[
        "--each",
        COHORT,
        "--exercises",
        "adder",
        "--report",
        "json=-",
    ]);
    run.status(1);
    let report = run.json();
    let dave = submission(&report, "dave");
    assert_eq!(dave["status"], "error");
    assert_eq!(
        (dave["score"].as_u64(), dave["max_score"].as_u64()),
        (Some(0), Some(5))
    );
    let exercise = &dave["exercises"][0];
    assert_eq!(exercise["exercise"], "adder");
    assert_eq!(exercise["status"], "error");
    assert_eq!(
        exercise["message"],
        "`adder.py` is missing from the submission"
    );
    assert_eq!(
        (report["score"].as_u64(), report["max_score"].as_u64()),
        (Some(12), Some(25))
    );
    assert!(
        run.stderr.contains("dave") && run.stderr.contains("`adder.py` is missing"),
        "{}",
        run.stderr
    );
}

// --- determinism, shards and merge ---

#[test]
fn output_and_reports_do_not_depend_on_the_number_of_jobs() {
    let one = grade_support::grade_with_reports(&["--each", COHORT, "--jobs", "1"]);
    let three = cohort(); // --jobs 3
    assert_eq!(one.run.code, three.run.code);
    assert_eq!(one.run.stdout, three.run.stdout);
    assert_eq!(
        normalised_json_text(&one.json),
        normalised_json_text(&three.json)
    );
    assert_eq!(
        grade_support::normalise_text(&one.junit),
        grade_support::normalise_text(&three.junit)
    );
    assert_eq!(one.csv, three.csv);
    assert_eq!(one.markdown, three.markdown);
}

/// Grade every shard K/count of the cohort, at once, each with `--jobs 1`.
fn run_shards(count: u32) -> Vec<(Run, Value)> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = (1..=count)
            .map(|index| {
                scope.spawn(move || {
                    let shard = format!("{index}/{count}");
                    let run = grade(&[
                        "--each", COHORT, "--jobs", "1", "--shard", &shard, "--report", "json=-",
                    ]);
                    let report = run.json();
                    (run, report)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("shard thread"))
            .collect()
    })
}

/// The shard runs for N = 1..=4, made once per test binary.
fn shard_reports(count: u32) -> &'static [(Run, Value)] {
    static SHARDS: std::sync::OnceLock<Vec<Vec<(Run, Value)>>> = std::sync::OnceLock::new();
    let all = SHARDS.get_or_init(|| (1..=4).map(run_shards).collect());
    &all[count as usize - 1]
}

#[test]
fn shards_cover_every_submission_exactly_once() {
    let mut full = cohort().report();
    normalise_json(&mut full);
    for count in 1..=4 {
        let mut seen: Vec<String> = Vec::new();
        for (index, (run, report)) in shard_reports(count).iter().enumerate() {
            let mut report = report.clone();
            normalise_json(&mut report);
            let shard = format!("{}/{count}", index + 1);
            assert!(
                run.code == 0 || run.code == 1,
                "shard {shard}: {}",
                run.stderr
            );
            for s in report["submissions"].as_array().expect("submissions") {
                let name = s["name"].as_str().expect("name");
                assert_eq!(
                    s,
                    submission(&full, name),
                    "shard {shard} grades {name} as the full run does"
                );
                seen.push(name.to_owned());
            }
        }
        seen.sort();
        assert_eq!(seen, EVERYONE, "shards of {count}");
    }
}

#[test]
fn shards_are_stable_across_runs() {
    let first: Vec<Vec<String>> = shard_reports(3).iter().map(|(_, r)| names(r)).collect();
    let again: Vec<Vec<String>> = run_shards(3).iter().map(|(_, r)| names(r)).collect();
    assert_eq!(first, again);
}

#[test]
fn an_empty_shard_passes() {
    // One submission in two shards: one shard is empty.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("alice")).expect("mkdir");
    std::fs::copy(
        grade_support::root().join("tests/fixtures/cohort/alice/adder.py"),
        dir.path().join("alice/adder.py"),
    )
    .expect("copy");
    let cohort = dir.path().display().to_string();
    let runs: Vec<Run> = ["1/2", "2/2"]
        .iter()
        .map(|s| grade(&["--each", &cohort, "--shard", s, "--report", "json=-"]))
        .collect();
    let empty = runs
        .iter()
        .find(|r| r.json()["submissions"] == Value::Array(Vec::new()))
        .expect("an empty shard");
    empty.status(0);
}

#[test]
fn merging_shard_reports_equals_the_unsharded_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    for (index, (_, report)) in shard_reports(3).iter().enumerate() {
        let path = dir.path().join(format!("shard-{}.json", index + 1));
        std::fs::write(&path, serde_json::to_string_pretty(&report).expect("json")).expect("write");
        files.push(path);
    }
    let out = |name: &str| dir.path().join(name);
    let merged = run(coach()
        .args(["report", "merge"])
        .args(&files)
        .arg("--report")
        .arg(format!("json={}", out("merged.json").display()))
        .arg("--report")
        .arg(format!("junit={}", out("merged.xml").display()))
        .arg("--report")
        .arg(format!("csv={}", out("merged.csv").display()))
        .arg("--report")
        .arg(format!("markdown={}", out("merged.md").display())));
    merged.status(1); // something in the cohort failed
    let read = |name: &str| std::fs::read_to_string(out(name)).expect("merged report written");
    let full = cohort();
    assert_eq!(
        normalised_json_text(&read("merged.json")),
        normalised_json_text(&full.json)
    );
    assert_eq!(
        grade_support::normalise_text(&read("merged.xml")),
        grade_support::normalise_text(&full.junit)
    );
    assert_eq!(read("merged.csv"), full.csv);
    assert_eq!(read("merged.md"), full.markdown);

    // standard output works for merge too
    let to_stdout = run(coach()
        .args(["report", "merge"])
        .args(&files)
        .args(["--report", "markdown=-"]));
    assert_eq!(to_stdout.stdout, full.markdown);

    // a shard given twice, no report asked for, or a file that is not a report: usage errors
    run(coach()
        .args(["report", "merge"])
        .arg(&files[0])
        .arg(&files[0])
        .args(["--report", "json=-"]))
    .status(2)
    .stderr_has("appears in more than one report");
    run(coach().args(["report", "merge"]).args(&files))
        .status(2)
        .stderr_has("--report");
    let not_a_report = out("other.json");
    std::fs::write(&not_a_report, "{\"hello\": 1}").expect("write");
    run(coach()
        .args(["report", "merge"])
        .arg(&not_a_report)
        .args(["--report", "json=-"]))
    .status(2)
    .stderr_has("schema_version");
}

#[test]
fn merge_with_expect_shards_refuses_a_missing_shard() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    for (index, (_, report)) in shard_reports(3).iter().enumerate() {
        assert_eq!(report["shard"]["index"], index + 1, "{report}");
        assert_eq!(report["shard"]["count"], 3, "{report}");
        let path = dir.path().join(format!("shard-{}.json", index + 1));
        std::fs::write(&path, serde_json::to_string_pretty(&report).expect("json")).expect("write");
        files.push(path);
    }
    let merge = |files: &[std::path::PathBuf], expect: &str| {
        run(coach()
            .args(["report", "merge", "--expect-shards", expect])
            .args(files)
            .args(["--report", "json=-"]))
    };
    let all = merge(&files, "3");
    assert_eq!(all.code, 1, "{}", all.stderr);
    assert!(
        all.json().get("shard").is_none(),
        "a merged report is no shard"
    );
    merge(&files[..2], "3")
        .status(2)
        .stderr_has("shard 3 of 3 is missing");
    merge(&files, "4").status(2).stderr_has("not of 4");
    merge(&[files[0].clone(), files[0].clone()], "3")
        .status(2)
        .stderr_has("are both shard 1 of 3");
}

#[test]
fn an_empty_shard_report_merges_like_any_other() {
    // One submission in two shards: one shard is empty, and merging both gives the submission.
    let dir = tempfile::tempdir().expect("tempdir");
    let cohort = dir.path().join("cohort");
    std::fs::create_dir_all(cohort.join("alice")).expect("mkdir");
    std::fs::copy(
        grade_support::root().join("tests/fixtures/cohort/alice/adder.py"),
        cohort.join("alice/adder.py"),
    )
    .expect("copy");
    let mut files = Vec::new();
    let mut sizes = Vec::new();
    for shard in ["1/2", "2/2"] {
        let path = dir.path().join(format!("shard-{}.json", &shard[..1]));
        let target = format!("json={}", path.display());
        let run = grade(&[
            "--each",
            &cohort.display().to_string(),
            "--shard",
            shard,
            "--report",
            &target,
        ]);
        assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
        let report: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("shard report"))
                .expect("json");
        sizes.push(names(&report).len());
        files.push(path);
    }
    sizes.sort();
    assert_eq!(sizes, [0, 1]);
    let merged = run(coach()
        .args(["report", "merge"])
        .args(&files)
        .args(["--report", "json=-"]));
    merged.status(0);
    assert_eq!(names(&merged.json()), ["alice"]);
}

#[test]
fn merging_only_passing_shards_exits_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    let alice = dir.path().join("alice.json");
    grade(&[
        "tests/fixtures/cohort/alice",
        "--report",
        &format!("json={}", alice.display()),
    ])
    .status(0);
    run(coach()
        .args(["report", "merge"])
        .arg(&alice)
        .args(["--report", "csv=-"]))
    .status(0);
}

// --- where output goes ---

#[test]
fn json_on_stdout_sends_the_human_summary_to_stderr() {
    let run = grade(&["--each", COHORT, "--report", "json=-"]);
    run.status(1);
    let report = run.json();
    assert_eq!(names(&report), EVERYONE);
    run.stderr_has("Total: 12/20 (60.0%) across 5 submissions");
    // and without a report on stdout, the summary is on stdout and stderr stays quiet
    let cohort = cohort();
    assert!(
        cohort.run.stdout.contains("Total: 12/20"),
        "{}",
        cohort.run.stdout
    );
    assert!(
        !cohort.run.stderr.contains("Total:"),
        "{}",
        cohort.run.stderr
    );
}

#[test]
fn reports_to_paths_are_written_and_readable() {
    let cohort = cohort();
    let report: Value = serde_json::from_str(&cohort.json).expect("json report");
    assert_eq!(names(&report), EVERYONE);
    junit_parser::from_reader(cohort.junit.as_bytes()).expect("junit report parses");
    let mut csv = csv::Reader::from_reader(cohort.csv.as_bytes());
    let rows: Vec<csv::StringRecord> = csv.records().collect::<Result<_, _>>().expect("csv parses");
    assert_eq!(rows.len(), 5);
    assert!(
        cohort.markdown.starts_with("## coach results"),
        "{}",
        cohort.markdown
    );
}

#[test]
fn an_unwritable_report_path_is_a_configuration_error() {
    let run = grade(&[
        "tests/fixtures/cohort/alice",
        "--report",
        "json=/nonexistent-coach-dir/report.json",
    ]);
    run.status(2).stderr_has("/nonexistent-coach-dir");
}

// --- GitHub Actions ---

fn github_run(args: &[&str], summary: &std::path::Path) -> Run {
    run(coach()
        .arg("grade")
        .args(args)
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", summary))
}

#[test]
fn on_github_actions_failures_are_annotated_and_the_summary_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").expect("write");
    let run = github_run(&["--each", COHORT], &summary);
    run.status(1);
    let annotations: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(
        annotations.len(),
        4,
        "bob, carol, dave and erin: {annotations:#?}"
    );
    assert!(annotations[0].starts_with("::error file=tests/fixtures/cohort/bob/adder.py,title=coach adder::adds negatives: wrong answer"), "{}", annotations[0]);
    // NOTE: a syntax error's line is known, so the annotation has it.
    assert!(
        annotations[1].starts_with(
            "::error file=tests/fixtures/cohort/carol/adder.py,line=2,title=coach adder::"
        ),
        "{}",
        annotations[1]
    );
    // NOTE: dave has no file to point at: the annotation names his folder.
    assert_eq!(
        annotations[2],
        "::error title=coach::dave: no exercise file was found in the submission (folder tests/fixtures/cohort/dave)"
    );
    assert!(
        annotations[1].contains("SyntaxError")
            && annotations[1].contains("%0A")
            && !annotations[1].contains('\n')
    );
    assert!(annotations[3].starts_with("::error file=tests/fixtures/cohort/erin/adder/adder.py,title=coach adder::adds big numbers: wrong answer (hidden case)"), "{}", annotations[3]);
    assert!(
        !run.stdout.contains("alice/adder.py"),
        "no annotation for a passing submission"
    );
    for annotation in &annotations {
        grade_support::assert_no_secret("an annotation", annotation);
    }

    let written = std::fs::read_to_string(&summary).expect("summary");
    assert_eq!(
        written,
        format!("earlier step\n{}", cohort().markdown),
        "the job summary is appended"
    );
}

#[test]
fn annotations_point_at_the_learners_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let summary = dir.path().join("summary.md");
    let run = github_run(&["--each", "tests/fixtures/grade/ci"], &summary);
    run.status(1);
    let annotations: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error"))
        .collect();
    // frank raises in a sample case: the message is shown, at the raising line
    assert_eq!(
        annotations[0],
        "::error file=tests/fixtures/grade/ci/frank/adder.py,line=2,title=coach adder::adds negatives: runtime error: raised ValueError: negative numbers are not supported: -1"
    );
    // gina raises in a hidden case: neither her message nor her line (either could spell
    // out the input)
    assert_eq!(
        annotations[1],
        "::error file=tests/fixtures/grade/ci/gina/adder.py,title=coach adder::adds big numbers: runtime error (hidden case); hint: What if the numbers are huge?"
    );
    assert_eq!(annotations.len(), 2);
    for (what, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        grade_support::assert_no_secret(what, text);
    }
    grade_support::assert_no_secret(
        "the job summary",
        &std::fs::read_to_string(&summary).expect("summary"),
    );
}

#[test]
fn annotations_stop_at_what_github_shows_and_say_how_many_were_left_out() {
    let cohort = tempfile::tempdir().expect("tempdir");
    let wrong = std::fs::read_to_string("tests/fixtures/cohort/bob/adder.py").expect("bob");
    for index in 0..12 {
        let folder = cohort.path().join(format!("student{index:02}"));
        std::fs::create_dir_all(&folder).expect("mkdir");
        std::fs::write(folder.join("adder.py"), &wrong).expect("write");
    }
    std::fs::create_dir_all(cohort.path().join("zoe")).expect("mkdir");
    let dir = cohort.path().display().to_string();
    let run = run(coach()
        .args(["grade", "--each", &dir, "--exercises", "adder"])
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_WORKSPACE", cohort.path())
        .env_remove("GITHUB_STEP_SUMMARY"));
    run.status(1);
    let errors: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error"))
        .collect();
    assert_eq!(errors.len(), 10, "{errors:#?}");
    // NOTE: paths are relative to the workspace GitHub checked out.
    assert!(
        errors[0].starts_with("::error file=student00/adder.py,title=coach adder::"),
        "{}",
        errors[0]
    );
    let warnings: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::warning"))
        .collect();
    assert_eq!(
        warnings,
        [
            "::warning title=coach::3 more failures are not annotated (GitHub shows 10 per step); the job summary and the reports list them all"
        ],
        "12 wrong answers and zoe's missing file: {}",
        run.stdout
    );
}

#[test]
fn outside_github_actions_there_are_no_annotations() {
    assert!(
        !cohort().run.stdout.contains("::error"),
        "{}",
        cohort().run.stdout
    );
    let run = run(coach()
        .args(["grade", "--each", COHORT])
        .env("GITHUB_ACTIONS", "false"));
    assert!(!run.stdout.contains("::error"), "{}", run.stdout);
}

#[test]
fn annotations_do_not_corrupt_a_report_on_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = github_run(
        &["--each", COHORT, "--report", "json=-"],
        &dir.path().join("summary.md"),
    );
    run.status(1);
    assert_eq!(names(&run.json()), EVERYONE);
    run.stderr_has("::error file=tests/fixtures/cohort/bob/adder.py");
}

// --- hostile submissions ---

/// A cohort in a temporary folder: alice (correct) and mallory, whose `adder.py` is a
/// symbolic link to `target`.
fn cohort_with_symlink(target: &std::path::Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["alice", "mallory"] {
        std::fs::create_dir(dir.path().join(name)).expect("mkdir");
    }
    std::fs::copy(
        grade_support::root().join("tests/fixtures/cohort/alice/adder.py"),
        dir.path().join("alice/adder.py"),
    )
    .expect("copy");
    std::os::unix::fs::symlink(target, dir.path().join("mallory/adder.py")).expect("symlink");
    dir
}

#[test]
fn a_symlink_to_the_reference_solution_does_not_pass() {
    let solution = grade_support::root().join("tests/fixtures/catalog/graders/adder/solution.py");
    let dir = cohort_with_symlink(&solution);
    let run = grade_each_json(dir.path());
    run.status(1);
    let mallory = submission(&run.json(), "mallory").clone();
    assert_ne!(mallory["status"], "passed", "{mallory:#}");
    assert_eq!(mallory["score"], 0, "{mallory:#}");
}

#[test]
fn a_symlink_out_of_the_submission_does_not_leak_the_target() {
    let outside = tempfile::tempdir().expect("tempdir");
    let secret = outside.path().join("secret.toml");
    std::fs::write(
        &secret,
        "format_version = 1\nanswer = \"TOP-SECRET-LINE\" hidden\n",
    )
    .expect("write");
    let dir = cohort_with_symlink(&secret);
    let run = grade_each_json(dir.path());
    run.status(1);
    assert!(!run.stdout.contains("TOP-SECRET-LINE"), "{}", run.stdout);
    assert!(!run.stderr.contains("TOP-SECRET-LINE"), "{}", run.stderr);
}

#[test]
fn one_unreadable_file_does_not_stop_the_cohort() {
    // /proc/self/mem is a regular file that cannot be read from offset 0 (EIO); nina's
    // adder.py is a named pipe, which would block a reader forever.
    let dir = cohort_with_symlink(std::path::Path::new("/proc/self/mem"));
    std::fs::create_dir(dir.path().join("nina")).expect("mkdir");
    let fifo = dir.path().join("nina/adder.py");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let run = grade_each_json(dir.path());
    run.status(1);
    let report = run.json();
    assert_eq!(submission(&report, "alice")["status"], "passed");
    assert_eq!(submission(&report, "mallory")["status"], "error");
    assert_eq!(submission(&report, "nina")["status"], "error");
}

#[test]
fn a_symlinked_exercise_folder_is_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["alice", "mallory"] {
        std::fs::create_dir(dir.path().join(name)).expect("mkdir");
    }
    std::fs::copy(
        grade_support::root().join("tests/fixtures/cohort/alice/adder.py"),
        dir.path().join("alice/adder.py"),
    )
    .expect("copy");
    // a relative link inside mallory's own repository, to a sibling in the cohort
    std::os::unix::fs::symlink("../alice", dir.path().join("mallory/adder")).expect("symlink");
    let run = grade_each_json(dir.path());
    run.status(1);
    let mallory = submission(&run.json(), "mallory").clone();
    assert_ne!(mallory["status"], "passed", "{mallory:#}");
    assert_eq!(mallory["score"], 0, "{mallory:#}");
}

#[test]
fn an_empty_cohort_without_shards_does_not_pass() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = grade(&["--each", &dir.path().display().to_string()]);
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

// --- script exercises (standard input and output) ---

fn grade_sam(extra: &[&str]) -> Run {
    run(
        grade_support::coach_with_catalog("tests/fixtures/grade/catalog")
            .args([
                "grade",
                "tests/fixtures/grade/scripts/sam",
                "--report",
                "json=-",
            ])
            .args(extra),
    )
}

#[test]
fn script_tracebacks_name_the_learners_file_and_reports_are_deterministic() {
    let first = grade_sam(&[]);
    first.status(1);
    let report = first.json();
    let case = &submission(&report, "sam")["exercises"][0]["cases"][0];
    let traceback = case["traceback"].as_str().expect("a traceback");
    assert!(
        traceback.contains("File \"shout.py\", line 5, in shout"),
        "{traceback}"
    );
    // NOTE: the launcher that runs the file (see src/script.py) leaves no frame of its own.
    assert!(
        traceback.starts_with("Traceback (most recent call last):\n  File \"shout.py\", line 8"),
        "{traceback}"
    );
    let again = grade_sam(&[]);
    assert_eq!(
        normalised_json_text(&first.stdout),
        normalised_json_text(&again.stdout)
    );
}

/// Scripts run without the site module, yet `exit()` and `quit()` work as under plain
/// `python FILE`, and the file is `__main__` with its own name in `sys.argv`.
#[test]
fn a_script_runs_as_the_main_module_and_may_end_with_exit() {
    let run = run(
        grade_support::coach_with_catalog("tests/fixtures/grade/catalog").args([
            "grade",
            "tests/fixtures/grade/scripts/quinn",
            "--report",
            "json=-",
        ]),
    );
    run.status(0);
    let report = run.json();
    assert_eq!(
        submission(&report, "quinn")["status"],
        "passed",
        "{report:#}"
    );
}

#[test]
fn script_annotations_point_at_the_learners_line() {
    let run = run(
        grade_support::coach_with_catalog("tests/fixtures/grade/catalog")
            .args(["grade", "tests/fixtures/grade/scripts/sam"])
            .env("GITHUB_ACTIONS", "true"),
    );
    run.status(1);
    assert!(
        run.stdout
            .contains("::error file=tests/fixtures/grade/scripts/sam/shout.py,line=5,"),
        "{}",
        run.stdout
    );
}

/// Grade every subfolder of `dir` as a submission, with the JSON report on stdout.
fn grade_each_json(dir: &std::path::Path) -> Run {
    grade(&["--each", &dir.display().to_string(), "--report", "json=-"])
}

// --- processes ---

/// Children of `pid` that are zombies: exited, never reaped.
fn zombie_children(pid: u32) -> usize {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    entries
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .filter(|stat| {
            let Some(rest) = stat.rfind(')').map(|i| &stat[i + 2..]) else {
                return false;
            };
            let fields: Vec<&str> = rest.split_whitespace().collect();
            fields.first() == Some(&"Z") && fields.get(1) == Some(&pid.to_string().as_str())
        })
        .count()
}

#[cfg(target_os = "linux")]
#[test]
fn grading_leaves_no_zombie_behind() {
    let dir = tempfile::tempdir().expect("tempdir");
    let correct =
        std::fs::read_to_string(grade_support::root().join("tests/fixtures/adder/correct.py"))
            .expect("correct.py");
    for index in 0..20 {
        let folder = dir.path().join(format!("s{index:02}"));
        std::fs::create_dir(&folder).expect("mkdir");
        std::fs::write(folder.join("adder.py"), &correct).expect("write");
    }
    // the last one takes a while to load, so the runner can be looked at meanwhile
    let slow = dir.path().join("zz");
    std::fs::create_dir(&slow).expect("mkdir");
    std::fs::write(
        slow.join("adder.py"),
        format!("import time\ntime.sleep(3)\n{correct}"),
    )
    .expect("write");
    let mut child = coach()
        .args(["grade", "--jobs", "1", "--each"])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("coach grade starts");
    let mut most = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() && std::time::Instant::now() < deadline {
        most = most.max(zombie_children(child.id()));
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    // NOTE: one may be caught between its end and its reaping
    assert!(most <= 1, "{most} unreaped processes under coach grade");
}

#[cfg(unix)]
#[test]
fn reports_get_the_usual_mode_and_a_killed_runs_temporary_file_is_removed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let report = dir.path().join("report.json");
    // what a coach killed between writing and renaming leaves (pid 999999 is not running)
    let stale = dir.path().join(".report.json.coach-999999-abcdef");
    std::fs::write(&stale, "half").expect("write");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$@\"")
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_coach"))
        .args([
            "--catalog",
            "tests/fixtures/catalog",
            "grade",
            "--each",
            COHORT,
        ])
        .arg("--report")
        .arg(format!("json={}", report.display()))
        .current_dir(grade_support::root())
        .env("NO_COLOR", "1")
        .output()
        .expect("coach runs");
    assert!(report.is_file(), "{}", String::from_utf8_lossy(&out.stderr));
    let mode = std::fs::metadata(&report)
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644, "mode {mode:o}");
    assert!(!stale.exists(), "the stale temporary file is still there");
}

/// A file named with a slip (`Adder.py` for `adder.py`) is reported with the name to give
/// it, though no exercise was asked for by name: left out, it would cost its points
/// without a word.
#[test]
fn a_misnamed_file_is_reported_with_the_name_to_give_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sam = dir.path().join("sam");
    std::fs::create_dir_all(&sam).expect("submission folder");
    std::fs::copy(
        grade_support::root().join(COHORT).join("alice/adder.py"),
        sam.join("Adder.py"),
    )
    .expect("copy");
    let run = grade(&[&sam.display().to_string(), "--report", "json=-"]);
    run.status(1);
    let report = run.json();
    let exercise = &submission(&report, "sam")["exercises"][0];
    assert_eq!(exercise["status"], "error", "{exercise:#}");
    let message = exercise["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("did you mean `Adder.py`? Rename it to `adder.py`"),
        "{message}"
    );

    // NOTE: a far name is no slip, and nothing is reported for it.
    std::fs::rename(sam.join("Adder.py"), sam.join("notes.py")).expect("rename");
    let run = grade(&[&sam.display().to_string(), "--report", "json=-"]);
    assert!(!run.stdout.contains("did you mean"), "{}", run.stdout);
}
