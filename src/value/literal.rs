//! The parser for expected values: the Python literal syntax instructors write after
//! `->`, read on the Rust side so a malformed expectation is caught by `coach validate`
//! and expected values never enter the learner's process.

mod number;
mod text;

use std::fmt;

use num_bigint::BigInt;

use super::{MAX_DEPTH, Value, compare};

/// Why a literal did not parse, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiteralError {
    /// Byte offset into the parsed text.
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for LiteralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for LiteralError {}

type Result<T> = std::result::Result<T, LiteralError>;

fn fail<T>(offset: usize, message: impl Into<String>) -> Result<T> {
    Err(LiteralError {
        offset,
        message: message.into(),
    })
}

/// Parse one Python literal: None, True, False, numbers, strings, bytes, lists, tuples,
/// sets, frozensets and dicts, with `float('inf')`-style calls for what has no literal
/// spelling. Comments and any whitespace may sit between tokens; a bare `1, 2` is a
/// tuple, as in Python.
pub fn parse_literal(src: &str) -> Result<Value> {
    let mut parser = Parser {
        src,
        pos: 0,
        depth: 0,
    };
    parser.skip_space();
    if parser.pos == src.len() {
        return fail(0, "expected a Python literal, found nothing");
    }
    let first = parser.expr()?;
    parser.skip_space();
    let value = if parser.peek() == Some(',') {
        let mut items = vec![first];
        while parser.eat(',') {
            parser.skip_space();
            if parser.pos == src.len() {
                break;
            }
            items.push(parser.expr()?);
            parser.skip_space();
        }
        Value::Tuple(items)
    } else {
        first
    };
    if parser.pos < src.len() {
        return fail(
            parser.pos,
            format!("trailing text after the literal: {}", parser.found()),
        );
    }
    Ok(value)
}

