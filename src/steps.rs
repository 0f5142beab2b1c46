//! The step language of a case's `run`: one Python step per line (longer while a
//! bracket or a triple-quoted string is open), each optionally followed by `-> LITERAL`
//! or `!! ExceptionName`.

use std::fmt;

use crate::value::{Value, parse_literal};

/// What a step must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// `EXPR -> LITERAL`: the expression's value must equal this.
    Value(Value),
    /// `EXPR !! Name`: evaluating it must raise this exception (or a subclass).
    Raises(String),
    /// A plain statement or expression: it must run without raising.
    Nothing,
}

/// One step of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The Python part, trimmed; may span lines.
    pub code: String,
    pub expect: Expect,
    /// The whole step as written, trimmed, for display.
    pub source: String,
    /// 1-based line of the step's first line within the `run` text.
    pub line: usize,
}

/// Why a `run` text is not a valid list of steps.
#[derive(Debug, Clone, PartialEq)]
pub struct StepError {
    /// 1-based line within the `run` text.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for StepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for StepError {}

/// Split a case's `run` text into steps and parse their expectations.
pub fn parse_steps(run: &str) -> Result<Vec<Step>, StepError> {
    let mut steps = Vec::new();
    let mut scanner = Scanner::default();
    // Where the step being read starts: byte offset and line.
    let mut current: Option<(usize, usize)> = None;
    let mut offset = 0;
    for (index, line) in run.split_inclusive('\n').enumerate() {
        let number = index + 1;
        let start = offset;
        offset += line.len();
        if current.is_none() {
            let text = line.trim();
            if text.is_empty() || text.starts_with('#') {
                continue;
            }
            scanner = Scanner::default();
            current = Some((start, number));
        }
        scanner.scan_line(run, start, offset, number)?;
        if let (Some((step_start, step_line)), true) = (current, scanner.is_closed()) {
            steps.push(make_step(run, step_start, offset, step_line, scanner.split)?);
            current = None;
        }
    }
    match current {
        Some((_, line)) => Err(StepError { line, message: scanner.unclosed(line) }),
        None => Ok(steps),
    }
}

/// Where the step's text splits into code and expectation.
#[derive(Debug, Clone, Copy)]
enum Split {
    Value(usize),
    Raises(usize),
}

/// The state of a step being read, line by line.
#[derive(Default)]
struct Scanner {
    /// Open brackets and the line each was opened on.
    brackets: Vec<(char, usize)>,
    /// An open triple-quoted string: its quote and the line it started on.
    string: Option<(char, usize)>,
    /// An open single-quoted string; it may only go on past a backslash-newline.
    short: Option<char>,
    /// The line ended with a backslash, outside or inside a string.
    continued: bool,
    /// The first top-level `->` or `!!`, as a byte offset into `run`.
    split: Option<Split>,
}

impl Scanner {
    fn is_closed(&self) -> bool {
        self.brackets.is_empty() && self.string.is_none() && self.short.is_none() && !self.continued
    }

