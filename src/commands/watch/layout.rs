//! How the watch screen's text fits the terminal: the progress bar, and cutting a text
//! to the rows there are.

const BAR_WIDTH: usize = 30;

/// `[█████░░░░░]`: how many of `total` have passed.
pub fn bar(passed: usize, total: usize) -> String {
    let filled = (passed.min(total) * BAR_WIDTH)
        .checked_div(total)
        .unwrap_or(0);
    format!("[{}{}]", "█".repeat(filled), "░".repeat(BAR_WIDTH - filled))
}

/// How many terminal rows `text` takes in `columns` columns (long lines wrap; a final
/// line feed only moves to the row where the next text starts).
pub fn rows(text: &str, columns: usize) -> usize {
    let text = text.strip_suffix('\n').unwrap_or(text);
    text.split('\n').map(|line| line_rows(line, columns)).sum()
}

fn line_rows(line: &str, columns: usize) -> usize {
    visible_width(line).div_ceil(columns.max(1)).max(1)
}

/// The characters of `line` that take room: not its color sequences.
fn visible_width(line: &str) -> usize {
    let mut width = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // NOTE: a CSI sequence (`ESC [ … letter`), as owo-colors writes them.
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            width += 1;
        }
    }
    width
}

/// `text` cut to at most `room` rows, its last row saying how much was left out.
pub fn fit(text: &str, room: usize, columns: usize) -> String {
    if rows(text, columns) <= room {
        return text.to_owned();
    }
    let lines: Vec<&str> = text.trim_end_matches('\n').split('\n').collect();
    let mut kept = String::new();
    let mut used = 0;
    let mut count = 0;
    for line in &lines {
        let needed = line_rows(line, columns);
        if used + needed + 1 > room {
            break;
        }
        kept.push_str(line);
        kept.push('\n');
        used += needed;
        count += 1;
    }
    let left = lines.len() - count;
    kept.push_str(&format!(
        "… {left} more line{} (`coach check` prints them all)\n",
        if left == 1 { "" } else { "s" }
    ));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_what_passed() {
        assert_eq!(bar(0, 4), format!("[{}]", "░".repeat(30)));
        assert_eq!(bar(1, 2), format!("[{}{}]", "█".repeat(15), "░".repeat(15)));
        assert_eq!(bar(2, 2), format!("[{}]", "█".repeat(30)));
        assert_eq!(bar(0, 0), format!("[{}]", "░".repeat(30)));
        assert_eq!(bar(5, 2), format!("[{}]", "█".repeat(30)));
    }

    #[test]
    fn rows_count_wrapped_lines_and_not_colors() {
        assert_eq!(rows("a\nb\n", 80), 2);
        assert_eq!(rows("a\n\n", 80), 2);
        assert_eq!(rows(&"x".repeat(81), 80), 2);
        assert_eq!(rows("\x1b[1;32m✓ passed\x1b[0m", 8), 1);
    }

    #[test]
    fn a_long_text_is_cut_with_a_line_that_says_so() {
        let text = "one\ntwo\nthree\nfour\n";
        assert_eq!(fit(text, 4, 80), text);
        assert_eq!(
            fit(text, 3, 80),
            "one\ntwo\n… 2 more lines (`coach check` prints them all)\n"
        );
        assert_eq!(
            fit("one\ntwo\nthree\nfour\nfive\n", 4, 80),
            "one\ntwo\nthree\n… 2 more lines (`coach check` prints them all)\n"
        );
        assert_eq!(
            fit(&format!("{}\nb\nc\n", "x".repeat(100)), 2, 80),
            "… 3 more lines (`coach check` prints them all)\n"
        );
    }
}
