//! A gradebook as one self-contained HTML page: a row per submission, a column per
//! exercise, each cell coloured by score and opening that solution's cases, a pass-rate
//! row and a total column, sortable by any column with a small inline script.
//!
//! Everything a learner controls (submission names, messages, values, output) is
//! escaped, cleaned of control characters and cut short; a hidden case shows its name,
//! verdict, points and hint only, whatever the results model holds (a merged report could
//! come from anywhere). The page loads nothing: its Content-Security-Policy allows no
//! network at all and only the page's own style and script, by hash, so that markup that
//! got through anyway could not run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use anyhow::{Context, Result};
use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::results::{CaseResult, ExerciseResult, GradeReport, SubmissionResult};
use crate::verdict::Status;

const PAGE: &str = include_str!("../templates/gradebook/page.html");
const STYLE: &str = include_str!("../templates/gradebook/gradebook.css");
const SCRIPT: &str = include_str!("../templates/gradebook/gradebook.js");

/// How many characters of one learner text (a message, a value, an output) a panel
/// shows. Values are capped at 8 KiB already, but a cohort's page has thousands of them.
const TEXT_LIMIT: usize = 600;

/// Characters of a submission's own message (nothing to grade) shown under its name.
const NOTE_LIMIT: usize = 120;

/// One exercise column: its slug and the points it is worth.
struct Column<'a> {
    slug: &'a str,
    max_score: u32,
}

pub fn write(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let columns = columns(report);
    let mut table = String::new();
    grid(report, &columns, &mut table).context("cannot render the HTML gradebook")?;
    let summary = format!(
        "Score {}/{} ({:.1}%) across {} and {}.",
        report.score,
        report.max_score,
        report.percent(),
        crate::report::count(report.submissions.len(), "submission"),
        crate::report::count(columns.len(), "exercise"),
    );
    let csp = format!(
        "default-src 'none'; style-src '{}'; script-src '{}'; img-src 'none'; base-uri 'none'; form-action 'none'",
        hash(STYLE),
        hash(SCRIPT)
    );
    // NOTE: odd pieces between `@@` are placeholder names; what fills them is never
    // scanned again, so a learner's text cannot name a placeholder.
    for (index, piece) in PAGE.split("@@").enumerate() {
        let text = match (index % 2, piece) {
            (0, text) => text,
            (_, "csp") => &csp,
            (_, "style") => STYLE,
            (_, "script") => SCRIPT,
            (_, "summary") => &summary,
            (_, "table") => &table,
            (_, other) => anyhow::bail!("the gradebook template names an unknown `{other}`"),
        };
        out.write_all(text.as_bytes())
            .context("cannot write the HTML gradebook")?;
    }
    Ok(())
}

/// A CSP source for an inline element with exactly `text` inside.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Every exercise any submission has, in slug order.
fn columns(report: &GradeReport) -> Vec<Column<'_>> {
    let mut max: BTreeMap<&str, u32> = BTreeMap::new();
    for exercise in report.submissions.iter().flat_map(|s| &s.exercises) {
        let entry = max.entry(exercise.exercise.as_str()).or_default();
        *entry = (*entry).max(exercise.max_score);
    }
    max.into_iter()
        .map(|(slug, max_score)| Column { slug, max_score })
        .collect()
}

