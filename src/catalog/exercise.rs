//! `exercises/<slug>/`: exercise.toml, the README.md prompt and the starter file.

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use toml::Spanned;

use super::limits::{Limits, LimitsFile};
use super::source::Source;

/// The `format_version`s this build reads.
pub const FORMAT_VERSIONS: &[u32] = &[1];

/// exercise.toml as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseFile {
    /// Version of this format; only 1 exists.
    format_version: Spanned<u32>,
    /// A short title, e.g. "LRU cache".
    title: String,
    /// easy | medium | hard.
    difficulty: Difficulty,
    /// Topics, for `coach list` (default: none).
    #[serde(default)]
    topics: Vec<String>,
    /// The learner's file, imported as a module, e.g. "lru_cache.py".
    file: Spanned<String>,
    /// "function" (the tests call the learner's functions and classes; the default) or
    /// "script" (the file runs as a program and its output is compared).
    #[serde(default)]
    kind: Kind,
    /// Hints, shown one at a time by `coach hint` (default: none).
    #[serde(default)]
    hints: Vec<String>,
    /// Resource limits (default: 2s, 256MiB, 1MiB).
    limits: Option<Spanned<LimitsFile>>,
    /// What the exercise legitimately needs from the sandbox.
    #[serde(default)]
    sandbox: Settings,
    /// What the learner's code may not use.
    #[serde(default)]
    constraints: Constraints,
}

/// The `[constraints]` table.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Constraints {
    /// Names, modules and methods the learner's file may not use: `"sorted"` (a name),
    /// `"heapq"` (a module), `"list.sort"` (a method, on any object), `"functools.lru_cache"`.
    #[serde(default)]
    forbid: Vec<String>,
}

/// How an exercise is graded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Steps call the learner's functions and classes.
    #[default]
    Function,
    /// The learner's file runs as a program; its output is compared.
    Script,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// The `[sandbox]` table: exceptions to the default confinement (all off by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The learner's code may start processes (fork, subprocess, multiprocessing).
    #[serde(default)]
    pub processes: bool,
    /// `"loopback"` lets the code open TCP and UDP sockets in a network namespace of its
    /// own, where only its own loopback interface exists.
    #[serde(default)]
    pub network: Network,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    #[default]
    None,
    Loopback,
}

/// One exercise, loaded and checked.
#[derive(Debug, Clone)]
pub struct Exercise {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub topics: Vec<String>,
    /// The learner's file name, e.g. "lru_cache.py".
    pub file: String,
    pub kind: Kind,
    pub hints: Vec<String>,
    pub limits: Limits,
    pub sandbox: Settings,
    /// Names, modules and methods the learner's file may not use.
    pub forbid: Vec<String>,
    /// The README.md prompt.
    pub prompt: String,
    pub starter: String,
}

impl Exercise {
    pub fn load(source: &Source, slug: &str) -> Result<Exercise> {
        let rel = format!("{slug}/exercise.toml");
        let name = source.display(&rel);
        let text = source
            .read(&rel)?
            .ok_or_else(|| anyhow!("`{name}` is missing; every exercise needs one"))?;
        let file: ExerciseFile =
            toml::from_str(&text).map_err(|e| anyhow!("`{name}` is not valid: {e}"))?;
        check_version(&file.format_version, &text, &name)?;

        let learner_file = file.file.get_ref();
        if !is_module_file(learner_file) {
            bail!(
                "`{name}` line {}: `file = \"{learner_file}\"` must be a Python file name such as \"lru_cache.py\" (letters, digits and underscores, ending in .py)",
                line_of(&text, file.file.span().start)
            );
        }
        let limits = match &file.limits {
            None => Limits::default(),
            Some(limits) => Limits::from_file(limits.get_ref()).map_err(|e| {
                anyhow!("`{name}` line {}: {e}", line_of(&text, limits.span().start))
            })?,
        };

        let prompt = source
            .read(&format!("{slug}/README.md"))?
            .with_context(|| {
                format!(
                    "`{}` is missing",
                    source.display(&format!("{slug}/README.md"))
                )
            })?;
        let starter = source
            .read(&format!("{slug}/starter.py"))?
            .with_context(|| {
                format!(
                    "`{}` is missing",
                    source.display(&format!("{slug}/starter.py"))
                )
            })?;

        Ok(Exercise {
            slug: slug.to_owned(),
            title: file.title,
            difficulty: file.difficulty,
            topics: file.topics,
            file: learner_file.clone(),
            kind: file.kind,
            hints: file.hints,
            limits,
            sandbox: file.sandbox,
            forbid: file.constraints.forbid,
            prompt,
            starter,
        })
    }

    /// The module name the learner's file is imported as.
    pub fn module(&self) -> &str {
        self.file.strip_suffix(".py").unwrap_or(&self.file)
    }
}

/// Reject format versions this build does not know, naming the ones it does.
pub fn check_version(version: &Spanned<u32>, text: &str, name: &str) -> Result<()> {
    if !FORMAT_VERSIONS.contains(version.get_ref()) {
        let known: Vec<String> = FORMAT_VERSIONS.iter().map(u32::to_string).collect();
        bail!(
            "`{name}` line {}: format_version {} is not supported; this coach reads format_version {} (a newer coach may read it)",
            line_of(text, version.span().start),
            version.get_ref(),
            known.join(", ")
        );
    }
    Ok(())
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

fn is_module_file(name: &str) -> bool {
    name.strip_suffix(".py").is_some_and(|stem| {
        !stem.is_empty()
            && !stem.starts_with(|c: char| c.is_ascii_digit())
            && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}
