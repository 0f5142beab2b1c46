//! The report a person reads: a line per case, then what went wrong and how to see it.

use std::io::Write;

use anyhow::Result;
use owo_colors::{OwoColorize, Style};
use similar::{ChangeTag, TextDiff};

use super::{Graded, Reporter};
use crate::catalog::Case;
use crate::verdict::{Status, Verdict};
use crate::worker::CaseOutcome;

/// Styles for the human report; all plain unless the stream is a terminal that wants color.
#[derive(Debug, Clone, Copy, Default)]
pub struct Styles {
    pub pass: Style,
    pub fail: Style,
    pub bold: Style,
    pub dim: Style,
    pub removed: Style,
    pub added: Style,
}

impl Styles {
    pub fn colored() -> Styles {
        Styles {
            pass: Style::new().green().bold(),
            fail: Style::new().red().bold(),
            bold: Style::new().bold(),
            dim: Style::new().dimmed(),
            removed: Style::new().red().underline(),
            added: Style::new().green().underline(),
        }
    }
}

pub struct Human {
    pub styles: Styles,
    pub reveal: bool,
    /// The learner's file name, for script commands.
    pub file: String,
}

/// How much of what a case printed is shown.
const PRINTED_LINES: usize = 20;

impl Reporter for Human {
    fn write(&self, graded: &Graded, out: &mut dyn Write) -> Result<()> {
        let s = &self.styles;
        let exercise = graded.exercise;
        writeln!(
            out,
            "{} {}",
            exercise.slug.style(s.bold),
            format!("({})", exercise.file).style(s.dim)
        )?;
        if graded.status() == Status::Error {
            writeln!(
                out,
                "{} {}",
                "error:".style(s.fail),
                graded.outcome.message.as_deref().unwrap_or("")
            )?;
            writeln!(
                out,
                "Nothing was graded. Fix that, then run `coach check {}` again.",
                exercise.slug
            )?;
            return Ok(());
        }
        let width = graded
            .cases
            .iter()
            .map(|c| c.name.chars().count())
            .max()
            .unwrap_or(0)
            .min(60);
        for (case, outcome) in graded.pairs() {
            let label = format!("{:<7}", outcome.verdict.label());
            let style = if outcome.verdict == Verdict::Passed {
                s.pass
            } else {
                s.fail
            };
            let hidden = if case.sample { "" } else { " (hidden)" };
            writeln!(
                out,
                "  {} {:<width$} {}",
                label.style(style),
                format!("{}{hidden}", case.name),
                format!("{:>5.0} ms", outcome.time_ms).style(s.dim),
                width = width + 9,
            )?;
        }
        for (case, outcome) in graded.pairs().filter(|(_, o)| o.verdict != Verdict::Passed) {
            writeln!(out)?;
            if case.sample || self.reveal {
                self.detail(case, outcome, out)?;
            } else {
                writeln!(
                    out,
                    "{} {} {}",
                    "✗".style(s.fail),
                    case.name.style(s.bold),
                    format!("(hidden): {}", outcome.verdict.as_str()).style(s.dim)
                )?;
                if let Some(hint) = &case.hint {
                    writeln!(out, "  hint: {hint}")?;
                }
            }
        }
        let failed = graded
            .pairs()
            .filter(|(_, o)| o.verdict != Verdict::Passed)
            .count();
        writeln!(out)?;
        if let Some(missing) = graded.outcome.sandbox.as_ref().and_then(|p| p.missing()) {
            writeln!(out, "{}", missing.style(s.dim))?;
        }
        let score = format!("{}/{}", graded.score(), graded.max_score());
        if failed == 0 {
            writeln!(
                out,
                "{} all {} cases passed, score {score}",
                "Passed:".style(s.pass),
                graded.cases.len()
            )?;
        } else {
            writeln!(
                out,
                "{} {failed} of {} cases failed, score {score}",
                "Failed:".style(s.fail),
                graded.cases.len()
            )?;
        }
        Ok(())
    }
}

impl Human {
    fn detail(&self, case: &Case, outcome: &CaseOutcome, out: &mut dyn Write) -> Result<()> {
        let s = &self.styles;
        let kind = if case.sample {
            ""
        } else {
            " (hidden, revealed)"
        };
        writeln!(
            out,
            "{} {}{kind}: {}",
            "✗".style(s.fail),
            case.name.style(s.bold),
            outcome.verdict.as_str()
        )?;
        let Some(failure) = &outcome.failure else {
            return Ok(());
        };
        if let Some(script) = &case.script {
            writeln!(out, "  $ {}", script.command(&self.file).style(s.bold))?;
            for name in script.files.keys() {
                writeln!(
                    out,
                    "    {}",
                    format!("(with the file {name})").style(s.dim)
                )?;
            }
        }
        if let Some(index) = failure.step {
            for (i, step) in case.steps.iter().enumerate().take(index + 1) {
                let marker = if i == index { "→" } else { " " };
                let text = step.source.replace('\n', "\n      ");
                if i == index {
                    writeln!(out, "  {marker} {}", text.style(s.bold))?;
                } else {
                    writeln!(out, "  {marker} {}", text.style(s.dim))?;
                }
            }
        }
        if !failure.message.is_empty() {
            writeln!(out, "  {}", failure.message)?;
        }
        match (&failure.expected, &failure.got) {
            (Some(expected), Some(got))
                if case.script.is_some() && outcome.verdict == Verdict::WrongAnswer =>
            {
                writeln!(out, "  {}", "(- expected, + got)".style(s.dim))?;
                for line in super::diff::lines(expected, got, s) {
                    writeln!(out, "    {line}")?;
                }
            }
            (Some(expected), Some(got)) if outcome.verdict == Verdict::WrongAnswer => {
                let (left, right) = highlight(expected, got, s);
                writeln!(out, "    expected: {left}")?;
                writeln!(out, "    got:      {right}")?;
            }
            _ => {}
        }
        if let Some(traceback) = &failure.traceback {
            for line in traceback.trim_end().lines() {
                writeln!(out, "    {}", line.style(s.dim))?;
            }
        }
        let printed = outcome.printed.trim_end();
        if !printed.is_empty() {
            let label = if case.script.is_some() {
                "standard error:"
            } else {
                "it printed:"
            };
            writeln!(out, "  {label}")?;
            let lines: Vec<&str> = printed.lines().collect();
            for line in lines.iter().take(PRINTED_LINES) {
                writeln!(out, "    | {line}")?;
            }
            if lines.len() > PRINTED_LINES {
                writeln!(
                    out,
                    "    | ... ({} more lines)",
                    lines.len() - PRINTED_LINES
                )?;
            }
        }
        if let Some(hint) = &case.hint {
            writeln!(out, "  hint: {hint}")?;
        }
        Ok(())
    }
}

/// The expected and actual text with their differences marked.
fn highlight(expected: &str, got: &str, s: &Styles) -> (String, String) {
    let diff = TextDiff::from_chars(expected, got);
    let (mut left, mut right) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                left.push_str(text);
                right.push_str(text);
            }
            ChangeTag::Delete => left.push_str(&text.style(s.removed).to_string()),
            ChangeTag::Insert => right.push_str(&text.style(s.added).to_string()),
        }
    }
    (left, right)
}
