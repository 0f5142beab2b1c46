//! Comparing an expected value with the one a solution produced, and saying in words
//! where they first differ. Stricter than Python's `==` about types (a bool is not an
//! int, a tuple is not a list), so a test states exactly what it means.

mod key;

use std::cmp::Ordering;

use num_traits::ToPrimitive;

use super::repr::{bytes_repr, float_repr, str_repr};
use super::{Value, clip};
pub(super) use key::first_equal;
use key::{Num, num_cmp, number, sorted_keys};

/// How strictly values compare, per case or per exercise.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct CompareOptions {
    /// Floats, and an int against a float, are equal when
    /// `|a - b| <= tolerance * max(1, |a|, |b|)`; infinities equal only themselves.
    pub float_tolerance: Option<f64>,
    /// Lists, at any depth, compare as multisets.
    pub unordered: bool,
}

/// Whether `got` is what `expected` asks for.
pub fn equals(expected: &Value, got: &Value, opts: &CompareOptions) -> bool {
    use Value::*;
    match (expected, got) {
        // An expected literal can never be an object, so an object is always wrong.
        (Object { .. }, _) | (_, Object { .. }) => false,
        (None, None) => true,
        (Bool(a), Bool(b)) => a == b,
        (Str(a), Str(b)) => a == b,
        (Bytes(a), Bytes(b)) => a == b,
        (List(a), List(b)) if opts.unordered => same_items(a, b, opts),
        (List(a), List(b)) | (Tuple(a), Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| equals(x, y, opts))
        }
        (Set(a) | FrozenSet(a), Set(b) | FrozenSet(b)) => same_items(a, b, opts),
        (Dict(a), Dict(b)) => {
            let pairs = pair_keys(a, b, opts);
            a.len() == b.len()
                && pairs.all_paired()
                && pairs
                    .expected
                    .iter()
                    .enumerate()
                    .all(|(i, j)| j.is_some_and(|j| equals(&a[i].1, &b[j].1, opts)))
        }
        _ => match (number(expected), number(got)) {
            (Some(x), Some(y)) => num_eq(x, y, opts.float_tolerance),
            _ => false,
        },
    }
}

/// `None` when `got` equals `expected`; otherwise one sentence for a learner saying
/// where and how they first differ, e.g. `at [2]: expected an int, got a str`.
pub fn mismatch(expected: &Value, got: &Value, opts: &CompareOptions) -> Option<String> {
    let found = diff(expected, got, opts)?;
    if found.path.is_empty() {
        return Some(found.why);
    }
    // Segments were pushed on the way out of the recursion, innermost first.
    let path: String = found.path.iter().rev().map(String::as_str).collect();
    Some(format!("at {path}: {}", found.why))
}

struct Diff {
    path: Vec<String>,
    why: String,
}

impl Diff {
    fn new(why: String) -> Option<Diff> {
        Some(Diff {
            path: Vec::new(),
            why,
        })
    }

    fn under(mut self, segment: String) -> Diff {
        self.path.push(segment);
        self
    }
}