struct Parser<'s> {
    src: &'s str,
    /// Byte offset of the cursor.
    pos: usize,
    /// How many brackets are open; see `MAX_DEPTH`.
    depth: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.rest().chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.pos += c.len_utf8();
        }
        found
    }

    /// The identifier (or number) at the cursor.
    fn word(&self) -> &str {
        let len = self
            .rest()
            .chars()
            .take_while(|c| is_ident(*c))
            .map(char::len_utf8)
            .sum();
        &self.rest()[..len]
    }

    /// Whitespace, newlines, `# comments` and backslash line continuations.
    fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' | '\n' | '\r' | '\x0c' => self.pos += 1,
                '#' => self.pos += self.rest().find('\n').unwrap_or(self.rest().len()),
                '\\' if self.rest()[1..].starts_with('\n') => self.pos += 2,
                '\\' if self.rest()[1..].starts_with("\r\n") => self.pos += 3,
                _ => break,
            }
        }
    }

    /// The token at the cursor, quoted for an error message.
    fn found(&self) -> String {
        match self.peek() {
            None => "the end of the text".to_string(),
            Some(_) if !self.word().is_empty() => {
                format!("`{}`", self.word().chars().take(30).collect::<String>())
            }
            Some(c) => format!("`{c}`"),
        }
    }

    /// One value with optional signs in front; signs apply to numbers only.
    fn expr(&mut self) -> Result<Value> {
        self.skip_space();
        let start = self.pos;
        let (mut negative, mut signed) = (false, false);
        // NOTE: a loop, not recursion, so `------1` cannot exhaust the stack.
        while let Some(sign @ ('-' | '+')) = self.peek() {
            self.pos += 1;
            negative ^= sign == '-';
            signed = true;
            self.skip_space();
        }
        match self.atom()? {
            value if !signed => Ok(value),
            Value::Int(i) if negative => Ok(Value::Int(-i)),
            Value::Float(f) if negative => Ok(Value::Float(-f)),
            value @ (Value::Int(_) | Value::Float(_)) => Ok(value),
            _ => fail(start, "a sign can only go before a number"),
        }
    }

    fn atom(&mut self) -> Result<Value> {
        let start = self.pos;
        match self.peek() {
            None => fail(
                start,
                "expected a Python literal, found the end of the text",
            ),
            Some(open @ ('[' | '(' | '{')) => {
                self.pos += 1;
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return fail(
                        start,
                        format!("the literal is nested more than {MAX_DEPTH} levels deep"),
                    );
                }
                let value = match open {
                    '[' => self.list(start),
                    '(' => self.parens(start),
                    _ => self.braces(start),
                }?;
                self.depth -= 1;
                Ok(value)
            }
            Some('\'' | '"') => self.strings(),
            Some(c) if c.is_ascii_digit() => self.number(),
            Some('.') if self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) => self.number(),
            Some(c) if is_ident(c) => self.name(),
            Some(c @ (')' | ']' | '}' | ',' | ':')) => fail(start, format!("unexpected `{c}`")),
            Some(_) => fail(
                start,
                format!("expected a Python literal, found {}", self.found()),
            ),
        }
    }

    /// Steps through `item, item, ...` inside the bracket at `open`, up to `close`:
    /// consumes the comma before an item, or the closing bracket and answers false.
    fn more(&mut self, open: usize, close: char, first: bool) -> Result<bool> {
        self.skip_space();
        if !first && !self.eat(',') && self.peek() != Some(close) {
            self.unclosed(open)?;
            return fail(
                self.pos,
                format!("expected `,` or `{close}`, found {}", self.found()),
            );
        }
        self.skip_space();
        if self.eat(close) {
            return Ok(false);
        }
        self.unclosed(open)?;
        Ok(true)
    }

    fn unclosed(&self, open: usize) -> Result<()> {
        if self.pos < self.src.len() {
            return Ok(());
        }
        fail(
            open,
            format!("`{}` is never closed", &self.src[open..open + 1]),
        )
    }

    fn list(&mut self, open: usize) -> Result<Value> {
        let mut items = Vec::new();
        while self.more(open, ']', items.is_empty())? {
            items.push(self.expr()?);
        }
        Ok(Value::List(items))
    }

    /// `()`, `(x)` (just x), `(x,)` and `(x, y)`.
    fn parens(&mut self, open: usize) -> Result<Value> {
        let mut items = Vec::new();
        while self.more(open, ')', items.is_empty())? {
            let item = self.expr()?;
            self.skip_space();
            if items.is_empty() && self.eat(')') {
                return Ok(item);
            }
            items.push(item);
        }
        Ok(Value::Tuple(items))
    }

    /// `{}` and `{k: v, ...}` are dicts, `{x, ...}` is a set.
    fn braces(&mut self, open: usize) -> Result<Value> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut is_dict = true;
        while self.more(open, '}', keys.is_empty())? {
            keys.push((self.pos, self.expr()?));
            self.skip_space();
            if keys.len() == 1 {
                is_dict = self.peek() == Some(':');
            }
            if is_dict {
                if !self.eat(':') {
                    return fail(
                        self.pos,
                        format!("expected `:` after a dict key, found {}", self.found()),
                    );
                }
                values.push(self.expr()?);
            }
        }
        if is_dict {
            return dict(keys, values);
        }
        set_items(keys).map(Value::Set)
    }

    /// A name: None, True, False, a string prefix, or a call a literal may use.
    fn name(&mut self) -> Result<Value> {
        let start = self.pos;
        let word = self.word().to_string();
        let lower = word.to_ascii_lowercase();
        if matches!(self.rest()[word.len()..].chars().next(), Some('\'' | '"')) {
            if text::is_prefix(&lower) {
                return self.strings();
            }
            if lower.contains('f') && lower.chars().all(|c| c == 'f' || c == 'r') {
                return fail(start, "an f-string is not a literal");
            }
        }
        self.pos += word.len();
        match word.as_str() {
            "None" => Ok(Value::None),
            "True" => Ok(Value::Bool(true)),
            "False" => Ok(Value::Bool(false)),
            "float" | "set" | "frozenset" => self.call(start, &word),
            "inf" | "nan" => fail(
                start,
                format!("`{word}` is a name in Python; write float('{word}')"),
            ),
            "true" | "false" | "none" | "null" => fail(
                start,
                format!("`{word}` is not Python; write True, False or None"),
            ),
            _ => {
                self.skip_space();
                if self.peek() == Some('(') {
                    let only = "only float(), set() and frozenset() may be called";
                    return fail(
                        start,
                        format!("expected a Python literal, found a call to `{word}` ({only})"),
                    );
                }
                fail(start, format!("expected a Python literal, found `{word}`"))
            }
        }
    }

    /// `float(...)`, `set(...)` or `frozenset(...)` with at most one literal argument.
    fn call(&mut self, start: usize, name: &str) -> Result<Value> {
        self.skip_space();
        let open = self.pos;
        if !self.eat('(') {
            return fail(start, format!("expected a Python literal, found `{name}`"));
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return fail(
                open,
                format!("the literal is nested more than {MAX_DEPTH} levels deep"),
            );
        }
        let mut arg = None;
        while self.more(open, ')', arg.is_none())? {
            if arg.is_some() {
                return fail(
                    self.pos,
                    format!("{name}() takes at most one argument here"),
                );
            }
            arg = Some((self.pos, self.expr()?));
        }
        self.depth -= 1;
        let Some((at, arg)) = arg else {
            return Ok(match name {
                "float" => Value::Float(0.0),
                "set" => Value::Set(Vec::new()),
                _ => Value::FrozenSet(Vec::new()),
            });
        };
        if name == "float" {
            return number::float_call(at, arg).map(Value::Float);
        }
        let items: Vec<Value> = match arg {
            Value::List(items)
            | Value::Tuple(items)
            | Value::Set(items)
            | Value::FrozenSet(items) => items,
            Value::Dict(entries) => entries.into_iter().map(|(k, _)| k).collect(),
            Value::Str(s) => s.chars().map(|c| Value::Str(c.to_string())).collect(),
            Value::Bytes(b) => b.into_iter().map(|b| Value::Int(BigInt::from(b))).collect(),
            other => {
                let kind = other.type_name();
                return fail(
                    at,
                    format!("{name}() needs an iterable literal, not a {kind}"),
                );
            }
        };
        let items = set_items(items.into_iter().map(|v| (at, v)).collect())?;
        Ok(if name == "set" {
            Value::Set(items)
        } else {
            Value::FrozenSet(items)
        })
    }
}

