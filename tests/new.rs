//! `coach new`: each kind's scaffold passes `coach validate` as generated, it never
//! overwrites, it rejects bad names, and an author's own exercise written over the
//! scaffold validates too.

mod common;

use std::fs;
use std::path::Path;

use common::{Run, coach, run};

fn new(dir: &Path, slug: &str, kind: &str) -> Run {
    run(coach()
        .args(["new", slug, "--kind", kind, "--into"])
        .arg(dir))
}

fn validate(dir: &Path, slug: &str) -> Run {
    run(coach().arg("--catalog").arg(dir).args(["validate", slug]))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every file under `dir`, as paths relative to it, sorted.
fn files(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, found: &mut Vec<String>) {
        for entry in fs::read_dir(dir).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, found);
            } else {
                let rel = path.strip_prefix(root).expect("under root");
                found.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut found = Vec::new();
    walk(dir, dir, &mut found);
    found.sort();
    found
}

/// `coach new` then `coach validate` for one kind; returns the catalog folder.
fn scaffold_validates(kind: &str, expected_files: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let slug = format!("demo-{kind}");
    let out = new(dir.path(), &slug, kind);
    out.status(0).stdout_has(&format!(
        "coach --catalog {} validate {slug}",
        dir.path().display()
    ));
    let made = files(dir.path());
    let mut expected: Vec<String> = expected_files
        .iter()
        .map(|f| f.replace("SLUG", &slug))
        .collect();
    expected.sort();
    assert_eq!(made, expected, "files made");
    for file in &made {
        out.stdout_has(file);
        let text = read(&dir.path().join(file));
        for placeholder in ["{slug}", "{module}", "{class}", "{title}"] {
            assert!(
                !text.contains(placeholder),
                "{file} still has {placeholder}:\n{text}"
            );
        }
    }
    let module = slug.replace('-', "_");
    let exercise = read(&dir.path().join(format!("exercises/{slug}/exercise.toml")));
    assert!(
        exercise.contains(&format!("file = \"{module}.py\"")),
        "{exercise}"
    );
    assert!(
        exercise.contains(&format!("title = \"Demo {kind}\"")),
        "{exercise}"
    );

    let checked = validate(dir.path(), &slug);
    checked
        .status(0)
        .stdout_has("Valid: the exercise is valid")
        .stdout_lacks("never fails");
    dir
}

const EXERCISE_FILES: [&str; 3] = [
    "exercises/SLUG/README.md",
    "exercises/SLUG/exercise.toml",
    "exercises/SLUG/starter.py",
];

#[test]
fn function_scaffold_validates() {
    let mut expected = EXERCISE_FILES.to_vec();
    expected.extend([
        "graders/SLUG/tests.toml",
        "graders/SLUG/solution.py",
        "graders/SLUG/helpers.py",
        "graders/SLUG/wrong/compares_every_pair.py",
        "graders/SLUG/wrong/earliest_first_sighting.py",
        "graders/SLUG/wrong/minus_one_without_repeat.py",
        "graders/SLUG/wrong/sorts_in_place.py",
    ]);
    let dir = scaffold_validates("function", &expected);
    let starter = read(&dir.path().join("exercises/demo-function/starter.py"));
    assert!(starter.contains("def demo_function(numbers):"), "{starter}");
}

#[test]
fn class_scaffold_validates() {
    let mut expected = EXERCISE_FILES.to_vec();
    expected.extend([
        "graders/SLUG/tests.toml",
        "graders/SLUG/solution.py",
        "graders/SLUG/helpers.py",
        "graders/SLUG/wrong/empty_mean_is_zero.py",
        "graders/SLUG/wrong/floor_division.py",
        "graders/SLUG/wrong/no_init.py",
        "graders/SLUG/wrong/shared_numbers.py",
    ]);
    let dir = scaffold_validates("class", &expected);
    let starter = read(&dir.path().join("exercises/demo-class/starter.py"));
    assert!(starter.contains("class DemoClass:"), "{starter}");
}

