//! The parser for expected values: the Python literal syntax instructors write after
//! `->`, read on the Rust side so a malformed expectation is caught by `coach validate`
//! and expected values never enter the learner's process.

use std::fmt;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

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

/// Parse one Python literal: None, True, False, numbers, strings, bytes, lists, tuples,
/// sets, frozensets and dicts, with `float('inf')`-style calls for what has no literal
/// spelling. Comments and any whitespace may sit between tokens; a bare `1, 2` is a
/// tuple, as in Python.
pub fn parse_literal(src: &str) -> Result<Value> {
    let mut parser = Parser { src, pos: 0, depth: 0 };
    parser.skip_space();
    if parser.pos == src.len() {
        return parser.fail(0, "expected a Python literal, found nothing".to_string());
    }
    let first = parser.expr()?;
    parser.skip_space();
    let value = if parser.peek() == Some(',') {
        // A bare tuple; `expr` has already checked the nesting of its items.
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
        let found = parser.found();
        return parser.fail(parser.pos, format!("trailing text after the literal: {found}"));
    }
    Ok(value)
}

struct Parser<'s> {
    src: &'s str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn fail<T>(&self, offset: usize, message: String) -> Result<T> {
        Err(LiteralError { offset, message })
    }

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
        let word: String = self.rest().chars().take_while(|c| is_ident(*c)).take(30).collect();
        match self.peek() {
            None => "the end of the text".to_string(),
            Some(_) if !word.is_empty() => format!("`{word}`"),
            Some(c) => format!("`{c}`"),
        }
    }

    fn enter(&mut self, open: usize) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.fail(open, format!("the literal is nested more than {MAX_DEPTH} levels deep"));
        }
        Ok(())
    }

    /// One value with optional signs in front; signs apply to numbers only.
    fn expr(&mut self) -> Result<Value> {
        self.skip_space();
        let start = self.pos;
        let mut negative = false;
        let mut signed = false;
        while let Some(sign @ ('-' | '+')) = self.peek() {
            self.pos += 1;
            negative ^= sign == '-';
            signed = true;
            self.skip_space();
        }
        let value = self.atom()?;
        match value {
            _ if !signed => Ok(value),
            Value::Int(i) if negative => Ok(Value::Int(-i)),
            Value::Float(f) if negative => Ok(Value::Float(-f)),
            Value::Int(_) | Value::Float(_) => Ok(value),
            _ => self.fail(start, "a sign can only go before a number".to_string()),
        }
    }

    fn atom(&mut self) -> Result<Value> {
        let start = self.pos;
        match self.peek() {
            None => self.fail(start, "expected a Python literal, found the end of the text".to_string()),
            Some('[') => {
                self.pos += 1;
                self.enter(start)?;
                let items = self.items(start, ']')?;
                self.depth -= 1;
                Ok(Value::List(items))
            }
            Some('(') => self.parens(),
            Some('{') => self.braces(),
            Some('\'' | '"') => self.strings(),
            Some(c) if c.is_ascii_digit() => self.number(),
            Some('.') if self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) => self.number(),
            Some(c) if is_ident(c) => self.word(),
            Some(c @ (')' | ']' | '}' | ',' | ':')) => self.fail(start, format!("unexpected `{c}`")),
            Some(_) => {
                let found = self.found();
                self.fail(start, format!("expected a Python literal, found {found}"))
            }
        }
    }

    /// Comma-separated values up to `close`; the opening bracket at `open` is consumed.
    fn items(&mut self, open: usize, close: char) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        loop {
            self.skip_space();
            if self.eat(close) {
                return Ok(items);
            }
            self.unclosed_check(open)?;
            items.push(self.expr()?);
            self.after_item(open, close)?;
            if self.eat(close) {
                return Ok(items);
            }
        }
    }

    /// After an item: a comma (consumed), the closing bracket (left for the caller),
    /// or an error.
    fn after_item(&mut self, open: usize, close: char) -> Result<()> {
        self.skip_space();
        self.unclosed_check(open)?;
        if self.eat(',') || self.peek() == Some(close) {
            return Ok(());
        }
        let found = self.found();
        self.fail(self.pos, format!("expected `,` or `{close}`, found {found}"))
    }

    fn unclosed_check(&self, open: usize) -> Result<()> {
        if self.pos < self.src.len() {
            return Ok(());
        }
        let bracket = &self.src[open..open + 1];
        self.fail(open, format!("`{bracket}` is never closed"))
    }

    /// `()`, `(x)` (just x), `(x,)` and `(x, y)`.
    fn parens(&mut self) -> Result<Value> {
        let open = self.pos;
        self.pos += 1;
        self.enter(open)?;
        self.skip_space();
        let value = if self.eat(')') {
            Value::Tuple(Vec::new())
        } else {
            self.unclosed_check(open)?;
            let first = self.expr()?;
            self.skip_space();
            if self.eat(')') {
                first
            } else {
                self.after_item(open, ')')?;
                let mut items = vec![first];
                items.extend(self.items(open, ')')?);
                Value::Tuple(items)
            }
        };
        self.depth -= 1;
        Ok(value)
    }

    /// `{}` and `{k: v, ...}` are dicts, `{x, ...}` is a set.
    fn braces(&mut self) -> Result<Value> {
        let open = self.pos;
        self.pos += 1;
        self.enter(open)?;
        self.skip_space();
        if self.eat('}') {
            self.depth -= 1;
            return Ok(Value::Dict(Vec::new()));
        }
        self.unclosed_check(open)?;
        let first_at = self.pos;
        let first = self.expr()?;
        self.skip_space();
        let value = if self.eat(':') {
            let mut entries = vec![(first_at, first, self.expr()?)];
            loop {
                self.after_item(open, '}')?;
                self.skip_space();
                if self.eat('}') {
                    break;
                }
                self.unclosed_check(open)?;
                let key_at = self.pos;
                let key = self.expr()?;
                self.skip_space();
                if !self.eat(':') {
                    let found = self.found();
                    return self.fail(self.pos, format!("expected `:` after a dict key, found {found}"));
                }
                entries.push((key_at, key, self.expr()?));
            }
            self.dict(entries)?
        } else {
            self.after_item(open, '}')?;
            let mut items = vec![(first_at, first)];
            loop {
                self.skip_space();
                if self.eat('}') {
                    break;
                }
                self.unclosed_check(open)?;
                items.push((self.pos, self.expr()?));
                self.after_item(open, '}')?;
            }
            Value::Set(self.set_items(items)?)
        };
        self.depth -= 1;
        Ok(value)
    }

    /// A dict from its entries: keys must be hashable; a repeated key keeps its first
    /// position and its last value, as in Python.
    fn dict(&self, entries: Vec<(usize, Value, Value)>) -> Result<Value> {
        for (at, key, _) in &entries {
            self.hashable(*at, key, "a dict key")?;
        }
        let keys: Vec<&Value> = entries.iter().map(|(_, k, _)| k).collect();
        let first = compare::first_equal(&keys);
        // Where each distinct key landed in `out`; `first[n] <= n`, so it is set in time.
        let mut slot = vec![0; entries.len()];
        let mut out: Vec<(Value, Value)> = Vec::new();
        for (n, (_, key, value)) in entries.into_iter().enumerate() {
            if first[n] == n {
                slot[n] = out.len();
                out.push((key, value));
            } else if let Some(entry) = out.get_mut(slot[first[n]]) {
                entry.1 = value;
            }
        }
        Ok(Value::Dict(out))
    }

    /// Set elements: hashable, and each distinct value once, as in Python.
    fn set_items(&self, items: Vec<(usize, Value)>) -> Result<Vec<Value>> {
        for (at, item) in &items {
            self.hashable(*at, item, "a set element")?;
        }
        let refs: Vec<&Value> = items.iter().map(|(_, v)| v).collect();
        let first = compare::first_equal(&refs);
        Ok(items
            .into_iter()
            .enumerate()
            .filter(|(n, _)| first[*n] == *n)
            .map(|(_, (_, v))| v)
            .collect())
    }

    fn hashable(&self, at: usize, value: &Value, role: &str) -> Result<()> {
        match value {
            Value::List(_) | Value::Set(_) | Value::Dict(_) => {
                let kind = value.type_name();
                self.fail(at, format!("{role} must be hashable, and a {kind} is not"))
            }
            Value::Tuple(items) => items.iter().try_for_each(|v| self.hashable(at, v, role)),
            _ => Ok(()),
        }
    }

    /// A name: None, True, False, or one of the calls a literal may use.
    fn word(&mut self) -> Result<Value> {
        let start = self.pos;
        let word: String = self.rest().chars().take_while(|c| is_ident(*c)).collect();
        if matches!(self.rest()[word.len()..].chars().next(), Some('\'' | '"')) {
            let lower = word.to_ascii_lowercase();
            if matches!(lower.as_str(), "r" | "u" | "b" | "br" | "rb") {
                return self.strings();
            }
            if lower.contains('f') && lower.chars().all(|c| c == 'f' || c == 'r') {
                return self.fail(start, "an f-string is not a literal".to_string());
            }
        }
        self.pos += word.len();
        match word.as_str() {
            "None" => Ok(Value::None),
            "True" => Ok(Value::Bool(true)),
            "False" => Ok(Value::Bool(false)),
            "float" | "set" | "frozenset" => self.call(start, &word),
            "inf" | "nan" => self.fail(start, format!("`{word}` is a name in Python; write float('{word}')")),
            "true" | "false" | "none" | "null" => {
                self.fail(start, format!("`{word}` is not Python; write True, False or None"))
            }
            _ => {
                self.skip_space();
                let message = if self.peek() == Some('(') {
                    format!("expected a Python literal, found a call to `{word}` (only float(), set() and frozenset() may be called)")
                } else {
                    format!("expected a Python literal, found `{word}`")
                };
                self.fail(start, message)
            }
        }
    }

    /// `float(...)`, `set(...)` or `frozenset(...)` with at most one literal argument.
    fn call(&mut self, start: usize, name: &str) -> Result<Value> {
        self.skip_space();
        let open = self.pos;
        if !self.eat('(') {
            return self.fail(start, format!("expected a Python literal, found `{name}`"));
        }
        self.enter(open)?;
        self.skip_space();
        let arg = if self.peek() == Some(')') {
            None
        } else {
            self.unclosed_check(open)?;
            let at = self.pos;
            let arg = self.expr()?;
            self.after_item(open, ')')?;
            self.skip_space();
            Some((at, arg))
        };
        if !self.eat(')') {
            self.unclosed_check(open)?;
            return self.fail(self.pos, format!("{name}() takes at most one argument here"));
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
            return self.float_call(at, arg).map(Value::Float);
        }
        let items: Vec<Value> = match arg {
            Value::List(items) | Value::Tuple(items) | Value::Set(items) | Value::FrozenSet(items) => items,
            Value::Dict(entries) => entries.into_iter().map(|(k, _)| k).collect(),
            Value::Str(s) => s.chars().map(|c| Value::Str(c.to_string())).collect(),
            Value::Bytes(b) => b.into_iter().map(|b| Value::Int(BigInt::from(b))).collect(),
            other => {
                let kind = other.type_name();
                return self.fail(at, format!("{name}() needs an iterable literal, not a {kind}"));
            }
        };
        let items = self.set_items(items.into_iter().map(|v| (at, v)).collect())?;
        Ok(if name == "set" { Value::Set(items) } else { Value::FrozenSet(items) })
    }

    /// `float(x)` for a string like 'inf', '-nan' or '1.5', or a number.
    fn float_call(&self, at: usize, arg: Value) -> Result<f64> {
        match arg {
            Value::Float(f) => Ok(f),
            Value::Int(i) => match i.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => self.fail(at, "int too large to convert to float".to_string()),
            },
            Value::Str(text) => {
                let lower = text.trim().to_ascii_lowercase();
                let (negative, word) = match lower.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
                };
                let sign = if negative { -1.0 } else { 1.0 };
                match word {
                    "inf" | "infinity" => Ok(sign * f64::INFINITY),
                    "nan" => Ok(f64::NAN),
                    // NOTE: Rust's float grammar is Python's here once the words
                    // (inf, nan, infinity) are handled above and other letters are kept out.
                    w if !w.is_empty() && w.chars().all(|c| matches!(c, '0'..='9' | '.' | 'e' | '+' | '-')) => {
                        match lower.parse::<f64>() {
                            Ok(f) => Ok(f),
                            Err(_) => self.fail(at, format!("float() cannot read {}", super::repr::str_repr(&text))),
                        }
                    }
                    _ => self.fail(at, format!("float() cannot read {}", super::repr::str_repr(&text))),
                }
            }
            other => {
                let kind = other.type_name();
                self.fail(at, format!("float() takes a string or a number here, not a {kind}"))
            }
        }
    }

    /// A number: decimal, hex, octal or binary int, or a decimal float.
    fn number(&mut self) -> Result<Value> {
        let start = self.pos;
        let radix = match self.rest().get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        };
        let value = if radix != 10 {
            self.pos += 2;
            let digits = self.digits(radix, true)?;
            if digits.is_empty() {
                let prefix = &self.src[start..start + 2];
                return self.fail(start, format!("`{prefix}` needs digits after it"));
            }
            // The digit scan above admits only valid digits, so parsing cannot fail.
            Value::Int(BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_else(BigInt::zero))
        } else {
            let mut text = self.digits(10, false)?;
            let int_part = text.clone();
            let mut is_float = false;
            if self.eat('.') {
                is_float = true;
                text.push('.');
                text.push_str(&self.digits(10, false)?);
            }
            let sign_then_digit = |p: &Self, n| {
                matches!(p.peek_at(n), Some('+' | '-')) && p.peek_at(n + 1).is_some_and(|c| c.is_ascii_digit())
            };
            if matches!(self.peek(), Some('e' | 'E'))
                && (self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) || sign_then_digit(self, 1))
            {
                is_float = true;
                self.pos += 1;
                text.push('e');
                if let Some(sign @ ('+' | '-')) = self.peek() {
                    self.pos += 1;
                    text.push(sign);
                }
                text.push_str(&self.digits(10, false)?);
            }
            if is_float {
                // Rust's parser is correctly rounded like Python's, and gives inf past the range.
                match text.parse::<f64>() {
                    Ok(f) => Value::Float(f),
                    Err(_) => return self.fail(start, format!("invalid number `{}`", &self.src[start..self.pos])),
                }
            } else {
                if int_part.len() > 1 && int_part.starts_with('0') && int_part.bytes().any(|b| b != b'0') {
                    return self.fail(
                        start,
                        "leading zeros are not allowed in a decimal int (write 0o17 for octal)".to_string(),
                    );
                }
                Value::Int(int_part.parse().unwrap_or_else(|_| BigInt::zero()))
            }
        };
        if let Some(c) = self.peek().filter(|c| is_ident(*c)) {
            let end = self.pos + self.rest().chars().take_while(|c| is_ident(*c)).map(char::len_utf8).sum::<usize>();
            let text = &self.src[start..end];
            let message = if matches!(c, 'j' | 'J') {
                format!("complex numbers like `{text}` are not supported")
            } else {
                format!("invalid number `{text}`")
            };
            return self.fail(start, message);
        }
        Ok(value)
    }

    /// Digits of `radix` with single underscores between them; a leading underscore only
    /// right after a base prefix (`0x_ff`), as Python allows.
    fn digits(&mut self, radix: u32, after_prefix: bool) -> Result<String> {
        let mut digits = String::new();
        loop {
            match self.peek() {
                Some(c) if c.is_digit(radix) => {
                    digits.push(c);
                    self.pos += 1;
                }
                Some('_') if self.peek_at(1).is_some_and(|c| c.is_digit(radix)) && (after_prefix || !digits.is_empty()) => {
                    self.pos += 1;
                }
                Some('_') => return self.fail(self.pos, "misplaced `_` in a number".to_string()),
                Some(c) if c.is_ascii_digit() => {
                    return self.fail(self.pos, format!("`{c}` is not a digit in base {radix}"));
                }
                _ => return Ok(digits),
            }
        }
    }

    /// One or more adjacent string literals, concatenated as Python does.
    fn strings(&mut self) -> Result<Value> {
        let mut text = String::new();
        let mut bytes: Vec<u8> = Vec::new();
        let mut is_bytes = None;
        loop {
            let start = self.pos;
            let prefix: String = self.rest().chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            let lower = prefix.to_ascii_lowercase();
            self.pos += prefix.len();
            let this_bytes = lower.contains('b');
            if is_bytes.is_some_and(|b| b != this_bytes) {
                return self.fail(start, "cannot mix bytes and str literals".to_string());
            }
            is_bytes = Some(this_bytes);
            let body = self.string_body(start, lower.contains('r'), this_bytes)?;
            if this_bytes {
                // The body check keeps bytes literals ASCII, so each char is one byte.
                bytes.extend(body.chars().map(|c| u32::from(c) as u8));
            } else {
                text.push_str(&body);
            }
            self.skip_space();
            if !self.at_string_start() {
                break;
            }
        }
        Ok(if is_bytes == Some(true) { Value::Bytes(bytes) } else { Value::Str(text) })
    }

    fn at_string_start(&self) -> bool {
        let prefix: String = self.rest().chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let quote_next = matches!(self.rest()[prefix.len()..].chars().next(), Some('\'' | '"'));
        quote_next && matches!(prefix.to_ascii_lowercase().as_str(), "" | "r" | "u" | "b" | "br" | "rb")
    }

    /// The text between the quotes at the cursor, escapes resolved. Bytes come back as
    /// chars below 256.
    fn string_body(&mut self, start: usize, raw: bool, is_bytes: bool) -> Result<String> {
        let Some(quote) = self.bump() else {
            return self.fail(start, "unterminated string".to_string());
        };
        let triple = self.rest().starts_with(if quote == '"' { "\"\"" } else { "''" });
        if triple {
            self.pos += 2;
        }
        let mut out = String::new();
        loop {
            let at = self.pos;
            let Some(c) = self.bump() else {
                return self.fail(start, "unterminated string".to_string());
            };
            match c {
                '\n' | '\r' if !triple => return self.fail(start, "unterminated string".to_string()),
                c if c == quote && !triple => return Ok(out),
                c if c == quote && self.rest().starts_with(if quote == '"' { "\"\"" } else { "''" }) => {
                    self.pos += 2;
                    return Ok(out);
                }
                '\\' => {
                    let Some(next) = self.bump() else {
                        return self.fail(start, "unterminated string".to_string());
                    };
                    if raw {
                        // A raw string keeps the backslash; it only stops the quote ending it.
                        out.push('\\');
                        self.push_char(&mut out, next, self.pos - next.len_utf8(), is_bytes)?;
                    } else {
                        self.escape(&mut out, next, at, is_bytes)?;
                    }
                }
                c => self.push_char(&mut out, c, at, is_bytes)?,
            }
        }
    }

    fn push_char(&self, out: &mut String, c: char, at: usize, is_bytes: bool) -> Result<()> {
        if is_bytes && !c.is_ascii() {
            return self.fail(at, "bytes can only contain ASCII characters; write others as \\x escapes".to_string());
        }
        out.push(c);
        Ok(())
    }

    /// One escape sequence after a backslash at `at`; `c` is the character after it.
    fn escape(&mut self, out: &mut String, c: char, at: usize, is_bytes: bool) -> Result<()> {
        let simple = match c {
            '\n' => return Ok(()),
            '\r' => {
                self.eat('\n');
                return Ok(());
            }
            '\\' | '\'' | '"' => Some(c),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(simple) = simple {
            out.push(simple);
            return Ok(());
        }
        let code = match c {
            '0'..='7' => {
                let mut code = c.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            code = code * 8 + d;
                            self.pos += 1;
                        }
                        None => break,
                    }
                }
                code
            }
            'x' => self.hex_digits(at, 2, "\\x")?,
            'u' if !is_bytes => self.hex_digits(at, 4, "\\u")?,
            'U' if !is_bytes => self.hex_digits(at, 8, "\\U")?,
            'N' if !is_bytes => {
                return self.fail(at, "\\N{...} escapes are not supported; write the character itself".to_string());
            }
            other => {
                // Python keeps an unknown escape as written, backslash included.
                out.push('\\');
                return self.push_char(out, other, at + 1, is_bytes);
            }
        };
        if is_bytes && code > 0xff {
            return self.fail(at, "octal escape out of range for bytes".to_string());
        }
        match char::from_u32(code) {
            Some(ch) => {
                out.push(ch);
                Ok(())
            }
            None => self.fail(at, format!("the escape names U+{code:04X}, which is not a valid character")),
        }
    }

    fn hex_digits(&mut self, at: usize, count: usize, name: &str) -> Result<u32> {
        let digits = self.rest().get(..count).filter(|d| d.chars().all(|c| c.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(code) => {
                self.pos += count;
                Ok(code)
            }
            None => self.fail(at, format!("{name} escape needs {count} hex digits")),
        }
    }
}