/// A dict from its keys (with their offsets) and values: keys must be hashable; a
/// repeated key keeps its first position and its last value, as in Python.
fn dict(keys: Vec<(usize, Value)>, values: Vec<Value>) -> Result<Value> {
    for (at, key) in &keys {
        hashable(*at, key, "a dict key")?;
    }
    let first = compare::first_equal(&keys.iter().map(|(_, k)| k).collect::<Vec<_>>());
    // Where each distinct key landed in `out`; `first[n] <= n`, so it is set in time.
    let mut slot = vec![0; keys.len()];
    let mut out: Vec<(Value, Value)> = Vec::new();
    for (n, ((_, key), value)) in keys.into_iter().zip(values).enumerate() {
        if first[n] == n {
            slot[n] = out.len();
            out.push((key, value));
        } else if let Some(entry) = out.get_mut(slot[first[n]]) {
            entry.1 = value;
        }
    }
    Ok(Value::Dict(out))
}

/// Set elements (with their offsets): hashable, each distinct value once, as in Python.
fn set_items(items: Vec<(usize, Value)>) -> Result<Vec<Value>> {
    for (at, item) in &items {
        hashable(*at, item, "a set element")?;
    }
    let first = compare::first_equal(&items.iter().map(|(_, v)| v).collect::<Vec<_>>());
    let distinct = items
        .into_iter()
        .enumerate()
        .filter(|(n, _)| first[*n] == *n);
    Ok(distinct.map(|(_, (_, v))| v).collect())
}

