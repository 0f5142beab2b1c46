//! String and bytes literals: quotes, prefixes, escapes and adjacent concatenation,
//! read the way Python reads them.

use super::{Parser, Result, fail};
use crate::value::Value;

/// Whether `lower` (lowercased letters right before a quote) is a valid string prefix.
pub(super) fn is_prefix(lower: &str) -> bool {
    matches!(lower, "" | "r" | "u" | "b" | "br" | "rb")
}

impl Parser<'_> {
    /// One or more adjacent string literals, concatenated as Python does.
    pub(super) fn strings(&mut self) -> Result<Value> {
        let mut text = String::new();
        let mut is_bytes = None;
        loop {
            let start = self.pos;
            let lower = self.letters().to_ascii_lowercase();
            self.pos += lower.len();
            let bytes = lower.contains('b');
            if is_bytes.is_some_and(|b| b != bytes) {
                return fail(start, "cannot mix bytes and str literals");
            }
            is_bytes = Some(bytes);
            self.body(start, lower.contains('r'), bytes, &mut text)?;
            self.skip_space();
            let quote_next = matches!(
                self.rest()[self.letters().len()..].chars().next(),
                Some('\'' | '"')
            );
            if !quote_next || !is_prefix(&self.letters().to_ascii_lowercase()) {
                break;
            }
        }
        if is_bytes == Some(true) {
            // `body` keeps bytes literals to chars below 256, one per byte.
            return Ok(Value::Bytes(
                text.chars().map(|c| u32::from(c) as u8).collect(),
            ));
        }
        Ok(Value::Str(text))
    }

    fn letters(&self) -> &str {
        let len = self
            .rest()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .count();
        &self.rest()[..len]
    }

    /// The text between the quotes at the cursor, escapes resolved, appended to `out`.
    /// `start` is where the literal (with its prefix) begins, for errors.
    fn body(&mut self, start: usize, raw: bool, bytes: bool, out: &mut String) -> Result<()> {
        let Some(quote) = self.bump() else {
            return fail(start, "unterminated string");
        };
        let pair = if quote == '"' { "\"\"" } else { "''" };
        let triple = self.rest().starts_with(pair);
        if triple {
            self.pos += 2;
        }
        loop {
            let at = self.pos;
            match self.bump() {
                None => return fail(start, "unterminated string"),
                Some('\n' | '\r') if !triple => return fail(start, "unterminated string"),
                Some(c) if c == quote && !triple => return Ok(()),
                Some(c) if c == quote && self.rest().starts_with(pair) => {
                    self.pos += 2;
                    return Ok(());
                }
                Some('\\') => match self.bump() {
                    None => return fail(start, "unterminated string"),
                    // A raw string keeps the backslash; it only stops a quote ending it.
                    Some(next) if raw => {
                        out.push('\\');
                        push(out, next, at + 1, bytes)?;
                    }
                    Some(next) => self.escape(out, next, at, bytes)?,
                },
                Some(c) => push(out, c, at, bytes)?,
            }
        }
    }

    /// One escape sequence: `c` follows the backslash at `at`.
    fn escape(&mut self, out: &mut String, c: char, at: usize, bytes: bool) -> Result<()> {
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
                    let Some(digit) = self.peek().and_then(|d| d.to_digit(8)) else {
                        break;
                    };
                    code = code * 8 + digit;
                    self.pos += 1;
                }
                code
            }
            'x' => self.hex(at, 2, "\\x")?,
            'u' if !bytes => self.hex(at, 4, "\\u")?,
            'U' if !bytes => self.hex(at, 8, "\\U")?,
            'N' if !bytes => {
                return fail(
                    at,
                    "\\N{...} escapes are not supported; write the character itself",
                );
            }
            // Python keeps an unknown escape as written, backslash included.
            other => {
                out.push('\\');
                return push(out, other, at + 1, bytes);
            }
        };
        if bytes && code > 0xff {
            return fail(at, "octal escape out of range for bytes");
        }
        match char::from_u32(code) {
            Some(ch) => {
                out.push(ch);
                Ok(())
            }
            None => fail(
                at,
                format!("the escape names U+{code:04X}, which is not a valid character"),
            ),
        }
    }

    fn hex(&mut self, at: usize, count: usize, name: &str) -> Result<u32> {
        let digits = self
            .rest()
            .get(..count)
            .filter(|d| d.chars().all(|c| c.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(code) => {
                self.pos += count;
                Ok(code)
            }
            None => fail(at, format!("{name} escape needs {count} hex digits")),
        }
    }
}