fn is_ident(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Value {
        match parse_literal(src) {
            Ok(value) => value,
            Err(e) => panic!("{src:?} should parse: {e}"),
        }
    }

    fn error(src: &str) -> LiteralError {
        match parse_literal(src) {
            Ok(value) => panic!("{src:?} should not parse, got {value:?}"),
            Err(e) => e,
        }
    }

    /// Asserts the error's offset and that its message contains `words`.
    fn fails(src: &str, offset: usize, words: &str) {
        let e = error(src);
        assert!(e.message.contains(words), "{src:?}: message {:?} lacks {words:?}", e.message);
        assert_eq!(e.offset, offset, "{src:?}: offset for {:?}", e.message);
    }

    fn int(n: i64) -> Value {
        Value::Int(BigInt::from(n))
    }

    fn s(text: &str) -> Value {
        Value::Str(text.to_string())
    }

    fn float(src: &str) -> f64 {
        match parse(src) {
            Value::Float(f) => f,
            other => panic!("{src:?} should be a float, got {other:?}"),
        }
    }

    #[test]
    fn constants() {
        assert_eq!(parse("None"), Value::None);
        assert_eq!(parse("True"), Value::Bool(true));
        assert_eq!(parse("  False \n"), Value::Bool(false));
    }

    #[test]
    fn ints() {
        assert_eq!(parse("0"), int(0));
        assert_eq!(parse("000"), int(0));
        assert_eq!(parse("42"), int(42));
        assert_eq!(parse("-7"), int(-7));
        assert_eq!(parse("+7"), int(7));
        assert_eq!(parse("- 7"), int(-7));
        assert_eq!(parse("--7"), int(7));
        assert_eq!(parse("1_000_000"), int(1_000_000));
        assert_eq!(parse("0x_ff"), int(255));
        assert_eq!(parse("0XFF"), int(255));
        assert_eq!(parse("0o17"), int(15));
        assert_eq!(parse("0O1_7"), int(15));
        assert_eq!(parse("0b1010"), int(10));
        assert_eq!(parse("-0b1"), int(-1));
        let big = "123456789012345678901234567890123456789012345678901234567890";
        assert_eq!(parse(big), Value::Int(big.parse().expect("int")));
        assert_eq!(parse(&format!("-{big}")), Value::Int(-big.parse::<BigInt>().expect("int")));
        assert_eq!(parse("0xffffffffffffffffffffffffffffffff"), Value::Int((BigInt::from(1) << 128) - 1));
    }

    #[test]
    fn floats() {
        assert_eq!(parse("1.5"), Value::Float(1.5));
        assert_eq!(float(".5"), 0.5);
        assert_eq!(float("5."), 5.0);
        assert_eq!(float("1e10"), 1e10);
        assert_eq!(float("1E-3"), 1e-3);
        assert_eq!(float("1.5e+3"), 1500.0);
        assert_eq!(float("1.e2"), 100.0);
        assert_eq!(float("1_000.5"), 1000.5);
        assert_eq!(float("1_0e1_0"), 1e11);
        assert_eq!(float("-2.5"), -2.5);
        assert_eq!(float("0.1"), 0.1);
        assert_eq!(float("1e400"), f64::INFINITY);
        assert!(float("-0.0").is_sign_negative());
        assert_eq!(float("00.5"), 0.5);
        assert_eq!(float("float('inf')"), f64::INFINITY);
        assert_eq!(float("float(\"-inf\")"), f64::NEG_INFINITY);
        assert_eq!(float("-float('inf')"), f64::NEG_INFINITY);
        assert_eq!(float("float(' Infinity ')"), f64::INFINITY);
        assert!(float("float('nan')").is_nan());
        assert!(float("float(\"NaN\")").is_nan());
        assert_eq!(float("float('1.5')"), 1.5);
        assert_eq!(float("float('-1e3')"), -1000.0);
        assert_eq!(float("float(3)"), 3.0);
        assert_eq!(float("float(2.5,)"), 2.5);
        assert_eq!(float("float()"), 0.0);
        assert_eq!(float("float ( 'inf' )"), f64::INFINITY);
    }

    #[test]
    fn strings() {
        assert_eq!(parse("'abc'"), s("abc"));
        assert_eq!(parse("\"abc\""), s("abc"));
        assert_eq!(parse("''"), s(""));
        assert_eq!(parse("'it\"s'"), s("it\"s"));
        assert_eq!(parse("'''a\nb'''"), s("a\nb"));
        assert_eq!(parse("\"\"\"x \" '' y\"\"\""), s("x \" '' y"));
        assert_eq!(parse("''''''"), s(""));
        assert_eq!(parse("u'x'"), s("x"));
        assert_eq!(parse("'a' 'b'"), s("ab"));
        assert_eq!(parse("'a'\n  \"b\" r'\\c'"), s("ab\\c"));
        assert_eq!(parse("'caf\u{e9} \u{1f600}'"), s("caf\u{e9} \u{1f600}"));
        assert_eq!(
            parse(r#"'\\ \' \" \n \t \r \0 \a \b \f \v'"#),
            s("\\ ' \" \n \t \r \0 \x07 \x08 \x0c \x0b")
        );
        assert_eq!(parse(r"'\101\7\1234'"), s("A\x07S4"));
        assert_eq!(parse(r"'\x41\xe9'"), s("A\u{e9}"));
        assert_eq!(parse(r"'\u00e9\U0001F600'"), s("\u{e9}\u{1f600}"));
        assert_eq!(parse("'a\\\nb'"), s("ab"));
        assert_eq!(parse("'a\\\r\nb'"), s("ab"));
        assert_eq!(parse(r"'\d\w'"), s("\\d\\w"));
        assert_eq!(parse(r"r'\n\''"), s("\\n\\'"));
        assert_eq!(parse(r"R'\x'"), s("\\x"));
        assert_eq!(parse("r'a\\\nb'"), s("a\\\nb"));
    }

    #[test]
    fn bytes() {
        assert_eq!(parse("b'hi'"), Value::Bytes(b"hi".to_vec()));
        assert_eq!(parse("B\"hi\""), Value::Bytes(b"hi".to_vec()));
        assert_eq!(parse(r"b'\x00\xff\n\\'"), Value::Bytes(vec![0, 255, b'\n', b'\\']));
        assert_eq!(parse(r"b'\377'"), Value::Bytes(vec![255]));
        assert_eq!(parse(r"b'\u00e9'"), Value::Bytes(b"\\u00e9".to_vec()));
        assert_eq!(parse(r"rb'\x'"), Value::Bytes(b"\\x".to_vec()));
        assert_eq!(parse(r"Br'\x'"), Value::Bytes(b"\\x".to_vec()));
        assert_eq!(parse(r"bR'\x'"), Value::Bytes(b"\\x".to_vec()));
        assert_eq!(parse("b'a' b'b'"), Value::Bytes(b"ab".to_vec()));
        assert_eq!(parse("b''''''"), Value::Bytes(vec![]));
    }

    #[test]
    fn containers() {
        assert_eq!(parse("[]"), Value::List(vec![]));
        assert_eq!(parse("[1, 'a', None]"), Value::List(vec![int(1), s("a"), Value::None]));
        assert_eq!(parse("[1,]"), Value::List(vec![int(1)]));
        assert_eq!(parse("()"), Value::Tuple(vec![]));
        assert_eq!(parse("(1)"), int(1));
        assert_eq!(parse("((1))"), int(1));
        assert_eq!(parse("(1,)"), Value::Tuple(vec![int(1)]));
        assert_eq!(parse("(1, 2)"), Value::Tuple(vec![int(1), int(2)]));
        assert_eq!(parse("(1, 2,)"), Value::Tuple(vec![int(1), int(2)]));
        assert_eq!(parse("1, 2"), Value::Tuple(vec![int(1), int(2)]));
        assert_eq!(parse("1,"), Value::Tuple(vec![int(1)]));
        assert_eq!(parse("{1, 2}"), Value::Set(vec![int(1), int(2)]));
        assert_eq!(parse("{1, 2, 1, 1.0}"), Value::Set(vec![int(1), int(2)]));
        assert_eq!(parse("{True, 1}"), Value::Set(vec![Value::Bool(true), int(1)]));
        assert_eq!(parse("set()"), Value::Set(vec![]));
        assert_eq!(parse("set([1, 1, 2])"), Value::Set(vec![int(1), int(2)]));
        assert_eq!(parse("set('aba')"), Value::Set(vec![s("a"), s("b")]));
        assert_eq!(parse("set(b'hi')"), Value::Set(vec![int(104), int(105)]));
        assert_eq!(parse("set({'k': 1})"), Value::Set(vec![s("k")]));
        assert_eq!(parse("frozenset()"), Value::FrozenSet(vec![]));
        assert_eq!(parse("frozenset({1})"), Value::FrozenSet(vec![int(1)]));
        assert_eq!(parse("frozenset([1, 2])"), Value::FrozenSet(vec![int(1), int(2)]));
        assert_eq!(parse("frozenset((1,),)"), Value::FrozenSet(vec![int(1)]));
        assert_eq!(parse("{}"), Value::Dict(vec![]));
        assert_eq!(
            parse("{'b': 1, 'a': [2]}"),
            Value::Dict(vec![(s("b"), int(1)), (s("a"), Value::List(vec![int(2)]))])
        );
        assert_eq!(parse("{'a': 1, 'b': 2, 'a': 3,}"), Value::Dict(vec![(s("a"), int(3)), (s("b"), int(2))]));
        assert_eq!(
            parse("{(1, 2): frozenset({3}), None: {}}"),
            Value::Dict(vec![
                (Value::Tuple(vec![int(1), int(2)]), Value::FrozenSet(vec![int(3)])),
                (Value::None, Value::Dict(vec![])),
            ])
        );
        assert_eq!(parse("{frozenset(): 1}"), Value::Dict(vec![(Value::FrozenSet(vec![]), int(1))]));
    }

    #[test]
    fn whitespace_and_comments_between_tokens() {
        let src = "[\n  1,   # the first\n  (2 ,\n 3),\t{ 'k' :\n 'v' }  # last\n]  # done";
        assert_eq!(
            parse(src),
            Value::List(vec![
                int(1),
                Value::Tuple(vec![int(2), int(3)]),
                Value::Dict(vec![(s("k"), s("v"))]),
            ])
        );
        assert_eq!(parse("[1, \\\n 2]"), Value::List(vec![int(1), int(2)]));
        assert_eq!(parse("\r\n[1,\r\n2]\r\n"), Value::List(vec![int(1), int(2)]));
    }

    #[test]
    fn error_messages_and_offsets() {
        fails("", 0, "expected a Python literal, found nothing");
        fails("  # only a comment", 0, "found nothing");
        fails("foo", 0, "expected a Python literal, found `foo`");
        fails("[1, foo]", 4, "found `foo`");
        fails("len([1])", 0, "found a call to `len`");
        fails("float", 0, "found `float`");
        fails("]", 0, "unexpected `]`");
        fails("[1, ]]", 5, "trailing text after the literal");
        fails("1 2", 2, "trailing text after the literal: `2`");
        fails("'abc", 0, "unterminated string");
        fails("[1, 'abc\n']", 4, "unterminated string");
        fails("x = '''abc", 0, "found `x`");
        fails("[1, '''abc", 4, "unterminated string");
        fails("b'caf\u{e9}'", 5, "ASCII");
        fails("[1, 2", 0, "`[` is never closed");
        fails("(1, [2, (3", 8, "`(` is never closed");
        fails("{1: 2", 0, "`{` is never closed");
        fails("[1 2]", 3, "expected `,` or `]`, found `2`");
        fails("[1,,2]", 3, "unexpected `,`");
        fails("(1 2)", 3, "expected `,` or `)`");
        fails("{1: 2, 3}", 8, "expected `:` after a dict key");
        fails("{1, 2: 3}", 5, "expected `,` or `}`, found `:`");
        fails("1 + 2", 2, "trailing text");
        fails("-'a'", 0, "a sign can only go before a number");
        fails("-True", 0, "a sign can only go before a number");
        fails("[[1]: 2]", 4, "expected `,` or `]`, found `:`");
        fails("{[1]: 2}", 1, "a dict key must be hashable, and a list is not");
        fails("{1, {2}}", 4, "a set element must be hashable, and a set is not");
        fails("{(1, [2])}", 1, "must be hashable");
        fails("set([[1]])", 4, "must be hashable");
        fails("set(1)", 4, "needs an iterable");
        fails("set(1, 2)", 7, "at most one argument");
        fails("inf", 0, "float('inf')");
        fails("nan", 0, "float('nan')");
        fails("true", 0, "True, False or None");
        fails("f'x'", 0, "f-string");
        fails("'a' b'b'", 4, "cannot mix bytes and str");
        fails("012", 0, "leading zeros");
        fails("1__0", 1, "misplaced `_`");
        fails("1_", 1, "misplaced `_`");
        fails("1._5", 2, "misplaced `_`");
        fails("0x", 0, "`0x` needs digits");
        fails("0b102", 4, "not a digit in base 2");
        fails("0o8", 2, "not a digit in base 8");
        fails("12abc", 0, "invalid number `12abc`");
        fails("1e", 0, "invalid number `1e`");
        fails("3j", 0, "complex numbers");
        fails(r"'\x4'", 1, "\\x escape needs 2 hex digits");
        fails(r"'ab\u12'", 3, "\\u escape needs 4 hex digits");
        fails(r"'\U00110000'", 1, "not a valid character");
        fails(r"'\ud800'", 1, "not a valid character");
        fails(r"'\N{DASH}'", 1, "\\N{...}");
        fails(r"b'\777'", 2, "out of range for bytes");
        fails("float('abc')", 6, "float() cannot read 'abc'");
        fails("float('1e')", 6, "float() cannot read");
        fails("float([1])", 6, "float() takes a string or a number");
        fails("*[1]", 0, "found `*`");
        fails("[1, 2] # fine\n]", 14, "trailing text after the literal: `]`");
        fails("caf\u{e9}", 0, "found `caf\u{e9}`");
        fails("[1, \u{e9}t\u{e9}]", 4, "found `\u{e9}t\u{e9}`");
    }

    #[test]
    fn error_displays_offset() {
        assert_eq!(error("[1,").to_string(), "`[` is never closed (at byte 0)");
    }

    #[test]
    fn caps_nesting() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse_literal(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        fails(&deep, MAX_DEPTH, "nested more than 200 levels");
        // Far deeper than any stack could take, and unclosed: still a clean error.
        let hostile = "([{".repeat(100_000);
        fails(&hostile, MAX_DEPTH, "nested more than");
        let calls = "set(".repeat(1000);
        assert!(error(&calls).message.contains("nested more than"));
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
        for text in ["\u{0}\u{1}\u{7f}\u{80}\u{a0}\u{ad}\u{2028}\u{feff}\u{10ffff}", "'\"", "'", "\"", "\\"] {
            let value = Value::Str(text.to_string());
            assert_eq!(parse(&value.repr()), value, "{text:?}");
        }
        let all_bytes = Value::Bytes((0..=255).collect());
        assert_eq!(parse(&all_bytes.repr()), all_bytes);
    }
}
