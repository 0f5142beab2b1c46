//! The step language of a case's `run`: one Python step per line (longer while a
//! bracket or a triple-quoted string is open), each optionally followed by `-> LITERAL`
//! or `!! ExceptionName`.

mod names;

use std::fmt;

use crate::value::{LiteralError, Value, parse_literal};

pub use names::{bound_names, free_names};

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
            steps.push(make_step(
                run,
                step_start,
                offset,
                step_line,
                scanner.split,
            )?);
            current = None;
        }
    }
    match current {
        Some((_, line)) => fail(line, scanner.unclosed(line)),
        None => Ok(steps),
    }
}

fn fail<T>(line: usize, message: impl Into<String>) -> Result<T, StepError> {
    Err(StepError {
        line,
        message: message.into(),
    })
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
    fn scan_line(
        &mut self,
        run: &str,
        start: usize,
        end: usize,
        number: usize,
    ) -> Result<(), StepError> {
        let line = &run[start..end];
        let mut chars = line.char_indices().peekable();
        self.continued = false;
        while let Some((at, c)) = chars.next() {
            let rest = &line[at..];
            if let Some(quote) = self.short.or(self.string.map(|(q, _)| q)) {
                match c {
                    '\\' => match chars.next() {
                        Some((_, '\n')) | None => self.continued = true,
                        Some((_, '\r')) if chars.peek().is_none_or(|(_, n)| *n == '\n') => {
                            self.continued = true
                        }
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
                        let why =
                            format!("`{c}` does not match the `{open}` opened on line {opened}");
                        return fail(number, why);
                    }
                    None => return fail(number, format!("unmatched `{c}`")),
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
            return fail(
                number,
                "unterminated string (only a triple-quoted string may span lines)",
            );
        }
        Ok(())
    }

    /// Why a step that runs to the end of `run` never finished, for the step starting on `line`.
    fn unclosed(&self, line: usize) -> String {
        let from = |opened: usize| {
            if opened == line {
                String::new()
            } else {
                format!(" from line {opened}")
            }
        };
        if let Some((quote, opened)) = self.string {
            format!(
                "this step never closes the `{}` string{}",
                triple(quote),
                from(opened)
            )
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

fn make_step(
    run: &str,
    start: usize,
    end: usize,
    line: usize,
    split: Option<Split>,
) -> Result<Step, StepError> {
    let source = run[start..end].trim().to_string();
    let (at, marker) = match split {
        None => {
            return Ok(Step {
                code: source.clone(),
                expect: Expect::Nothing,
                source,
                line,
            });
        }
        Some(Split::Value(at)) => (at, "->"),
        Some(Split::Raises(at)) => (at, "!!"),
    };
    let code = run[start..at].trim().to_string();
    if code.is_empty() {
        return fail(
            line_of(run, at),
            format!("a step needs Python code before `{marker}`"),
        );
    }
    let after = at + 2;
    let rest = &run[after..end];
    // A comment right after the marker leaves nothing: the rest of the line is comment.
    let written = rest.trim();
    if written.is_empty() || written.starts_with('#') {
        let what = if marker == "->" {
            "the expected value"
        } else {
            "an exception name, like ValueError"
        };
        return fail(
            line_of(run, at),
            format!("nothing after `{marker}`; write {what}"),
        );
    }
    let expect = if marker == "->" {
        match parse_literal(rest) {
            Ok(value) => Expect::Value(value),
            Err(LiteralError { offset, message }) => {
                let why = format!(
                    "cannot read the expected value `{}`: {message}",
                    shown(written)
                );
                return fail(line_of(run, after + offset), why);
            }
        }
    } else {
        let name = rest.split('#').next().unwrap_or_default().trim();
        if !is_exception_name(name) {
            let why = format!(
                "after `!!` write an exception name like ValueError; `{}` is not one",
                shown(name)
            );
            return fail(line_of(run, after), why);
        }
        Expect::Raises(name.to_string())
    };
    Ok(Step {
        code,
        expect,
        source,
        line,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(run: &str) -> Vec<Step> {
        match parse_steps(run) {
            Ok(steps) => steps,
            Err(e) => panic!("{run:?} should parse: {e}"),
        }
    }

    fn one(run: &str) -> Step {
        let mut all = steps(run);
        assert_eq!(all.len(), 1, "{run:?} should be one step: {all:?}");
        all.remove(0)
    }

    fn value(src: &str) -> Expect {
        Expect::Value(crate::value::parse_literal(src).expect("test literal"))
    }

    /// Asserts the error's line and that its message contains `words`.
    fn fails(run: &str, line: usize, words: &str) {
        match parse_steps(run) {
            Ok(steps) => panic!("{run:?} should not parse, got {steps:?}"),
            Err(e) => {
                assert!(
                    e.message.contains(words),
                    "{run:?}: message {:?} lacks {words:?}",
                    e.message
                );
                assert_eq!(e.line, line, "{run:?}: line for {:?}", e.message);
            }
        }
    }

    #[test]
    fn the_design_example() {
        let run = "cache = LRUCache(2)\ncache.put('a', 1)\ncache.get('a') -> 1\ncache.get('missing') -> None\n";
        let all = steps(run);
        assert_eq!(
            all,
            [
                Step {
                    code: "cache = LRUCache(2)".into(),
                    expect: Expect::Nothing,
                    source: "cache = LRUCache(2)".into(),
                    line: 1
                },
                Step {
                    code: "cache.put('a', 1)".into(),
                    expect: Expect::Nothing,
                    source: "cache.put('a', 1)".into(),
                    line: 2
                },
                Step {
                    code: "cache.get('a')".into(),
                    expect: value("1"),
                    source: "cache.get('a') -> 1".into(),
                    line: 3
                },
                Step {
                    code: "cache.get('missing')".into(),
                    expect: Expect::Value(Value::None),
                    source: "cache.get('missing') -> None".into(),
                    line: 4,
                },
            ]
        );
    }

    #[test]
    fn raises() {
        let step = one("LRUCache(0) !! ValueError");
        assert_eq!(step.code, "LRUCache(0)");
        assert_eq!(step.expect, Expect::Raises("ValueError".into()));
        assert_eq!(
            one("json.loads('{') !! json.JSONDecodeError").expect,
            Expect::Raises("json.JSONDecodeError".into())
        );
        assert_eq!(
            one("f()!!_Private  # why").expect,
            Expect::Raises("_Private".into())
        );
        assert_eq!(
            one("f() !! Erreur\u{e9}").expect,
            Expect::Raises("Erreur\u{e9}".into())
        );
    }

    #[test]
    fn blank_lines_and_comments_between_steps() {
        let run = "\n# setup\n   # indented comment\nx = 1  # a comment\n\n  \t\nx -> 1  # checked\n# end";
        let all = steps(run);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].code, "x = 1  # a comment");
        assert_eq!((all[0].line, &all[0].expect), (4, &Expect::Nothing));
        assert_eq!(all[1].code, "x");
        assert_eq!((all[1].line, &all[1].expect), (7, &value("1")));
        assert_eq!(all[1].source, "x -> 1  # checked");
        assert_eq!(steps(""), []);
        assert_eq!(steps("\n  \n# nothing\n"), []);
    }

    #[test]
    fn markers_inside_strings_brackets_and_comments_do_not_split() {
        let step = one("f('->', \"!!\") -> '->'");
        assert_eq!(step.code, "f('->', \"!!\")");
        assert_eq!(step.expect, value("'->'"));
        let step = one("g(lambda x: x, [a -> b]) -> 2");
        assert_eq!(step.code, "g(lambda x: x, [a -> b])");
        assert_eq!(one("print('a')  # -> 3").expect, Expect::Nothing);
        let step = one("s.find('!!') -> -1");
        assert_eq!(
            (step.code.as_str(), step.expect),
            ("s.find('!!')", value("-1"))
        );
        assert_eq!(one("x != y -> True").code, "x != y");
        assert_eq!(one("f(r'\\\\') -> 1").code, "f(r'\\\\')");
        assert_eq!(one("f('it\\'s -> no') -> 1").code, "f('it\\'s -> no')");
        let step = one("a->-1");
        assert_eq!((step.code.as_str(), step.expect), ("a", value("-1")));
    }

    #[test]
    fn multi_line_steps() {
        let run = "x = f(\n    1,\n    2,\n)\nsorted(x) -> [\n  1,  # first\n  2,\n]\ny = 3\n";
        let all = steps(run);
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].code, "x = f(\n    1,\n    2,\n)");
        assert_eq!(all[0].line, 1);
        assert_eq!(all[1].code, "sorted(x)");
        assert_eq!(all[1].expect, value("[1, 2]"));
        assert_eq!(all[1].source, "sorted(x) -> [\n  1,  # first\n  2,\n]");
        assert_eq!(all[1].line, 5);
        assert_eq!(all[2].line, 9);

        let run = "text = '''\nline -> one\n(\n'''\nlen(text) -> 14";
        let all = steps(run);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].code, "text = '''\nline -> one\n(\n'''");
        assert_eq!(all[0].expect, Expect::Nothing);
        assert_eq!(all[1].line, 5);

        let step = one("f() -> \"\"\"a\nb\"\"\"");
        assert_eq!(step.expect, value("'a\\nb'"));

        let all = steps("total = 1 + \\\n    2\ntotal -> 3");
        assert_eq!(all[0].code, "total = 1 + \\\n    2");
        assert_eq!(all[1].line, 3);

        let all = steps("s = 'a\\\nb'\ns -> 'ab'");
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].line, 3);

        // A `#` inside brackets is a comment; its brackets and quotes do not count.
        let all = steps("f(1,  # it's ( [\n  2) -> 3\nnext()");
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].expect, value("3"));

        let all = steps("x = [1,\r\n 2]\r\nx -> [1, 2]\r\n");
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].code, "x = [1,\r\n 2]");
        assert_eq!(all[1].expect, value("[1, 2]"));
    }

    #[test]
    fn errors_name_the_line() {
        fails("-> 1", 1, "a step needs Python code before `->`");
        fails(
            "x = 1\n   !! ValueError",
            2,
            "needs Python code before `!!`",
        );
        fails(
            "x = 1\nf() ->",
            2,
            "nothing after `->`; write the expected value",
        );
        fails("f() ->   # oops", 1, "nothing after `->`");
        fails("f() !!", 1, "nothing after `!!`");
        fails("f() !! not a name", 1, "`not a name` is not one");
        fails("f() !! ValueError()", 1, "`ValueError()` is not one");
        fails("f() !! json.", 1, "is not one");
        fails("f() !! 1Error", 1, "is not one");
        fails("ok()\nf() -> [1, 2", 2, "never closes the `[`");
        fails(
            "ok()\nx = f(\n  [1,\n  2]\n",
            2,
            "this step never closes the `(`",
        );
        fails("ok()\nx = f(\n  [1,\n  2", 2, "the `[` from line 3");
        fails("x = '''abc\n\ndef", 1, "never closes the `'''` string");
        fails("x = 1 + \\", 1, "ends with `\\`");
        fails("x = 'abc\ny = 2", 1, "unterminated string");
        fails("f(]", 1, "`]` does not match the `(` opened on line 1");
        fails("ok()\nx)", 2, "unmatched `)`");
    }

    #[test]
    fn literal_errors_point_at_their_line() {
        fails(
            "f() -> foo",
            1,
            "cannot read the expected value `foo`: expected a Python literal, found `foo`",
        );
        fails(
            "ok()\nf() -> [1,\n  2 3]",
            3,
            "cannot read the expected value `[1, 2 3]`: expected `,` or `]`, found `3`",
        );
        fails("f() -> 1 -> 2", 1, "trailing text after the literal");
        fails("f() -> 'a' 'b", 1, "unterminated string");
        fails("f() -> {[1]: 2}", 1, "must be hashable");
        fails("f() -> -'a'", 1, "sign");
        let long = format!("f() -> [{}x]", "1, ".repeat(40));
        let e = parse_steps(&long).expect_err("bad literal");
        assert!(e.message.contains("..."), "{}", e.message);
        assert!(e.message.ends_with("found `x`"), "{}", e.message);
    }

    #[test]
    fn error_display() {
        let e = parse_steps("ok()\n-> 1").expect_err("no code");
        assert_eq!(
            e.to_string(),
            "line 2: a step needs Python code before `->`"
        );
    }
}
