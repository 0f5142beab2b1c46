//! Script cases: the learner's file runs as a program and what it prints is compared.

use std::collections::BTreeMap;

use serde::Deserialize;

/// How a script's output is compared with the expected text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Byte for byte.
    Exact,
    /// Line by line, ignoring trailing whitespace and trailing blank lines (the default).
    #[default]
    Lines,
    /// Whitespace-separated tokens; numbers may differ by `float`.
    Tokens,
    /// The same lines in any order (trailing whitespace ignored).
    UnorderedLines,
}

/// The comparison of one script case.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct OutputCompare {
    pub mode: Mode,
    /// Absolute/relative tolerance for numeric tokens (`tokens` mode).
    pub float: Option<f64>,
}

/// One run of the learner's program.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Script {
    /// Arguments after the file name.
    pub argv: Vec<String>,
    /// Standard input (default: empty).
    pub stdin: String,
    /// Files placed in the scratch directory before the run, by relative path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Expected standard output, when checked.
    pub stdout: Option<String>,
    /// What standard error must hold, when checked.
    pub stderr: Option<ErrorOutput>,
    /// Expected exit code; when absent, any nonzero exit is a runtime error.
    pub exit_code: Option<i32>,
    pub compare: OutputCompare,
}

/// What a script case expects on standard error.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
pub enum ErrorOutput {
    /// `stderr = "..."`: this text, compared like standard output.
    Text(String),
    /// `stderr = { contains = "..." }` or `stderr = { nonempty = true }`: for error
    /// messages whose wording the prompt leaves open.
    Check(ErrorCheck),
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCheck {
    /// Standard error must contain this text.
    pub contains: Option<String>,
    /// Standard error must hold more than whitespace.
    #[serde(default)]
    pub nonempty: bool,
}

impl ErrorOutput {
    /// `None` when standard error `got` is as expected, else why not.
    pub fn mismatch(&self, got: &str, compare: OutputCompare) -> Option<String> {
        match self {
            ErrorOutput::Text(expected) => crate::script::compare(expected, got, compare),
            ErrorOutput::Check(check) => {
                if let Some(text) = &check.contains
                    && !got.contains(text.as_str())
                {
                    return Some(format!("it should contain {text:?}"));
                }
                (check.nonempty && got.trim().is_empty())
                    .then(|| "it should hold a message, but it is empty".to_owned())
            }
        }
    }

    /// How the expectation reads in a report.
    pub fn describe(&self) -> String {
        match self {
            ErrorOutput::Text(text) => text.clone(),
            ErrorOutput::Check(ErrorCheck {
                contains: Some(text),
                ..
            }) => {
                format!("a message containing {text:?}")
            }
            ErrorOutput::Check(_) => "a message".into(),
        }
    }
}

impl Script {
    /// The command as a learner would type it.
    pub fn command(&self, file: &str) -> String {
        let mut parts = vec!["python".to_owned(), file.to_owned()];
        parts.extend(self.argv.iter().map(|a| quote(a)));
        let mut line = parts.join(" ");
        if !self.stdin.is_empty() {
            line.push_str(" < stdin");
        }
        line
    }
}

/// A relative path inside the scratch directory, or why not.
pub fn check_file_name(name: &str) -> Result<(), String> {
    let path = std::path::Path::new(name);
    let plain = !name.is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    if plain {
        Ok(())
    } else {
        Err(format!(
            "file name `{name}` must be a relative path inside the scratch directory (no `..`, no leading `/`)"
        ))
    }
}

fn quote(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/=".contains(c))
    {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}
