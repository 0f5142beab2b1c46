//! The HTML gradebook (`--report html=PATH`), read back with a real HTML5 parser: its
//! grid, pass rates and totals, hidden cases kept hidden, hostile names and output
//! escaped and cut, nothing loaded from elsewhere. (Sorting in a browser is checked by
//! bench/gradebook-screenshot.sh, which needs Chromium.)

mod grade_support;

use std::path::Path;

use base64::Engine as _;
use grade_support::{COHORT, assert_no_secret, coach, coach_with_catalog, run};
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// A run's HTML gradebook and its JSON report, written to files.
struct Gradebook {
    html: String,
    json: Value,
}

impl Gradebook {
    fn page(&self) -> Html {
        Html::parse_document(&self.html)
    }
}

/// `coach --catalog CATALOG grade ARGS --report html=... --report json=...`
fn gradebook(catalog: &str, args: &[&str]) -> Gradebook {
    let dir = tempfile::tempdir().expect("tempdir");
    let (html, json) = (dir.path().join("g.html"), dir.path().join("r.json"));
    let run = run(coach_with_catalog(catalog)
        .arg("grade")
        .args(args)
        .arg("--report")
        .arg(format!("html={}", html.display()))
        .arg("--report")
        .arg(format!("json={}", json.display())));
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}\nstdout:\n{}\nstderr:\n{}",
        run.code,
        run.stdout,
        run.stderr
    );
    let read = |path: &Path| std::fs::read_to_string(path).expect("report written");
    Gradebook {
        html: read(&html),
        json: serde_json::from_str(&read(&json)).expect("JSON"),
    }
}

fn select<'a>(scope: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e:?}"));
    scope.select(&selector).collect()
}

fn all<'a>(page: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    select(page.root_element(), css)
}

fn text(element: ElementRef) -> String {
    element.text().collect::<String>().trim().to_owned()
}

/// The first text node of an element (a heading or a cell without its note).
fn own_text(element: ElementRef) -> String {
    element.text().next().unwrap_or_default().trim().to_owned()
}

#[test]
fn the_grid_has_a_row_per_student_a_column_per_exercise_totals_and_pass_rates() {
    // the cohort plus mia (adder with a syntax error, doubler correct) on two exercises
    let book = gradebook(
        "tests/fixtures/grade/catalog",
        &["--each", COHORT, "tests/fixtures/grade/multi"],
    );
    let page = book.page();
    let heads: Vec<String> = all(&page, "thead th").into_iter().map(own_text).collect();
    assert_eq!(heads, ["Student", "adder", "doubler", "Total"]);

    let rows = all(&page, "tbody tr");
    let names: Vec<String> = rows.iter().map(|r| own_text(select(*r, "th")[0])).collect();
    assert_eq!(names, ["alice", "bob", "carol", "dave", "erin", "mia"]);
    let submissions = book.json["submissions"].as_array().expect("submissions");
    for (row, submission) in rows.iter().zip(submissions) {
        let cells = select(*row, "td");
        assert_eq!(
            cells.len(),
            3,
            "two exercises and the total: {}",
            row.html()
        );
        let total = cells[2];
        assert_eq!(
            own_text(total),
            format!("{}/{}", submission["score"], submission["max_score"])
        );
        assert_eq!(
            total.value().attr("data-sort"),
            Some(submission["score"].to_string().as_str())
        );
        for (cell, slug) in cells[..2].iter().zip(["adder", "doubler"]) {
            let exercise = submission["exercises"]
                .as_array()
                .expect("exercises")
                .iter()
                .find(|e| e["exercise"] == slug);
            let classes: Vec<&str> = cell.value().classes().collect();
            match exercise {
                None => {
                    assert!(classes.contains(&"none"), "{}", cell.html());
                    assert_eq!(cell.value().attr("data-sort"), Some(""));
                    assert!(select(*cell, "details").is_empty());
                }
                Some(exercise) => {
                    let summary = text(select(*cell, "details > summary")[0]);
                    let cases = select(*cell, "li").len();
                    assert_eq!(cases, exercise["cases"].as_array().expect("cases").len());
                    if exercise["status"] == "error" {
                        assert_eq!(summary, "error");
                        assert!(classes.contains(&"none"), "{}", cell.html());
                    } else {
                        let score = format!("{}/{}", exercise["score"], exercise["max_score"]);
                        assert_eq!(summary, score);
                    }
                }
            }
        }
    }
    // colours: a full score is green, bob's 4/5 amber-green, carol's error grey
    let class_of = |row: usize, col: usize| -> Vec<String> {
        select(rows[row], "td")[col]
            .value()
            .classes()
            .map(str::to_owned)
            .collect()
    };
    assert!(class_of(0, 0).contains(&"s10".to_owned()));
    assert!(class_of(1, 0).contains(&"s8".to_owned()));
    assert!(class_of(2, 0).contains(&"none".to_owned()));
    assert!(class_of(5, 1).contains(&"s10".to_owned()));

    let footer: Vec<String> = all(&page, "tfoot tr > *")
        .into_iter()
        .map(own_text)
        .collect();
    assert_eq!(
        footer,
        ["Pass rate", "1/6 passed", "1/6 passed", "14/27"],
        "alice passes adder, mia doubler"
    );
    let notes: Vec<String> = all(&page, "tfoot td .note").into_iter().map(text).collect();
    assert_eq!(notes[0], "17% · 5 submitted");
    assert_eq!(notes[1], "17% · 1 submitted");

    // the panel of bob's adder: every case with its verdict and points, the sample
    // failure with what it expected and printed
    let bob = select(rows[1], "td")[0];
    let cases: Vec<String> = select(bob, "li .case").into_iter().map(text).collect();
    assert_eq!(
        cases,
        [
            "adds small numberspassed1/1",
            "adds negativeswrong answer0/1",
            "adds big numbershiddenpassed2/2",
            "rejects texthiddenpassed1/1"
        ]
    );
    let why: Vec<String> = select(bob, "li pre").into_iter().map(text).collect();
    assert_eq!(
        why,
        [
            "expected an int, got a tuple\nstep: x -> -3\nexpected: -3\ngot:      (-3,)",
            "printed:\nadding -1 -2"
        ]
    );
    // carol's panel says why her file could not be graded
    let carol = select(rows[2], "td")[0];
    assert!(text(select(carol, ".message")[0]).contains("SyntaxError"));
    // dave has nothing to grade, and says so
    assert!(text(select(rows[3], "th")[0]).contains("no exercise file"));
}

