//! A small JSON Schema checker: the subset of draft 2020-12 that the schemas in
//! `tests/fixtures/grade/schemas/` use. An unsupported keyword is an error, so a schema
//! cannot silently ask for a check that is not made.

use serde_json::Value;

/// Keywords that only describe and never constrain.
const ANNOTATIONS: [&str; 6] = [
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "examples",
];

/// Load a schema from `tests/fixtures/grade/schemas/<name>`, or coach's own from
/// `docs/schemas/<name>`.
pub fn load(name: &str) -> Value {
    let mut path = super::fixture("schemas").join(name);
    if !path.exists() {
        path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/schemas")
            .join(name);
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// Every way `doc` breaks `schema`, as `path: problem` lines (empty when it is valid).
pub fn errors(schema: &Value, doc: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    ROOT.with(|root| *root.borrow_mut() = schema.clone());
    check(schema, doc, "$", &mut errors);
    errors
}

thread_local! {
    /// The schema being checked, for `$ref`s into its `$defs`.
    static ROOT: std::cell::RefCell<Value> = const { std::cell::RefCell::new(Value::Null) };
}

/// The schema a local `$ref` (`#/$defs/name`) points at.
fn resolve(reference: &str) -> Value {
    let name = reference
        .strip_prefix("#/$defs/")
        .unwrap_or_else(|| panic!("only local `#/$defs/…` references are supported: {reference}"));
    ROOT.with(|root| root.borrow()["$defs"][name].clone())
        .as_object()
        .map(|o| Value::Object(o.clone()))
        .unwrap_or_else(|| panic!("no `$defs/{name}` in the schema"))
}

/// Panic with every problem when `doc` breaks `schema`.
pub fn assert_valid(what: &str, schema: &Value, doc: &Value) {
    let errors = errors(schema, doc);
    assert!(
        errors.is_empty(),
        "{what} breaks its schema:\n  {}\n{doc:#}",
        errors.join("\n  ")
    );
}

fn check(schema: &Value, doc: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(schema) = schema.as_object() else {
        if schema == &Value::Bool(false) {
            errors.push(format!("{path}: not allowed here"));
        }
        return;
    };
    for (keyword, rule) in schema {
        match keyword.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "$defs" => {}
            "$ref" => {
                let target = resolve(rule.as_str().expect("`$ref` is a string"));
                check(&target, doc, path, errors);
            }
            "type" => {
                let allowed: Vec<&str> = match rule {
                    Value::String(one) => vec![one.as_str()],
                    Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                    _ => panic!("bad `type` in schema: {rule}"),
                };
                if !allowed.iter().any(|t| has_type(doc, t)) {
                    errors.push(format!(
                        "{path}: expected {}, got {}",
                        allowed.join(" or "),
                        type_name(doc)
                    ));
                }
            }
            "enum" => {
                let options = rule.as_array().expect("`enum` is an array");
                if !options.contains(doc) {
                    errors.push(format!("{path}: {doc} is not one of {rule}"));
                }
            }
            "const" => {
                if rule != doc {
                    errors.push(format!("{path}: {doc} is not {rule}"));
                }
            }
            "required" => {
                if let Some(object) = doc.as_object() {
                    for key in rule
                        .as_array()
                        .expect("`required` is an array")
                        .iter()
                        .filter_map(Value::as_str)
                    {
                        if !object.contains_key(key) {
                            errors.push(format!("{path}: `{key}` is required"));
                        }
                    }
                }
            }
            "properties" => {
                if let Some(object) = doc.as_object() {
                    for (key, sub) in rule.as_object().expect("`properties` is an object") {
                        if let Some(value) = object.get(key) {
                            check(sub, value, &format!("{path}.{key}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let Some(object) = doc.as_object() {
                    let known = schema.get("properties").and_then(Value::as_object);
                    for (key, value) in object {
                        if known.is_some_and(|k| k.contains_key(key)) {
                            continue;
                        }
                        match rule {
                            Value::Bool(false) => {
                                errors.push(format!("{path}: `{key}` is not an allowed key"))
                            }
                            Value::Bool(true) => {}
                            sub => check(sub, value, &format!("{path}.{key}"), errors),
                        }
                    }
                }
            }
            "items" => {
                if let Some(items) = doc.as_array() {
                    for (index, item) in items.iter().enumerate() {
                        check(rule, item, &format!("{path}[{index}]"), errors);
                    }
                }
            }
            "minimum" | "maximum" => {
                if let (Some(value), Some(bound)) = (doc.as_f64(), rule.as_f64()) {
                    let ok = if keyword == "minimum" {
                        value >= bound
                    } else {
                        value <= bound
                    };
                    if !ok {
                        errors.push(format!("{path}: {value} breaks {keyword} {bound}"));
                    }
                }
            }
            "minLength" | "maxLength" => {
                if let (Some(text), Some(bound)) = (doc.as_str(), rule.as_u64()) {
                    let length = text.chars().count() as u64;
                    let ok = if keyword == "minLength" {
                        length >= bound
                    } else {
                        length <= bound
                    };
                    if !ok {
                        errors.push(format!("{path}: length {length} breaks {keyword} {bound}"));
                    }
                }
            }
            "allOf" => {
                for sub in rule.as_array().expect("`allOf` is an array") {
                    check(sub, doc, path, errors);
                }
            }
            "anyOf" => {
                let options = rule.as_array().expect("`anyOf` is an array");
                let all: Vec<Vec<String>> = options
                    .iter()
                    .map(|sub| self::errors_at(sub, doc, path))
                    .collect();
                if !all.iter().any(Vec::is_empty) {
                    errors.push(format!(
                        "{path}: matches none of anyOf: {}",
                        all.concat().join("; ")
                    ));
                }
            }
            "if" => {
                let branch = if errors_at(rule, doc, path).is_empty() {
                    "then"
                } else {
                    "else"
                };
                if let Some(sub) = schema.get(branch) {
                    check(sub, doc, path, errors);
                }
            }
            "then" | "else" => {}
            other => panic!("the schema uses `{other}`, which this checker does not support"),
        }
    }
}

fn errors_at(schema: &Value, doc: &Value, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, doc, path, &mut errors);
    errors
}

fn has_type(doc: &Value, name: &str) -> bool {
    match name {
        "object" => doc.is_object(),
        "array" => doc.is_array(),
        "string" => doc.is_string(),
        "number" => doc.is_number(),
        "integer" => doc.is_i64() || doc.is_u64() || doc.as_f64().is_some_and(|f| f.fract() == 0.0),
        "boolean" => doc.is_boolean(),
        "null" => doc.is_null(),
        other => panic!("unknown type `{other}` in schema"),
    }
}

fn type_name(doc: &Value) -> &'static str {
    match doc {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