fn diff(e: &Value, g: &Value, opts: &CompareOptions) -> Option<Diff> {
    use Value::*;
    match (e, g) {
        (Object { .. }, _) | (_, Object { .. }) => Diff::new(kind_diff(e, g)),
        (None, None) => Option::None,
        (Bool(a), Bool(b)) => (a != b).then(|| plain_diff(e, g)).and_then(Diff::new),
        (Str(a), Str(b)) if a != b => {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            Diff::new(text_diff(e, g, &a, &b, |part| {
                str_repr(&part.iter().collect::<String>())
            }))
        }
        (Bytes(a), Bytes(b)) if a != b => Diff::new(text_diff(e, g, a, b, bytes_repr)),
        (Str(_), Str(_)) | (Bytes(_), Bytes(_)) => Option::None,
        (List(a), List(b)) if opts.unordered => items_diff(a, b, opts).and_then(Diff::new),
        (List(a), List(b)) | (Tuple(a), Tuple(b)) => {
            if a.len() != b.len() {
                return Diff::new(format!(
                    "expected {}, got {}",
                    count(a.len(), "item", "items"),
                    b.len()
                ));
            }
            a.iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (x, y))| Some(diff(x, y, opts)?.under(format!("[{i}]"))))
        }
        (Set(a) | FrozenSet(a), Set(b) | FrozenSet(b)) => {
            items_diff(a, b, opts).and_then(Diff::new)
        }
        (Dict(a), Dict(b)) => dict_diff(a, b, opts),
        _ => match (number(e), number(g)) {
            (Some(x), Some(y)) if num_eq(x, y, opts.float_tolerance) => Option::None,
            (Some(_), Some(_)) => {
                let mut why = plain_diff(e, g);
                let floats = matches!(e, Float(_)) || matches!(g, Float(_));
                if let (Some(t), true) = (opts.float_tolerance, floats) {
                    why.push_str(&format!(" (not within the tolerance {})", float_repr(t)));
                }
                Diff::new(why)
            }
            _ => Diff::new(kind_diff(e, g)),
        },
    }
}

fn plain_diff(e: &Value, g: &Value) -> String {
    format!("expected {}, got {}", short(e), short(g))
}

/// Two values of different kinds, in words: `expected a list, got a tuple`.
fn kind_diff(e: &Value, g: &Value) -> String {
    let mut why = format!("expected {}, got {}", kind(e), kind(g));
    let is_number = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_));
    let is_bool = |v: &Value| matches!(v, Value::Bool(_));
    // Python itself treats True as 1, so say outright why that does not count here.
    if (is_bool(e) && is_number(g)) || (is_number(e) && is_bool(g)) {
        why.push_str(&format!(" ({} is not {})", short(g), short(e)));
    }
    why
}

fn kind(v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        Value::Bytes(_) => "a bytes object".to_string(),
        Value::Object { type_name, repr } => {
            format!(
                "{} {type_name} object: {}",
                article(type_name),
                clip(repr, 80)
            )
        }
        other => format!("{} {}", article(other.type_name()), other.type_name()),
    }
}

fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') => "an",
        _ => "a",
    }
}

