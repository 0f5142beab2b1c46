//! Rendering a value exactly as Python's `repr()` would, so learners see expected and
//! actual values in the notation they write and read every day.

use super::Value;

impl Value {
    /// The value as Python's `repr()` writes it.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    // NOTE: one buffer for the whole tree; building a String per element would make
    // large containers quadratic in the worst case and allocation-heavy in every case.
    fn write_repr(&self, out: &mut String) {
        match self {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s)),
            Value::Bytes(b) => out.push_str(&bytes_repr(b)),
            Value::List(items) => write_items(out, "[", items, "]"),
            Value::Tuple(items) if items.len() == 1 => write_items(out, "(", items, ",)"),
            Value::Tuple(items) => write_items(out, "(", items, ")"),
            Value::Set(items) if items.is_empty() => out.push_str("set()"),
            Value::Set(items) => write_items(out, "{", items, "}"),
            Value::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
            Value::FrozenSet(items) => write_items(out, "frozenset({", items, "})"),
            Value::Dict(entries) => {
                out.push('{');
                for (n, (key, value)) in entries.iter().enumerate() {
                    if n > 0 {
                        out.push_str(", ");
                    }
                    key.write_repr(out);
                    out.push_str(": ");
                    value.write_repr(out);
                }
                out.push('}');
            }
            Value::Object { repr, .. } => out.push_str(repr),
        }
    }
}

fn write_items(out: &mut String, open: &str, items: &[Value], close: &str) {
    out.push_str(open);
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        item.write_repr(out);
    }
    out.push_str(close);
}

/// Python's `float.__repr__`: the shortest digits that read back to the same float,
/// in scientific notation when the decimal exponent is below -4 or at least 16.
pub(super) fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let sci = shortest_digits(x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..16).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!(
            "{sign}{first}{point}{rest}e{exp_sign}{:02}",
            exp.unsigned_abs()
        )
    } else if exp < 0 {
        let zeros = "0".repeat(exp.unsigned_abs() as usize - 1);
        format!("{sign}0.{zeros}{digits}")
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            format!("{sign}{digits}{}.0", "0".repeat(point - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..point], &digits[point..])
        }
    }
}

/// `x` (finite, not negative) in scientific notation with the fewest digits that read
/// back to `x`, e.g. `1.2345e-5`, `1e16`.
fn shortest_digits(x: f64) -> String {
    // Rust's `{:e}` finds the shortest length, but when two strings of that length both
    // read back to `x` it may pick the farther one (`...702.12` for `...702.125`), where
    // Python picks the closest. The correctly rounded string of that length is the
    // closest one, so prefer it whenever it reads back.
    let shortest = format!("{x:e}");
    let digits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.chars().filter(char::is_ascii_digit).count());
    let closest = format!("{x:.*e}", digits.saturating_sub(1));
    if closest.parse::<f64>() == Ok(x) {
        closest
    } else {
        shortest
    }
}

