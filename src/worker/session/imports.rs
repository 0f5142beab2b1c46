//! The modules a helpers file imports, found without Python.

/// The modules `source` imports at its top level (`import a, b.c as d`, `from e import f`),
/// so the worker can import them before any learner code runs without parsing Python.
pub(super) fn top_level_imports(source: &str) -> Vec<String> {
    let mut modules = Vec::new();
    for line in source.lines() {
        let statement = line.split(['#', ';']).next().unwrap_or_default();
        if let Some(rest) = statement.strip_prefix("import ") {
            for part in rest.split(',') {
                if let Some(name) = part.split_whitespace().next() {
                    modules.push(name.trim_matches(['(', ')']).to_owned());
                }
            }
        } else if let Some(name) = statement
            .strip_prefix("from ")
            .and_then(|rest| rest.split_whitespace().next())
            && !name.starts_with('.')
        {
            modules.push(name.to_owned());
        }
    }
    modules.retain(|m| !m.is_empty());
    modules
}

#[cfg(test)]
mod tests {
    use super::top_level_imports;

    #[test]
    fn top_level_imports_are_found_without_python() {
        let source = "import random, http.client as hc\nfrom array import array  # x\n\
                      from . import sibling\n    import nested\ndef f():\n    import inner\n";
        assert_eq!(
            top_level_imports(source),
            ["random", "http.client", "array"]
        );
    }
}
