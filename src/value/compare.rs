//! Comparing an expected value with the one a solution produced, and saying in words
//! where they first differ. Stricter than Python's `==` about types (a bool is not an
//! int, a tuple is not a list), so a test states exactly what it means.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::repr::{bytes_repr, float_repr, str_repr};
use super::{Value, clip};

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
                && pairs.expected.iter().enumerate().all(|(i, j)| {
                    j.is_some_and(|j| equals(&a[i].1, &b[j].1, opts))
                })
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
        Some(Diff { path: Vec::new(), why })
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
            Diff::new(text_diff(e, g, &a, &b, |part| str_repr(&part.iter().collect::<String>())))
        }
        (Bytes(a), Bytes(b)) if a != b => Diff::new(text_diff(e, g, a, b, bytes_repr)),
        (Str(_), Str(_)) | (Bytes(_), Bytes(_)) => Option::None,
        (List(a), List(b)) if opts.unordered => items_diff(a, b, opts).and_then(Diff::new),
        (List(a), List(b)) | (Tuple(a), Tuple(b)) => {
            if a.len() != b.len() {
                return Diff::new(format!("expected {}, got {}", count(a.len(), "item", "items"), b.len()));
            }
            a.iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (x, y))| Some(diff(x, y, opts)?.under(format!("[{i}]"))))
        }
        (Set(a) | FrozenSet(a), Set(b) | FrozenSet(b)) => items_diff(a, b, opts).and_then(Diff::new),
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
            format!("{} {type_name} object: {}", article(type_name), clip(repr, 80))
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
fn text_diff<T: PartialEq>(e: &Value, g: &Value, a: &[T], b: &[T], show: impl Fn(&[T]) -> String) -> String {
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
            format!("expected {} of {}, got {have}", count(want, "copy", "copies"), short(ea[i]))
        });
    }
    let j = pairs.got_used.iter().position(|used| !used)?;
    let (want, have) = (copies(gb[j], &ea), copies(gb[j], &gb));
    Some(if want == 0 {
        format!("unexpected item {}", short(gb[j]))
    } else {
        format!("expected {} of {}, got {have}", count(want, "copy", "copies"), short(gb[j]))
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
    let mut pairs = Pairing { expected: vec![None; e.len()], got_used: vec![false; g.len()] };
    let (ek, gk) = (sorted_keys(e, opts.unordered), sorted_keys(g, opts.unordered));
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

/// Each value's key and index, sorted by key; stable, so equal values keep their order
/// and the first ones pair first.
fn sorted_keys<'a>(values: &[&'a Value], unordered: bool) -> Vec<(Key<'a>, usize)> {
    let mut keys: Vec<_> = values.iter().enumerate().map(|(n, v)| (key(v, unordered), n)).collect();
    keys.sort_by(|x, y| x.0.cmp(&y.0));
    keys
}

/// For each value, the index of the first value equal to it (exactly, lists ordered):
/// how a set or dict literal drops repeats.
pub(super) fn first_equal(values: &[&Value]) -> Vec<usize> {
    let keys = sorted_keys(values, false);
    let mut first: Vec<usize> = (0..values.len()).collect();
    for n in 1..keys.len() {
        if keys[n].0 == keys[n - 1].0 {
            first[keys[n].1] = first[keys[n - 1].1];
        }
    }
    first
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

#[derive(Clone, Copy)]
enum Num<'a> {
    Int(&'a BigInt),
    Float(f64),
}

fn number(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
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

/// A total order on numbers by exact value, with every nan equal and above all else.
fn num_cmp(a: Num, b: Num) -> Ordering {
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
enum Key<'a> {
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

fn key(v: &Value, unordered: bool) -> Key<'_> {
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
            let mut pairs: Vec<_> = entries.iter().map(|(k, v)| (key(k, unordered), key(v, unordered))).collect();
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
            (Key::List(a), Key::List(b)) | (Key::Tuple(a), Key::Tuple(b)) | (Key::Set(a), Key::Set(b)) => {
                a.iter().cmp(b.iter())
            }
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