#[test]
fn script_scaffold_validates() {
    let mut expected = EXERCISE_FILES.to_vec();
    expected.extend([
        "graders/SLUG/tests.toml",
        "graders/SLUG/solution.py",
        "graders/SLUG/wrong/crashes_on_missing_file.py",
        "graders/SLUG/wrong/joins_the_lines.py",
        "graders/SLUG/wrong/no_usage_check.py",
        "graders/SLUG/wrong/rereads_for_every_line.py",
        "graders/SLUG/wrong/skips_negative_numbers.py",
    ]);
    let dir = scaffold_validates("script", &expected);
    let exercise = read(&dir.path().join("exercises/demo-script/exercise.toml"));
    assert!(exercise.contains("kind = \"script\""), "{exercise}");
}

#[test]
fn new_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "twice", "function").status(0);
    let starter = dir.path().join("exercises/twice/starter.py");
    fs::write(&starter, "# my work\n").expect("write");

    let again = new(dir.path(), "twice", "script");
    again
        .status(2)
        .stderr_has("already exists")
        .stderr_has(&format!("exercises{}twice", std::path::MAIN_SEPARATOR));
    assert_eq!(read(&starter), "# my work\n");

    // Half an exercise already there is refused too, and nothing is added next to it.
    fs::create_dir_all(dir.path().join("graders/half")).expect("mkdir");
    new(dir.path(), "half", "class")
        .status(2)
        .stderr_has(&format!("graders{}half", std::path::MAIN_SEPARATOR));
    assert!(!dir.path().join("exercises/half").exists());
    assert!(files(&dir.path().join("graders/half")).is_empty());
}

#[test]
fn bad_slugs_are_usage_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    for slug in [
        "Demo",
        "binary_search",
        "two sum",
        "2sum",
        "a--b",
        "trailing-",
        "class",
        "",
    ] {
        new(dir.path(), slug, "function")
            .status(2)
            .stderr_has("is not a valid exercise name");
    }
    assert!(
        files(dir.path()).is_empty(),
        "a refused name made files: {:?}",
        files(dir.path())
    );
    assert_eq!(
        fs::read_dir(dir.path()).expect("read_dir").count(),
        0,
        "a refused name made folders"
    );
}

#[test]
fn new_creates_the_catalog_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let catalog = dir.path().join("courses").join("python");
    new(&catalog, "first", "class").status(0);
    assert!(catalog.join("exercises/first/exercise.toml").is_file());
    assert!(catalog.join("graders/first/tests.toml").is_file());
    // No staging folder is left behind.
    let names: Vec<String> = fs::read_dir(&catalog)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// An author replaces the scaffold with an exercise of their own: a stopwatch driven
