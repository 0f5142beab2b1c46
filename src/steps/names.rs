//! The names a case's steps read but never bind: what the learner's file (or helpers.py)
//! must define. Found here, from the tokens of the steps, so that the worker can say "your
//! file does not define `LRUCache`" before any case runs without ever receiving the code
//! of a hidden case ahead of time.
//!
//! When a token's role is unclear, it counts as bound: a name missed here only turns into
//! a NameError in the case that uses it, while a name wrongly reported would fail a correct
//! solution.

use std::collections::BTreeSet;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case",
];

#[derive(Debug, PartialEq)]
enum Token {
    Name(String),
    /// Punctuation and operators, one or two characters (`==`, `:=`, `**`, `+=`).
    Op(String),
    /// Numbers and strings: nothing to read.
    Other,
}

/// Names that `codes` bind (assign, define, import, loop over), sorted: a step may
/// rebind a name helpers.py defines, and the worker must then leave it as the step made
/// it. Unclear tokens count as bound here too, which only ever leaves one more name alone.
pub fn bound_names<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let (mut loaded, mut stored) = (BTreeSet::new(), BTreeSet::new());
    for code in codes {
        classify(&tokens(code), &mut loaded, &mut stored);
    }
    stored.into_iter().collect()
}

/// Names that `codes` read and none of them binds, sorted.
pub fn free_names<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let (mut loaded, mut stored) = (BTreeSet::new(), BTreeSet::new());
    for code in codes {
        classify(&tokens(code), &mut loaded, &mut stored);
    }
    loaded.difference(&stored).cloned().collect()
}

fn tokens(code: &str) -> Vec<Token> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '\n' {
            out.push(Token::Op(";".into()));
            i += 1;
        } else if c.is_whitespace() || c == '\\' {
            i += 1;
        } else if c == '"' || c == '\'' {
            i = skip_string(&chars, i);
            out.push(Token::Other);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // NOTE: a string prefix (b"", rf'') is part of the string.
            if i < chars.len()
                && (chars[i] == '"' || chars[i] == '\'')
                && word.len() <= 2
                && word.chars().all(|p| "rRbBuUfF".contains(p))
            {
                i = skip_string(&chars, i);
                out.push(Token::Other);
            } else {
                out.push(Token::Name(word));
            }
        } else if c.is_ascii_digit() {
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.')
            {
                i += 1;
            }
            out.push(Token::Other);
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            let pairs = [
                "==", "!=", "<=", ">=", ":=", "**", "//", "->", "+=", "-=", "*=", "/=", "%=", "&=",
                "|=", "^=", "@=",
            ];
            if pairs.contains(&two.as_str()) {
                out.push(Token::Op(two));
                i += 2;
            } else {
                out.push(Token::Op(c.to_string()));
                i += 1;
            }
        }
    }
    out
}

/// The index just past the string literal that starts at `start` (a quote).
fn skip_string(chars: &[char], start: usize) -> usize {
    let quote = chars[start];
    let triple = chars.get(start + 1) == Some(&quote) && chars.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while i < chars.len() {
        if chars[i] == '\\' {
            i += 2;
            continue;
        }
        if chars[i] == quote
            && (!triple || (chars.get(i + 1) == Some(&quote) && chars.get(i + 2) == Some(&quote)))
        {
            return i + if triple { 3 } else { 1 };
        }
        i += 1;
    }
    chars.len()
}

