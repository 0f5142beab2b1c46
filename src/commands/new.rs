//! `coach new <slug>`: scaffold an exercise from templates that pass `coach validate`.
//!
//! Each kind has a small but real exercise in `src/templates/<kind>/`, commented for
//! the author, with `{slug}`, `{module}`, `{class}` and `{title}` filled in here. Both
//! folders are written into a temporary folder inside the catalog first and then
//! renamed into place, so a failure leaves no half-made exercise behind.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::Outcome;
use crate::cli::NewKind;

/// One template file: where it goes, relative to `exercises/<slug>/` or
/// `graders/<slug>/` (the first component), and its text.
struct Template {
    path: &'static str,
    text: &'static str,
}

macro_rules! templates {
    ($kind:literal: $($path:literal),+ $(,)?) => {
        &[$(Template {
            path: $path,
            text: include_str!(concat!("../templates/", $kind, "/", $path)),
        }),+]
    };
}

const FUNCTION: &[Template] = templates!("function":
    "exercises/exercise.toml",
    "exercises/README.md",
    "exercises/starter.py",
    "graders/tests.toml",
    "graders/solution.py",
    "graders/helpers.py",
    "graders/wrong/earliest_first_sighting.py",
    "graders/wrong/sorts_in_place.py",
    "graders/wrong/compares_every_pair.py",
    "graders/wrong/minus_one_without_repeat.py",
);

const CLASS: &[Template] = templates!("class":
    "exercises/exercise.toml",
    "exercises/README.md",
    "exercises/starter.py",
    "graders/tests.toml",
    "graders/solution.py",
    "graders/helpers.py",
    "graders/wrong/empty_mean_is_zero.py",
    "graders/wrong/shared_numbers.py",
    "graders/wrong/floor_division.py",
    "graders/wrong/no_init.py",
);

const SCRIPT: &[Template] = templates!("script":
    "exercises/exercise.toml",
    "exercises/README.md",
    "exercises/starter.py",
    "graders/tests.toml",
    "graders/solution.py",
    "graders/wrong/crashes_on_missing_file.py",
    "graders/wrong/skips_negative_numbers.py",
    "graders/wrong/no_usage_check.py",
    "graders/wrong/rereads_for_every_line.py",
    "graders/wrong/joins_the_lines.py",
);

/// Python's keywords: a module named after one could not be imported by name.
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The names a template's placeholders stand for.
struct Names {
    slug: String,
    /// `binary_search`: the learner's file without `.py`, and the function's name.
    module: String,
    /// `BinarySearch`.
    class: String,
    /// `Binary search`.
    title: String,
}

impl Names {
    fn new(slug: &str) -> Names {
        let words: Vec<&str> = slug.split('-').collect();
        let capitalized = |word: &str| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        };
        let title = match words.split_first() {
            Some((first, rest)) => std::iter::once(capitalized(first))
                .chain(rest.iter().map(|w| (*w).to_owned()))
                .collect::<Vec<_>>()
                .join(" "),
            None => String::new(),
        };
        Names {
            slug: slug.to_owned(),
            module: slug.replace('-', "_"),
            class: words.iter().map(|w| capitalized(w)).collect(),
            title,
        }
    }

    fn fill(&self, text: &str) -> String {
        text.replace("{slug}", &self.slug)
            .replace("{module}", &self.module)
            .replace("{class}", &self.class)
            .replace("{title}", &self.title)
    }
}

pub fn run(root: &Path, slug: &str, kind: NewKind, out: &mut dyn Write) -> Result<Outcome> {
    check_slug(slug)?;
    let names = Names::new(slug);
    let exercise_dir = root.join("exercises").join(slug);
    let graders_dir = root.join("graders").join(slug);
    for dir in [&exercise_dir, &graders_dir] {
        if dir.symlink_metadata().is_ok() {
            bail!(
                "`{}` already exists; coach new never overwrites: choose another name, or remove it first",
                dir.display()
            );
        }
    }
    let (kind_name, templates, example) = match kind {
        NewKind::Function => (
            "function",
            FUNCTION,
            format!(
                "`{}(numbers)`, a function over a list of ints",
                names.module
            ),
        ),
        NewKind::Class => (
            "class",
            CLASS,
            format!(
                "`{}`, a class with two methods and a ValueError rule",
                names.class
            ),
        ),
        NewKind::Script => (
            "script",
            SCRIPT,
            format!(
                "`{}.py`, a program that adds up the numbers of a file",
                names.module
            ),
        ),
    };

    let mut created = Created::default();
    let result = create(root, slug, &names, templates, &mut created);
    if result.is_err() {
        created.undo();
    }
    result?;

    writeln!(
        out,
        "Created the {kind_name} exercise `{slug}` in `{}`:",
        root.display()
    )?;
    for template in templates {
        writeln!(out, "  {}", relative(slug, template.path))?;
    }
    writeln!(out)?;
    writeln!(out, "It is a working example: {example}. Next:")?;
    writeln!(
        out,
        "  1. Replace the example with your exercise: the prompt (README.md), starter.py,\n     tests.toml, solution.py{} and the known-wrong solutions in wrong/.",
        if templates.iter().any(|t| t.path.ends_with("helpers.py")) {
            ", helpers.py"
        } else {
            ""
        }
    )?;
    writeln!(
        out,
        "  2. Check it: coach --catalog {} validate {slug}",
        shell_word(&root.display().to_string())
    )?;
    writeln!(out, "The formats are described in docs/authoring.md.")?;
    Ok(Outcome::Success)
}

