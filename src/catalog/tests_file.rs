//! `graders/<slug>/`: tests.toml, the reference solution, known-wrong solutions, helpers.

use anyhow::{Result, anyhow, bail};
use serde::Deserialize;
use toml::Spanned;

use super::exercise::{Exercise, Kind, check_version, line_of};
use super::script::{Mode, OutputCompare, Script, check_file_name};
use super::source::Source;
use crate::steps::{self, Step};
use crate::value::CompareOptions;
use crate::verdict::Verdict;

/// tests.toml as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestsFile {
    /// Version of this format; only 1 exists.
    format_version: Spanned<u32>,
    /// Comparison options for every case (a case's own `compare` wins).
    #[serde(default)]
    compare: CompareFile,
    /// The cases, in the order they run and are reported.
    #[serde(default, rename = "case")]
    cases: Vec<CaseFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    /// Shown in every report; unique within the exercise.
    name: Spanned<String>,
    /// A sample case is shown to learners in full (default: hidden).
    #[serde(default)]
    sample: bool,
    /// What passing the case is worth (default 1).
    #[serde(default = "one")]
    points: u32,
    /// Shown when a hidden case fails: what kind of input breaks, never the answer.
    hint: Option<String>,
    /// The steps, one per line (see the step language); function exercises only.
    run: Option<Spanned<String>>,
    /// Comparison options for this case.
    compare: Option<CompareFile>,
    /// Script exercises: arguments after the file name.
    #[serde(default)]
    argv: Vec<String>,
    /// Script exercises: standard input.
    #[serde(default)]
    stdin: String,
    /// Script exercises: files placed in the scratch directory, by relative path; a
    /// file is its text, or `{ repeat = "text", times = N }` for a large one.
    #[serde(default)]
    files: std::collections::BTreeMap<String, FileContents>,
    /// Script exercises: expected standard output.
    stdout: Option<String>,
    /// Script exercises: expected standard error: its text, or `{ contains = "..." }`,
    /// or `{ nonempty = true }`.
    stderr: Option<super::script::ErrorOutput>,
    /// Script exercises: expected exit code.
    exit_code: Option<i32>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum FileContents {
    Text(String),
    Repeat {
        repeat: String,
        times: usize,
    },
    /// `{ hex = "48ff0a" }`: bytes that are not UTF-8 text (a Latin-1 file, a binary).
    Hex {
        hex: String,
    },
}

/// `48ff0a` as bytes; `None` unless it is pairs of hexadecimal digits.
fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    let digits: Vec<char> = hex.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(&pair.iter().collect::<String>(), 16).ok())
        .collect()
}

/// The largest generated file: enough for a stress case, small enough for memory.
const MAX_GENERATED: usize = 64 << 20;

fn one() -> u32 {
    1
}

/// `compare = { float = 1e-9, unordered = true }` for steps; for scripts a mode,
/// `compare = "tokens"`, or `compare = { mode = "tokens", float = 1e-6 }`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged)]
enum CompareFile {
    Mode(Mode),
    Table(CompareTable),
}

impl Default for CompareFile {
    fn default() -> Self {
        CompareFile::Table(CompareTable::default())
    }
}

#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompareTable {
    /// Absolute/relative tolerance for floats.
    float: Option<f64>,
    /// Lists compare as multisets.
    unordered: Option<bool>,
    /// How script output is compared.
    mode: Option<Mode>,
}

impl CompareFile {
    fn table(self) -> CompareTable {
        match self {
            CompareFile::Mode(mode) => CompareTable {
                mode: Some(mode),
                ..CompareTable::default()
            },
            CompareFile::Table(table) => table,
        }
    }

    fn over(self, base: CompareOptions) -> CompareOptions {
        let table = self.table();
        CompareOptions {
            float_tolerance: table.float.or(base.float_tolerance),
            unordered: table.unordered.unwrap_or(base.unordered),
        }
    }

    fn over_output(self, base: OutputCompare) -> OutputCompare {
        let table = self.table();
        OutputCompare {
            mode: table.mode.unwrap_or(base.mode),
            float: table.float.or(base.float),
        }
    }
}

/// One test case, with its steps parsed.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub sample: bool,
    pub points: u32,
    pub hint: Option<String>,
    /// The steps of a function case (empty for a script case).
    pub steps: Vec<Step>,
    pub compare: CompareOptions,
    /// What a script case runs and expects.
    pub script: Option<Script>,
}

impl Case {
    /// The case as written, one line per step (or the command of a script case).
    pub fn lines(&self, file: &str) -> Vec<String> {
        match &self.script {
            Some(script) => vec![script.command(file)],
            None => self.steps.iter().map(|s| s.source.clone()).collect(),
        }
    }
}

