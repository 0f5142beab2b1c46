//! GitHub Actions: workflow commands that annotate the learners' files, and the job
//! summary, both within what GitHub shows.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::results::GradeReport;

/// GitHub shows at most this many error annotations of one step.
const ANNOTATIONS_SHOWN: usize = 10;

/// GitHub refuses a step summary larger than this (1 MiB).
pub const SUMMARY_LIMIT: usize = 1024 * 1024;

/// One `::error` workflow command.
struct Annotation {
    file: Option<String>,
    line: Option<u32>,
    title: String,
    message: String,
}

/// Annotations of every failure in `report`, the first [`ANNOTATIONS_SHOWN`] of them, and
/// one warning saying how many were left out.
pub fn annotations(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let base = workspace();
    let all = collect(report, base.as_deref());
    for annotation in all.iter().take(ANNOTATIONS_SHOWN) {
        let mut properties = Vec::new();
        if let Some(file) = &annotation.file {
            properties.push(format!("file={}", escape_property(file)));
        }
        if let Some(line) = annotation.line {
            properties.push(format!("line={line}"));
        }
        properties.push(format!("title={}", escape_property(&annotation.title)));
        writeln!(
            out,
            "::error {}::{}",
            properties.join(","),
            escape_data(&annotation.message)
        )?;
    }
    if all.len() > ANNOTATIONS_SHOWN {
        writeln!(
            out,
            "::warning title=coach::{}",
            escape_data(&format!(
                "{} more failures are not annotated (GitHub shows {ANNOTATIONS_SHOWN} per step); the job summary and the reports list them all",
                all.len() - ANNOTATIONS_SHOWN
            ))
        )?;
    }
    Ok(())
}

fn collect(report: &GradeReport, base: Option<&Path>) -> Vec<Annotation> {
    let mut all = Vec::new();
    for submission in &report.submissions {
        if submission.exercises.is_empty()
            && let Some(message) = &submission.message
        {
            all.push(Annotation {
                file: None,
                line: None,
                title: "coach".into(),
                message: format!(
                    "{}: {message} (folder {})",
                    submission.name,
                    shown_path(Path::new(&submission.path), base)
                ),
            });
        }
        for exercise in &submission.exercises {
            let title = format!("coach {}", exercise.exercise);
            let file = Path::new(&exercise.file);
            // NOTE: a missing file cannot be annotated: the message names the folder.
            let exists = file.symlink_metadata().is_ok();
            let shown = exists.then(|| shown_path(file, base));
            if let Some(message) = &exercise.message {
                all.push(Annotation {
                    file: shown.clone(),
                    line: exists.then(|| load_error_line(message)).flatten(),
                    title: title.clone(),
                    message: if exists {
                        message.clone()
                    } else {
                        format!(
                            "{}: {message} (folder {})",
                            submission.name,
                            shown_path(Path::new(&submission.path), base)
                        )
                    },
                });
            }
            for case in exercise.cases.iter().filter(|c| !c.passed()) {
                all.push(Annotation {
                    file: shown.clone(),
                    line: case.line,
                    title: title.clone(),
                    message: format!("{}: {}", case.name, case.summary()),
                });
            }
        }
    }
    all
}

/// The folder GitHub checked the repository out in (where annotation paths start).
fn workspace() -> Option<PathBuf> {
    let folder = std::env::var_os("GITHUB_WORKSPACE")
        .filter(|w| !w.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())?;
    folder.canonicalize().ok()
}

/// `path` relative to the workspace when it lies inside it, else absolute.
fn shown_path(path: &Path, base: Option<&Path>) -> String {
    let Ok(full) = path.canonicalize() else {
        return path.display().to_string();
    };
    match base.and_then(|b| full.strip_prefix(b).ok()) {
        Some(relative) => relative.display().to_string(),
        None => full.display().to_string(),
    }
}

/// The line of a syntax error, from coach's own message ("`f.py` line 3 has a …").
fn load_error_line(message: &str) -> Option<u32> {
    let first = message.lines().next()?;
    let rest = &first[first.find("` line ")? + "` line ".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    rest[digits.len()..]
        .starts_with(" has ")
        .then(|| digits.parse().ok())
        .flatten()
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// `markdown` cut to fit in what is left of the step summary (`used` bytes are taken
/// already), at a line boundary, with a last line saying so.
pub fn fit_summary(markdown: &[u8], used: u64) -> Vec<u8> {
    let room = SUMMARY_LIMIT.saturating_sub(usize::try_from(used).unwrap_or(usize::MAX));
    if markdown.len() <= room {
        return markdown.to_vec();
    }
    let note = b"\n*The summary was cut at GitHub's 1 MiB limit; the reports have every row.*\n";
    let keep = room.saturating_sub(note.len());
    let end = markdown[..keep]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let mut cut = markdown[..end].to_vec();
    cut.extend_from_slice(note);
    cut
}

/// Append `report` as Markdown to the step summary file, within GitHub's limit.
pub fn write_summary(path: &Path, markdown: &[u8]) -> Result<()> {
    let used = std::fs::metadata(path).map_or(0, |m| m.len());
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("cannot open $GITHUB_STEP_SUMMARY (`{}`)", path.display()))?;
    file.write_all(&fit_summary(markdown, used))
        .context("cannot write the GitHub step summary")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syntax_errors_line_is_read_from_its_message() {
        let message = "`a/adder.py` line 12 has a SyntaxError: '(' was never closed\n    x";
        assert_eq!(load_error_line(message), Some(12));
        assert_eq!(
            load_error_line("`a.py` raised an error while loading"),
            None
        );
        assert_eq!(load_error_line("`a.py` line 3x has"), None);
    }

    #[test]
    fn a_long_summary_is_cut_at_a_line_within_the_limit() {
        let row = b"| someone | 1/2 |\n";
        let markdown: Vec<u8> = row
            .iter()
            .copied()
            .cycle()
            .take(row.len() * 70_000)
            .collect();
        let cut = fit_summary(&markdown, 1000);
        assert!(cut.len() + 1000 <= SUMMARY_LIMIT, "{}", cut.len());
        let text = String::from_utf8(cut).expect("utf-8");
        assert!(
            text.ends_with("the reports have every row.*\n"),
            "{}",
            &text[text.len() - 200..]
        );
        assert!(text.contains("| someone | 1/2 |\n\n*The summary was cut"));
        assert_eq!(fit_summary(b"short\n", 0), b"short\n");
    }
}
