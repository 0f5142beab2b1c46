//! Reports of a graded solution: one module per format behind one small trait.

mod diff;
mod human;
mod json;
mod missing;

pub use human::{Human, Styles};
pub use json::Json;

use std::io::Write;

use anyhow::Result;

use crate::catalog::{Case, Exercise};
use crate::verdict::{Status, Verdict};
use crate::worker::{CaseOutcome, Outcome};

/// A graded solution, ready to render.
pub struct Graded<'a> {
    pub exercise: &'a Exercise,
    pub cases: &'a [Case],
    pub outcome: &'a Outcome,
    /// Python's version, e.g. "3.11.7".
    pub python: String,
}

impl Graded<'_> {
    pub fn status(&self) -> Status {
        self.outcome.status
    }

    pub fn score(&self) -> u32 {
        self.pairs()
            .filter(|(_, o)| o.verdict == Verdict::Passed)
            .map(|(c, _)| c.points)
            .sum()
    }

    pub fn max_score(&self) -> u32 {
        self.cases.iter().map(|c| c.points).sum()
    }

    /// Each case with what happened to it (none when the solution could not be graded).
    pub fn pairs(&self) -> impl Iterator<Item = (&Case, &CaseOutcome)> {
        self.cases.iter().zip(&self.outcome.cases)
    }
}

/// One output format.
pub trait Reporter {
    fn write(&self, graded: &Graded, out: &mut dyn Write) -> Result<()>;
}

/// "1 submission", "3 submissions": a count with its noun (plural by adding "s").
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_count_agrees_with_its_noun() {
        assert_eq!(super::count(1, "submission"), "1 submission");
        assert_eq!(super::count(0, "exercise"), "0 exercises");
        assert_eq!(super::count(3, "exercise"), "3 exercises");
    }
}
