//! `coach new <slug>`: scaffold an exercise from templates that pass `coach validate`.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};

use super::Outcome;
use crate::cli::NewKind;

pub fn run(root: &Path, slug: &str, kind: NewKind, out: &mut dyn Write) -> Result<Outcome> {
    let _ = (root, kind, out);
    bail!("`coach new {slug}` is not implemented yet")
}