/// by `FakeClock`, without helpers.py, with a different learner file and class.
#[test]
fn a_filled_in_exercise_validates() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "stopwatch", "class").status(0);
    let exercise = dir.path().join("exercises/stopwatch");
    let graders = dir.path().join("graders/stopwatch");
    fs::remove_file(graders.join("helpers.py")).expect("remove helpers");
    fs::remove_dir_all(graders.join("wrong")).expect("remove wrong");
    fs::create_dir(graders.join("wrong")).expect("mkdir wrong");
    let write = |path: &Path, text: &str| fs::write(path, text).expect("write");

    write(
        &exercise.join("exercise.toml"),
        r#"format_version = 1
title = "Stopwatch"
difficulty = "medium"
topics = ["classes", "time"]
file = "watch.py"
hints = ["Remember when start() was called; stop() subtracts."]

[limits]
time = "500ms"
"#,
    );
    write(
        &exercise.join("README.md"),
        "# Stopwatch\n\nWrite `Stopwatch(clock)`: `start()`, `stop()` returns the seconds since `start()`, \
         `total()` the sum of every lap. `stop()` while not running raises `RuntimeError`.\n",
    );
    write(
        &exercise.join("starter.py"),
        "class Stopwatch:\n    def __init__(self, clock):\n        self.clock = clock\n\n    def start(self):\n        pass\n\n    def stop(self):\n        raise NotImplementedError\n\n    def total(self):\n        raise NotImplementedError\n",
    );
    write(
        &graders.join("tests.toml"),
        r#"format_version = 1
compare = { float = 1e-9 }

[[case]]
name = "a lap"
sample = true
run = """
clock = FakeClock(100)
watch = Stopwatch(clock)
watch.start()
clock.advance(2.5)
watch.stop() -> 2.5
"""

[[case]]
name = "stop while stopped"
hint = "What if stop() comes first?"
run = "Stopwatch(FakeClock(0)).stop() !! RuntimeError"

[[case]]
name = "laps add up"
points = 2
hint = "total() counts every lap."
run = """
clock = FakeClock(0)
watch = Stopwatch(clock)
for lap in (1, 0.5): watch.start(); clock.advance(lap); watch.stop()
watch.total() -> 1.5
[watch.start(), watch.stop()] -> [None, 0]
"""
"#,
    );
    write(
        &graders.join("solution.py"),
        "class Stopwatch:\n    def __init__(self, clock):\n        self.clock = clock\n        self.started = None\n        self.elapsed = 0\n\n    def start(self):\n        self.started = self.clock()\n\n    def stop(self):\n        if self.started is None:\n            raise RuntimeError('not running')\n        lap = self.clock() - self.started\n        self.started = None\n        self.elapsed += lap\n        return lap\n\n    def total(self):\n        return self.elapsed\n",
    );
    write(
        &graders.join("wrong/returns_the_time.py"),
        "# expect: wrong_answer\nclass Stopwatch:\n    def __init__(self, clock):\n        self.clock = clock\n        self.started = None\n        self.elapsed = 0\n\n    def start(self):\n        self.started = self.clock()\n\n    def stop(self):\n        if self.started is None:\n            raise RuntimeError('not running')\n        self.elapsed += self.clock()\n        return self.clock()\n\n    def total(self):\n        return self.elapsed\n",
    );
    write(
        &graders.join("wrong/never_checks.py"),
        "# expect: wrong_answer\nclass Stopwatch:\n    def __init__(self, clock):\n        self.clock = clock\n        self.started = None\n        self.elapsed = 0\n\n    def start(self):\n        self.started = self.clock()\n\n    def stop(self):\n        lap = self.clock() - self.started\n        self.elapsed += lap\n        return lap\n\n    def total(self):\n        return self.elapsed\n",
    );

    let checked =
        run(coach()
            .arg("--catalog")
            .arg(dir.path())
            .args(["validate", "--json", "stopwatch"]));
    checked.status(0);
    let report = checked.json();
    let stopwatch = &report["exercises"][0];
    assert_eq!(stopwatch["valid"], true, "{report:#}");
    assert_eq!(
        stopwatch["never_fails"],
        serde_json::json!([]),
        "{report:#}"
    );
    assert_eq!(
        (
            stopwatch["sample_cases"].as_u64(),
            stopwatch["hidden_cases"].as_u64()
        ),
        (Some(1), Some(2))
    );
    assert_eq!(stopwatch["wrong_solutions"], 2);
}

/// The authoring guide's examples are real: its fixture catalog validates, and the guide
/// quotes the fixture files as they are.
#[test]
fn the_authoring_guide_examples_validate() {
    let catalog = common::fixtures().join("new");
    run(coach().arg("--catalog").arg(&catalog).arg("validate"))
        .status(0)
        .stdout_has("Valid: all 2 exercises are valid");

    let guide = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/authoring.md"));
    for file in [
        "exercises/ttl-cache/exercise.toml",
        "exercises/ttl-cache/README.md",
        "graders/ttl-cache/helpers.py",
        "graders/ttl-cache/tests.toml",
        "graders/ttl-cache/solution.py",
        "exercises/balanced-brackets/exercise.toml",
        "exercises/balanced-brackets/README.md",
        "exercises/balanced-brackets/starter.py",
        "graders/balanced-brackets/solution.py",
        "graders/balanced-brackets/wrong/counts_only.py",
        "graders/balanced-brackets/wrong/ignores_leftovers.py",
    ] {
        assert!(
            guide.contains(&read(&catalog.join(file))),
            "docs/authoring.md does not quote {file} as it is"
        );
    }
    // The walkthrough writes balanced-brackets' tests.toml in two steps.
    let tests = read(&catalog.join("graders/balanced-brackets/tests.toml"));
    let added = "[[case]]\nname = \"brackets left open\"";
    let (first, rest) = tests
        .split_once(&format!("\n{added}"))
        .expect("the case the walkthrough adds");
    assert!(
        guide.contains(first),
        "docs/authoring.md does not quote the first tests.toml"
    );
    assert!(
        guide.contains(&format!("{added}{rest}")),
        "docs/authoring.md does not quote the added cases"
    );
}
