//! Helpers for the `coach grade` tests: running the real binary on the fixture cohort,
//! normalising what varies between runs and machines, golden files, and a small JSON
//! Schema checker for the Gradescope and Exercism formats.

#![allow(dead_code)]

pub mod schema;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

/// The hidden case's expected answer, its input, and the input's value (`10**30`).
pub const SECRETS: [&str; 3] = [
    "1000000000000000000000000000001",
    "10**30",
    "1000000000000000000000000000000",
];

/// The fixture cohort, relative to the crate root (tests run there).
pub const COHORT: &str = "tests/fixtures/cohort";

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures/grade").join(path)
}

/// `coach --catalog tests/fixtures/catalog`, run from the crate root so that report paths
/// are relative, with a clean environment: no colors, no GitHub Actions, no `COACH_*`.
pub fn coach() -> Command {
    coach_with_catalog("tests/fixtures/catalog")
}

pub fn coach_with_catalog(catalog: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coach"));
    command.current_dir(root()).env("NO_COLOR", "1");
    command
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY");
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("COACH_") {
            command.env_remove(name);
        }
    }
    command.arg("--catalog").arg(catalog);
    command
}

#[derive(Debug, Clone)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn status(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}\nstdout:\n{}",
            self.stderr,
            self.stdout
        );
        self
    }

    pub fn stdout_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

pub fn run(command: &mut Command) -> Run {
    let output = command.output().expect("coach runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `coach --catalog <fixture> grade ARGS...`
pub fn grade(args: &[&str]) -> Run {
    run(coach().arg("grade").args(args))
}

/// A run that wrote reports into a temporary folder, with their contents read back.
#[derive(Debug, Clone)]
pub struct Reported {
    pub run: Run,
    pub json: String,
    pub junit: String,
    pub csv: String,
    pub markdown: String,
}

impl Reported {
    pub fn report(&self) -> Value {
        serde_json::from_str(&self.json).expect("the JSON report is JSON")
    }

    /// Every text the run produced: its output streams and every report.
    pub fn texts(&self) -> [(&'static str, &str); 6] {
        [
            ("stdout", &self.run.stdout),
            ("stderr", &self.run.stderr),
            ("json", &self.json),
            ("junit", &self.junit),
            ("csv", &self.csv),
            ("markdown", &self.markdown),
        ]
    }
}

/// Grade with `args`, writing json, junit, csv and markdown reports to files.
pub fn grade_with_reports(args: &[&str]) -> Reported {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = |name: &str| dir.path().join(name).display().to_string();
    let targets = [
        format!("json={}", path("r.json")),
        format!("junit={}", path("r.xml")),
        format!("csv={}", path("r.csv")),
        format!("markdown={}", path("r.md")),
    ];
    let mut command = coach();
    command.arg("grade").args(args);
    for target in &targets {
        command.args(["--report", target]);
    }
    let run = run(&mut command);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}\nstdout:\n{}\nstderr:\n{}",
        run.code,
        run.stdout,
        run.stderr
    );
    let read = |name: &str| {
        std::fs::read_to_string(dir.path().join(name))
            .unwrap_or_else(|e| panic!("report {name} was not written: {e}"))
    };
    Reported {
        json: read("r.json"),
        junit: read("r.xml"),
        csv: read("r.csv"),
        markdown: read("r.md"),
        run,
    }
}

/// The fixture cohort graded once per test binary (`--each tests/fixtures/cohort --jobs 3`).
pub fn cohort() -> &'static Reported {
    static COHORT_RUN: OnceLock<Reported> = OnceLock::new();
    COHORT_RUN.get_or_init(|| grade_with_reports(&["--each", COHORT, "--jobs", "3"]))
}

/// One submission graded once per test binary, with its Gradescope and Exercism reports.
#[derive(Debug, Clone)]
pub struct Single {
    pub run: Run,
    pub gradescope: String,
    pub exercism: String,
}

impl Single {
    pub fn gradescope(&self) -> Value {
        serde_json::from_str(&self.gradescope).expect("the Gradescope report is JSON")
    }

    pub fn exercism(&self) -> Value {
        serde_json::from_str(&self.exercism).expect("the Exercism report is JSON")
    }
}

/// Grade one submission folder (relative to the crate root) into Gradescope and Exercism reports.
pub fn grade_single(catalog: &str, dir: &str, extra: &[&str]) -> Single {
    let out = tempfile::tempdir().expect("tempdir");
    let gradescope = out.path().join("gradescope.json");
    let exercism = out.path().join("exercism.json");
    let run = run(coach_with_catalog(catalog)
        .arg("grade")
        .arg(dir)
        .args(extra)
        .arg("--report")
        .arg(format!("gradescope={}", gradescope.display()))
        .arg("--report")
        .arg(format!("exercism={}", exercism.display())));
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}\nstdout:\n{}\nstderr:\n{}",
        run.code,
        run.stdout,
        run.stderr
    );
    let read = |path: &Path| std::fs::read_to_string(path).expect("report written");
    Single {
        gradescope: read(&gradescope),
        exercism: read(&exercism),
        run,
    }
}

