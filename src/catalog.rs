//! The exercise catalog: where its files come from and how they load into typed values.
//!
//! `exercises/` (what learners see) and `graders/` (what they do not) are separate roots,
//! so a bootcamp can keep `graders/` in a private place and pass it with `--graders`.

mod exercise;
mod limits;
mod mutation;
mod script;
mod source;
mod tests_file;

pub use exercise::{Exercise, Kind, Network};
pub use limits::format_size;
pub use mutation::MutationSetup;
pub use script::{ErrorOutput, Mode, OutputCompare, Script};
pub use source::Source;
pub use tests_file::{Case, Expected, Graders};

use anyhow::{Result, bail};

/// The catalog: one source for exercises and one for graders.
#[derive(Debug, Clone)]
pub struct Catalog {
    exercises: Source,
    graders: Source,
}

impl Catalog {
    pub fn new(exercises: Source, graders: Source) -> Self {
        Catalog { exercises, graders }
    }

    /// Every exercise slug, sorted.
    pub fn slugs(&self) -> Result<Vec<String>> {
        self.exercises.dirs("")
    }

    /// Load one exercise's public files; an unknown slug lists the known ones.
    pub fn exercise(&self, slug: &str) -> Result<Exercise> {
        let slugs = self.slugs()?;
        if !slugs.iter().any(|s| s == slug) {
            if let Some(close) = crate::suggest::closest(slug, slugs.iter().map(String::as_str)) {
                bail!("there is no exercise `{slug}`. Did you mean `{close}`?");
            }
            bail!(
                "there is no exercise `{slug}`; the catalog has: {}",
                slugs.join(", ")
            );
        }
        Exercise::load(&self.exercises, slug)
    }

    /// Every exercise, in the order a learner meets them: easiest first, then by slug.
    pub fn exercises(&self) -> Result<Vec<Exercise>> {
        let mut exercises = self
            .slugs()?
            .iter()
            .map(|slug| Exercise::load(&self.exercises, slug))
            .collect::<Result<Vec<_>>>()?;
        exercises.sort_by(|a, b| {
            a.difficulty
                .cmp(&b.difficulty)
                .then_with(|| a.slug.cmp(&b.slug))
        });
        Ok(exercises)
    }

    /// Load what mutation testing of one exercise adds: `mutate/*.py`, `equivalent.toml`.
    pub fn mutation_setup(&self, exercise: &Exercise) -> Result<MutationSetup> {
        MutationSetup::load(&self.graders, &exercise.slug)
    }

    /// Load one exercise's hidden files: tests, reference, wrong solutions, helpers.
    pub fn graders(&self, exercise: &Exercise) -> Result<Graders> {
        Graders::load(&self.graders, exercise)
    }
}
