//! The Python value model: what a step expects (parsed from a literal) and what the
//! worker returns (decoded from its JSON wire format), how the two compare, and how
//! either is shown to a learner (Python's own `repr()`).

mod compare;
mod literal;
mod repr;

// NOTE: `equals` is the yes/no form of `mismatch`; the runner may only need the
// sentence, and an unused re-export must not fail `clippy -D warnings`.
#[allow(unused_imports)]
pub use compare::equals;
pub use compare::{CompareOptions, mismatch};
pub use literal::{LiteralError, parse_literal};

use num_bigint::BigInt;

/// How deep a literal or a wire value may nest. Parsing, comparing and rendering all
/// recurse, so the cap keeps hostile or runaway input from overflowing the stack.
/// The worker stops encoding at depth 100, well inside this.
const MAX_DEPTH: usize = 200;

/// A Python value, as far as a test can state it or needs to look at it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Set(Vec<Value>),
    FrozenSet(Vec<Value>),
    /// Entries in insertion order, as Python keeps them.
    Dict(Vec<(Value, Value)>),
    /// Anything else the worker returned; only its type and repr cross the pipe.
    Object {
        type_name: String,
        repr: String,
    },
}

impl Value {
    /// The Python type's name, as `type(v).__name__` gives it.
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Dict(_) => "dict",
            Value::Object { type_name, .. } => type_name,
        }
    }

    /// Decode one value of the worker's wire format: a JSON object tagged by `"t"`.
    pub fn from_wire(json: &serde_json::Value) -> Result<Value, String> {
        decode(json, 0)
    }
}

fn decode(json: &serde_json::Value, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(format!("value nested more than {MAX_DEPTH} levels deep"));
    }
    let Some(tag) = json.get("t").and_then(|t| t.as_str()) else {
        return Err(format!(
            "expected a tagged value, found {}",
            clip_json(json)
        ));
    };
    let field = |name: &str| {
        json.get(name)
            .ok_or_else(|| format!("a `{tag}` value has no \"{name}\" field"))
    };
    let text = |name: &str| {
        field(name)?
            .as_str()
            .ok_or_else(|| format!("the \"{name}\" of a `{tag}` value is not a string"))
    };
    let items = || {
        field("v")?
            .as_array()
            .ok_or_else(|| format!("the \"v\" of a `{tag}` value is not an array"))
    };
    let decode_all = |items: &Vec<serde_json::Value>| {
        items
            .iter()
            .map(|item| decode(item, depth + 1))
            .collect::<Result<Vec<_>, _>>()
    };
    Ok(match tag {
        "none" => Value::None,
        "bool" => Value::Bool(
            field("v")?
                .as_bool()
                .ok_or_else(|| "the \"v\" of a `bool` value is not true or false".to_string())?,
        ),
        "int" => Value::Int(decode_int(text("v")?)?),
        "float" => {
            let v = text("v")?;
            Value::Float(v.parse().map_err(|_| format!("bad float `{v}`"))?)
        }
        "str" => Value::Str(text("v")?.to_string()),
        "bytes" => Value::Bytes(decode_hex(text("v")?)?),
        "list" => Value::List(decode_all(items()?)?),
        "tuple" => Value::Tuple(decode_all(items()?)?),
        "set" => Value::Set(decode_all(items()?)?),
        "frozenset" => Value::FrozenSet(decode_all(items()?)?),
        "dict" => {
            let mut entries = Vec::new();
            for pair in items()? {
                match pair.as_array().map(Vec::as_slice) {
                    Some([k, v]) => entries.push((decode(k, depth + 1)?, decode(v, depth + 1)?)),
                    _ => {
                        return Err(format!(
                            "a dict entry is not a [key, value] pair: {}",
                            clip_json(pair)
                        ));
                    }
                }
            }
            Value::Dict(entries)
        }
        "obj" => Value::Object {
            type_name: text("type")?.to_string(),
            repr: text("repr")?.to_string(),
        },
        other => return Err(format!("unknown value tag `{other}`")),
    })
}

