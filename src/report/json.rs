//! `--format json` for one check: the results model with its schema version.

use std::io::Write;

use anyhow::Result;

use super::{Graded, Reporter};
use crate::results::{CheckDocument, ExerciseResult, SCHEMA_VERSION};

pub struct Json {
    /// Show hidden cases in full (instructors only).
    pub reveal: bool,
    /// The learner's file, as given.
    pub file: String,
}

impl Reporter for Json {
    fn write(&self, graded: &Graded, out: &mut dyn Write) -> Result<()> {
        let result = ExerciseResult::from_graded(graded, &self.file, self.reveal);
        serde_json::to_writer_pretty(
            &mut *out,
            &CheckDocument {
                schema_version: SCHEMA_VERSION,
                result: &result,
            },
        )?;
        writeln!(out)?;
        Ok(())
    }
}