/// A submission of the fixture cohort, graded once per test binary.
pub fn cohort_member(name: &str) -> &'static Single {
    static MEMBERS: OnceLock<
        std::sync::Mutex<std::collections::BTreeMap<String, &'static Single>>,
    > = OnceLock::new();
    let members = MEMBERS.get_or_init(Default::default);
    let mut members = members.lock().unwrap_or_else(|e| e.into_inner());
    members.entry(name.to_owned()).or_insert_with(|| {
        Box::leak(Box::new(grade_single(
            "tests/fixtures/catalog",
            &format!("{COHORT}/{name}"),
            &[],
        )))
    })
}

/// Replace what varies between runs and machines: every `time_ms` (and Gradescope's
/// `execution_time`) by 0, the Python version and the sandbox protections in force by
/// placeholders.
pub fn normalise_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                match key.as_str() {
                    "time_ms" | "hidden_time_ms" => *item = Value::from(0),
                    "execution_time" => *item = Value::from(0.0),
                    "python" if item.is_string() => *item = Value::from("<python>"),
                    "sandbox" if item.is_object() => *item = Value::from("<sandbox>"),
                    _ => normalise_json(item),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(normalise_json),
        _ => {}
    }
}

/// A JSON report as normalised, pretty text, for comparing two reports.
pub fn normalised_json_text(text: &str) -> String {
    let mut value: Value = serde_json::from_str(text).expect("JSON");
    normalise_json(&mut value);
    let mut text = serde_json::to_string_pretty(&value).expect("serialise");
    text.push('\n');
    normalise_text(&text)
}

/// A pretty-printed JSON report normalised as text, keeping its key order and layout (for
/// goldens): `"time_ms"` values become 0 (`"execution_time"` 0.0), `"python"` and the
/// `"sandbox"` object placeholders.
pub fn normalised_json_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let comma = if line.ends_with(',') { "," } else { "" };
        if trimmed.starts_with("\"time_ms\": ") {
            out.push_str(&format!("{indent}\"time_ms\": 0{comma}"));
        } else if trimmed.starts_with("\"execution_time\": ") {
            out.push_str(&format!("{indent}\"execution_time\": 0.0{comma}"));
        } else if trimmed.starts_with("\"hidden_time_ms\": ") {
            out.push_str(&format!("{indent}\"hidden_time_ms\": 0{comma}"));
        } else if trimmed.starts_with("\"python\": \"") {
            out.push_str(&format!("{indent}\"python\": \"<python>\"{comma}"));
        } else if trimmed == "\"sandbox\": {" {
            let close = lines
                .by_ref()
                .find(|l| l.starts_with(&format!("{indent}}}")))
                .expect("the sandbox object ends");
            let comma = if close.ends_with(',') { "," } else { "" };
            out.push_str(&format!("{indent}\"sandbox\": \"<sandbox>\"{comma}"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    let out = normalise_text(&out);
    let mut expected: Value = serde_json::from_str(text).expect("JSON");
    normalise_json(&mut expected);
    let got: Value = serde_json::from_str(&out).expect("normalised JSON stays JSON");
    assert_eq!(got, expected, "text and value normalisation agree");
    out
}

/// Replace JUnit `time="..."` attributes by `time="0"` and the crate root by `<root>`.
pub fn normalise_text(text: &str) -> String {
    let root = root().display().to_string();
    let text = text.replace(&root, "<root>");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find(" time=\"") {
        let value_start = start + " time=\"".len();
        out.push_str(&rest[..value_start]);
        let after = &rest[value_start..];
        let end = after.find('"').unwrap_or(after.len());
        if after[..end].chars().all(|c| c.is_ascii_digit() || c == '.') {
            out.push('0');
        } else {
            out.push_str(&after[..end]);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    normalise_timestamps(&out)
}

/// JUnit's timestamp properties (the moment of the run) as `value="T"`.
fn normalise_timestamps(text: &str) -> String {
    const KEY: &str = "name=\"timestamp\" value=\"";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(KEY) {
        let value_start = start + KEY.len();
        out.push_str(&rest[..value_start]);
        let after = &rest[value_start..];
        let end = after.find('"').unwrap_or(after.len());
        out.push('T');
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The goldens assume Python 3.10 or newer (the wording of SyntaxError messages).
pub fn python_has_golden_wording(report_python: Option<&str>) -> bool {
    let Some(version) = report_python else {
        return true;
    };
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (3, 10)
}

/// The first `python` field found in a JSON report.
pub fn python_of(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => map
            .get("python")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| map.values().find_map(python_of)),
        Value::Array(items) => items.iter().find_map(python_of),
        _ => None,
    }
}

/// Compare `actual` with `tests/fixtures/grade/golden/<name>`; `UPDATE_GOLDEN=1` rewrites it.
pub fn assert_golden(name: &str, actual: &str) {
    let path = fixture("golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "golden {} is missing ({e}); run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let diff = similar::TextDiff::from_lines(&expected, actual)
            .unified_diff()
            .header(&format!("golden/{name}"), "actual")
            .to_string();
        panic!(
            "{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it after review):\n{diff}"
        );
    }
}

/// Assert that none of the hidden case's secrets appears in `text`.
pub fn assert_no_secret(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(
            !text.contains(secret),
            "{what} reveals the hidden case's {secret:?}:\n{text}"
        );
    }
}

/// The names of the submissions in a JSON grade report, in order.
pub fn names(report: &Value) -> Vec<String> {
    report["submissions"]
        .as_array()
        .expect("submissions")
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect()
}

/// A submission of a JSON grade report by name.
pub fn submission<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["submissions"]
        .as_array()
        .expect("submissions")
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no submission {name} in {report}"))
}