/// Append a character written as is in the source, at byte `at`.
fn push(out: &mut String, c: char, at: usize, bytes: bool) -> Result<()> {
    if bytes && !c.is_ascii() {
        return fail(
            at,
            "bytes can only contain ASCII characters; write others as \\x escapes",
        );
    }
    out.push(c);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{fails, parse};
    use super::*;

    fn s(text: &str) -> Value {
        Value::Str(text.to_string())
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
        assert_eq!(parse("U\"x\""), s("x"));
        assert_eq!(parse("'a' 'b'"), s("ab"));
        assert_eq!(parse("'a'\n  \"b\" r'\\c'"), s("ab\\c"));
        assert_eq!(parse("'caf\u{e9} \u{1f600}'"), s("caf\u{e9} \u{1f600}"));
    }

    #[test]
    fn escapes() {
        assert_eq!(
            parse(r#"'\\ \' \" \n \t \r \0 \a \b \f \v'"#),
            s("\\ ' \" \n \t \r \0 \x07 \x08 \x0c \x0b")
        );
        assert_eq!(parse(r"'\101\7\1234'"), s("A\x07S4"));
        assert_eq!(parse(r"'\x41\xe9'"), s("A\u{e9}"));
        assert_eq!(parse(r"'\u00e9\U0001F600'"), s("\u{e9}\u{1f600}"));
        assert_eq!(parse(r"'\777'"), s("\u{1ff}"));
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
        assert_eq!(
            parse(r"b'\x00\xff\n\\'"),
            Value::Bytes(vec![0, 255, b'\n', b'\\'])
        );
        assert_eq!(parse(r"b'\377'"), Value::Bytes(vec![255]));
        assert_eq!(parse(r"b'\u00e9'"), Value::Bytes(b"\\u00e9".to_vec()));
        assert_eq!(parse(r"rb'\x'"), Value::Bytes(b"\\x".to_vec()));
        assert_eq!(parse(r"Br'\x'"), Value::Bytes(b"\\x".to_vec()));
        assert_eq!(parse(r"bR'\x'"), Value::Bytes(b"\\x".to_vec()));
        assert_eq!(parse("b'a' b'b'"), Value::Bytes(b"ab".to_vec()));
        assert_eq!(parse("b''''''"), Value::Bytes(vec![]));
    }

    #[test]
    fn string_errors() {
        fails("'abc", 0, "unterminated string");
        fails("[1, 'abc\n']", 4, "unterminated string");
        fails("[1, '''abc", 4, "unterminated string");
        fails("r'abc\\'", 0, "unterminated string");
        fails("'abc\\", 0, "unterminated string");
        fails("b'caf\u{e9}'", 5, "ASCII");
        fails("f'x'", 0, "f-string");
        fails("Rf'x'", 0, "f-string");
        fails("'a' b'b'", 4, "cannot mix bytes and str");
        fails("b'a' 'b'", 5, "cannot mix bytes and str");
        fails(r"'\x4'", 1, "\\x escape needs 2 hex digits");
        fails(r"'ab\u12'", 3, "\\u escape needs 4 hex digits");
        fails(r"'\U00110000'", 1, "not a valid character");
        fails(r"'\ud800'", 1, "not a valid character");
        fails(r"'\N{DASH}'", 1, "\\N{...}");
        fails(r"b'\777'", 2, "out of range for bytes");
        fails("'a' x'b'", 4, "trailing text after the literal: `x`");
    }
}
