//! `graders/<slug>/`: tests.toml, the reference solution, known-wrong solutions, helpers.

use anyhow::{Result, anyhow, bail};
use serde::Deserialize;
use toml::Spanned;

use super::exercise::{Exercise, check_version, line_of};
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
    /// The steps, one per line (see the step language).
    run: Spanned<String>,
    /// Comparison options for this case.
    compare: Option<CompareFile>,
}

fn one() -> u32 {
    1
}

/// `compare = { float = 1e-9, unordered = true }`.
#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompareFile {
    /// Absolute/relative tolerance for floats.
    float: Option<f64>,
    /// Lists compare as multisets.
    unordered: Option<bool>,
}

impl CompareFile {
    fn over(self, base: CompareOptions) -> CompareOptions {
        CompareOptions {
            float_tolerance: self.float.or(base.float_tolerance),
            unordered: self.unordered.unwrap_or(base.unordered),
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
    pub steps: Vec<Step>,
    pub compare: CompareOptions,
}

/// A solution under `wrong/` and the verdict it must get on some case.
#[derive(Debug, Clone)]
pub struct WrongSolution {
    pub name: String,
    pub source: String,
    pub expect: Verdict,
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
        let cases = parse_tests(&text, &name)?;

        let solution_rel = format!("{slug}/solution.py");
        let solution = source.read(&solution_rel)?.ok_or_else(|| {
            anyhow!("`{}` is missing: every exercise needs a reference solution", source.display(&solution_rel))
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
            let expect = declared_verdict(&text).map_err(|e| anyhow!("`{}` line 1: {e}", source.display(&rel)))?;
            wrong.push(WrongSolution { name: file, source: text, expect });
        }
        Ok(Graders { cases, solution, wrong, helpers })
    }

    pub fn max_score(&self) -> u32 {
        self.cases.iter().map(|c| c.points).sum()
    }
}

/// Parse tests.toml text; `name` is how the file is called in errors.
pub fn parse_tests(text: &str, name: &str) -> Result<Vec<Case>> {
    let file: TestsFile =
        toml::from_str(text).map_err(|e| anyhow!("`{name}` is not valid: {e}"))?;
    check_version(&file.format_version, text, name)?;
    if file.cases.is_empty() {
        bail!("`{name}` has no cases; add at least one `[[case]]` table");
    }
    let base = file.compare.over(CompareOptions::default());
    let mut cases: Vec<Case> = Vec::new();
    for case in file.cases {
        let case_line = line_of(text, case.name.span().start);
        let case_name = case.name.into_inner();
        if case_name.trim().is_empty() {
            bail!("`{name}` line {case_line}: a case needs a non-empty name");
        }
        if cases.iter().any(|c| c.name == case_name) {
            bail!("`{name}` line {case_line}: two cases are named \"{case_name}\"; names must be unique");
        }
        let run_span = case.run.span();
        let steps = steps::parse_steps(case.run.get_ref()).map_err(|e| {
            anyhow!(
                "`{name}` line {}: case \"{case_name}\": {}",
                run_line(text, run_span.start) + e.line - 1,
                e.message
            )
        })?;
        if steps.is_empty() {
            bail!("`{name}` line {}: case \"{case_name}\" has no steps", line_of(text, run_span.start));
        }
        cases.push(Case {
            name: case_name,
            sample: case.sample,
            points: case.points,
            hint: case.hint,
            steps,
            compare: case.compare.map_or(base, |c| c.over(base)),
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

/// The verdict declared on a wrong solution's first line: `# expect: wrong_answer`.
fn declared_verdict(source: &str) -> Result<Verdict, String> {
    let first = source.lines().next().unwrap_or_default();
    let declared = first
        .trim()
        .strip_prefix('#')
        .map(str::trim)
        .and_then(|rest| rest.strip_prefix("expect:"))
        .map(str::trim)
        .ok_or_else(|| {
            "a wrong solution must start with `# expect: VERDICT` (e.g. `# expect: wrong_answer`)".to_owned()
        })?;
    Verdict::parse(declared)
        .filter(|v| v.is_failure())
        .ok_or_else(|| {
            format!(
                "`{declared}` is not a failing verdict; use one of: {}",
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
        let err = parse_tests(text, "t.toml").unwrap_err().to_string();
        assert!(err.contains("line 7"), "{err}");
    }

    #[test]
    fn unknown_version_names_supported_ones() {
        let err = parse_tests("format_version = 7\n", "t.toml").unwrap_err().to_string();
        assert!(err.contains("format_version 7 is not supported"), "{err}");
        assert!(err.contains("format_version 1"), "{err}");
    }

    #[test]
    fn duplicate_names_are_rejected() {
        let text = "format_version = 1\n[[case]]\nname = \"a\"\nrun = \"f() -> 1\"\n[[case]]\nname = \"a\"\nrun = \"f() -> 1\"\n";
        let err = parse_tests(text, "t.toml").unwrap_err().to_string();
        assert!(err.contains("line 6") && err.contains("unique"), "{err}");
    }

    #[test]
    fn declared_verdicts() {
        assert_eq!(declared_verdict("# expect: wrong_answer\n"), Ok(Verdict::WrongAnswer));
        assert!(declared_verdict("# expect: passed\n").is_err());
        assert!(declared_verdict("def f(): pass\n").is_err());
    }
}
