//! The report a person reads: a line per case, then what went wrong and how to see it.

use std::io::Write;

/// The width of the verdict column: its longest label, "INTERNAL".
const LABEL_WIDTH: usize = 8;

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
            let label = format!("{:<LABEL_WIDTH$}", outcome.verdict.label());
            let style = if outcome.verdict == Verdict::Passed {
                s.pass
            } else {
                s.fail
            };
            let hidden = if case.sample { "" } else { " (hidden)" };
            // NOTE: no time per hidden case: learner code could spell out a hidden input
            // in how long it takes. They get one total below.
            let time = if case.sample || self.reveal {
                format!("{:>5.0} ms", outcome.time_ms)
            } else {
                String::new()
            };
            let line = format!(
                "  {} {:<width$} {}",
                label.style(style),
                format!("{}{hidden}", case.name),
                time.style(s.dim),
                width = width + 9,
            );
            writeln!(out, "{}", line.trim_end())?;
        }
        if !self.reveal && graded.cases.iter().any(|c| !c.sample) {
            let hidden: f64 = graded
                .pairs()
                .filter(|(case, _)| !case.sample)
                .map(|(_, outcome)| outcome.time_ms)
                .sum();
            writeln!(
                out,
                "  {}",
                format!("hidden cases: {hidden:.0} ms in all").style(s.dim)
            )?;
        }
        let starter = not_started(graded);
        if let Some(raised) = starter.clone() {
            writeln!(out)?;
            writeln!(
                out,
                "{} every case raised {raised}, as the starter does.",
                "✗ Not started yet:".style(s.fail)
            )?;
            writeln!(
                out,
                "  Replace the `raise NotImplementedError` in {} with your code; `coach show {}` has the task and its examples.",
                exercise.file, exercise.slug
            )?;
        }
        let (missing, explained) = if starter.is_none() {
            super::missing::missing_methods(graded, self.reveal)
        } else {
            Default::default()
        };
        if !missing.is_empty() {
            writeln!(out)?;
            for class in &missing {
                writeln!(out, "{} {}", "✗".style(s.fail), class.sentence())?;
            }
        }
        let mut shown: Vec<(&str, &CaseOutcome)> = Vec::new();
        let failures = graded
            .pairs()
            .enumerate()
            .filter(|(i, (_, o))| {
                !matches!(o.verdict, Verdict::Passed | Verdict::NotRun) && !explained.contains(i)
            })
            .map(|(_, pair)| pair)
            .filter(|_| starter.is_none());
        for (case, outcome) in failures {
            writeln!(out)?;
            if case.sample || self.reveal {
                // NOTE: the same error again (a missing method, say) is told once in full.
                match shown.iter().find(|(_, o)| same_failure(o, outcome)) {
                    Some((first, _)) => self.repeat(case, outcome, first, out)?,
                    None => {
                        self.detail(case, outcome, out)?;
                        shown.push((&case.name, outcome));
                    }
                }
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
        let count = |verdict: Verdict| graded.pairs().filter(|(_, o)| o.verdict == verdict).count();
        let not_run = count(Verdict::NotRun);
        let failed = graded.cases.len() - count(Verdict::Passed) - not_run;
        if not_run > 0 {
            writeln!(out)?;
            writeln!(
                out,
                "{} {not_run} hidden {} not run: an earlier case exceeded the time limit, so a loop costs you one limit, not one per case. Fix it and check again (`--all` runs every case).",
                "…".style(s.dim),
                if not_run == 1 {
                    "case was"
                } else {
                    "cases were"
                },
            )?;
        }
        writeln!(out)?;
        if let Some(missing) = graded.outcome.sandbox.as_ref().and_then(|p| p.missing()) {
            writeln!(out, "{}", missing.style(s.dim))?;
        }
        if graded.outcome.sandbox.as_ref().map(|p| p.networking)
            == Some(crate::sandbox::Networking::Loopback)
        {
            writeln!(
                out,
                "{}",
                "sandbox: networking was limited to the program's own loopback".style(s.dim)
            )?;
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
            let skipped = if not_run > 0 {
                format!(", {not_run} not run")
            } else {
                String::new()
            };
            writeln!(
                out,
                "{} {failed} of {} cases failed{skipped}, score {score}",
                "Failed:".style(s.fail),
                graded.cases.len()
            )?;
        }
        Ok(())
    }
}

