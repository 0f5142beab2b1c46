//! A learner's workspace: the starter files and a progress file written atomically.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::catalog::Exercise;
use crate::verdict::Status;

/// The progress file at a workspace's root; its presence marks the workspace.
pub const PROGRESS_FILE: &str = ".coach-progress.json";
const PROGRESS_VERSION: u32 = 1;
/// Held while the progress file is read, changed and written (see `Workspace::update`).
const LOCK_FILE: &str = ".coach-progress.lock";

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// The catalog folder the workspace was made with (absolute; none: the built-in
    /// catalog). Commands run inside the workspace use it unless `--catalog` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<PathBuf>,
    /// The graders folder the workspace was made with (absolute; none: the catalog's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graders: Option<PathBuf>,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ExerciseProgress {
    /// The last check's status.
    pub status: Option<Status>,
    #[serde(default)]
    pub score: u32,
    #[serde(default)]
    pub max_score: u32,
    /// Whether it ever passed.
    #[serde(default)]
    pub passed: bool,
    /// How many hints have been shown.
    #[serde(default)]
    pub hints_shown: usize,
}

/// What `Workspace::init` did.
pub struct Init {
    pub workspace: Workspace,
    /// `dir` was a workspace already: only its missing starters were added.
    pub existed: bool,
    /// The starter files written, and the files already there.
    pub written: Vec<String>,
    pub kept: Vec<String>,
}

pub struct Workspace {
    pub root: PathBuf,
    pub progress: Progress,
}

impl Workspace {
    /// The workspace holding `start` or one of its parents.
    pub fn find(start: &Path) -> Result<Option<Workspace>> {
        for dir in start.ancestors() {
            if dir.join(PROGRESS_FILE).is_file() {
                return Workspace::open(dir).map(Some);
            }
        }
        Ok(None)
    }

    fn open(root: &Path) -> Result<Workspace> {
        let path = root.join(PROGRESS_FILE);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read `{}`", path.display()))?;
        let progress: Progress = serde_json::from_str(&text).with_context(|| {
            format!(
                "`{}` is damaged; delete it to start your progress afresh",
                path.display()
            )
        })?;
        if progress.version != PROGRESS_VERSION {
            bail!(
                "`{}` has version {}, which this coach does not read",
                path.display(),
                progress.version
            );
        }
        Ok(Workspace {
            root: root.to_owned(),
            progress,
        })
    }

    /// Create (or complete) a workspace in `dir`: starters that are missing, and a progress
    /// file recording the catalog and graders folders (`None`: the built-in ones).
    /// Existing files are never overwritten, and a workspace never goes inside another.
    pub fn init(
        dir: &Path,
        exercises: &[Exercise],
        (catalog, graders): (Option<PathBuf>, Option<PathBuf>),
    ) -> Result<Init> {
        let existing = enclosing(dir)?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
        let (mut written, mut kept) = (Vec::new(), Vec::new());
        for exercise in exercises {
            let path = dir.join(&exercise.file);
            if path.exists() {
                kept.push(exercise.file.clone());
            } else {
                write_atomically(&path, exercise.starter.as_bytes())?;
                written.push(exercise.file.clone());
            }
        }
        let existed = existing.is_some();
        let workspace = match existing {
            Some(mut workspace) => {
                workspace.update_progress(|progress| {
                    progress.catalog = catalog;
                    progress.graders = graders;
                })?;
                workspace
            }
            None => {
                let workspace = Workspace {
                    root: dir.to_owned(),
                    progress: Progress {
                        version: PROGRESS_VERSION,
                        catalog,
                        graders,
                        ..Progress::default()
                    },
                };
                workspace.save()?;
                workspace
            }
        };
        Ok(Init {
            workspace,
            existed,
            written,
            kept,
        })
    }

    pub fn file_of(&self, exercise: &Exercise) -> PathBuf {
        self.root.join(&exercise.file)
    }

    /// Whether the exercise `slug` ever passed here.
    pub fn passed(&self, slug: &str) -> bool {
        self.progress.exercises.get(slug).is_some_and(|p| p.passed)
    }

    pub fn entry(&mut self, slug: &str) -> &mut ExerciseProgress {
        self.progress.exercises.entry(slug.to_owned()).or_default()
    }

    /// Change one exercise's progress and save it, under a lock and on the file as it is
    /// now: two checks that finish at once in the same workspace both keep their update.
    pub fn update(&mut self, slug: &str, change: impl FnOnce(&mut ExerciseProgress)) -> Result<()> {
        self.update_progress(|progress| {
            change(progress.exercises.entry(slug.to_owned()).or_default())
        })
    }

    /// Change the progress and save it, under the lock (see `update`).
    fn update_progress(&mut self, change: impl FnOnce(&mut Progress)) -> Result<()> {
        let lock_path = self.root.join(LOCK_FILE);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("cannot open `{}`", lock_path.display()))?;
        #[cfg(unix)]
        rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive)
            .with_context(|| format!("cannot lock `{}`", lock_path.display()))?;
        // NOTE: read again under the lock: another coach may have saved meanwhile.
        if let Ok(fresh) = Workspace::open(&self.root) {
            self.progress = fresh.progress;
        }
        change(&mut self.progress);
        let saved = self.save();
        drop(lock);
        saved
    }

    pub fn save(&self) -> Result<()> {
        let mut text =
            serde_json::to_string_pretty(&self.progress).context("cannot encode progress")?;
        text.push('\n');
        write_atomically(&self.root.join(PROGRESS_FILE), text.as_bytes())
    }
}

/// The workspace `dir` is (to be completed), or an error when `dir` lies inside another
/// workspace: one workspace holding another would make "the current workspace" two.
fn enclosing(dir: &Path) -> Result<Option<Workspace>> {
    let absolute =
        std::path::absolute(dir).with_context(|| format!("cannot find `{}`", dir.display()))?;
    let Some(existing) = absolute.ancestors().find(|a| a.is_dir()) else {
        return Ok(None);
    };
    let Some(workspace) = Workspace::find(existing)? else {
        return Ok(None);
    };
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if same(&workspace.root, &absolute) {
        return Ok(Some(workspace));
    }
    bail!(
        "`{}` is inside the workspace `{}`, and a workspace cannot hold another: run `coach init .` in `{}` to add the starters it lacks, or pick a folder outside it",
        dir.display(),
        workspace.root.display(),
        workspace.root.display()
    );
}

/// Write through a temporary file in the same folder and rename it into place, so a
/// crash never leaves a half-written file. The file gets the usual mode (0666 less the
/// umask, as any program's new file), and temporary files that a killed coach left
/// behind for this path are removed.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    let prefix = format!(".{name}.coach-");
    remove_stale_temporaries(dir, &prefix);
    let own_prefix = format!("{prefix}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&own_prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder
        .tempfile_in(dir)
        .with_context(|| format!("cannot write in `{}`", dir.display()))?;
    file.write_all(contents)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    file.persist(path)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    Ok(())
}

/// Remove `dir`'s temporary files named `{prefix}{pid}-…` whose process is gone (a coach
/// killed between writing and renaming).
fn remove_stale_temporaries(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<i32>().ok()) else {
            continue;
        };
        if !process_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn process_alive(pid: i32) -> bool {
    #[cfg(unix)]
    {
        rustix::process::Pid::from_raw(pid).is_some_and(|pid| {
            !matches!(
                rustix::process::test_kill_process(pid),
                Err(rustix::io::Errno::SRCH)
            )
        })
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}