/// A repr for a message: long values are cut, since the report shows them in full.
fn short(v: &Value) -> String {
    clip(&v.repr(), 60)
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Two different strings or byte strings: whole when short, else where they part.
fn text_diff<T: PartialEq>(
    e: &Value,
    g: &Value,
    a: &[T],
    b: &[T],
    show: impl Fn(&[T]) -> String,
) -> String {
    if e.repr().len() + g.repr().len() <= 80 {
        return plain_diff(e, g);
    }
    let at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let excerpt = |part: &[T]| match part.len() {
        0 => "the end".to_string(),
        n if n > 20 => format!("{}...", show(&part[..20])),
        _ => show(part),
    };
    format!(
        "they differ at index {at}: expected {}, got {}",
        excerpt(&a[at..]),
        excerpt(&b[at..])
    )
}

/// Sets, frozensets and unordered lists: the first missing item, else the first
/// unexpected one.
fn items_diff(a: &[Value], b: &[Value], opts: &CompareOptions) -> Option<String> {
    let (ea, gb): (Vec<&Value>, Vec<&Value>) = (a.iter().collect(), b.iter().collect());
    let pairs = pair(&ea, &gb, opts);
    let copies = |x: &Value, side: &[&Value]| side.iter().filter(|v| equals(x, v, opts)).count();
    if let Some(i) = pairs.expected.iter().position(Option::is_none) {
        let (want, have) = (copies(ea[i], &ea), copies(ea[i], &gb));
        return Some(if have == 0 {
            format!("missing item {}", short(ea[i]))
        } else {
            format!(
                "expected {} of {}, got {have}",
                count(want, "copy", "copies"),
                short(ea[i])
            )
        });
    }
    let j = pairs.got_used.iter().position(|used| !used)?;
    let (want, have) = (copies(gb[j], &ea), copies(gb[j], &gb));
    Some(if want == 0 {
        format!("unexpected item {}", short(gb[j]))
    } else {
        format!(
            "expected {} of {}, got {have}",
            count(want, "copy", "copies"),
            short(gb[j])
        )
    })
}

fn dict_diff(a: &[(Value, Value)], b: &[(Value, Value)], opts: &CompareOptions) -> Option<Diff> {
    let pairs = pair_keys(a, b, opts);
    if let Some(i) = pairs.expected.iter().position(Option::is_none) {
        return Diff::new(format!("missing key {}", short(&a[i].0)));
    }
    if let Some(j) = pairs.got_used.iter().position(|used| !used) {
        return Diff::new(format!("unexpected key {}", short(&b[j].0)));
    }
    pairs.expected.iter().enumerate().find_map(|(i, j)| {
        let found = diff(&a[i].1, &b[(*j)?].1, opts)?;
        Some(found.under(format!("[{}]", clip(&a[i].0.repr(), 40))))
    })
}

fn same_items(a: &[Value], b: &[Value], opts: &CompareOptions) -> bool {
    let (ea, gb): (Vec<&Value>, Vec<&Value>) = (a.iter().collect(), b.iter().collect());
    a.len() == b.len() && pair(&ea, &gb, opts).all_paired()
}

/// Which got item each expected item is matched with, in a multiset comparison.
struct Pairing {
    expected: Vec<Option<usize>>,
    got_used: Vec<bool>,
}

impl Pairing {
    fn all_paired(&self) -> bool {
        self.expected.iter().all(Option::is_some) && self.got_used.iter().all(|used| *used)
    }
}

fn pair_keys(a: &[(Value, Value)], b: &[(Value, Value)], opts: &CompareOptions) -> Pairing {
    let ea: Vec<&Value> = a.iter().map(|(k, _)| k).collect();
    let gb: Vec<&Value> = b.iter().map(|(k, _)| k).collect();
    pair(&ea, &gb, opts)
}

/// Match items of two multisets. Sorting both sides by a canonical key makes this
/// O(n log n); only when a float tolerance is on and floats are present (tolerance is
/// not transitive, so no key can capture it) do the leftovers fall back to O(n^2)
/// greedy matching.
fn pair(e: &[&Value], g: &[&Value], opts: &CompareOptions) -> Pairing {
    let mut pairs = Pairing {
        expected: vec![None; e.len()],
        got_used: vec![false; g.len()],
    };
    let (ek, gk) = (
        sorted_keys(e, opts.unordered),
        sorted_keys(g, opts.unordered),
    );
    let (mut i, mut j) = (0, 0);
    while i < ek.len() && j < gk.len() {
        match ek[i].0.cmp(&gk[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            // Keys order objects too (sorting needs a total order), but an object
            // never equals anything.
            Ordering::Equal if has_object(e[ek[i].1]) => i += 1,
            Ordering::Equal => {
                pairs.expected[ek[i].1] = Some(gk[j].1);
                pairs.got_used[gk[j].1] = true;
                i += 1;
                j += 1;
            }
        }
    }
    if opts.float_tolerance.is_some() && e.iter().chain(g).any(|v| has_float(v)) {
        for (n, x) in e.iter().enumerate() {
            if pairs.expected[n].is_some() {
                continue;
            }
            let free = (0..g.len()).find(|&m| !pairs.got_used[m] && equals(x, g[m], opts));
            if let Some(m) = free {
                pairs.expected[n] = Some(m);
                pairs.got_used[m] = true;
            }
        }
    }
    pairs
}

fn has_object(v: &Value) -> bool {
    match v {
        Value::Object { .. } => true,
        Value::List(items) | Value::Tuple(items) | Value::Set(items) | Value::FrozenSet(items) => {
            items.iter().any(has_object)
        }
        Value::Dict(entries) => entries.iter().any(|(k, v)| has_object(k) || has_object(v)),
        _ => false,
    }
}

fn has_float(v: &Value) -> bool {
    match v {
        Value::Float(_) => true,
        Value::List(items) | Value::Tuple(items) | Value::Set(items) | Value::FrozenSet(items) => {
            items.iter().any(has_float)
        }
        Value::Dict(entries) => entries.iter().any(|(k, v)| has_float(k) || has_float(v)),
        _ => false,
    }
}

fn num_eq(a: Num, b: Num, tolerance: Option<f64>) -> bool {
    let (Some(t), false) = (tolerance, matches!((a, b), (Num::Int(_), Num::Int(_)))) else {
        return num_cmp(a, b) == Ordering::Equal;
    };
    let as_f64 = |n: Num| match n {
        Num::Int(i) => i.to_f64().unwrap_or(f64::NAN),
        Num::Float(f) => f,
    };
    let (x, y) = (as_f64(a), as_f64(b));
    if x.is_nan() || y.is_nan() {
        return x.is_nan() && y.is_nan();
    }
    if x.is_infinite() || y.is_infinite() {
        return x == y;
    }
    (x - y).abs() <= t * 1f64.max(x.abs()).max(y.abs())
}

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

    const EXACT: CompareOptions = CompareOptions {
        float_tolerance: None,
        unordered: false,
    };
    const UNORDERED: CompareOptions = CompareOptions {
        float_tolerance: None,
        unordered: true,
    };

    fn tolerant(t: f64) -> CompareOptions {
        CompareOptions {
            float_tolerance: Some(t),
            unordered: false,
        }
    }

    /// `equals` and `mismatch` must always agree; checks both and returns the sentence.
    fn check(expected: &Value, got: &Value, opts: &CompareOptions) -> Option<String> {
        let why = mismatch(expected, got, opts);
        assert_eq!(
            equals(expected, got, opts),
            why.is_none(),
            "equals and mismatch disagree on {} vs {}: {why:?}",
            expected.repr(),
            got.repr()
        );
        why
    }

    fn same(expected: &str, got: &str, opts: &CompareOptions) {
        let why = check(&lit(expected), &lit(got), opts);
        assert_eq!(why, None, "{expected} should equal {got}");
    }

    fn differ(expected: &str, got: &str, opts: &CompareOptions, sentence: &str) {
        let why = check(&lit(expected), &lit(got), opts);
        assert_eq!(why.as_deref(), Some(sentence), "{expected} vs {got}");
    }

    #[test]
    fn scalars() {
        same("None", "None", &EXACT);
        same("True", "True", &EXACT);
        same("'abc'", "'abc'", &EXACT);
        same("b'abc'", "b'abc'", &EXACT);
        differ("True", "False", &EXACT, "expected True, got False");
        differ("'abc'", "'abd'", &EXACT, "expected 'abc', got 'abd'");
        differ("b'a'", "b'b'", &EXACT, "expected b'a', got b'b'");
        differ("None", "0", &EXACT, "expected None, got an int");
        differ("3", "None", &EXACT, "expected an int, got None");
        differ("'1'", "1", &EXACT, "expected a str, got an int");
        differ("'a'", "b'a'", &EXACT, "expected a str, got a bytes object");
    }

    #[test]
    fn bool_is_not_int() {
        differ(
            "True",
            "1",
            &EXACT,
            "expected a bool, got an int (1 is not True)",
        );
        differ(
            "1",
            "True",
            &EXACT,
            "expected an int, got a bool (True is not 1)",
        );
        differ(
            "0.0",
            "False",
            &EXACT,
            "expected a float, got a bool (False is not 0.0)",
        );
        differ("{1}", "{True}", &EXACT, "missing item 1");
        differ(
            "[True]",
            "[1]",
            &tolerant(0.5),
            "at [0]: expected a bool, got an int (1 is not True)",
        );
    }

    #[test]
    fn numbers_compare_across_int_and_float() {
        same("1", "1.0", &EXACT);
        same("1.0", "1", &EXACT);
        same("-0.0", "0", &EXACT);
        same("0.0", "-0.0", &EXACT);
        same("float('nan')", "float('nan')", &EXACT);
        same("float('inf')", "float('inf')", &EXACT);
        differ(
            "float('inf')",
            "float('-inf')",
            &EXACT,
            "expected inf, got -inf",
        );
        differ("float('nan')", "1.0", &EXACT, "expected nan, got 1.0");
        differ("1", "1.5", &EXACT, "expected 1, got 1.5");
        differ("3", "4", &EXACT, "expected 3, got 4");
        differ(
            "0.3",
            "0.30000000000000004",
            &EXACT,
            "expected 0.3, got 0.30000000000000004",
        );
        // Exact, not through a lossy f64: 2**53 + 1 is not 2.0**53.
        same("9007199254740992", "9007199254740992.0", &EXACT);
        differ(
            "9007199254740993",
            "9007199254740992.0",
            &EXACT,
            "expected 9007199254740993, got 9007199254740992.0",
        );
        // 1e30 is exactly this int, and so not 10**30.
        same("1000000000000000019884624838656", "1e30", &EXACT);
        differ(
            "1000000000000000000000000000000",
            "1e30",
            &EXACT,
            "expected 1000000000000000000000000000000, got 1e+30",
        );
        differ("-5", "-4.5", &EXACT, "expected -5, got -4.5");
        differ("-4", "-4.5", &EXACT, "expected -4, got -4.5");
        differ(
            "12345678901234567890123",
            "float('inf')",
            &EXACT,
            "expected 12345678901234567890123, got inf",
        );
    }

    #[test]
    fn float_tolerance() {
        let t = tolerant(1e-9);
        same("0.3", "0.30000000000000004", &t);
        same("1", "1.0000000001", &t);
        same("1e20", "100000000010000000000.0", &t);
        same("0.0", "1e-10", &t);
        same("float('nan')", "float('nan')", &t);
        same("float('inf')", "float('inf')", &t);
        same("[0.1, (0.2,)]", "[0.1000000000001, (0.2000000000001,)]", &t);
        same("{'a': 0.5}", "{'a': 0.5000000000001}", &t);
        differ(
            "float('inf')",
            "float('-inf')",
            &t,
            "expected inf, got -inf (not within the tolerance 1e-09)",
        );
        differ(
            "float('inf')",
            "1e308",
            &t,
            "expected inf, got 1e+308 (not within the tolerance 1e-09)",
        );
        differ(
            "1.0",
            "1.001",
            &t,
            "expected 1.0, got 1.001 (not within the tolerance 1e-09)",
        );
        differ(
            "float('nan')",
            "0.0",
            &t,
            "expected nan, got 0.0 (not within the tolerance 1e-09)",
        );
        // Ints among themselves stay exact.
        differ(
            "10000000000",
            "10000000001",
            &t,
            "expected 10000000000, got 10000000001",
        );
        same("10000000000", "10000000001.0", &tolerant(1e-9));
        same("{1.0, 2.0}", "{2.0000000001, 0.9999999999}", &t);
        differ("{1.0, 2.0}", "{2.0000000001, 1.5}", &t, "missing item 1.0");
        same("{0.1: 'a'}", "{0.1000000000001: 'a'}", &t);
        differ("{0.1: 'a'}", "{0.2: 'a'}", &t, "missing key 0.1");
    }

    #[test]
    fn containers_by_type() {
        same("[1, [2, 3]]", "[1, [2, 3]]", &EXACT);
        same("(1, (2,))", "(1, (2,))", &EXACT);
        differ("[1, 2]", "(1, 2)", &EXACT, "expected a list, got a tuple");
        differ("(1, 2)", "[1, 2]", &EXACT, "expected a tuple, got a list");
        differ("[1, 2]", "[2, 1]", &EXACT, "at [0]: expected 1, got 2");
        differ("[1, 2, 3]", "[1, 2]", &EXACT, "expected 3 items, got 2");
        differ("[1]", "[]", &EXACT, "expected 1 item, got 0");
        differ(
            "[1, 'x', 3]",
            "[1, 2, 3]",
            &EXACT,
            "at [1]: expected a str, got an int",
        );
        differ(
            "[[1, 2], [3, [4]]]",
            "[[1, 2], [3, [5]]]",
            &EXACT,
            "at [1][1][0]: expected 4, got 5",
        );
        differ("{1, 2}", "[1, 2]", &EXACT, "expected a set, got a list");
        differ("[1, 2]", "{1, 2}", &EXACT, "expected a list, got a set");
        differ("{}", "set()", &EXACT, "expected a dict, got a set");
    }

    #[test]
    fn sets_ignore_order_and_flavour() {
        same("{1, 2, 3}", "{3, 1, 2}", &EXACT);
        same("{1, 2}", "frozenset({2, 1})", &EXACT);
        same("frozenset()", "set()", &EXACT);
        same(
            "{(1, 2), frozenset({3, 4})}",
            "{frozenset({4, 3}), (1, 2)}",
            &EXACT,
        );
        same(
            "{1, 'a', None, b'x', (1.5,)}",
            "{(1.5,), b'x', None, 'a', 1}",
            &EXACT,
        );
        differ("{1, 2, 3}", "{1, 2}", &EXACT, "missing item 3");
        differ("{1, 2}", "{1, 2, 3}", &EXACT, "unexpected item 3");
        differ("{1, 2}", "{1, 3}", &EXACT, "missing item 2");
        differ("[{1, 2}]", "[{1}]", &EXACT, "at [0]: missing item 2");
    }

    #[test]
    fn dicts_ignore_order() {
        same("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}", &EXACT);
        same("{1: 'x'}", "{1.0: 'x'}", &EXACT);
        differ("{'a': 1, 'b': 2}", "{'a': 1}", &EXACT, "missing key 'b'");
        differ("{'a': 1}", "{'a': 1, 'c': 3}", &EXACT, "unexpected key 'c'");
        differ(
            "{'a': 3}",
            "{'a': 4}",
            &EXACT,
            "at ['a']: expected 3, got 4",
        );
        differ(
            "{'a': {'b': [1, 2]}}",
            "{'a': {'b': [1, 3]}}",
            &EXACT,
            "at ['a']['b'][1]: expected 2, got 3",
        );
        differ(
            "{(1, 'k'): [1]}",
            "{(1, 'k'): (1,)}",
            &EXACT,
            "at [(1, 'k')]: expected a list, got a tuple",
        );
        differ("{True: 1}", "{1: 1}", &EXACT, "missing key True");
        same("{'x': {1, 2}}", "{'x': {2, 1}}", &EXACT);
    }

    #[test]
    fn unordered_lists_are_multisets() {
        same("[1, 2, 2, 3]", "[2, 3, 2, 1]", &UNORDERED);
        same("[[1, 2], [3]]", "[[3], [2, 1]]", &UNORDERED);
        same("{'k': [1, 2]}", "{'k': [2, 1]}", &UNORDERED);
        differ(
            "[1, 2, 2]",
            "[2, 1, 1]",
            &UNORDERED,
            "expected 2 copies of 2, got 1",
        );
        differ(
            "[1, 2]",
            "[1, 2, 2]",
            &UNORDERED,
            "expected 1 copy of 2, got 2",
        );
        differ("[1, 2, 3]", "[1, 2]", &UNORDERED, "missing item 3");
        differ("[1, 2]", "[1, 2, 4]", &UNORDERED, "unexpected item 4");
        // Tuples keep their order even then.
        differ("(1, 2)", "(2, 1)", &UNORDERED, "at [0]: expected 1, got 2");
        differ(
            "[1, 2]",
            "(1, 2)",
            &UNORDERED,
            "expected a list, got a tuple",
        );
        let both = CompareOptions {
            float_tolerance: Some(1e-6),
            unordered: true,
        };
        same("[0.5, 1.5, 1.5]", "[1.5000001, 0.5, 1.4999999]", &both);
        differ("[0.5, 1.5]", "[0.5, 0.5]", &both, "missing item 1.5");
    }

    #[test]
    fn objects_never_equal() {
        let obj = Value::Object {
            type_name: "LRUCache".into(),
            repr: "<lru_cache.LRUCache object at 0x7f>".into(),
        };
        let why = check(&lit("[1]"), &obj, &EXACT);
        assert_eq!(
            why.as_deref(),
            Some("expected a list, got a LRUCache object: <lru_cache.LRUCache object at 0x7f>")
        );
        let why = check(
            &lit("[1, 2]"),
            &Value::List(vec![lit("1"), obj.clone()]),
            &EXACT,
        );
        assert_eq!(
            why.as_deref(),
            Some(
                "at [1]: expected an int, got a LRUCache object: <lru_cache.LRUCache object at 0x7f>"
            )
        );
        assert!(check(&obj, &obj, &EXACT).is_some());
        let set = Value::Set(vec![obj.clone()]);
        assert_eq!(
            check(&set, &set, &EXACT).as_deref(),
            Some("missing item <lru_cache.LRUCache object at 0x7f>")
        );
        let other = Value::Object {
            type_name: "Order".into(),
            repr: "Order(1)".into(),
        };
        let why = check(&lit("None"), &other, &EXACT);
        assert_eq!(
            why.as_deref(),
            Some("expected None, got an Order object: Order(1)")
        );
    }

    #[test]
    fn long_strings_say_where_they_differ() {
        let a = "x".repeat(50) + "abc" + &"y".repeat(50);
        let b = "x".repeat(50) + "abd" + &"y".repeat(50);
        differ(
            &format!("'{a}'"),
            &format!("'{b}'"),
            &EXACT,
            "they differ at index 52: expected 'cyyyyyyyyyyyyyyyyyyy'..., got 'dyyyyyyyyyyyyyyyyyyy'...",
        );
        differ(
            &format!("['{a}']"),
            &format!("['{}']", &a[..60]),
            &EXACT,
            "at [0]: they differ at index 60: expected 'yyyyyyyyyyyyyyyyyyyy'..., got the end",
        );
        let long = "z".repeat(100);
        differ(
            &format!("b'{long}'"),
            &format!("b'{long}!'"),
            &EXACT,
            "they differ at index 100: expected the end, got b'!'",
        );
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let expected = Value::List(vec![lit("1")]);
        let got = Value::Int(num_bigint::BigInt::from(7).pow(200));
        let why = check(&expected, &Value::List(vec![got]), &EXACT).unwrap_or_default();
        assert!(why.starts_with("at [0]: expected 1, got 1"), "{why}");
        assert!(why.ends_with("..."), "{why}");
        assert!(why.len() < 90, "{why}");
    }

    #[test]
    fn large_collections_are_fast() {
        let n = 100_000;
        let ints = |order: &mut dyn Iterator<Item = i64>| {
            order
                .map(|i| Value::Int(num_bigint::BigInt::from(i)))
                .collect::<Vec<_>>()
        };
        let forward = ints(&mut (0..n));
        let backward = ints(&mut (0..n).rev());
        let start = std::time::Instant::now();
        let (a, b) = (Value::Set(forward.clone()), Value::Set(backward.clone()));
        assert!(check(&a, &b, &EXACT).is_none());
        let mut fewer = backward.clone();
        fewer.retain(|v| v != &Value::Int(num_bigint::BigInt::from(50_000)));
        fewer.push(Value::Int(num_bigint::BigInt::from(-1)));
        let why = check(&a, &Value::Set(fewer), &EXACT);
        assert_eq!(why.as_deref(), Some("missing item 50000"));
        let (a, b) = (Value::List(forward.clone()), Value::List(backward.clone()));
        assert!(check(&a, &b, &UNORDERED).is_none());
        assert!(
            check(
                &a,
                &b,
                &CompareOptions {
                    float_tolerance: Some(1e-9),
                    unordered: true
                }
            )
            .is_none()
        );
        let dict = |items: &[Value]| {
            Value::Dict(
                items
                    .iter()
                    .map(|k| (Value::Str(k.repr()), k.clone()))
                    .collect(),
            )
        };
        assert!(check(&dict(&forward), &dict(&backward), &EXACT).is_none());
        let floats: Vec<Value> = (0..n).map(|i| Value::Float(i as f64 / 7.0)).collect();
        let mut shuffled = floats.clone();
        shuffled.reverse();
        assert!(
            check(
                &Value::Set(floats.clone()),
                &Value::Set(shuffled.clone()),
                &tolerant(1e-9)
            )
            .is_none()
        );
        assert!(check(&Value::List(floats), &Value::List(shuffled), &UNORDERED).is_none());
        // Generous even for a debug build; quadratic matching would take minutes.
        assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    }

    /// A small deterministic generator of values that often collide: same numbers as
    /// int and float, sets and lists of the same items, nan, bools next to ints.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }

        fn value(&mut self, depth: u32) -> Value {
            let leaf = depth == 0 || self.next(3) == 0;
            let pick = if leaf { self.next(7) } else { 7 + self.next(5) };
            let items = |g: &mut Gen| (0..g.next(4)).map(|_| g.value(depth - 1)).collect();
            match pick {
                0 => Value::None,
                1 => Value::Bool(self.next(2) == 0),
                2 => Value::Int(num_bigint::BigInt::from(self.next(3))),
                3 => Value::Float(self.next(3) as f64),
                4 => Value::Float([f64::NAN, -0.0, 0.5][self.next(3) as usize]),
                5 => Value::Str(["a", "b"][self.next(2) as usize].to_string()),
                6 => Value::Bytes(vec![b'a'; self.next(2) as usize]),
                7 => Value::List(items(self)),
                8 => Value::Tuple(items(self)),
                // Like Python's, sets and dict keys hold each value once.
                9 => Value::Set(distinct(items(self))),
                10 => Value::FrozenSet(distinct(items(self))),
                _ => {
                    let keys = distinct(items(self));
                    Value::Dict(
                        keys.into_iter()
                            .map(|k| (k, self.value(depth - 1)))
                            .collect(),
                    )
                }
            }
        }
    }

    fn distinct(items: Vec<Value>) -> Vec<Value> {
        let first = first_equal(&items.iter().collect::<Vec<_>>());
        let keep = items
            .into_iter()
            .enumerate()
            .filter(|(n, _)| first[*n] == *n);
        keep.map(|(_, v)| v).collect()
    }

    #[test]
    fn equals_and_mismatch_agree_on_generated_values() {
        let mut generator = Gen(7);
        let options = [
            EXACT,
            UNORDERED,
            tolerant(0.1),
            CompareOptions {
                float_tolerance: Some(0.1),
                unordered: true,
            },
        ];
        for _ in 0..20_000 {
            let (a, b) = (generator.value(3), generator.value(3));
            for opts in &options {
                check(&a, &b, opts);
                check(&a, &a, opts);
                let exact = opts.float_tolerance.is_none();
                if exact {
                    assert_eq!(
                        equals(&a, &b, opts),
                        equals(&b, &a, opts),
                        "{} vs {}",
                        a.repr(),
                        b.repr()
                    );
                }
                assert!(
                    equals(&a, &a.clone(), opts),
                    "{} should equal itself",
                    a.repr()
                );
                let mut reversed = a.clone();
                match &mut reversed {
                    Value::List(items) if opts.unordered => items.reverse(),
                    Value::Set(items) | Value::FrozenSet(items) => items.reverse(),
                    Value::Dict(entries) => entries.reverse(),
                    _ => {}
                }
                assert!(
                    equals(&a, &reversed, opts),
                    "{} vs {}",
                    a.repr(),
                    reversed.repr()
                );
            }
        }
    }
}