fn grid(report: &GradeReport, columns: &[Column], out: &mut String) -> std::fmt::Result {
    writeln!(out, r#"<table class="grid" id="gradebook">"#)?;
    writeln!(out, "<thead><tr>")?;
    writeln!(out, r#"<th scope="col" data-type="text">Student</th>"#)?;
    for column in columns {
        writeln!(
            out,
            r#"<th scope="col" data-type="number">{}<span class="note">{}</span></th>"#,
            esc(column.slug),
            points(column.max_score)
        )?;
    }
    writeln!(out, r#"<th scope="col" data-type="number">Total</th>"#)?;
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for submission in &report.submissions {
        row(submission, columns, out)?;
    }
    writeln!(out, "</tbody>")?;
    footer(report, columns, out)?;
    writeln!(out, "</table>")
}

fn row(submission: &SubmissionResult, columns: &[Column], out: &mut String) -> std::fmt::Result {
    let name = esc(&submission.name);
    let note = match (&submission.message, submission.exercises.is_empty()) {
        (Some(message), true) => format!(
            r#"<span class="note">{}</span>"#,
            esc(&cut(message, NOTE_LIMIT))
        ),
        _ => String::new(),
    };
    writeln!(
        out,
        r#"<tr><th scope="row" data-sort="{name}" title="{name}">{name}{note}</th>"#
    )?;
    for column in columns {
        match submission
            .exercises
            .iter()
            .find(|e| e.exercise == column.slug)
        {
            Some(exercise) => cell(&submission.name, exercise, out)?,
            None => writeln!(
                out,
                r#"<td class="cell none" data-sort="" title="not submitted"><span class="missing">&mdash;</span></td>"#
            )?,
        }
    }
    let shade = if submission.max_score == 0 {
        "none".to_owned()
    } else {
        shade(submission.score, submission.max_score)
    };
    writeln!(
        out,
        r#"<td class="total {shade}" data-sort="{}">{}/{}<span class="note">{}</span></td></tr>"#,
        submission.score,
        submission.score,
        submission.max_score,
        percent(submission.score, submission.max_score)
    )
}

/// One solution: its score, opening a panel of its cases.
fn cell(student: &str, exercise: &ExerciseResult, out: &mut String) -> std::fmt::Result {
    let (shade, label) = if exercise.status == Status::Error {
        ("none".to_owned(), "error".to_owned())
    } else {
        (
            shade(exercise.score, exercise.max_score),
            format!("{}/{}", exercise.score, exercise.max_score),
        )
    };
    writeln!(
        out,
        r#"<td class="cell {shade}" data-sort="{}"><details><summary>{label}</summary><div class="panel">"#,
        exercise.score
    )?;
    writeln!(
        out,
        "<h2>{} &middot; {}: {} {}/{}</h2>",
        esc(student),
        esc(&exercise.exercise),
        exercise.status.as_str(),
        exercise.score,
        exercise.max_score
    )?;
    if let Some(message) = &exercise.message {
        writeln!(
            out,
            r#"<p class="message">{}</p>"#,
            esc(&cut(message, TEXT_LIMIT))
        )?;
    }
    if !exercise.cases.is_empty() {
        writeln!(out, "<ol>")?;
        for case in &exercise.cases {
            case_item(case, out)?;
        }
        writeln!(out, "</ol>")?;
    }
    writeln!(out, "</div></details></td>")
}

/// A case: name, verdict and points; a failed sample case adds why, a hidden one its hint
/// at most.
fn case_item(case: &CaseResult, out: &mut String) -> std::fmt::Result {
    let class = if case.passed() { "passed" } else { "failed" };
    let tag = if case.hidden {
        r#"<span class="tag">hidden</span>"#
    } else {
        ""
    };
    writeln!(
        out,
        r#"<li class="{class}"><div class="case"><span class="name">{}{tag}</span><span class="verdict">{}</span><span class="pts">{}/{}</span></div>"#,
        esc(&case.name),
        case.verdict.as_str().replace('_', " "),
        case.score,
        case.points
    )?;
    if !case.hidden && !case.passed() {
        let mut why = Vec::new();
        if let Some(message) = &case.message {
            why.push(cut(message, TEXT_LIMIT));
        }
        if let Some(step) = &case.step {
            why.push(format!("step: {}", cut(step, TEXT_LIMIT)));
        }
        if let (Some(expected), Some(got)) = (&case.expected, &case.got) {
            why.push(format!("expected: {}", cut(expected, TEXT_LIMIT)));
            why.push(format!("got:      {}", cut(got, TEXT_LIMIT)));
        }
        if !why.is_empty() {
            writeln!(out, "<pre>{}</pre>", esc(&why.join("\n")))?;
        }
        if let Some(printed) = case.printed.as_deref().filter(|p| !p.is_empty()) {
            writeln!(
                out,
                "<pre>printed:\n{}</pre>",
                esc(&cut(printed, TEXT_LIMIT))
            )?;
        }
    }
    if let (Some(hint), false) = (&case.hint, case.passed()) {
        writeln!(
            out,
            r#"<p class="hint">Hint: {}</p>"#,
            esc(&cut(hint, TEXT_LIMIT))
        )?;
    }
    writeln!(out, "</li>")
}

/// The pass rate of each exercise among all the submissions, and the overall score.
fn footer(report: &GradeReport, columns: &[Column], out: &mut String) -> std::fmt::Result {
    let students = u32::try_from(report.submissions.len()).unwrap_or(u32::MAX);
    writeln!(out, r#"<tfoot><tr><th scope="row">Pass rate</th>"#)?;
    for column in columns {
        let results = report
            .submissions
            .iter()
            .filter_map(|s| s.exercises.iter().find(|e| e.exercise == column.slug));
        let (mut passed, mut submitted) = (0_u32, 0_u32);
        for exercise in results {
            submitted += 1;
            passed += u32::from(exercise.status == Status::Passed);
        }
        writeln!(
            out,
            r#"<td class="rate {}">{passed}/{students} passed<span class="note">{} &middot; {submitted} submitted</span></td>"#,
            shade(passed, students),
            percent(passed, students)
        )?;
    }
    writeln!(
        out,
        r#"<td class="total">{}/{}<span class="note">{:.1}%</span></td></tr></tfoot>"#,
        report.score,
        report.max_score,
        report.percent()
    )
}

/// The colour class of `score` out of `max`: `s0` (red) to `s10` (green).
fn shade(score: u32, max: u32) -> String {
    let tenth = if max == 0 {
        10
    } else {
        (u64::from(score) * 10 + u64::from(max) / 2) / u64::from(max)
    };
    format!("s{}", tenth.min(10))
}

fn percent(score: u32, max: u32) -> String {
    if max == 0 {
        return "&ndash;".to_owned();
    }
    format!("{:.0}%", 100.0 * f64::from(score) / f64::from(max))
}

fn points(max: u32) -> String {
    if max == 1 {
        "1 point".to_owned()
    } else {
        format!("{max} points")
    }
}

/// Text for an element or a quoted attribute.
fn esc(text: &str) -> String {
    html_escape::encode_quoted_attribute(text).into_owned()
}

/// At most `limit` characters of a learner's text, control characters (ANSI escapes, NUL)
/// made visible as U+FFFD, and a cut said so.
fn cut(text: &str, limit: usize) -> String {
    let clean = |c: char| {
        if c.is_control() && c != '\n' && c != '\t' {
            '\u{fffd}'
        } else {
            c
        }
    };
    let mut shown: String = text.chars().take(limit).map(clean).collect();
    let total = text.chars().count();
    if total > limit {
        let _ = write!(shown, "\u{2026} (cut; {total} characters in all)");
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_run_from_red_to_green() {
        assert_eq!(shade(0, 5), "s0");
        assert_eq!(shade(3, 5), "s6");
        assert_eq!(shade(5, 5), "s10");
        assert_eq!(shade(1, 3), "s3");
        assert_eq!(shade(0, 0), "s10");
    }

    #[test]
    fn learner_text_is_escaped_cleaned_and_cut() {
        assert_eq!(
            esc(r#""><img src=x onerror=alert(1)>"#),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            esc("<script>'&'</script>"),
            "&lt;script&gt;&#x27;&amp;&#x27;&lt;/script&gt;"
        );
        assert_eq!(cut("a\u{1b}[31mb\0\n", 100), "a\u{fffd}[31mb\u{fffd}\n");
        let long = cut(&"é".repeat(1000), 10);
        assert!(long.starts_with(&"é".repeat(10)), "{long}");
        assert!(long.ends_with("(cut; 1000 characters in all)"), "{long}");
    }

    #[test]
    fn the_page_has_every_placeholder_filled() {
        let report = GradeReport::new(Vec::new());
        let mut out = Vec::new();
        write(&report, &mut out).expect("renders");
        let page = String::from_utf8(out).expect("utf-8");
        assert!(!page.contains("@@"), "{page}");
        assert!(page.contains(&hash(SCRIPT)) && page.contains(&hash(STYLE)));
    }
}
