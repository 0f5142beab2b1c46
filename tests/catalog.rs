//! The built-in catalog: it validates, and solutions written independently of the
//! references pass every case.

mod common;

use std::path::Path;

use common::{coach, run};

/// Every built-in exercise: its slug, its file, and whether it is a script.
fn exercises() -> Vec<(String, String, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let mut found: Vec<(String, String, bool)> = std::fs::read_dir(&root)
        .expect("exercises/")
        .flatten()
        .map(|entry| {
            let slug = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path().join("exercise.toml"))
                .unwrap_or_else(|e| panic!("{slug}: exercise.toml: {e}"));
            let file: toml::Value = toml::from_str(&text).expect("exercise.toml parses");
            let name = file["file"].as_str().expect("file").to_owned();
            let script = file.get("kind").and_then(toml::Value::as_str) == Some("script");
            (slug, name, script)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn the_built_in_catalog_validates() {
    let out = run(coach().arg("validate"));
    out.status(0).stdout_has("Valid: all");
    let all = exercises();
    assert!(all.len() >= 47, "{} exercises", all.len());
    for (slug, ..) in all {
        out.stdout_has(&format!("✓ {slug} "));
    }
}

#[test]
fn the_built_in_catalog_is_listed() {
    let out = run(coach().arg("list"));
    out.status(0);
    for (slug, ..) in exercises() {
        out.stdout_has(&slug);
    }
}

#[test]
fn independent_solutions_pass_every_case_with_one_python_start() {
    for (slug, file, script) in exercises() {
        let solution = common::fixtures().join("independent").join(&file);
        assert!(solution.is_file(), "{slug}: no independent solution {file}");
        let out = run(coach()
            .args(["check", &slug, "--format", "json", "--solution"])
            .arg(&solution));
        let report = out.json();
        assert_eq!(report["status"], "passed", "{slug}: {report}");
        assert_eq!(report["score"], report["max_score"], "{slug}");
        let starts = report["python_starts"].as_u64().unwrap_or(0);
        let cases = report["cases"].as_array().map_or(0, Vec::len) as u64;
        // a function exercise starts Python once; a script exercise once per case, plus
        // one check of the file before running it
        let expected = if script { cases + 1 } else { 1 };
        assert_eq!(starts, expected, "{slug}");
    }
}

/// The verdict of each case of `slug` for a fixture in `tests/fixtures/cheats`.
fn cheat_verdicts(slug: &str, file: &str) -> Vec<(String, String)> {
    let solution = common::fixtures().join("cheats").join(file);
    let report = run(coach()
        .args(["check", slug, "--format", "json", "--solution"])
        .arg(&solution))
    .json();
    report["cases"]
        .as_array()
        .map(|cases| {
            cases
                .iter()
                .map(|c| {
                    let text = |key: &str| c[key].as_str().unwrap_or_default().to_owned();
                    (text("name"), text("verdict"))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn replacing_builtins_does_not_fool_the_helpers() {
    // Placeholders that equal anything, with `all` and `type` replaced to hide them: the
    // large case's helper sees through both.
    let verdicts = cheat_verdicts("merge-sorted", "merge_sorted.py");
    let large = verdicts
        .iter()
        .find(|(name, _)| name == "large lists in linear time")
        .expect("the large case");
    assert_eq!(large.1, "wrong_answer", "{verdicts:?}");
    assert!(
        verdicts.iter().filter(|(_, v)| v == "passed").count() <= 2,
        "{verdicts:?}"
    );
}

#[test]
fn replacing_a_module_the_helpers_use_does_not_fool_them() {
    // A limiter whose memory grows with every call, which replaces tracemalloc (its
    // functions and its entry in sys.modules) when it loads and on every call.
    let verdicts = cheat_verdicts("rate-limiter", "rate_limiter.py");
    let memory = verdicts
        .iter()
        .find(|(name, _)| name == "memory stays bounded")
        .expect("the memory case");
    assert_eq!(memory.1, "wrong_answer", "{verdicts:?}");
}

#[test]
fn replacing_builtins_does_not_break_the_worker() {
    let verdicts = cheat_verdicts("palindrome", "palindrome.py");
    assert!(!verdicts.is_empty());
    assert!(verdicts.iter().all(|(_, v)| v == "passed"), "{verdicts:?}");
}

#[test]
fn a_timeout_costs_one_more_python_start() {
    // With --all, the cases after the one that ran out of time run in a fresh worker.
    let out = common::check_adder("busy_loop.py", &["--format", "json", "--all"]);
    assert_eq!(out.json()["python_starts"], 2);
    // Without it, they are not run, so no second worker is started.
    let out = common::check_adder("busy_loop.py", &["--format", "json"]);
    assert_eq!(out.json()["python_starts"], 1);
}

#[test]
fn python_files_use_python_3_8_syntax() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/worker.py")];
    for folder in ["exercises", "graders"] {
        collect_python(&root.join(folder), &mut files);
    }
    let check = "import ast, sys\nfor path in sys.argv[1:]:\n    ast.parse(open(path, encoding='utf-8').read(), path, feature_version=(3, 8))\n";
    let out = run(std::process::Command::new("python3")
        .arg("-c")
        .arg(check)
        .args(&files));
    assert_eq!(out.code, 0, "{}", out.stderr);
}

fn collect_python(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_python(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}
