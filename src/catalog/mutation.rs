//! What an author adds for mutation testing: more solutions to mutate
//! (`graders/<slug>/mutate/*.py`) and the mutants declared equivalent
//! (`graders/<slug>/equivalent.toml`).

use anyhow::{Result, anyhow, bail};
use serde::Deserialize;

use super::Source;

/// One mutant an author declared equivalent: it behaves exactly like the solution on
/// every valid input, so no case can (or should) kill it.
#[derive(Debug, Clone)]
pub struct Equivalent {
    /// The mutant's diff, as `coach validate --mutants` prints it (the file's `reason`
    /// is for its readers).
    pub diff: String,
}

/// `graders/<slug>/equivalent.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EquivalentFile {
    /// Required; only 1 exists.
    format_version: u32,
    /// The equivalent mutants.
    #[serde(default)]
    mutant: Vec<EquivalentEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EquivalentEntry {
    /// The mutant's diff, copied from `coach validate --mutants`.
    diff: String,
    /// Why no valid input tells the mutant from the solution.
    reason: String,
}

/// The sources to mutate besides the reference, and the equivalent mutants.
#[derive(Debug, Clone, Default)]
pub struct MutationSetup {
    /// `(file name, source)` of every `mutate/*.py`.
    pub extra: Vec<(String, String)>,
    pub equivalent: Vec<Equivalent>,
}

/// A diff as compared: lines without trailing whitespace, no blank lines at the ends.
pub fn normalise_diff(diff: &str) -> String {
    diff.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_matches('\n')
        .to_owned()
}

impl MutationSetup {
    pub fn load(source: &Source, slug: &str) -> Result<MutationSetup> {
        let mut setup = MutationSetup::default();
        let dir = format!("{slug}/mutate");
        for file in source.files(&dir)? {
            if file.ends_with(".py") {
                let text = source.read(&format!("{dir}/{file}"))?.unwrap_or_default();
                setup.extra.push((format!("mutate/{file}"), text));
            }
        }
        let rel = format!("{slug}/equivalent.toml");
        if let Some(text) = source.read(&rel)? {
            let name = source.display(&rel);
            let file: EquivalentFile =
                toml::from_str(&text).map_err(|e| anyhow!("`{name}` is not valid: {e}"))?;
            if file.format_version != 1 {
                bail!(
                    "`{name}`: format_version {} is not supported; use 1",
                    file.format_version
                );
            }
            for entry in file.mutant {
                if entry.reason.trim().is_empty() {
                    bail!("`{name}`: every equivalent mutant needs a `reason`");
                }
                setup.equivalent.push(Equivalent {
                    diff: normalise_diff(&entry.diff),
                });
            }
        }
        Ok(setup)
    }

    /// The declared equivalent whose diff is `diff`, if any.
    pub fn equivalent(&self, diff: &str) -> Option<&Equivalent> {
        let diff = normalise_diff(diff);
        self.equivalent.iter().find(|e| e.diff == diff)
    }
}