/// Python's `str.__repr__`, including its choice of quotes.
pub(super) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() || !is_printable(c) => {
                let code = u32::from(c);
                let escaped = match code {
                    0..=0xff => format!("\\x{code:02x}"),
                    0x100..=0xffff => format!("\\u{code:04x}"),
                    _ => format!("\\U{code:08x}"),
                };
                out.push_str(&escaped);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `bytes.__repr__`.
pub(super) fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote => {
                out.push('\\');
                out.push(char::from(b));
            }
            b' '..=b'~' => out.push(char::from(b)),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

/// Python's `str.isprintable()` for one non-ASCII character.
fn is_printable(c: char) -> bool {
    let code = u32::from(c);
    let after = NON_PRINTABLE.partition_point(|&(_, last)| last < code);
    NON_PRINTABLE
        .get(after)
        .is_none_or(|&(first, _)| code < first)
}

/// Non-ASCII code points Python's repr escapes: every assigned character in the
/// categories Cc, Cf, Zs, Zl, Zp, Co (from Python 3.11's Unicode 14 tables), the
/// noncharacters, and the planes that no Unicode version has assigned. Unassigned
/// holes inside script blocks are shown as is: Python's answer there changes with its
/// Unicode version anyway. Sorted, non-overlapping, inclusive.
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0xa0),
    (0xad, 0xad),
    (0x600, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70f, 0x70f),
    (0x890, 0x891),
    (0x8e2, 0x8e2),
    (0x1680, 0x1680),
    (0x180e, 0x180e),
    (0x2000, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x2064),
    (0x2066, 0x206f),
    (0x3000, 0x3000),
    (0xd800, 0xf8ff),
    (0xfdd0, 0xfdef),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0xfffe, 0xffff),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x1343f),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0x1fffe, 0x1ffff),
    (0x2fffe, 0x2ffff),
    (0x3fffe, 0xe00ff),
    (0xe01f0, 0x10ffff),
];

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn s(text: &str) -> Value {
        Value::Str(text.to_string())
    }

    fn int(n: i64) -> Value {
        Value::Int(BigInt::from(n))
    }

    #[test]
    fn floats_like_python() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (1.0 / 3.0, "0.3333333333333333"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123.456, "123.456"),
            (9999999999999998.0, "9999999999999998.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:?}");
        }
    }

    #[test]
    fn strings_like_python() {
        let cases = [
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("back\\slash", "'back\\\\slash'"),
            ("tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'"),
            ("\0\x07\x1b\x7f", "'\\x00\\x07\\x1b\\x7f'"),
            ("\u{80}\u{9f}\u{a0}\u{ad}", "'\\x80\\x9f\\xa0\\xad'"),
            (
                "caf\u{e9} \u{4e2d} \u{1f600}",
                "'caf\u{e9} \u{4e2d} \u{1f600}'",
            ),
            ("\u{200b}\u{2028}\u{feff}", "'\\u200b\\u2028\\ufeff'"),
            (
                "\u{e000}\u{10ffff}\u{e0001}",
                "'\\ue000\\U0010ffff\\U000e0001'",
            ),
            ("\u{e0100}", "'\u{e0100}'"),
        ];
        for (text, want) in cases {
            assert_eq!(str_repr(text), want, "repr of {text:?}");
        }
    }

    #[test]
    fn bytes_like_python() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"hello"), "b'hello'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(
            bytes_repr(b"\\\t\n\r\x00\x7f\x80\xff"),
            "b'\\\\\\t\\n\\r\\x00\\x7f\\x80\\xff'"
        );
    }

    #[test]
    fn containers_like_python() {
        let cases = [
            (Value::None, "None"),
            (Value::Bool(true), "True"),
            (Value::Bool(false), "False"),
            (
                Value::Int("-123456789012345678901234567890".parse().expect("int")),
                "-123456789012345678901234567890",
            ),
            (Value::List(vec![]), "[]"),
            (Value::List(vec![int(1), s("a")]), "[1, 'a']"),
            (Value::Tuple(vec![]), "()"),
            (Value::Tuple(vec![int(1)]), "(1,)"),
            (Value::Tuple(vec![int(1), int(2)]), "(1, 2)"),
            (Value::Set(vec![]), "set()"),
            (Value::Set(vec![int(1), int(2)]), "{1, 2}"),
            (Value::FrozenSet(vec![]), "frozenset()"),
            (Value::FrozenSet(vec![int(1)]), "frozenset({1})"),
            (Value::Dict(vec![]), "{}"),
            (
                Value::Dict(vec![
                    (s("a"), int(1)),
                    (int(2), Value::List(vec![Value::None])),
                ]),
                "{'a': 1, 2: [None]}",
            ),
            (Value::Bytes(b"x".to_vec()), "b'x'"),
            (Value::Float(2.0), "2.0"),
            (
                Value::Object {
                    type_name: "LRUCache".into(),
                    repr: "<LRUCache object at 0x10>".into(),
                },
                "<LRUCache object at 0x10>",
            ),
            (
                Value::Tuple(vec![
                    Value::Tuple(vec![]),
                    Value::List(vec![Value::Tuple(vec![int(0)])]),
                ]),
                "((), [(0,)])",
            ),
        ];
        for (value, want) in cases {
            assert_eq!(value.repr(), want);
        }
    }

    #[test]
    fn non_printable_table_is_sorted() {
        for pair in NON_PRINTABLE.windows(2) {
            assert!(pair[0].0 <= pair[0].1 && pair[0].1 < pair[1].0, "{pair:x?}");
        }
        assert!(is_printable('\u{e9}'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{10ffff}'));
        assert!(is_printable('\u{1f600}'));
    }
}
