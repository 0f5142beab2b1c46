//! Methods a learner's class lacks, told in one line ("LRUCache has no methods get, put:
//! define them") rather than as an AttributeError in every case that calls one.
//!
//! NOTE: only names a learner may see are ever told: a method must be called in a sample
//! case's steps or defined by the starter (the exercise's interface), and its class
//! named there too or in a sample case's error. A name only a hidden case uses stays
//! unsaid, as does which hidden case failed on what.

use std::collections::BTreeSet;

use super::Graded;

/// One class and the methods it lacks.
#[derive(Debug, PartialEq)]
pub struct MissingMethods {
    pub class: String,
    /// Sorted.
    pub methods: Vec<String>,
}

impl MissingMethods {
    /// "LRUCache has no methods get, put: define them".
    pub fn sentence(&self) -> String {
        let (noun, them) = if self.methods.len() == 1 {
            ("method", "it")
        } else {
            ("methods", "them")
        };
        format!(
            "{} has no {noun} {}: define {them}",
            self.class,
            self.methods.join(", ")
        )
    }
}

/// The classes that lack methods the cases call, and the indices of the sample (or
/// revealed) cases those failures explain. Empty unless at least two methods are missing:
/// one missing method in one place is clear enough from the case itself.
pub fn missing_methods(graded: &Graded, reveal: bool) -> (Vec<MissingMethods>, BTreeSet<usize>) {
    let public = public_names(graded, reveal);
    let mut found: Vec<MissingMethods> = Vec::new();
    let mut explained = BTreeSet::new();
    for (index, (case, outcome)) in graded.pairs().enumerate() {
        let Some(failure) = &outcome.failure else {
            continue;
        };
        // NOTE: raised by the step itself (no frame of the learner's), not by a line of
        // theirs reading an attribute of its own.
        if failure.line.is_some() {
            continue;
        }
        let Some((class, method)) = failure.got.as_deref().and_then(parse) else {
            continue;
        };
        let shown = case.sample || reveal;
        if !public.contains(method) || !(shown || public.contains(class)) {
            continue;
        }
        if shown {
            explained.insert(index);
        }
        let at = match found.iter().position(|m| m.class == class) {
            Some(at) => at,
            None => {
                found.push(MissingMethods {
                    class: class.to_owned(),
                    methods: Vec::new(),
                });
                found.len() - 1
            }
        };
        let entry = &mut found[at];
        if let Err(at) = entry.methods.binary_search_by(|m| m.as_str().cmp(method)) {
            entry.methods.insert(at, method.to_owned());
        }
    }
    if found.iter().map(|m| m.methods.len()).sum::<usize>() < 2 {
        return (Vec::new(), BTreeSet::new());
    }
    (found, explained)
}

/// Names a learner may see: identifiers in the sample cases' steps (every case's with
/// `--reveal`) and in the starter.
fn public_names(graded: &Graded, reveal: bool) -> BTreeSet<String> {
    let steps = graded
        .cases
        .iter()
        .filter(|c| c.sample || reveal)
        .flat_map(|c| c.steps.iter().map(|s| s.source.as_str()));
    steps
        .chain([graded.exercise.starter.as_str()])
        .flat_map(|text| {
            text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `AttributeError: 'LRUCache' object has no attribute 'get'` (or `type object 'X' …`)
/// as (class, method).
fn parse(got: &str) -> Option<(&str, &str)> {
    let rest = got.strip_prefix("AttributeError: ")?;
    let rest = rest.strip_prefix("type object ").unwrap_or(rest);
    let rest = rest.strip_prefix('\'')?;
    let (class, rest) = rest.split_once('\'')?;
    let rest = rest
        .strip_prefix(" object has no attribute '")
        .or_else(|| rest.strip_prefix(" has no attribute '"))?;
    let (method, _) = rest.split_once('\'')?;
    Some((class, method))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn attribute_errors_of_instances_and_classes() {
        assert_eq!(
            parse("AttributeError: 'LRUCache' object has no attribute 'get'"),
            Some(("LRUCache", "get"))
        );
        assert_eq!(
            parse("AttributeError: type object 'Stack' has no attribute 'of'"),
            Some(("Stack", "of"))
        );
        assert_eq!(
            parse("AttributeError: module 'os' has no attribute 'x'"),
            None
        );
        assert_eq!(parse("KeyError: 'get'"), None);
    }
}