/// Python refuses mutable values as set elements and dict keys; so does a literal.
fn hashable(at: usize, value: &Value, role: &str) -> Result<()> {
    match value {
        Value::List(_) | Value::Set(_) | Value::Dict(_) => fail(
            at,
            format!(
                "{role} must be hashable, and a {} is not",
                value.type_name()
            ),
        ),
        Value::Tuple(items) => items.iter().try_for_each(|v| hashable(at, v, role)),
        _ => Ok(()),
    }
}

fn is_ident(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn parse(src: &str) -> Value {
        match parse_literal(src) {
            Ok(value) => value,
            Err(e) => panic!("{src:?} should parse: {e}"),
        }
    }

    /// Asserts that `src` fails at `offset` with a message containing `words`.
    pub(super) fn fails(src: &str, offset: usize, words: &str) {
        match parse_literal(src) {
            Ok(value) => panic!("{src:?} should not parse, got {value:?}"),
            Err(e) => {
                assert!(
                    e.message.contains(words),
                    "{src:?}: {:?} lacks {words:?}",
                    e.message
                );
                assert_eq!(e.offset, offset, "{src:?}: offset of {:?}", e.message);
            }
        }
    }

    fn int(n: i64) -> Value {
        Value::Int(BigInt::from(n))
    }

    fn s(text: &str) -> Value {
        Value::Str(text.to_string())
    }

    #[test]
    fn constants() {
        assert_eq!(parse("None"), Value::None);
        assert_eq!(parse("True"), Value::Bool(true));
        assert_eq!(parse("  False \n"), Value::Bool(false));
    }

    #[test]
    fn lists_and_tuples() {
        assert_eq!(parse("[]"), Value::List(vec![]));
        assert_eq!(
            parse("[1, 'a', None]"),
            Value::List(vec![int(1), s("a"), Value::None])
        );
        assert_eq!(parse("[1,]"), Value::List(vec![int(1)]));
        assert_eq!(
            parse("[[], [[]]]"),
            Value::List(vec![
                Value::List(vec![]),
                Value::List(vec![Value::List(vec![])])
            ])
        );
        assert_eq!(parse("()"), Value::Tuple(vec![]));
        assert_eq!(parse("(1)"), int(1));
        assert_eq!(parse("((1))"), int(1));
        assert_eq!(parse("(-1)"), int(-1));
        assert_eq!(parse("-(1)"), int(-1));
        assert_eq!(parse("(1,)"), Value::Tuple(vec![int(1)]));
        assert_eq!(parse("(1, 2)"), Value::Tuple(vec![int(1), int(2)]));
        assert_eq!(parse("(1, 2,)"), Value::Tuple(vec![int(1), int(2)]));
        assert_eq!(
            parse("((1,),)"),
            Value::Tuple(vec![Value::Tuple(vec![int(1)])])
        );
        assert_eq!(parse("1, 2"), Value::Tuple(vec![int(1), int(2)]));
        assert_eq!(parse("1,"), Value::Tuple(vec![int(1)]));
    }

    #[test]
    fn sets() {
        assert_eq!(parse("{1, 2}"), Value::Set(vec![int(1), int(2)]));
        assert_eq!(parse("{1, 2,}"), Value::Set(vec![int(1), int(2)]));
        // Repeats collapse as in Python, but True and 1 stay apart: a bool is not an int here.
        assert_eq!(parse("{1, 2, 1, 1.0}"), Value::Set(vec![int(1), int(2)]));
        assert_eq!(
            parse("{True, 1}"),
            Value::Set(vec![Value::Bool(true), int(1)])
        );
        assert_eq!(parse("set()"), Value::Set(vec![]));
        assert_eq!(parse("set([1, 1, 2])"), Value::Set(vec![int(1), int(2)]));
        assert_eq!(parse("set((1,))"), Value::Set(vec![int(1)]));
        assert_eq!(parse("set('aba')"), Value::Set(vec![s("a"), s("b")]));
        assert_eq!(parse("set(b'hi')"), Value::Set(vec![int(104), int(105)]));
        assert_eq!(parse("set({'k': 1})"), Value::Set(vec![s("k")]));
        assert_eq!(parse("frozenset()"), Value::FrozenSet(vec![]));
        assert_eq!(parse("frozenset({1})"), Value::FrozenSet(vec![int(1)]));
        assert_eq!(
            parse("frozenset([1, 2])"),
            Value::FrozenSet(vec![int(1), int(2)])
        );
        assert_eq!(parse("frozenset((1,),)"), Value::FrozenSet(vec![int(1)]));
        assert_eq!(
            parse("frozenset(frozenset({2}))"),
            Value::FrozenSet(vec![int(2)])
        );
        assert_eq!(
            parse("{frozenset({1}), (2, 'x')}"),
            Value::Set(vec![
                Value::FrozenSet(vec![int(1)]),
                Value::Tuple(vec![int(2), s("x")])
            ])
        );
    }

    #[test]
    fn dicts() {
        assert_eq!(parse("{}"), Value::Dict(vec![]));
        assert_eq!(
            parse("{'b': 1, 'a': [2]}"),
            Value::Dict(vec![(s("b"), int(1)), (s("a"), Value::List(vec![int(2)]))])
        );
        // A repeated key keeps its first place and its last value, as in Python.
        assert_eq!(
            parse("{'a': 1, 'b': 2, 'a': 3,}"),
            Value::Dict(vec![(s("a"), int(3)), (s("b"), int(2))])
        );
        assert_eq!(
            parse("{(1, 2): frozenset({3}), None: {}}"),
            Value::Dict(vec![
                (
                    Value::Tuple(vec![int(1), int(2)]),
                    Value::FrozenSet(vec![int(3)])
                ),
                (Value::None, Value::Dict(vec![])),
            ])
        );
        assert_eq!(
            parse("{frozenset(): 1}"),
            Value::Dict(vec![(Value::FrozenSet(vec![]), int(1))])
        );
    }

    #[test]
    fn whitespace_and_comments_between_tokens() {
        let src = "[\n  1,   # the first\n  (2 ,\n 3),\t{ 'k' :\n 'v' }  # last\n]  # done";
        let want = Value::List(vec![
            int(1),
            Value::Tuple(vec![int(2), int(3)]),
            Value::Dict(vec![(s("k"), s("v"))]),
        ]);
        assert_eq!(parse(src), want);
        assert_eq!(parse("[1, \\\n 2]"), Value::List(vec![int(1), int(2)]));
        assert_eq!(
            parse("\r\n[1,\r\n2]\r\n"),
            Value::List(vec![int(1), int(2)])
        );
    }

    #[test]
    fn error_messages_and_offsets() {
        fails("", 0, "expected a Python literal, found nothing");
        fails("  # only a comment", 0, "found nothing");
        fails("foo", 0, "expected a Python literal, found `foo`");
        fails("[1, foo]", 4, "found `foo`");
        fails("caf\u{e9}", 0, "found `caf\u{e9}`");
        fails("[1, \u{e9}t\u{e9}]", 4, "found `\u{e9}t\u{e9}`");
        fails("len([1])", 0, "found a call to `len`");
        fails("float", 0, "found `float`");
        fails("x = '''abc", 0, "found `x`");
        fails("*[1]", 0, "found `*`");
        fails("]", 0, "unexpected `]`");
        fails("[1,,2]", 3, "unexpected `,`");
        fails("[1, ]]", 5, "trailing text after the literal: `]`");
        fails("1 2", 2, "trailing text after the literal: `2`");
        fails("1 + 2", 2, "trailing text");
        fails(
            "[1, 2] # fine\n]",
            14,
            "trailing text after the literal: `]`",
        );
        fails("[1, 2", 0, "`[` is never closed");
        fails("(1, [2, (3", 8, "`(` is never closed");
        fails("{1: 2", 0, "`{` is never closed");
        fails("set([1]", 3, "`(` is never closed");
        fails("[1 2]", 3, "expected `,` or `]`, found `2`");
        fails("(1 2)", 3, "expected `,` or `)`, found `2`");
        fails("[[1]: 2]", 4, "expected `,` or `]`, found `:`");
        fails("{1: 2, 3}", 8, "expected `:` after a dict key, found `}`");
        fails("{1, 2: 3}", 5, "expected `,` or `}`, found `:`");
        fails("-'a'", 0, "a sign can only go before a number");
        fails("-True", 0, "a sign can only go before a number");
        fails("-", 1, "found the end of the text");
        fails(
            "{[1]: 2}",
            1,
            "a dict key must be hashable, and a list is not",
        );
        fails(
            "{1, {2}}",
            4,
            "a set element must be hashable, and a set is not",
        );
        fails("{(1, [2])}", 1, "must be hashable");
        fails("set([[1]])", 4, "must be hashable");
        fails("set(1)", 4, "needs an iterable");
        fails("set(1, 2)", 7, "at most one argument");
        fails("inf", 0, "float('inf')");
        fails("nan", 0, "float('nan')");
        fails("true", 0, "True, False or None");
    }

    #[test]
    fn error_displays_offset() {
        let e = parse_literal("[1,").expect_err("unclosed");
        assert_eq!(e.to_string(), "`[` is never closed (at byte 0)");
    }

    #[test]
    fn caps_nesting() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse_literal(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        fails(&deep, MAX_DEPTH, "nested more than 200 levels");
        // Far deeper than any stack could take, and unclosed: still a clean error.
        fails(&"([{".repeat(100_000), MAX_DEPTH, "nested more than");
        fails(&"set(".repeat(1000), 4 * MAX_DEPTH + 3, "nested more than");
        // Signs loop instead of recursing.
        assert_eq!(parse(&format!("{}1", "-".repeat(100_001))), int(-1));
    }

    #[test]
    fn repr_round_trips() {
        let sources = [
            "None",
            "True",
            "[1, -2, 3.5, 'x', b'y', None, False]",
            "(1,)",
            "((), [()], {})",
            "{1, 2, 3}",
            "frozenset({(1, 2), 'a'})",
            "{'a': [1, {'b': (2, 3)}], 4: set(), (5,): frozenset()}",
            "'it\\'s \"quoted\" \\\\ \\n \\t \\x00 \\x7f \\x9f caf\u{e9} \\u200b \\U000e0001'",
            "b'\\x00\\xff\\'\"'",
            "[0.1, 1e+16, 1e-05, -0.0, 1.7976931348623157e+308, 5e-324, 123456789.123]",
            "-123456789012345678901234567890",
        ];
        for src in sources {
            let value = parse(src);
            let again = parse(&value.repr());
            assert_eq!(again, value, "{src} -> {}", value.repr());
            assert_eq!(again.repr(), value.repr());
        }
        let texts = [
            "\u{0}\u{1}\u{7f}\u{80}\u{a0}\u{ad}\u{2028}\u{feff}\u{10ffff}",
            "'\"",
            "'",
            "\"",
            "\\",
        ];
        for text in texts {
            let value = Value::Str(text.to_string());
            assert_eq!(parse(&value.repr()), value, "{text:?}");
        }
        let all_bytes = Value::Bytes((0..=255).collect());
        assert_eq!(parse(&all_bytes.repr()), all_bytes);
        for x in [
            0.1,
            1.0 / 3.0,
            2.0f64.powi(60),
            1e-300,
            -123.456e7,
            f64::MIN_POSITIVE,
        ] {
            assert_eq!(parse(&Value::Float(x).repr()), Value::Float(x));
        }
    }
}