/// Python's `int.__repr__`: an optional minus and decimal digits. Checked by hand because
/// `BigInt`'s parser also takes `+` and underscores, which would hide a worker bug.
fn decode_int(text: &str) -> Result<BigInt, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad int `{text}`"));
    }
    text.parse().map_err(|_| format!("bad int `{text}`"))
}

fn decode_hex(text: &str) -> Result<Vec<u8>, String> {
    let digit = |b: &u8| char::from(*b).to_digit(16);
    let pairs = text.as_bytes().chunks(2);
    pairs
        .map(|pair| match pair {
            [high, low] => Some(digit(high)? * 16 + digit(low)?),
            _ => None,
        })
        .map(|byte| byte.and_then(|b| u8::try_from(b).ok()))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| format!("bad hex bytes `{}`", clip(text, 40)))
}

fn clip_json(json: &serde_json::Value) -> String {
    clip(&json.to_string(), 60)
}

/// At most `max` characters of `text`, with `...` when something was cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max.saturating_sub(3)) {
        Some((cut, _)) if text.chars().count() > max => format!("{}...", &text[..cut]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn wire(json: serde_json::Value) -> Result<Value, String> {
        Value::from_wire(&json)
    }

    fn int(n: i64) -> Value {
        Value::Int(BigInt::from(n))
    }

    #[test]
    fn decodes_scalars() {
        assert_eq!(wire(json!({"t": "none"})), Ok(Value::None));
        assert_eq!(wire(json!({"t": "bool", "v": true})), Ok(Value::Bool(true)));
        assert_eq!(wire(json!({"t": "int", "v": "-123"})), Ok(int(-123)));
        let big = "123456789012345678901234567890";
        assert_eq!(
            wire(json!({"t": "int", "v": big})),
            Ok(Value::Int(big.parse().expect("big int")))
        );
        assert_eq!(
            wire(json!({"t": "float", "v": "1.5"})),
            Ok(Value::Float(1.5))
        );
        assert_eq!(
            wire(json!({"t": "float", "v": "1e+16"})),
            Ok(Value::Float(1e16))
        );
        assert_eq!(
            wire(json!({"t": "float", "v": "-0.0"})),
            Ok(Value::Float(-0.0))
        );
        assert_eq!(
            wire(json!({"t": "float", "v": "inf"})),
            Ok(Value::Float(f64::INFINITY))
        );
        assert_eq!(
            wire(json!({"t": "float", "v": "-inf"})),
            Ok(Value::Float(f64::NEG_INFINITY))
        );
        assert!(
            matches!(wire(json!({"t": "float", "v": "nan"})), Ok(Value::Float(f)) if f.is_nan())
        );
        assert_eq!(
            wire(json!({"t": "str", "v": "h\u{e9}\n"})),
            Ok(Value::Str("h\u{e9}\n".into()))
        );
        assert_eq!(
            wire(json!({"t": "bytes", "v": "68656c6c6f"})),
            Ok(Value::Bytes(b"hello".to_vec()))
        );
        assert_eq!(
            wire(json!({"t": "bytes", "v": "00FF"})),
            Ok(Value::Bytes(vec![0, 255]))
        );
        assert_eq!(
            wire(json!({"t": "bytes", "v": ""})),
            Ok(Value::Bytes(vec![]))
        );
    }

    #[test]
    fn decodes_containers_and_objects() {
        let items = json!([{"t": "int", "v": "1"}, {"t": "none"}]);
        let expected = vec![int(1), Value::None];
        assert_eq!(
            wire(json!({"t": "list", "v": items})),
            Ok(Value::List(expected.clone()))
        );
        assert_eq!(
            wire(json!({"t": "tuple", "v": items})),
            Ok(Value::Tuple(expected.clone()))
        );
        assert_eq!(
            wire(json!({"t": "set", "v": items})),
            Ok(Value::Set(expected.clone()))
        );
        assert_eq!(
            wire(json!({"t": "frozenset", "v": items})),
            Ok(Value::FrozenSet(expected))
        );
        assert_eq!(wire(json!({"t": "list", "v": []})), Ok(Value::List(vec![])));
        assert_eq!(
            wire(
                json!({"t": "dict", "v": [[{"t": "str", "v": "b"}, {"t": "int", "v": "2"}],
                                          [{"t": "str", "v": "a"}, {"t": "int", "v": "1"}]]})
            ),
            Ok(Value::Dict(vec![
                (Value::Str("b".into()), int(2)),
                (Value::Str("a".into()), int(1))
            ]))
        );
        let obj = wire(json!({"t": "obj", "type": "LRUCache", "repr": "<LRUCache object at 0x1>"}));
        assert_eq!(
            obj,
            Ok(Value::Object {
                type_name: "LRUCache".into(),
                repr: "<LRUCache object at 0x1>".into()
            })
        );
        assert_eq!(
            obj.map(|v| v.type_name().to_string()),
            Ok("LRUCache".to_string())
        );
    }

    #[test]
    fn rejects_malformed_wire_values() {
        let bad = [
            json!(1),
            json!({"v": 1}),
            json!({"t": 3}),
            json!({"t": "complex", "v": "1j"}),
            json!({"t": "bool"}),
            json!({"t": "bool", "v": "true"}),
            json!({"t": "int", "v": 12}),
            json!({"t": "int", "v": "1_000"}),
            json!({"t": "int", "v": "+1"}),
            json!({"t": "int", "v": "-"}),
            json!({"t": "int", "v": ""}),
            json!({"t": "float", "v": "one"}),
            json!({"t": "str", "v": null}),
            json!({"t": "bytes", "v": "abc"}),
            json!({"t": "bytes", "v": "zz"}),
            json!({"t": "bytes", "v": "+1"}),
            json!({"t": "list", "v": {"t": "none"}}),
            json!({"t": "list", "v": [{"t": "nope"}]}),
            json!({"t": "dict", "v": [[{"t": "none"}]]}),
            json!({"t": "dict", "v": [{"t": "none"}]}),
            json!({"t": "obj", "type": "X"}),
        ];
        for json in bad {
            assert!(wire(json.clone()).is_err(), "{json} should be rejected");
        }
        assert_eq!(
            wire(json!({"t": "set2", "v": []})),
            Err("unknown value tag `set2`".to_string())
        );
    }

    #[test]
    fn caps_wire_depth() {
        let nest = |levels: usize| {
            let mut json = json!({"t": "none"});
            for _ in 0..levels {
                json = json!({"t": "list", "v": [json]});
            }
            json
        };
        assert!(wire(nest(MAX_DEPTH)).is_ok());
        let err = wire(nest(MAX_DEPTH + 1)).expect_err("too deep");
        assert!(err.contains("nested more than"), "{err}");
    }

    #[test]
    fn names_types() {
        let values = [
            Value::None,
            Value::Bool(false),
            int(1),
            Value::Float(1.0),
            Value::Str(String::new()),
            Value::Bytes(vec![]),
            Value::List(vec![]),
            Value::Tuple(vec![]),
            Value::Set(vec![]),
            Value::FrozenSet(vec![]),
            Value::Dict(vec![]),
        ];
        let names: Vec<&str> = values.iter().map(Value::type_name).collect();
        assert_eq!(
            names,
            [
                "NoneType",
                "bool",
                "int",
                "float",
                "str",
                "bytes",
                "list",
                "tuple",
                "set",
                "frozenset",
                "dict"
            ]
        );
    }

    #[test]
    fn clips_long_text() {
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abcdefg", 6), "abc...");
        assert_eq!(
            clip("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", 5),
            "\u{e9}\u{e9}..."
        );
    }
}