    /// Track strings, brackets and comments through `run[start..end]`, one line.
    fn scan_line(&mut self, run: &str, start: usize, end: usize, number: usize) -> Result<(), StepError> {
        let line = &run[start..end];
        let mut chars = line.char_indices().peekable();
        self.continued = false;
        while let Some((at, c)) = chars.next() {
            let rest = &line[at..];
            if let Some(quote) = self.short.or(self.string.map(|(q, _)| q)) {
                match c {
                    '\\' => match chars.next() {
                        Some((_, '\n')) | None => self.continued = true,
                        Some((_, '\r')) if chars.peek().is_none_or(|(_, n)| *n == '\n') => self.continued = true,
                        Some(_) => {}
                    },
                    c if c == quote && self.short.is_some() => self.short = None,
                    c if c == quote && rest.starts_with(&triple(quote)) => {
                        self.string = None;
                        chars.nth(1);
                    }
                    _ => {}
                }
                continue;
            }
            match c {
                '#' => break,
                '\'' | '"' if rest.starts_with(&triple(c)) => {
                    self.string = Some((c, number));
                    chars.nth(1);
                }
                '\'' | '"' => self.short = Some(c),
                '(' | '[' | '{' => self.brackets.push((c, number)),
                ')' | ']' | '}' => match self.brackets.pop() {
                    Some((open, _)) if closer(open) == c => {}
                    Some((open, opened)) => {
                        let message = format!("`{c}` does not match the `{open}` opened on line {opened}");
                        return Err(StepError { line: number, message });
                    }
                    None => return Err(StepError { line: number, message: format!("unmatched `{c}`") }),
                },
                '\\' if rest[1..].trim_end_matches(['\n', '\r']).is_empty() => {
                    self.continued = true;
                    break;
                }
                '-' | '!' if self.split.is_none() && self.brackets.is_empty() => {
                    if rest.starts_with("->") {
                        self.split = Some(Split::Value(start + at));
                    } else if rest.starts_with("!!") {
                        self.split = Some(Split::Raises(start + at));
                    }
                }
                _ => {}
            }
        }
        if self.short.is_some() && !self.continued {
            let message = "unterminated string (only a triple-quoted string may span lines)".to_string();
            return Err(StepError { line: number, message });
        }
        Ok(())
    }

    /// Why a step that runs to the end of `run` never finished, for the step starting on `line`.
    fn unclosed(&self, line: usize) -> String {
        let from = |opened: usize| {
            if opened == line { String::new() } else { format!(" from line {opened}") }
        };
        if let Some((quote, opened)) = self.string {
            format!("this step never closes the `{}` string{}", triple(quote), from(opened))
        } else if let Some((open, opened)) = self.brackets.last() {
            format!("this step never closes the `{open}`{}", from(*opened))
        } else {
            "this step ends with `\\` but no line follows".to_string()
        }
    }
}

fn triple(quote: char) -> String {
    quote.to_string().repeat(3)
}

fn closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

fn line_of(run: &str, offset: usize) -> usize {
    run[..offset].matches('\n').count() + 1
}

fn make_step(run: &str, start: usize, end: usize, line: usize, split: Option<Split>) -> Result<Step, StepError> {
    let source = run[start..end].trim().to_string();
    let fail = |at: usize, message: String| Err(StepError { line: line_of(run, at), message });
    let (at, marker) = match split {
        None => return Ok(Step { code: source.clone(), expect: Expect::Nothing, source, line }),
        Some(Split::Value(at)) => (at, "->"),
        Some(Split::Raises(at)) => (at, "!!"),
    };
    let code = run[start..at].trim().to_string();
    if code.is_empty() {
        return fail(at, format!("a step needs Python code before `{marker}`"));
    }
    let after = at + 2;
    let rest = &run[after..end];
    // A comment right after the marker leaves nothing: the rest of the line is comment.
    let written = rest.trim();
    if written.is_empty() || written.starts_with('#') {
        let what = if marker == "->" { "the expected value" } else { "an exception name, like ValueError" };
        return fail(at, format!("nothing after `{marker}`; write {what}"));
    }
    let expect = if marker == "->" {
        match parse_literal(rest) {
            Ok(value) => Expect::Value(value),
            Err(e) => {
                let message = format!("cannot read the expected value `{}`: {}", shown(written), e.message);
                return fail(after + e.offset, message);
            }
        }
    } else {
        let name = rest.split('#').next().unwrap_or_default().trim();
        if !is_exception_name(name) {
            return fail(
                after,
                format!("after `!!` write an exception name, like ValueError or json.JSONDecodeError; `{}` is not one", shown(name)),
            );
        }
        Expect::Raises(name.to_string())
    };
    Ok(Step { code, expect, source, line })
}

/// A Python identifier, or several joined by dots.
fn is_exception_name(name: &str) -> bool {
    name.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric())
    })
}

/// Text quoted in a message: whitespace runs as one space, long text cut.
fn shown(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(57) {
        Some((cut, _)) if flat.chars().count() > 60 => format!("{}...", &flat[..cut]),
        _ => flat,
    }
}
