//! Which catalog and graders folders a command uses: `--catalog` and `--graders` (or
//! their environment variables), else what the workspace holding the current folder
//! recorded when `coach init` made it, else the built-in catalog.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use crate::cli::GlobalArgs;
use crate::workspace::{PROGRESS_FILE, Workspace};

/// The folders in use; `None` is the built-in catalog (or its graders).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folders {
    pub catalog: Option<PathBuf>,
    pub graders: Option<PathBuf>,
}

impl Folders {
    /// The flags, completed by what the current workspace remembers. An explicit
    /// `--catalog` brings its own graders, so the workspace's graders apply only with
    /// its catalog.
    pub fn resolve(global: &GlobalArgs) -> Result<Folders> {
        let mut folders = Folders {
            catalog: global.catalog.clone(),
            graders: global.graders.clone(),
        };
        if folders.catalog.is_none() {
            let cwd = std::env::current_dir().context("cannot read the current folder")?;
            if let Some(workspace) = Workspace::find(&cwd)? {
                let progress = &workspace.progress;
                if let Some(catalog) = &progress.catalog {
                    remembered(&workspace.root, catalog, "catalog", "--catalog")?;
                    folders.catalog = Some(catalog.clone());
                }
                if folders.graders.is_none()
                    && let Some(graders) = &progress.graders
                {
                    remembered(&workspace.root, graders, "graders", "--graders")?;
                    folders.graders = Some(graders.clone());
                }
            }
        }
        Ok(folders)
    }

    /// The same folders as absolute paths, to be recorded in a workspace.
    pub fn absolute(&self) -> Result<Folders> {
        let absolute = |path: &Option<PathBuf>| {
            path.as_deref()
                .map(|p| {
                    std::fs::canonicalize(p)
                        .with_context(|| format!("cannot find `{}`", p.display()))
                })
                .transpose()
        };
        Ok(Folders {
            catalog: absolute(&self.catalog)?,
            graders: absolute(&self.graders)?,
        })
    }
}

/// A folder a workspace recorded must still be there.
fn remembered(root: &Path, folder: &Path, what: &str, flag: &str) -> Result<()> {
    if !folder.is_dir() {
        bail!(
            "`{}`, the {what} folder this workspace was made with (recorded in `{}`), no longer exists: pass `{flag} DIR`, or record the new place with `coach {flag} DIR init .` in `{}`",
            folder.display(),
            root.join(PROGRESS_FILE).display(),
            root.display()
        );
    }
    Ok(())
}
