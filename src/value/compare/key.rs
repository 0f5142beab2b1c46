//! Canonical keys: a total order on values that agrees with exact equality, so that
//! sets, dicts and unordered lists compare by sorting in O(n log n) instead of
//! matching every item against every other.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::value::Value;

/// Each value's key and index, sorted by key; stable, so equal values keep their order
/// and the first ones pair first.
pub(super) fn sorted_keys<'a>(values: &[&'a Value], unordered: bool) -> Vec<(Key<'a>, usize)> {
    let mut keys: Vec<_> = values
        .iter()
        .enumerate()
        .map(|(n, v)| (key(v, unordered), n))
        .collect();
    keys.sort_by(|x, y| x.0.cmp(&y.0));
    keys
}

/// For each value, the index of the first value equal to it (exactly, lists ordered):
/// how a set or dict literal drops repeats.
pub(in crate::value) fn first_equal(values: &[&Value]) -> Vec<usize> {
    let keys = sorted_keys(values, false);
    let mut first: Vec<usize> = (0..values.len()).collect();
    for n in 1..keys.len() {
        if keys[n].0 == keys[n - 1].0 {
            first[keys[n].1] = first[keys[n - 1].1];
        }
    }
    first
}

#[derive(Clone, Copy)]
pub(super) enum Num<'a> {
    Int(&'a BigInt),
    Float(f64),
}

pub(super) fn number(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// A total order on numbers by exact value, with every nan equal and above all else.
pub(super) fn num_cmp(a: Num, b: Num) -> Ordering {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x.cmp(y),
        (Num::Float(x), Num::Float(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            // Neither is nan here, so this is total; -0.0 and 0.0 come out equal.
            (false, false) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        },
        (Num::Int(x), Num::Float(y)) => int_float_cmp(x, y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(y, x).reverse(),
    }
}

// NOTE: exact, never through `as f64`: 2**53 + 1 must not equal 2.0**53.
fn int_float_cmp(x: &BigInt, y: f64) -> Ordering {
    if y.is_nan() || y == f64::INFINITY {
        return Ordering::Less;
    }
    if y == f64::NEG_INFINITY {
        return Ordering::Greater;
    }
    let floor = y.floor();
    let Some(whole) = BigInt::from_f64(floor) else {
        return Ordering::Less;
    };
    match x.cmp(&whole) {
        Ordering::Equal if floor < y => Ordering::Less,
        other => other,
    }
}

/// A value with its unordered parts sorted, so that two values are equal exactly when
/// their keys are, and keys can be sorted to compare multisets in O(n log n).
pub(super) enum Key<'a> {
    None,
    Bool(bool),
    Num(Num<'a>),
    Str(&'a str),
    Bytes(&'a [u8]),
    List(Vec<Key<'a>>),
    Tuple(Vec<Key<'a>>),
    Set(Vec<Key<'a>>),
    Dict(Vec<(Key<'a>, Key<'a>)>),
    Object(&'a str, &'a str),
}

pub(super) fn key(v: &Value, unordered: bool) -> Key<'_> {
    fn keys(items: &[Value], unordered: bool) -> Vec<Key<'_>> {
        items.iter().map(|v| key(v, unordered)).collect()
    }
    fn sorted(mut keys: Vec<Key<'_>>) -> Vec<Key<'_>> {
        keys.sort();
        keys
    }
    match v {
        Value::None => Key::None,
        Value::Bool(b) => Key::Bool(*b),
        Value::Int(i) => Key::Num(Num::Int(i)),
        Value::Float(f) => Key::Num(Num::Float(*f)),
        Value::Str(s) => Key::Str(s),
        Value::Bytes(b) => Key::Bytes(b),
        Value::List(items) if unordered => Key::List(sorted(keys(items, unordered))),
        Value::List(items) => Key::List(keys(items, unordered)),
        Value::Tuple(items) => Key::Tuple(keys(items, unordered)),
        Value::Set(items) | Value::FrozenSet(items) => Key::Set(sorted(keys(items, unordered))),
        Value::Dict(entries) => {
            let mut pairs: Vec<_> = entries
                .iter()
                .map(|(k, v)| (key(k, unordered), key(v, unordered)))
                .collect();
            pairs.sort();
            Key::Dict(pairs)
        }
        Value::Object { type_name, repr } => Key::Object(type_name, repr),
    }
}

impl Key<'_> {
    fn rank(&self) -> u8 {
        match self {
            Key::None => 0,
            Key::Bool(_) => 1,
            Key::Num(_) => 2,
            Key::Str(_) => 3,
            Key::Bytes(_) => 4,
            Key::List(_) => 5,
            Key::Tuple(_) => 6,
            Key::Set(_) => 7,
            Key::Dict(_) => 8,
            Key::Object(..) => 9,
        }
    }
}

impl Ord for Key<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Key::Bool(a), Key::Bool(b)) => a.cmp(b),
            (Key::Num(a), Key::Num(b)) => num_cmp(*a, *b),
            (Key::Str(a), Key::Str(b)) => a.cmp(b),
            (Key::Bytes(a), Key::Bytes(b)) => a.cmp(b),
            (Key::List(a), Key::List(b))
            | (Key::Tuple(a), Key::Tuple(b))
            | (Key::Set(a), Key::Set(b)) => a.iter().cmp(b.iter()),
            (Key::Dict(a), Key::Dict(b)) => a.iter().cmp(b.iter()),
            (Key::Object(ta, ra), Key::Object(tb, rb)) => (ta, ra).cmp(&(tb, rb)),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

impl PartialOrd for Key<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Key<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::parse_literal;

    fn lit(src: &str) -> Value {
        match parse_literal(src) {
            Ok(value) => value,
            Err(e) => panic!("{src:?} should parse: {e}"),
        }
    }

    #[test]
    fn first_equal_finds_repeats() {
        let values = [
            lit("1"),
            lit("2"),
            lit("1.0"),
            lit("True"),
            lit("(1, 2)"),
            lit("(1.0, 2)"),
        ];
        let refs: Vec<&Value> = values.iter().collect();
        assert_eq!(first_equal(&refs), [0, 1, 0, 3, 4, 4]);
    }

    #[test]
    fn number_order_is_total() {
        let sources = [
            "float('-inf')",
            "-3",
            "-2.5",
            "-0.0",
            "0",
            "0.5",
            "1",
            "1.0",
            "9007199254740993",
            "1e300",
            "float('inf')",
            "float('nan')",
        ];
        let values: Vec<Value> = sources.iter().map(|s| lit(s)).collect();
        for (i, a) in values.iter().enumerate() {
            for (j, b) in values.iter().enumerate() {
                let ord = key(a, false).cmp(&key(b, false));
                assert_eq!(
                    ord,
                    key(b, false).cmp(&key(a, false)).reverse(),
                    "{} vs {}",
                    a.repr(),
                    b.repr()
                );
                let equal_pairs = [(3, 4), (4, 3), (6, 7), (7, 6)];
                let want = if i == j || equal_pairs.contains(&(i, j)) {
                    Ordering::Equal
                } else {
                    i.cmp(&j)
                };
                assert_eq!(ord, want, "{} vs {}", a.repr(), b.repr());
            }
        }
    }
}
