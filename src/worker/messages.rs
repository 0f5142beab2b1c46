//! What the runner tells a learner about a worker that could not start or stopped.

use serde::Deserialize;

use crate::catalog::Exercise;
use crate::judge::Raised;

/// How much of what a case printed is kept for reports.
const MAX_PRINTED: usize = 8 << 10;

/// Why a solution cannot be graded, from the worker's first line.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum StartupError {
    Syntax {
        message: String,
        line: Option<u32>,
        offset: Option<u32>,
        text: String,
        #[serde(rename = "type")]
        kind: String,
    },
    Import {
        exception: Raised,
        #[serde(default)]
        printed: String,
    },
    Missing {
        names: Vec<String>,
        /// The file's own top-level names, for "did you mean".
        #[serde(default)]
        defined: Vec<String>,
    },
    Helpers {
        exception: Raised,
    },
    Constraint {
        name: String,
        line: u32,
        text: String,
    },
}

/// Whether the worker's startup error says the file uses a forbidden name.
pub(super) fn is_constraint(message: &str) -> bool {
    matches!(
        serde_json::from_str::<StartupError>(message),
        Ok(StartupError::Constraint { .. })
    )
}

pub(super) fn explain_startup(
    exercise: &Exercise,
    path: &std::path::Path,
    message: String,
) -> String {
    let file = path.display();
    match serde_json::from_str::<StartupError>(&message) {
        Ok(StartupError::Syntax {
            message,
            line,
            offset,
            text,
            kind,
        }) => {
            let line_no = line.map_or(String::new(), |l| format!(" line {l}"));
            let article = if kind.starts_with(['A', 'E', 'I', 'O', 'U']) {
                "an"
            } else {
                "a"
            };
            let mut out = format!("`{file}`{line_no} has {article} {kind}: {message}");
            if !text.trim().is_empty() {
                let indent = text.len() - text.trim_start().len();
                out.push_str(&format!("\n    {}", text.trim()));
                if let Some(offset) = offset.filter(|o| *o as usize > indent) {
                    out.push_str(&format!(
                        "\n    {}^",
                        " ".repeat(offset as usize - 1 - indent)
                    ));
                }
            }
            out.push_str("\nFix that line; if it looks right, check the line before it for an unclosed bracket or quote.");
            out
        }
        Ok(StartupError::Import { exception, printed }) => {
            let mut out = format!(
                "`{file}` raised an error while loading: {}",
                exception.summary()
            );
            if exception.kind == "ModuleNotFoundError" || exception.kind == "ImportError" {
                out.push_str("\nYour file can import Python's standard library only.");
            }
            if !exception.traceback.is_empty() {
                out.push_str(&format!("\n{}", exception.traceback.trim_end()));
            }
            if !printed.is_empty() {
                out.push_str(&format!("\nIt printed:\n{}", printed.trim_end()));
            }
            out
        }
        Ok(StartupError::Missing { names, defined }) => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!(
                "`{file}` does not define {}, which the tests use.{} Check the spelling, and that it is defined at the top level of `{}` (not inside another function or under `if __name__ == ...`).",
                list.join(" and "),
                close_names(&names, &defined),
                exercise.file
            )
        }
        Ok(StartupError::Constraint { name, line, text }) => format!(
            "`{file}` line {line} uses `{name}`, which this exercise does not allow:\n    {}\nSolve it without `{name}`; the point of the exercise is to build that part yourself.",
            text.trim()
        ),
        Ok(StartupError::Helpers { exception }) => format!(
            "the exercise's helpers.py is broken (a problem with the exercise, not your code): {}",
            exception.summary()
        ),
        Err(_) => message,
    }
}

/// " Did you mean `is_anagrams`?" when the file defines a name close to a missing one
/// (" Did you mean `a` (for `b`) and `c` (for `d`)?" for several).
fn close_names(missing: &[String], defined: &[String]) -> String {
    let pairs: Vec<(&str, &str)> = missing
        .iter()
        .filter_map(|name| {
            crate::suggest::closest(name, defined.iter().map(String::as_str))
                .map(|c| (name.as_str(), c))
        })
        .collect();
    match pairs.as_slice() {
        [] => String::new(),
        [(_, close)] if missing.len() == 1 => format!(" Did you mean `{close}`?"),
        _ => {
            let parts: Vec<String> = pairs
                .iter()
                .map(|(name, close)| format!("`{close}` (for `{name}`)"))
                .collect();
            format!(" Did you mean {}?", parts.join(" and "))
        }
    }
}

/// What a case printed, cut to what a report should carry.
pub(super) fn shorten(mut text: String) -> String {
    if text.len() > MAX_PRINTED {
        let mut cut = MAX_PRINTED;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let omitted = text.len() - cut;
        text.truncate(cut);
        text.push_str(&format!("\n... ({omitted} more bytes not shown)"));
    }
    text
}

pub(super) fn missing_message(path: &std::path::Path) -> String {
    if let Some(similar) = crate::suggest::similar_file(path) {
        let wanted = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        return format!(
            "`{}` was not found. Did you mean `{similar}`? Rename it to `{wanted}`: coach grades the file of that exact name",
            path.display()
        );
    }
    format!(
        "`{}` was not found: create it (`coach init` gives you a starter) or pass `--solution FILE`",
        path.display()
    )
}

/// "exited with code 3", "killed by signal 11 (SIGSEGV)".
pub(super) fn describe_status(status: Option<std::process::ExitStatus>) -> String {
    let Some(status) = status else {
        return "it did not exit".into();
    };
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV: a crash in C code, e.g. through ctypes or a too-deep recursion)",
                24 => " (SIGXCPU: CPU time limit)",
                25 => " (SIGXFSZ: it wrote too large a file)",
                _ => "",
            };
            return format!("killed by signal {signal}{name}");
        }
    }
    match status.code() {
        Some(code) => format!("exited with code {code}, e.g. through sys.exit() or os._exit()"),
        None => "ended".into(),
    }
}

/// Why a run went past its time limit, told from the CPU time it used in the run: a
/// busy process used its whole limit (slow or looping); an idle one is `waiting` (for
/// what, the caller knows best) until the wall-clock backstop.
pub fn time_limit(
    limit: std::time::Duration,
    cpu: Option<std::time::Duration>,
    waiting: &str,
) -> String {
    let limit = limit.as_secs_f64();
    match cpu.map(|c| c.as_secs_f64()) {
        Some(cpu) if cpu < limit * 0.9 => format!(
            "did not finish, and used only {cpu:.2}s of its {limit:.1}s of CPU time: {waiting}"
        ),
        Some(_) => format!(
            "used up its {limit:.1}s of CPU time without finishing: an endless loop, or an algorithm too slow for this input"
        ),
        None => format!("did not finish within {limit:.1}s"),
    }
}

/// For a time limit: when the process had reached its memory limit, Python may have been
/// waiting on something that never got its memory (a thread that could not start).
pub fn near_memory_limit(peak: Option<u64>, limit: u64) -> String {
    match peak {
        Some(peak) if peak >= limit / 10 * 9 => format!(
            ". It had also reached its memory limit ({}), which can leave Python waiting \
             on something that could not get memory, such as a thread that could not start",
            crate::catalog::format_size(limit)
        ),
        _ => String::new(),
    }
}