#[test]
fn a_hidden_case_shows_its_verdict_points_and_hint_only() {
    // erin fails the hidden "adds big numbers"; gina raises ValueError("too big: <input>")
    // in it and prints her arguments
    let book = gradebook(
        "tests/fixtures/catalog",
        &["--each", COHORT, "tests/fixtures/grade/ci"],
    );
    assert_no_secret("the gradebook", &book.html);
    for leak in ["too big", "adding 1000", "line 3"] {
        assert!(!book.html.contains(leak), "the gradebook shows {leak:?}");
    }
    let page = book.page();
    for name in ["erin", "gina"] {
        let row = all(&page, "tbody tr")
            .into_iter()
            .find(|r| own_text(select(*r, "th")[0]) == name)
            .expect("a row");
        let hidden = select(row, "li")
            .into_iter()
            .find(|li| text(*li).starts_with("adds big numbers"))
            .expect("the hidden case");
        let verdict = if name == "erin" {
            "wrong answer"
        } else {
            "runtime error"
        };
        assert_eq!(
            text(select(hidden, ".case")[0]),
            format!("adds big numbershidden{verdict}0/2")
        );
        assert_eq!(
            text(select(hidden, ".hint")[0]),
            "Hint: What if the numbers are huge?"
        );
        assert!(select(hidden, "pre").is_empty(), "{}", hidden.html());
    }
}

