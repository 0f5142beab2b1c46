//! Hidden cases stay hidden in every report unless an instructor asks with --reveal.

mod common;

use common::check_adder;

const SECRET_ANSWER: &str = "1000000000000000000000000000001";
const SECRET_INPUT: &str = "10**30";

#[test]
fn the_human_report_shows_name_verdict_and_hint_only() {
    let run = check_adder("hidden_wrong.py", &[]);
    run.status(1)
        .stdout_has("adds big numbers (hidden): wrong_answer")
        .stdout_has("hint: What if the numbers are huge?")
        .stdout_lacks(SECRET_ANSWER)
        .stdout_lacks(SECRET_INPUT)
        .stdout_lacks("expected:");
}

#[test]
fn the_json_report_carries_no_steps_or_values_of_hidden_cases() {
    let run = check_adder("hidden_wrong.py", &["--format", "json"]);
    run.status(1)
        .stdout_lacks(SECRET_ANSWER)
        .stdout_lacks(SECRET_INPUT);
    let report = run.json();
    let case = &report["cases"][2];
    assert_eq!(case["hidden"], true);
    assert_eq!(case["verdict"], "wrong_answer");
    assert_eq!(case["hint"], "What if the numbers are huge?");
    for key in ["expected", "got", "step", "steps", "printed", "message"] {
        assert!(case.get(key).is_none(), "hidden case carries {key}: {case}");
    }
}

#[test]
fn reveal_shows_hidden_cases_in_full() {
    let run = check_adder("hidden_wrong.py", &["--format", "json", "--reveal"]);
    run.status(1)
        .stdout_has(SECRET_ANSWER)
        .stdout_has(SECRET_INPUT);
    check_adder("hidden_wrong.py", &["--reveal"])
        .status(1)
        .stdout_has(SECRET_ANSWER);
}
