//! `coach validate --mutants` through the real binary, on a fixture exercise whose cases
//! kill a mutant of every kind the mutator makes, and with one case taken away.

mod common;

use std::path::Path;

use common::{coach, fixtures, run};
use serde_json::Value;

fn mutants(catalog: &Path) -> (i32, Value) {
    let out = run(coach().arg("--catalog").arg(catalog).args([
        "validate",
        "--mutants",
        "--json",
        "--jobs",
        "2",
        "summary",
    ]));
    (out.code, out.json())
}

#[test]
fn every_kind_of_mutant_is_made_and_killed_and_equivalents_are_not_survivors() {
    let (code, report) = mutants(&fixtures().join("mutants"));
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["schema_version"], 1);
    let summary = &report["exercises"][0];
    assert_eq!(summary["slug"], "summary");
    for kind in [
        "arithmetic",
        "boolean",
        "call",
        "comparison",
        "condition",
        "constant",
        "name",
        "range",
        "return",
        "slice",
        "statement",
    ] {
        assert!(
            summary["operators"][kind].as_u64().is_some_and(|n| n > 0),
            "no {kind} mutant: {summary}"
        );
    }
    assert_eq!(summary["survived"], serde_json::json!([]), "{summary}");
    assert_eq!(summary["equivalent"], 1, "{summary}");
    assert_eq!(summary["score"], 100.0);
    let mutants = summary["mutants"].as_u64().unwrap_or(0);
    assert_eq!(summary["killed"].as_u64(), Some(mutants - 1), "{summary}");
}

#[test]
fn a_mistake_no_case_catches_is_reported_as_a_small_diff() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = fixtures().join("mutants");
    for part in [
        "exercises/summary",
        "graders/summary",
        "graders/summary/wrong",
    ] {
        std::fs::create_dir_all(dir.path().join(part)).expect("mkdir");
        for entry in std::fs::read_dir(root.join(part)).expect("list").flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), dir.path().join(part).join(entry.file_name()))
                    .expect("copy");
            }
        }
    }
    // without the case of a word exactly as long as the limit, `>` may become `>=`
    let tests = dir.path().join("graders/summary/tests.toml");
    let text = std::fs::read_to_string(&tests).expect("read");
    let start = text
        .find("[[case]]\nname = \"a word of exactly")
        .expect("the case");
    let end = start + text[start..].find("\n\n").expect("its end");
    std::fs::write(&tests, format!("{}{}", &text[..start], &text[end + 2..])).expect("write");

    let (code, report) = mutants(dir.path());
    assert_eq!(code, 1, "{report}");
    let summary = &report["exercises"][0];
    let survived = summary["survived"].as_array().expect("survived");
    assert_eq!(survived.len(), 1, "{summary}");
    assert_eq!(survived[0]["line"], 6);
    assert_eq!(survived[0]["file"], "solution.py");
    assert_eq!(
        survived[0]["diff"],
        "-        if len(word) > limit and word.isalpha():\n+        if len(word) >= limit and word.isalpha():"
    );
    assert!(summary["score"].as_f64().is_some_and(|s| s < 100.0));

    let out =
        run(coach()
            .arg("--catalog")
            .arg(dir.path())
            .args(["validate", "--mutants", "summary"]));
    out.status(1)
        .stdout_has("survived: solution.py line 6 (comparison):")
        .stdout_has("+        if len(word) >= limit and word.isalpha():");
}
