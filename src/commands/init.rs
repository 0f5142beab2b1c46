//! `coach init [DIR]`: a workspace with every starter file and a progress file that
//! remembers the catalog and graders folders it was made with.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::{Context, Outcome};
use crate::workspace::Workspace;

pub fn run(context: &Context, dir: &Path, out: &mut dyn Write) -> Result<Outcome> {
    let exercises = context.catalog.exercises()?;
    let folders = context.folders.absolute()?;
    let init = Workspace::init(dir, &exercises, (folders.catalog, folders.graders))?;
    let root = init.workspace.root.display();
    if init.existed {
        let count = init.written.len();
        let files = if count == 1 { "file" } else { "files" };
        let which = if count == 0 {
            String::new()
        } else {
            format!(": {}", init.written.join(", "))
        };
        writeln!(
            out,
            "`{root}` is a workspace already: added {count} missing starter {files}{which}."
        )?;
        if !init.kept.is_empty() {
            writeln!(
                out,
                "  kept your existing files as they are ({} of them)",
                init.kept.len()
            )?;
        }
    } else {
        writeln!(out, "Workspace ready in `{root}`.")?;
        if !init.written.is_empty() {
            writeln!(out, "  new starter files: {}", init.written.join(", "))?;
        }
        if !init.kept.is_empty() {
            writeln!(out, "  kept your existing files: {}", init.kept.join(", "))?;
        }
    }
    if let Some(catalog) = &init.workspace.progress.catalog {
        writeln!(
            out,
            "  catalog: `{}` (commands run in the workspace use it)",
            catalog.display()
        )?;
    }
    if let Some(graders) = &init.workspace.progress.graders {
        writeln!(out, "  graders: `{}`", graders.display())?;
    }
    let first = exercises.first().map_or("palindrome", |e| e.slug.as_str());
    writeln!(
        out,
        "\nNext:\n  cd {}\n  coach show {first}\n  coach check {first}",
        dir.display()
    )?;
    Ok(Outcome::Success)
}