/// `Some("NotImplementedError: …")` when every case failed by raising the starter's
/// NotImplementedError: the learner has not begun, and the details would only repeat it.
fn not_started(graded: &Graded) -> Option<String> {
    // NOTE: by what the failing step raised, whatever the verdict: a `!! ValueError`
    // step that got NotImplementedError is a wrong answer, but just as untouched.
    let mut messages: Vec<&str> = Vec::new();
    for (_, outcome) in graded.pairs() {
        // NOTE: a step's exception is its `got`; a script's crash is told in its message
        let raised = outcome.failure.as_ref().and_then(|f| {
            f.got
                .as_deref()
                .or_else(|| f.message.strip_prefix("the program crashed: "))
        });
        let message = raised.and_then(|g| g.strip_prefix("NotImplementedError"))?;
        let message = message.strip_prefix(": ").unwrap_or("").trim();
        if !messages.contains(&message) {
            messages.push(message);
        }
    }
    let quoted: Vec<String> = messages
        .iter()
        .filter(|m| !m.is_empty())
        .map(|m| format!("“{m}”"))
        .collect();
    match quoted.len() {
        0 if messages.is_empty() => None,
        0 => Some("NotImplementedError".into()),
        _ => Some(format!("NotImplementedError ({})", quoted.join(", "))),
    }
}

/// Did two cases fail in the same way (same verdict, message and traceback)?
fn same_failure(a: &CaseOutcome, b: &CaseOutcome) -> bool {
    match (&a.failure, &b.failure) {
        (Some(x), Some(y)) => {
            a.verdict == b.verdict
                && a.verdict != Verdict::WrongAnswer
                && x.message == y.message
                && x.traceback == y.traceback
        }
        _ => false,
    }
}

impl Human {
    /// A failure already told in full for another case: its step and a pointer back.
    fn repeat(
        &self,
        case: &Case,
        outcome: &CaseOutcome,
        first: &str,
        out: &mut dyn Write,
    ) -> Result<()> {
        let s = &self.styles;
        self.heading(case, outcome, out)?;
        if let Some(script) = &case.script {
            writeln!(out, "  $ {}", script.command(&self.file).style(s.bold))?;
        }
        let step = outcome.failure.as_ref().and_then(|f| f.step);
        if let Some(step) = step.and_then(|i| case.steps.get(i)) {
            let text = step.source.replace('\n', "\n      ");
            writeln!(out, "  → {}", text.style(s.bold))?;
        }
        writeln!(
            out,
            "  {}",
            format!("the same error as in “{first}”").style(s.dim)
        )?;
        Ok(())
    }

    /// "✗ name: verdict", for a case shown in detail.
    fn heading(&self, case: &Case, outcome: &CaseOutcome, out: &mut dyn Write) -> Result<()> {
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
        Ok(())
    }

    fn detail(&self, case: &Case, outcome: &CaseOutcome, out: &mut dyn Write) -> Result<()> {
        let s = &self.styles;
        self.heading(case, outcome, out)?;
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

#[cfg(test)]
mod tests {
    use super::LABEL_WIDTH;
    use crate::verdict::Verdict;

    #[test]
    fn every_verdict_label_fits_its_column() {
        let all = [Verdict::NotRun, Verdict::Passed, Verdict::InternalError]
            .into_iter()
            .chain(Verdict::FAILURES)
            .chain([Verdict::TimeLimitExceeded, Verdict::MemoryLimitExceeded]);
        for verdict in all {
            assert!(verdict.label().len() <= LABEL_WIDTH, "{}", verdict.label());
        }
        assert!(
            Verdict::InternalError.label().len() == LABEL_WIDTH,
            "no wider than needed"
        );
    }
}