/// A solution under `wrong/` and the verdict it must get on some case.
#[derive(Debug, Clone)]
pub struct WrongSolution {
    pub name: String,
    pub source: String,
    pub expect: Expected,
}

/// What a wrong solution declares on its first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// `# expect: wrong_answer` (or another failing verdict): on at least one case.
    Verdict(Verdict),
    /// `# expect: constraint`: it uses something `[constraints] forbid` names, so it is
    /// not graded at all; proof that the constraint catches it.
    Constraint,
}

/// Everything hidden about one exercise.
#[derive(Debug, Clone)]
pub struct Graders {
    pub cases: Vec<Case>,
    pub solution: String,
    pub wrong: Vec<WrongSolution>,
    pub helpers: Option<String>,
}

impl Graders {
    pub fn load(source: &Source, exercise: &Exercise) -> Result<Graders> {
        let slug = &exercise.slug;
        let rel = format!("{slug}/tests.toml");
        let name = source.display(&rel);
        let text = source
            .read(&rel)?
            .ok_or_else(|| anyhow!("`{name}` is missing: the exercise has no tests"))?;
        let cases = parse_tests(&text, &name, exercise.kind)?;

        let solution_rel = format!("{slug}/solution.py");
        let solution = source.read(&solution_rel)?.ok_or_else(|| {
            anyhow!(
                "`{}` is missing: every exercise needs a reference solution",
                source.display(&solution_rel)
            )
        })?;
        let helpers = source.read(&format!("{slug}/helpers.py"))?;

        let mut wrong = Vec::new();
        let wrong_dir = format!("{slug}/wrong");
        for file in source.files(&wrong_dir)? {
            if !file.ends_with(".py") {
                continue;
            }
            let rel = format!("{wrong_dir}/{file}");
            let text = source.read(&rel)?.unwrap_or_default();
            let expect = declared_verdict(&text)
                .map_err(|e| anyhow!("`{}` line 1: {e}", source.display(&rel)))?;
            wrong.push(WrongSolution {
                name: file,
                source: text,
                expect,
            });
        }
        Ok(Graders {
            cases,
            solution,
            wrong,
            helpers,
        })
    }

    pub fn max_score(&self) -> u32 {
        self.cases.iter().map(|c| c.points).sum()
    }
}

/// Parse tests.toml text; `name` is how the file is called in errors.
pub fn parse_tests(text: &str, name: &str, kind: Kind) -> Result<Vec<Case>> {
    let file: TestsFile =
        toml::from_str(text).map_err(|e| anyhow!("`{name}` is not valid: {e}"))?;
    check_version(&file.format_version, text, name)?;
    if file.cases.is_empty() {
        bail!("`{name}` has no cases; add at least one `[[case]]` table");
    }
    let base = file.compare.over(CompareOptions::default());
    let base_output = file.compare.over_output(OutputCompare::default());
    let mut cases: Vec<Case> = Vec::new();
    let mut total_points: u32 = 0;
    for case in file.cases {
        let case_line = line_of(text, case.name.span().start);
        // NOTE: the exercise's score is a u32: points that add up past it would wrap.
        total_points = total_points.checked_add(case.points).ok_or_else(|| {
            anyhow!(
                "`{name}` line {case_line}: the points of the cases add up to more than {}; give each case fewer",
                u32::MAX
            )
        })?;
        let case_name = case.name.into_inner();
        if case_name.trim().is_empty() {
            bail!("`{name}` line {case_line}: a case needs a non-empty name");
        }
        if cases.iter().any(|c| c.name == case_name) {
            bail!(
                "`{name}` line {case_line}: two cases are named \"{case_name}\"; names must be unique"
            );
        }
        let at = |what: &str| anyhow!("`{name}` line {case_line}: case \"{case_name}\": {what}");
        let script_fields = !case.argv.is_empty()
            || !case.stdin.is_empty()
            || !case.files.is_empty()
            || case.stdout.is_some()
            || case.stderr.is_some()
            || case.exit_code.is_some();
        let (steps, script) = match (kind, case.run) {
            (Kind::Function, Some(run)) => {
                if script_fields {
                    return Err(at(
                        "argv, stdin, files, stdout, stderr and exit_code belong to script exercises (kind = \"script\" in exercise.toml)",
                    ));
                }
                let run_span = run.span();
                let steps = steps::parse_steps(run.get_ref()).map_err(|e| {
                    anyhow!(
                        "`{name}` line {}: case \"{case_name}\": {}",
                        run_line(text, run_span.start) + e.line - 1,
                        e.message
                    )
                })?;
                if steps.is_empty() {
                    bail!(
                        "`{name}` line {}: case \"{case_name}\" has no steps",
                        line_of(text, run_span.start)
                    );
                }
                (steps, None)
            }
            (Kind::Function, None) => return Err(at("a case needs `run`, its steps")),
            (Kind::Script, Some(_)) => {
                return Err(at(
                    "`run` steps belong to function exercises; a script case gives argv, stdin, files and the expected stdout",
                ));
            }
            (Kind::Script, None) => {
                if case.stdout.is_none() && case.stderr.is_none() && case.exit_code.is_none() {
                    return Err(at("say what to expect: stdout, stderr or exit_code"));
                }
                let mut files = std::collections::BTreeMap::new();
                for (file, contents) in case.files {
                    check_file_name(&file).map_err(|e| at(&e))?;
                    let text = match contents {
                        FileContents::Text(text) => text.into_bytes(),
                        FileContents::Repeat { repeat, times } => {
                            if repeat.len().saturating_mul(times) > MAX_GENERATED {
                                return Err(at(&format!(
                                    "file `{file}` would be larger than 64MiB"
                                )));
                            }
                            repeat.repeat(times).into_bytes()
                        }
                        FileContents::Hex { hex } => decode_hex(&hex).ok_or_else(|| {
                            at(&format!(
                                "file `{file}`: `hex` must be pairs of hexadecimal digits"
                            ))
                        })?,
                    };
                    files.insert(file, text);
                }
                let compare = case
                    .compare
                    .map_or(base_output, |c| c.over_output(base_output));
                let script = Script {
                    argv: case.argv,
                    stdin: case.stdin,
                    files,
                    stdout: case.stdout,
                    stderr: case.stderr,
                    exit_code: case.exit_code,
                    compare,
                };
                (Vec::new(), Some(script))
            }
        };
        cases.push(Case {
            name: case_name,
            sample: case.sample,
            points: case.points,
            hint: case.hint,
            steps,
            compare: case.compare.map_or(base, |c| c.over(base)),
            script,
        });
    }
    Ok(cases)
}