fn classify(tokens: &[Token], loaded: &mut BTreeSet<String>, stored: &mut BTreeSet<String>) {
    let op = |i: usize| match tokens.get(i) {
        Some(Token::Op(o)) => o.as_str(),
        Some(Token::Name(n)) if KEYWORDS.contains(&n.as_str()) => n.as_str(),
        _ => "",
    };
    let mut depth = 0usize;
    // Inside `for ... in`, `lambda ...:`, `import ...` or a `def`'s parameters: names bind.
    let mut binding: Vec<(&str, usize)> = Vec::new();
    // Whether the current statement has a top-level `=` still ahead: names before it bind.
    let mut assignment_ahead = statement_assigns(tokens, 0);
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Op(o) => match o.as_str() {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => {
                    depth = depth.saturating_sub(1);
                    binding.retain(|&(kind, at)| !(kind == "def" && at > depth));
                }
                ";" if depth == 0 => {
                    binding.clear();
                    assignment_ahead = statement_assigns(tokens, i + 1);
                }
                "=" if depth == 0 => assignment_ahead = statement_assigns(tokens, i + 1),
                ":" if binding
                    .last()
                    .is_some_and(|&(k, at)| k == "lambda" && at == depth) =>
                {
                    binding.pop();
                }
                _ => {}
            },
            Token::Name(name) if KEYWORDS.contains(&name.as_str()) => match name.as_str() {
                "for" | "lambda" | "import" | "global" | "nonlocal" | "del" => {
                    binding.push((name.as_str(), depth))
                }
                "in" if binding
                    .last()
                    .is_some_and(|&(k, at)| k == "for" && at == depth) =>
                {
                    binding.pop();
                }
                "from" => binding.push(("from", depth)),
                _ => {}
            },
            Token::Name(name) => {
                let (before, after) = (op(i.wrapping_sub(1)), op(i + 1));
                if before == "."
                    || (before == "from" && binding.last().is_some_and(|b| b.0 == "from"))
                {
                    continue;
                }
                if before == "def" {
                    stored.insert(name.clone());
                    binding.push(("def", depth + 1));
                    continue;
                }
                // NOTE: a parameter's default value is read, not bound.
                let default_value = before == "="
                    && binding
                        .last()
                        .is_some_and(|&(k, _)| k == "def" || k == "lambda");
                let binds = matches!(before, "class" | "as")
                    || (!binding.is_empty() && !default_value)
                    || after == ":="
                    || (depth == 0
                        && (after == "="
                            || after.ends_with('=')
                                && after.len() == 2
                                && !matches!(after, "==" | "!=" | "<=" | ">=")))
                    || (assignment_ahead && !matches!(after, "." | "(" | "["))
                    || (depth == 0 && i == 0 && after == ":");
                if depth > 0 && after == "=" && binding.is_empty() {
                    continue; // a keyword argument's name
                }
                if binds {
                    stored.insert(name.clone());
                } else {
                    loaded.insert(name.clone());
                }
            }
            Token::Other => {}
        }
    }
}

/// Whether the statement starting at `from` has a top-level `=` (an assignment).
fn statement_assigns(tokens: &[Token], from: usize) -> bool {
    let mut depth = 0usize;
    for token in &tokens[from.min(tokens.len())..] {
        if let Token::Op(o) = token {
            match o.as_str() {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth = depth.saturating_sub(1),
                ";" if depth == 0 => return false,
                "=" if depth == 0 => return true,
                _ => {}
            }
        }
        if let Token::Name(n) = token {
            // `lambda x=1: ...` and `def f(x=1)` are not assignments; neither are
            // keyword arguments (inside brackets, so never at depth 0)
            if depth == 0 && matches!(n.as_str(), "lambda" | "def") {
                return false;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::free_names;

    fn names(codes: &[&str]) -> Vec<String> {
        free_names(codes.iter().copied())
    }

    #[test]
    fn calls_and_variables_of_earlier_steps() {
        assert_eq!(
            names(&["cache = LRUCache(2)", "cache.put('a', 1)", "cache.get('a')"]),
            ["LRUCache"]
        );
    }

    #[test]
    fn strings_comments_attributes_and_keyword_arguments_are_not_names() {
        assert_eq!(
            names(&["f('g h', b\"k\", r'''m\nn''', key=value) # p q", "x.y.z"]),
            ["f", "value", "x"]
        );
    }

    #[test]
    fn every_way_of_binding_a_name() {
        let codes = [
            "a, (b, *c) = make()",
            "d = e = 3",
            "n += 1",
            "[w for w in words if keep(w)]",
            "for i, j in pairs(): use(i, j)",
            "square = lambda v, *rest, k=2: v ** k",
            "def helper(p, q=DEFAULT, *r, **s): return p + q",
            "class Thing(Base): pass",
            "import json as js, os",
            "from collections import deque as dq",
            "(t := total())",
            "try_it() if flag else None",
            "del gone",
        ];
        assert_eq!(
            names(&codes),
            [
                "Base", "DEFAULT", "flag", "keep", "make", "pairs", "total", "try_it", "use",
                "words"
            ]
        );
    }

    #[test]
    fn names_bound_by_steps() {
        let codes = ["def square(n): return n * n", "cache = make()", "square(4)"];
        assert_eq!(super::bound_names(codes), ["cache", "n", "square"]);
    }

    #[test]
    fn subscripts_and_attributes_assigned_are_read() {
        assert_eq!(names(&["grid[0] = 1", "obj.attr = 2"]), ["grid", "obj"]);
    }
}