/// Lowercase letters, digits and single dashes between them, starting with a letter:
/// the slug becomes a Python module name with dashes turned into underscores.
fn check_slug(slug: &str) -> Result<()> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if slug.is_empty() || !slug.chars().all(allowed) {
        bail!(
            "`{slug}` is not a valid exercise name: use lowercase letters, digits and dashes, e.g. `binary-search`"
        );
    }
    if !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        bail!(
            "`{slug}` is not a valid exercise name: it must start with a letter, since it also names the learner's Python file"
        );
    }
    if slug.ends_with('-') || slug.contains("--") {
        bail!(
            "`{slug}` is not a valid exercise name: put single dashes between words, e.g. `binary-search`"
        );
    }
    let module = slug.replace('-', "_");
    if KEYWORDS.contains(&module.as_str()) {
        bail!(
            "`{slug}` is not a valid exercise name: `{module}` is a Python keyword and cannot name a module"
        );
    }
    Ok(())
}

/// What `create` made so far, to remove after a failure. Only folders this run
/// created are ever removed.
#[derive(Default)]
struct Created {
    /// Empty folders made on the way (the catalog, `exercises/`, `graders/`), outermost first.
    parents: Vec<PathBuf>,
    /// Exercise folders already renamed into place.
    moved: Vec<PathBuf>,
}

impl Created {
    fn undo(&self) {
        for dir in &self.moved {
            let _ = fs::remove_dir_all(dir);
        }
        // NOTE: remove_dir only removes an empty folder, so nothing anyone else put
        // there in the meantime is lost.
        for dir in self.parents.iter().rev() {
            let _ = fs::remove_dir(dir);
        }
    }
}

fn create(
    root: &Path,
    slug: &str,
    names: &Names,
    templates: &[Template],
    created: &mut Created,
) -> Result<()> {
    make_dir(root, created)?;
    // NOTE: the temporary folder sits inside the catalog so that the final renames stay
    // on one file system; its name starts with a dot, which the catalog skips.
    let staging = tempfile::Builder::new()
        .prefix(".coach-new-")
        .tempdir_in(root)
        .with_context(|| format!("cannot create a temporary folder in `{}`", root.display()))?;
    for template in templates {
        let path = staging.path().join(relative(slug, template.path));
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        fs::write(&path, names.fill(template.text))
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    for side in ["exercises", "graders"] {
        let parent = root.join(side);
        make_dir(&parent, created)?;
        let target = parent.join(slug);
        // NOTE: checked again right before the rename, which would replace an empty folder.
        if target.symlink_metadata().is_ok() {
            bail!(
                "`{}` already exists; coach new never overwrites",
                target.display()
            );
        }
        fs::rename(staging.path().join(side).join(slug), &target)
            .with_context(|| format!("cannot create `{}`", target.display()))?;
        created.moved.push(target);
    }
    Ok(())
}

/// Create `dir` (and its parents) when missing, remembering what was new.
fn make_dir(dir: &Path, created: &mut Created) -> Result<()> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(path) = at.filter(|p| !p.as_os_str().is_empty() && p.symlink_metadata().is_err())
    {
        missing.push(path.to_owned());
        at = path.parent();
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    created.parents.extend(missing.into_iter().rev());
    Ok(())
}

/// `exercises/README.md` → `exercises/<slug>/README.md`.
fn relative(slug: &str, template_path: &str) -> String {
    match template_path.split_once('/') {
        Some((side, rest)) => format!("{side}/{slug}/{rest}"),
        None => template_path.to_owned(),
    }
}

/// A path as one word for a shell command line.
fn shell_word(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/+:=@".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_a_slug() {
        let names = Names::new("binary-search");
        assert_eq!(names.module, "binary_search");
        assert_eq!(names.class, "BinarySearch");
        assert_eq!(names.title, "Binary search");
        let names = Names::new("lru2-cache");
        assert_eq!(
            (names.class.as_str(), names.title.as_str()),
            ("Lru2Cache", "Lru2 cache")
        );
        assert_eq!(
            Names::new("trie").fill("{title}: {module}.py, {class} ({slug})"),
            "Trie: trie.py, Trie (trie)"
        );
    }

    #[test]
    fn slugs() {
        for good in ["a", "binary-search", "two-sum-2", "x1"] {
            assert!(check_slug(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "Binary",
            "binary_search",
            "two sum",
            "2sum",
            "-a",
            "a-",
            "a--b",
            "class",
            "é",
        ] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn templates_use_only_known_placeholders() {
        for template in FUNCTION.iter().chain(CLASS).chain(SCRIPT) {
            let filled = Names::new("demo").fill(template.text);
            // A misspelt placeholder would survive filling as `{word}`.
            let left = filled.split('{').skip(1).find(|rest| {
                rest.split_once('}').is_some_and(|(word, _)| {
                    !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase())
                })
            });
            assert!(left.is_none(), "{}: {left:?}", template.path);
        }
    }
}