#[test]
fn a_merged_report_cannot_slip_a_hidden_cases_details_into_the_gradebook() {
    // a JSON report whose hidden case carries what only --reveal would put there
    let book = gradebook("tests/fixtures/catalog", &["tests/fixtures/cohort/erin"]);
    let mut report = book.json.clone();
    let case = &mut report["submissions"][0]["exercises"][0]["cases"][2];
    assert_eq!(case["hidden"], true);
    for key in ["message", "step", "expected", "got", "traceback", "printed"] {
        case[key] = Value::from(format!("SECRET-{key}"));
    }
    case["line"] = Value::from(4242);
    case["time_ms"] = Value::from(31337.5);
    case["steps"] = serde_json::json!(["SECRET-steps"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("crafted.json");
    let output = dir.path().join("merged.html");
    std::fs::write(&input, report.to_string()).expect("write");
    run(coach()
        .args(["report", "merge"])
        .arg(&input)
        .arg("--report")
        .arg(format!("html={}", output.display())))
    .status(1);
    let html = std::fs::read_to_string(&output).expect("merged gradebook");
    for secret in ["SECRET", "4242", "31337"] {
        assert!(!html.contains(secret), "the gradebook shows {secret}");
    }
    assert!(html.contains("What if the numbers are huge?"));
}

/// Make a submission folder at `dir` with `adder.py` holding `code`.
fn submission(dir: &Path, code: &str) {
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::write(dir.join("adder.py"), code).expect("write");
}

#[test]
fn hostile_names_messages_and_a_huge_output_are_escaped_and_cut() {
    let dir = tempfile::tempdir().expect("tempdir");
    let img = r#""><img src=x onerror=alert(1)>"#;
    submission(&dir.path().join(img), "def add(a, b):\n    return a + b\n");
    // Two folders named `script>` keep their paths as names, so a name can hold a `/`.
    let script = "<script>alert(1)</script>";
    for side in ["a", "b"] {
        submission(
            &dir.path().join(side).join(script),
            "def add(a, b):\n    return a - b\n",
        );
    }
    // 40 MiB after markup in most cases; a sample case's message is markup too
    submission(
        &dir.path().join("flood"),
        "import sys\n\ndef add(a, b):\n    if a < 0:\n        raise ValueError('<img src=y onerror=alert(3)>')\n    sys.stdout.write('</pre></script><script>alert(2)</script>' + 'x' * (40 << 20))\n    return a + b\n",
    );
    let base = dir.path().display().to_string();
    let book = gradebook(
        "tests/fixtures/catalog",
        &[
            &format!("{base}/{img}"),
            &format!("{base}/a/{script}"),
            &format!("{base}/b/{script}"),
            &format!("{base}/flood"),
        ],
    );
    assert!(
        book.html.len() < 64 * 1024,
        "{} bytes for four submissions",
        book.html.len()
    );
    for raw in [
        "<script>alert",
        "<img",
        "</script><script>",
        "onerror=alert(1)>",
    ] {
        assert!(!book.html.contains(raw), "raw {raw:?} in the page");
    }
    let page = book.page();
    // the names come through whole, as text
    let names: Vec<String> = all(&page, "tbody th").into_iter().map(own_text).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.contains(&img.to_owned()), "{names:?}");
    assert_eq!(names.iter().filter(|n| n.ends_with(script)).count(), 2);
    // the parser finds only the page's own script, and no element that loads or runs anything
    let scripts = all(&page, "script");
    assert_eq!(scripts.len(), 1);
    assert!(!text(scripts[0]).contains("alert"));
    assert!(all(&page, "img, iframe, object, embed, link, svg, math, base").is_empty());
    for element in all(&page, "*") {
        for (name, _) in element.value().attrs() {
            assert!(
                !name.starts_with("on") && name != "src" && name != "href",
                "{name} on {}",
                element.html()
            );
        }
    }
    // the flood: its message and a cut output, as text, every case an output limit
    let flood = all(&page, "tbody tr")
        .into_iter()
        .find(|r| own_text(select(*r, "th")[0]) == "flood")
        .expect("flood's row");
    let verdicts: Vec<String> = select(flood, "li .verdict").into_iter().map(text).collect();
    assert_eq!(verdicts.len(), 4);
    let shown: String = select(flood, "li pre").into_iter().map(text).collect();
    assert!(
        shown.contains("</pre></script><script>alert(2)</script>"),
        "{shown}"
    );
    assert!(shown.contains("(cut;"), "{shown}");
    assert!(
        shown.contains("ValueError: <img src=y onerror=alert(3)>"),
        "{shown}"
    );
}

#[test]
fn the_page_loads_nothing_and_allows_only_its_own_script_and_style() {
    let book = gradebook("tests/fixtures/catalog", &["--each", COHORT]);
    for reference in ["http://", "https://", "url(", "@import", "//cdn"] {
        assert!(!book.html.contains(reference), "{reference} in the page");
    }
    let page = book.page();
    let policy = all(&page, r#"meta[http-equiv="Content-Security-Policy"]"#)[0]
        .value()
        .attr("content")
        .expect("content")
        .to_owned();
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    let hash = |text: &str| {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
        )
    };
    // a browser runs the inline script and style only when their hashes are in the policy
    let script: String = all(&page, "script")[0].text().collect();
    let style: String = all(&page, "style")[0].text().collect();
    assert!(script.contains("sortBy"));
    assert!(
        policy.contains(&format!("script-src {}", hash(&script))),
        "{policy}"
    );
    assert!(
        policy.contains(&format!("style-src {}", hash(&style))),
        "{policy}"
    );
    assert!(!policy.contains("unsafe"), "{policy}");
}

#[test]
fn the_gradebook_goes_to_standard_output_or_replaces_its_file_whole() {
    let stdout = grade_support::grade(&["--each", COHORT, "--report", "html=-"]);
    stdout.status(1);
    assert!(
        stdout.stdout.starts_with("<!DOCTYPE html>"),
        "{}",
        stdout.stdout
    );
    assert!(stdout.stderr.contains("Total: 12/20"), "{}", stdout.stderr);

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("gradebook.html");
    std::fs::write(&path, "x".repeat(1 << 20)).expect("an old, larger file");
    grade_support::grade(&[
        "--each",
        COHORT,
        "--report",
        &format!("html={}", path.display()),
    ])
    .status(1);
    let html = std::fs::read_to_string(&path).expect("read");
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|n| n != "gradebook.html")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let missing = dir.path().join("no/such/folder/gradebook.html");
    grade_support::grade(&[
        "--each",
        COHORT,
        "--report",
        &format!("html={}", missing.display()),
    ])
    .status(2)
    .stderr_has("does not exist");
    let rows = all(&Html::parse_document(&stdout.stdout), "tbody tr").len();
    assert_eq!(rows, 5);
}
