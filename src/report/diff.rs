//! A line diff of expected and actual output, the way a learner can read it: unified,
//! cut to the places that differ, with whitespace shown where it is the only difference.

use owo_colors::OwoColorize;
use similar::{ChangeTag, DiffOp, TextDiff};

use super::Styles;

/// How many changed lines are shown before the rest is summarised.
const MAX_LINES: usize = 40;
const CONTEXT: usize = 2;

/// Render the diff, one line per entry, prefixed `-` (expected) and `+` (got).
pub fn lines(expected: &str, got: &str, s: &Styles) -> Vec<String> {
    let diff = TextDiff::from_lines(expected, got);
    let mut out = Vec::new();
    let mut shown = 0;
    let total_changes: usize = diff
        .iter_all_changes()
        .filter(|c| c.tag() != ChangeTag::Equal)
        .count();
    for group in diff.grouped_ops(CONTEXT) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let (old, new) = (first.old_range().start, first.new_range().start);
        let old_len = last.old_range().end - old;
        let new_len = last.new_range().end - new;
        out.push(
            format!("@@ expected line {}, got line {} @@", old + 1, new + 1)
                .style(s.dim)
                .to_string(),
        );
        let _ = (old_len, new_len);
        for op in &group {
            let changes: Vec<_> = diff.iter_changes(op).collect();
            let deleted: Vec<&str> = changes
                .iter()
                .filter(|c| c.tag() == ChangeTag::Delete)
                .map(|c| c.value())
                .collect();
            let inserted: Vec<&str> = changes
                .iter()
                .filter(|c| c.tag() == ChangeTag::Insert)
                .map(|c| c.value())
                .collect();
            // NOTE: when a replaced block differs only in spaces, tabs or line ends, show them.
            let whitespace_only = matches!(op, DiffOp::Replace { .. })
                && deleted.len() == inserted.len()
                && deleted
                    .iter()
                    .zip(&inserted)
                    .all(|(a, b)| a.split_whitespace().eq(b.split_whitespace()));
            for change in changes {
                if shown >= MAX_LINES {
                    break;
                }
                let text = change.value();
                let text = if whitespace_only {
                    visible(text)
                } else {
                    text.trim_end_matches(['\n', '\r']).to_owned()
                };
                match change.tag() {
                    ChangeTag::Equal => out.push(format!("  {text}")),
                    ChangeTag::Delete => {
                        shown += 1;
                        out.push(format!("- {text}").style(s.fail).to_string());
                    }
                    ChangeTag::Insert => {
                        shown += 1;
                        out.push(format!("+ {text}").style(s.pass).to_string());
                    }
                }
            }
        }
        if shown >= MAX_LINES {
            break;
        }
    }
    if total_changes > shown {
        out.push(
            format!(
                "... ({} more changed lines not shown)",
                total_changes - shown
            )
            .style(s.dim)
            .to_string(),
        );
    }
    out
}

/// Spaces as `·`, tabs as `→`, carriage returns as `␍`, and the line end as `⏎`.
fn visible(line: &str) -> String {
    let (body, end) = match line.strip_suffix('\n') {
        Some(body) => (body, "⏎"),
        None => (line, "∅ (no newline at the end)"),
    };
    let body = body.replace(' ', "·").replace('\t', "→").replace('\r', "␍");
    format!("{body}{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(expected: &str, got: &str) -> String {
        lines(expected, got, &Styles::default()).join("\n")
    }

    #[test]
    fn a_changed_line_with_context() {
        let expected = "the 2\ncat 1\ndog 1\nend 1\n";
        let got = "the 2\ncat 1\ndog 2\nend 1\n";
        assert_eq!(
            plain(expected, got),
            "@@ expected line 1, got line 1 @@\n  the 2\n  cat 1\n- dog 1\n+ dog 2\n  end 1"
        );
    }

    #[test]
    fn whitespace_only_differences_are_made_visible() {
        assert_eq!(
            plain("a 1\n", "a  1 \n"),
            "@@ expected line 1, got line 1 @@\n- a·1⏎\n+ a··1·⏎"
        );
        assert_eq!(
            plain("a\tb\n", "a b"),
            "@@ expected line 1, got line 1 @@\n- a→b⏎\n+ a·b∅ (no newline at the end)"
        );
    }

    #[test]
    fn long_outputs_are_cut_around_the_differences() {
        let expected: String = (0..1000).map(|i| format!("line {i}\n")).collect();
        let got = expected.replace("line 500\n", "line five hundred\n");
        let text = plain(&expected, &got);
        assert!(
            text.starts_with("@@ expected line 499, got line 499 @@"),
            "{text}"
        );
        assert_eq!(text.lines().count(), 7, "{text}");

        let got: String = (0..1000).map(|i| format!("other {i}\n")).collect();
        let text = plain(&expected, &got);
        assert!(
            text.ends_with("(1960 more changed lines not shown)"),
            "{text}"
        );
    }
}
