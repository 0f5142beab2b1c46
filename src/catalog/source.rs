//! Where catalog files come from: the copy built into the binary, or a folder on disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Context, Result};
use include_dir::{Dir, DirEntry, include_dir};

static EMBEDDED_EXERCISES: Dir = include_dir!("$CARGO_MANIFEST_DIR/exercises");
static EMBEDDED_GRADERS: Dir = include_dir!("$CARGO_MANIFEST_DIR/graders");

/// One root of catalog files (`exercises/` or `graders/`).
#[derive(Debug, Clone)]
pub enum Source {
    Embedded(&'static Dir<'static>, &'static str),
    Folder(PathBuf),
}

impl Source {
    pub fn embedded_exercises() -> Self {
        Source::Embedded(&EMBEDDED_EXERCISES, "exercises")
    }

    pub fn embedded_graders() -> Self {
        Source::Embedded(&EMBEDDED_GRADERS, "graders")
    }

    /// How a file of this source is named in messages.
    pub fn display(&self, rel: &str) -> String {
        match self {
            Source::Embedded(_, root) => format!("{root}/{rel} (built in)"),
            Source::Folder(dir) => dir.join(rel).display().to_string(),
        }
    }

    /// The file's text, or `None` when it does not exist.
    pub fn read(&self, rel: &str) -> Result<Option<String>> {
        match self {
            Source::Embedded(dir, _) => Ok(lookup(dir, rel)
                .and_then(DirEntry::as_file)
                .map(|f| String::from_utf8_lossy(f.contents()).into_owned())),
            Source::Folder(dir) => {
                let path = dir.join(rel);
                // NOTE: only regular files: reading a FIFO (or a device) put there by
                // mistake would block forever.
                match std::fs::metadata(&path) {
                    Ok(meta) if !meta.is_file() => anyhow::bail!(
                        "`{}` is not a regular file; replace it with one",
                        path.display()
                    ),
                    _ => {}
                }
                match std::fs::read(&path) {
                    Ok(bytes) => String::from_utf8(bytes)
                        .map(Some)
                        .with_context(|| format!("`{}` is not valid UTF-8", path.display())),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                    Err(e) => Err(e).with_context(|| format!("cannot read `{}`", path.display())),
                }
            }
        }
    }

    /// Names of the subfolders of `rel` ("" for the root), sorted.
    pub fn dirs(&self, rel: &str) -> Result<Vec<String>> {
        self.entries(rel, true)
    }

    /// Names of the files in `rel`, sorted; a missing folder has none.
    pub fn files(&self, rel: &str) -> Result<Vec<String>> {
        self.entries(rel, false)
    }

    fn entries(&self, rel: &str, want_dirs: bool) -> Result<Vec<String>> {
        let mut names: Vec<String> = match self {
            Source::Embedded(root, _) => {
                let dir = if rel.is_empty() {
                    Some(*root)
                } else {
                    lookup(root, rel).and_then(DirEntry::as_dir)
                };
                let Some(dir) = dir else {
                    return Ok(Vec::new());
                };
                dir.entries()
                    .iter()
                    .filter(|e| e.as_dir().is_some() == want_dirs)
                    .filter_map(|e| file_name(e.path()))
                    .collect()
            }
            Source::Folder(root) => {
                let path = root.join(rel);
                let read = match std::fs::read_dir(&path) {
                    Ok(read) => read,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound && !rel.is_empty() => {
                        return Ok(Vec::new());
                    }
                    Err(e) => {
                        return Err(e)
                            .with_context(|| format!("cannot read folder `{}`", path.display()));
                    }
                };
                let mut names = Vec::new();
                for entry in read {
                    let entry = entry
                        .with_context(|| format!("cannot read folder `{}`", path.display()))?;
                    if entry.path().is_dir() == want_dirs {
                        names.extend(file_name(&entry.path()));
                    }
                }
                names
            }
        };
        names.retain(|n| !n.starts_with('.'));
        names.sort();
        Ok(names)
    }
}

/// The file or folder at `rel` in an embedded root, through an index of every path in it
/// made once: `Dir::get_file` compares the path with every entry on the way, component
/// by component, and listing the catalog reads hundreds of files (that search was half of
/// `coach list`).
fn lookup(root: &'static Dir<'static>, rel: &str) -> Option<&'static DirEntry<'static>> {
    type Index = HashMap<&'static str, &'static DirEntry<'static>>;
    static EXERCISES: OnceLock<Index> = OnceLock::new();
    static GRADERS: OnceLock<Index> = OnceLock::new();
    let cell = if std::ptr::eq(root, &EMBEDDED_EXERCISES) {
        &EXERCISES
    } else if std::ptr::eq(root, &EMBEDDED_GRADERS) {
        &GRADERS
    } else {
        return root.get_entry(rel);
    };
    let index = cell.get_or_init(|| {
        let mut paths = Index::new();
        let mut todo: Vec<&'static DirEntry<'static>> = root.entries().iter().collect();
        while let Some(entry) = todo.pop() {
            if let Some(dir) = entry.as_dir() {
                todo.extend(dir.entries());
            }
            if let Some(path) = entry.path().to_str() {
                paths.insert(path, entry);
            }
        }
        paths
    });
    index.get(rel).copied()
}

fn file_name(path: &Path) -> Option<String> {
    path.file_name().and_then(|n| n.to_str()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_finds_every_embedded_file_and_folder_as_the_tree_does() {
        for root in [&EMBEDDED_EXERCISES, &EMBEDDED_GRADERS] {
            let mut todo: Vec<&DirEntry> = root.entries().iter().collect();
            let mut seen = 0;
            while let Some(entry) = todo.pop() {
                if let Some(dir) = entry.as_dir() {
                    todo.extend(dir.entries());
                }
                let path = entry.path().to_str().expect("a UTF-8 path");
                let found = lookup(root, path).expect("indexed");
                assert!(std::ptr::eq(
                    found,
                    root.get_entry(path).expect("in the tree")
                ));
                seen += 1;
            }
            assert!(seen > 47, "{seen}");
            assert!(lookup(root, "no-such-exercise/tests.toml").is_none());
        }
        let source = Source::embedded_graders();
        assert!(
            source
                .read("palindrome/solution.py")
                .expect("read")
                .is_some()
        );
        assert!(
            source
                .read("palindrome/missing.py")
                .expect("read")
                .is_none()
        );
        assert!(!source.files("palindrome/wrong").expect("list").is_empty());
    }
}
