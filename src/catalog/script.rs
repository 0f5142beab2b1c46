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
    pub files: BTreeMap<String, String>,
    /// Expected standard output, when checked.
    pub stdout: Option<String>,
    /// Expected standard error, when checked (compared like stdout).
    pub stderr: Option<String>,
    /// Expected exit code; when absent, any nonzero exit is a runtime error.
    pub exit_code: Option<i32>,
    pub compare: OutputCompare,
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