/// The file line where a `run` string's first line of text sits: a multi-line string
/// that opens with a newline starts on the next line.
fn run_line(text: &str, start: usize) -> usize {
    let line = line_of(text, start);
    let rest = &text[start.min(text.len())..];
    let opens_multiline = ["\"\"\"\n", "'''\n", "\"\"\"\r\n", "'''\r\n"]
        .iter()
        .any(|open| rest.starts_with(open));
    if opens_multiline { line + 1 } else { line }
}

/// What a wrong solution declares on its first line: `# expect: wrong_answer`, or
/// `# expect: constraint`.
fn declared_verdict(source: &str) -> Result<Expected, String> {
    let first = source.lines().next().unwrap_or_default();
    let declared = first
        .trim()
        .strip_prefix('#')
        .map(str::trim)
        .and_then(|rest| rest.strip_prefix("expect:"))
        .map(str::trim)
        .ok_or_else(|| {
            "a wrong solution must start with `# expect: VERDICT` (e.g. `# expect: wrong_answer`)"
                .to_owned()
        })?;
    if declared == "constraint" {
        return Ok(Expected::Constraint);
    }
    Verdict::parse(declared)
        .filter(|v| v.is_failure())
        .map(Expected::Verdict)
        .ok_or_else(|| {
            format!(
                "`{declared}` is not a failing verdict; use one of: {}, or `constraint` for a solution that breaks a `forbid`",
                Verdict::FAILURES.map(Verdict::as_str).join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_errors_point_at_the_file_line() {
        let text = "format_version = 1\n\n[[case]]\nname = \"a\"\nrun = \"\"\"\nx = 1\nf(x) -> [1,\n\"\"\"\n";
        let err = parse_tests(text, "t.toml", Kind::Function)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 7"), "{err}");
    }

    #[test]
    fn unknown_version_names_supported_ones() {
        let err = parse_tests("format_version = 7\n", "t.toml", Kind::Function)
            .unwrap_err()
            .to_string();
        assert!(err.contains("format_version 7 is not supported"), "{err}");
        assert!(err.contains("format_version 1"), "{err}");
    }

    #[test]
    fn duplicate_names_are_rejected() {
        let text = "format_version = 1\n[[case]]\nname = \"a\"\nrun = \"f() -> 1\"\n[[case]]\nname = \"a\"\nrun = \"f() -> 1\"\n";
        let err = parse_tests(text, "t.toml", Kind::Function)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 6") && err.contains("unique"), "{err}");
    }

    #[test]
    fn declared_verdicts() {
        assert_eq!(
            declared_verdict("# expect: wrong_answer\n"),
            Ok(Expected::Verdict(Verdict::WrongAnswer))
        );
        assert_eq!(
            declared_verdict("# expect: constraint\n"),
            Ok(Expected::Constraint)
        );
        assert!(declared_verdict("# expect: passed\n").is_err());
        assert!(declared_verdict("def f(): pass\n").is_err());
    }
}
