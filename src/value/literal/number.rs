//! Numbers in a literal: ints in any base and of any size, decimal floats, and the
//! `float('inf')` call that spells what has no literal.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::{Parser, Result, fail, is_ident};
use crate::value::Value;
use crate::value::repr::str_repr;

impl Parser<'_> {
    /// A number: decimal, hex, octal or binary int, or a decimal float.
    pub(super) fn number(&mut self) -> Result<Value> {
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
                return fail(
                    start,
                    format!("`{}` needs digits after it", &self.src[start..start + 2]),
                );
            }
            // The digit scan admits only valid digits, so this cannot fall back.
            Value::Int(BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_else(BigInt::zero))
        } else {
            self.decimal(start)?
        };
        if let Some(c) = self.peek().filter(|c| is_ident(*c)) {
            let text = &self.src[start..self.pos + self.word().len()];
            if matches!(c, 'j' | 'J') {
                return fail(
                    start,
                    format!("complex numbers like `{text}` are not supported"),
                );
            }
            return fail(start, format!("invalid number `{text}`"));
        }
        Ok(value)
    }

    /// A decimal int or float: `12`, `1_000`, `1.5`, `.5`, `5.`, `1e10`, `1.5E-3`.
    fn decimal(&mut self, start: usize) -> Result<Value> {
        let int_part = self.digits(10, false)?;
        let mut text = int_part.clone();
        let mut is_float = false;
        if self.eat('.') {
            is_float = true;
            text.push('.');
            text.push_str(&self.digits(10, false)?);
        }
        let digit_at = |p: &Self, n| p.peek_at(n).is_some_and(|c| c.is_ascii_digit());
        let signed_exponent = matches!(self.peek_at(1), Some('+' | '-')) && digit_at(self, 2);
        if matches!(self.peek(), Some('e' | 'E')) && (digit_at(self, 1) || signed_exponent) {
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
            // Rust's parser rounds correctly, as Python's does, and gives inf past the range.
            return match text.parse::<f64>() {
                Ok(f) => Ok(Value::Float(f)),
                Err(_) => fail(
                    start,
                    format!("invalid number `{}`", &self.src[start..self.pos]),
                ),
            };
        }
        if int_part.len() > 1 && int_part.starts_with('0') && int_part.bytes().any(|b| b != b'0') {
            return fail(
                start,
                "leading zeros are not allowed in a decimal int (write 0o17 for octal)",
            );
        }
        Ok(Value::Int(
            int_part.parse().unwrap_or_else(|_| BigInt::zero()),
        ))
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
                Some('_')
                    if self.peek_at(1).is_some_and(|c| c.is_digit(radix))
                        && (after_prefix || !digits.is_empty()) =>
                {
                    self.pos += 1;
                }
                Some('_') => return fail(self.pos, "misplaced `_` in a number"),
                Some(c) if c.is_ascii_digit() => {
                    return fail(self.pos, format!("`{c}` is not a digit in base {radix}"));
                }
                _ => return Ok(digits),
            }
        }
    }
}

/// `float(x)` for the argument at `at`: a string like 'inf', '-nan' or '1.5', or a number.
pub(super) fn float_call(at: usize, arg: Value) -> Result<f64> {
    match arg {
        Value::Float(f) => Ok(f),
        Value::Int(i) => match i.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => fail(at, "int too large to convert to float"),
        },
        Value::Str(text) => {
            // Python's float() ignores surrounding whitespace and the case of inf and nan.
            let lower = text.trim().to_ascii_lowercase();
            let unsigned = lower.strip_prefix(['-', '+']).unwrap_or(&lower);
            let sign = if lower.starts_with('-') { -1.0 } else { 1.0 };
            // Past the words, only these characters can make a float Python would read;
            // Rust's parser agrees with Python's on every string made of them.
            let numeric = |c: char| matches!(c, '0'..='9' | '.' | 'e' | '+' | '-');
            match unsigned {
                "inf" | "infinity" => Ok(sign * f64::INFINITY),
                "nan" => Ok(f64::NAN),
                _ if !unsigned.is_empty() && unsigned.chars().all(numeric) => lower
                    .parse()
                    .or_else(|_| fail(at, format!("float() cannot read {}", str_repr(&text)))),
                _ => fail(at, format!("float() cannot read {}", str_repr(&text))),
            }
        }
        other => {
            let kind = other.type_name();
            fail(
                at,
                format!("float() takes a string or a number here, not a {kind}"),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{fails, parse};
    use super::*;

    fn int(n: i64) -> Value {
        Value::Int(BigInt::from(n))
    }

    fn float(src: &str) -> f64 {
        match parse(src) {
            Value::Float(f) => f,
            other => panic!("{src:?} should be a float, got {other:?}"),
        }
    }

    #[test]
    fn ints() {
        assert_eq!(parse("0"), int(0));
        assert_eq!(parse("000"), int(0));
        assert_eq!(parse("0_0"), int(0));
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
        assert_eq!(
            parse(&format!("-{big}")),
            Value::Int(-big.parse::<BigInt>().expect("int"))
        );
        let max = (BigInt::from(1) << 128) - 1;
        assert_eq!(parse("0xffffffffffffffffffffffffffffffff"), Value::Int(max));
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
        assert_eq!(float("float('+inf')"), f64::INFINITY);
        assert!(float("float('nan')").is_nan());
        assert!(float("float(\"NaN\")").is_nan());
        assert!(float("float('-nan')").is_nan());
        assert_eq!(float("float('1.5')"), 1.5);
        assert_eq!(float("float('-1e3')"), -1000.0);
        assert_eq!(float("float(3)"), 3.0);
        assert_eq!(float("float(2.5,)"), 2.5);
        assert_eq!(float("float()"), 0.0);
        assert_eq!(float("float ( 'inf' )"), f64::INFINITY);
    }

    #[test]
    fn number_errors() {
        fails("012", 0, "leading zeros");
        fails("0_7", 0, "leading zeros");
        fails("1__0", 1, "misplaced `_`");
        fails("1_", 1, "misplaced `_`");
        fails("1._5", 2, "misplaced `_`");
        fails("0x", 0, "`0x` needs digits");
        fails("0b102", 4, "not a digit in base 2");
        fails("0o8", 2, "not a digit in base 8");
        fails("12abc", 0, "invalid number `12abc`");
        fails("1e", 0, "invalid number `1e`");
        fails("3j", 0, "complex numbers like `3j`");
        fails("float('abc')", 6, "float() cannot read 'abc'");
        fails("float('1e')", 6, "float() cannot read");
        fails("float('')", 6, "float() cannot read ''");
        fails("float([1])", 6, "float() takes a string or a number");
        fails(&format!("float({})", "9".repeat(400)), 6, "int too large");
        fails("float('inf', 1)", 13, "float() takes at most one argument");
    }
}
