//! Turn what the worker returned for one case into a verdict and a failure to show.

mod printed;

use serde::Deserialize;

use crate::catalog::Case;
use crate::steps::Expect;
use crate::value::{Value, mismatch};
use crate::verdict::Verdict;
use printed::printed_instead;
pub use printed::{printed_through, step_printed};

/// One case's result line, as the worker sends it.
#[derive(Debug, Default, Deserialize)]
pub struct CaseResult {
    pub case: usize,
    #[serde(default)]
    pub steps: Vec<StepResult>,
    #[serde(default)]
    pub printed: String,
    #[serde(default)]
    pub ms: f64,
    /// A step is not valid Python: the tests are broken.
    pub bug: Option<String>,
    /// The learner's file raised while being loaded for this case.
    pub load_error: Option<Raised>,
    /// "output": the case printed more than the limit.
    pub limit: Option<String>,
    /// The worker wrote its end-of-case marker on the raw stream.
    #[serde(default)]
    pub marked: bool,
    /// Threads the case started were still running: the worker exits after this case.
    #[serde(default)]
    pub threads_left: bool,
}

#[derive(Debug, Deserialize)]
pub struct StepResult {
    pub value: Option<serde_json::Value>,
    pub raised: Option<Raised>,
    /// Where the step's output starts in the case's `printed`, in characters.
    #[serde(default)]
    pub at: usize,
}

/// An exception, as the worker describes it.
#[derive(Debug, Clone, Deserialize)]
pub struct Raised {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub mro: Vec<String>,
    #[serde(default)]
    pub message: String,
    /// Trimmed to the learner's frames.
    #[serde(default)]
    pub traceback: String,
    /// The learner's line where it was raised, when a frame of theirs is in the traceback.
    pub line: Option<u32>,
}

impl Raised {
    pub fn summary(&self) -> String {
        if self.message.is_empty() {
            self.kind.clone()
        } else {
            format!("{}: {}", self.kind, self.message)
        }
    }
}

/// Why a case failed, for reports.
#[derive(Debug, Clone, Default)]
pub struct Failure {
    /// The index of the failing step in the case, when one step is to blame.
    pub step: Option<usize>,
    /// One sentence for the learner.
    pub message: String,
    /// The expected value (repr) or exception name.
    pub expected: Option<String>,
    /// What the code produced (repr), or the exception raised.
    pub got: Option<String>,
    pub traceback: Option<String>,
    /// The learner's line to point at.
    pub line: Option<u32>,
}

/// The most of a rendered value, message or traceback a report carries: a solution that
/// returns a 40 MiB string must not make 80 MiB reports.
const MAX_RENDERED: usize = 8 << 10;

/// `text`, cut to [`MAX_RENDERED`] bytes (at a character boundary) with a note of what
/// was left out.
pub fn cap(text: String) -> String {
    if text.len() <= MAX_RENDERED {
        return text;
    }
    let mut end = MAX_RENDERED;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let more = text[end..].chars().count();
    format!("{}… {more} more characters", &text[..end])
}

impl Failure {
    fn capped(self) -> Failure {
        Failure {
            message: cap(self.message),
            expected: self.expected.map(cap),
            got: self.got.map(cap),
            traceback: self.traceback.map(cap),
            ..self
        }
    }
}

/// Judge a case from its result line.
pub fn judge(case: &Case, result: &CaseResult) -> (Verdict, Option<Failure>) {
    if let Some(bug) = &result.bug {
        return failure(Verdict::InternalError, format!("the test is broken: {bug}"));
    }
    if result.limit.is_some() {
        return failure(
            Verdict::OutputLimitExceeded,
            "the case printed more than the output limit allows".into(),
        );
    }
    if let Some(raised) = &result.load_error {
        let (verdict, message) = unexpected(raised, "while loading your file");
        return (
            verdict,
            Some(Failure {
                message,
                ..raised_failure(None, raised)
            }),
        );
    }
    for (index, step) in case.steps.iter().enumerate() {
        let Some(got) = result.steps.get(index) else {
            return failure(
                Verdict::InternalError,
                format!(
                    "the worker stopped before step {} without saying why",
                    index + 1
                ),
            );
        };
        if let Some(found) = check_step(&step.expect, got, step_printed(result, index), case) {
            let (verdict, mut detail) = found;
            detail.step = Some(index);
            return (verdict, Some(detail.capped()));
        }
    }
    (Verdict::Passed, None)
}

fn check_step(
    expect: &Expect,
    got: &StepResult,
    printed: &str,
    case: &Case,
) -> Option<(Verdict, Failure)> {
    match (expect, &got.raised) {
        (Expect::Raises(name), Some(raised)) => {
            let wanted = name.rsplit('.').next().unwrap_or(name);
            // NOTE: an unwritten function's NotImplementedError is a RuntimeError too, but
            // it never satisfies `!! RuntimeError` (or `!! Exception`): a starter must
            // not pass a case.
            let unwritten = raised.kind == "NotImplementedError" && wanted != raised.kind;
            if !unwritten && (raised.mro.iter().any(|n| n == wanted) || raised.kind == wanted) {
                None
            } else if raised.kind == "MemoryError" {
                Some(unexpected_failure(raised))
            } else {
                let mut detail = raised_failure(Some(name.clone()), raised);
                detail.message = format!(
                    "expected {name} to be raised, but {} was raised",
                    raised.kind
                );
                Some((Verdict::WrongAnswer, detail))
            }
        }
        (Expect::Raises(name), None) => {
            let returned = got.value.as_ref().and_then(|v| Value::from_wire(v).ok());
            let message = match &returned {
                Some(value) => format!(
                    "expected {name} to be raised, but it returned {}",
                    value.repr()
                ),
                None => format!("expected {name} to be raised, but nothing was raised"),
            };
            Some((
                Verdict::WrongAnswer,
                Failure {
                    message,
                    expected: Some(name.clone()),
                    got: returned.map(|v| v.repr()),
                    ..Failure::default()
                },
            ))
        }
        (_, Some(raised)) => Some(unexpected_failure(raised)),
        (Expect::Value(expected), None) => {
            let Some(wire) = &got.value else {
                return Some((
                    Verdict::InternalError,
                    message_only("the worker returned no value"),
                ));
            };
            let value = match Value::from_wire(wire) {
                Ok(value) => value,
                Err(e) => {
                    return Some((
                        Verdict::InternalError,
                        message_only(&format!("cannot read the worker's value: {e}")),
                    ));
                }
            };
            let mut why = mismatch(expected, &value, &case.compare)?;
            // NOTE: sample cases only: a hidden case's output is never looked at.
            if case.sample && value == Value::None && printed_instead(expected, printed) {
                why.push_str(
                    "; your function printed the answer instead of returning it: use `return`",
                );
            }
            Some((
                Verdict::WrongAnswer,
                Failure {
                    message: why,
                    expected: Some(expected.repr()),
                    got: Some(value.repr()),
                    ..Failure::default()
                },
            ))
        }
        (Expect::Nothing, None) => None,
    }
}

fn unexpected_failure(raised: &Raised) -> (Verdict, Failure) {
    let (verdict, message) = unexpected(raised, "");
    (
        verdict,
        Failure {
            message,
            ..raised_failure(None, raised)
        },
    )
}

/// The verdict and sentence for an exception no step asked for.
fn unexpected(raised: &Raised, when: &str) -> (Verdict, String) {
    let when = if when.is_empty() {
        String::new()
    } else {
        format!(" {when}")
    };
    // NOTE: an mmap or a buffer refused by the address-space limit is an OSError.
    let out_of_memory =
        raised.kind == "MemoryError" || raised.message.contains("Cannot allocate memory");
    match raised.kind.as_str() {
        _ if out_of_memory => (
            Verdict::MemoryLimitExceeded,
            format!(
                "ran out of memory{when} ({}): the memory limit was reached",
                raised.kind
            ),
        ),
        "RecursionError" => (
            Verdict::RuntimeError,
            format!("RecursionError{when}: the recursion never stopped or went too deep"),
        ),
        "SystemExit" => (
            Verdict::RuntimeError,
            format!(
                "your code called sys.exit({}){when}; return a value instead",
                raised.message
            ),
        ),
        _ => (
            Verdict::RuntimeError,
            format!("raised {}{when}", raised.summary()),
        ),
    }
}

fn raised_failure(expected: Option<String>, raised: &Raised) -> Failure {
    Failure {
        step: None,
        message: String::new(),
        expected,
        got: Some(raised.summary()),
        traceback: Some(raised.traceback.clone()).filter(|t| !t.is_empty()),
        line: raised.line,
    }
}

fn failure(verdict: Verdict, message: String) -> (Verdict, Option<Failure>) {
    (
        verdict,
        Some(Failure {
            message,
            ..Failure::default()
        }),
    )
}

fn message_only(message: &str) -> Failure {
    Failure {
        message: message.to_owned(),
        ..Failure::default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_renderings_are_capped() {
        let text = "é".repeat(10_000);
        let capped = super::cap(text);
        assert!(capped.len() < 8300, "{}", capped.len());
        assert!(
            capped.ends_with("… 5904 more characters"),
            "{}",
            &capped[capped.len() - 40..]
        );
        assert_eq!(super::cap("short".into()), "short");
    }

    use super::*;
    use crate::steps::parse_steps;
    use crate::value::CompareOptions;

    fn case(run: &str) -> Case {
        Case {
            name: "c".into(),
            sample: true,
            points: 1,
            hint: None,
            steps: parse_steps(run).expect("valid steps"),
            compare: CompareOptions::default(),
            script: None,
        }
    }

    fn result(json: &str) -> CaseResult {
        serde_json::from_str(json).expect("valid result")
    }

    #[test]
    fn a_matching_value_passes() {
        let c = case("f(1) -> [1, 2]");
        let r = result(
            r#"{"case":0,"steps":[{"value":{"t":"list","v":[{"t":"int","v":"1"},{"t":"int","v":"2"}]}}]}"#,
        );
        assert_eq!(judge(&c, &r).0, Verdict::Passed);
    }

    #[test]
    fn a_tuple_for_a_list_is_a_wrong_answer_in_words() {
        let c = case("f(1) -> [1]");
        let r = result(r#"{"case":0,"steps":[{"value":{"t":"tuple","v":[{"t":"int","v":"1"}]}}]}"#);
        let (verdict, detail) = judge(&c, &r);
        assert_eq!(verdict, Verdict::WrongAnswer);
        let detail = detail.expect("a failure");
        assert_eq!(detail.step, Some(0));
        assert_eq!(detail.got.as_deref(), Some("(1,)"));
        assert!(detail.message.contains("list"), "{}", detail.message);
    }

    #[test]
    fn exceptions_match_by_class_or_base() {
        let c = case("f() !! LookupError");
        let r = result(
            r#"{"case":0,"steps":[{"raised":{"type":"KeyError","mro":["KeyError","LookupError","Exception","BaseException"],"message":"'x'"}}]}"#,
        );
        assert_eq!(judge(&c, &r).0, Verdict::Passed);
        let c = case("f() !! ValueError");
        assert_eq!(judge(&c, &r).0, Verdict::WrongAnswer);
        let r = result(r#"{"case":0,"steps":[{"value":{"t":"int","v":"3"}}]}"#);
        let (verdict, detail) = judge(&c, &r);
        assert_eq!(verdict, Verdict::WrongAnswer);
        assert!(detail.expect("failure").message.contains("it returned 3"));
    }

    #[test]
    fn unexpected_exceptions_and_memory_errors() {
        let c = case("x = f()\nx -> 1");
        let r = result(
            r#"{"case":0,"steps":[{"raised":{"type":"ZeroDivisionError","mro":[],"message":"division by zero","traceback":"t","line":3}}]}"#,
        );
        let (verdict, detail) = judge(&c, &r);
        assert_eq!(verdict, Verdict::RuntimeError);
        assert_eq!(detail.expect("failure").line, Some(3));
        let r = result(
            r#"{"case":0,"steps":[{"raised":{"type":"MemoryError","mro":[],"message":""}}]}"#,
        );
        assert_eq!(judge(&c, &r).0, Verdict::MemoryLimitExceeded);
    }

    #[test]
    fn printing_the_answer_instead_of_returning_it_is_told_in_sample_cases_only() {
        const HINT: &str = "printed the answer instead of returning it";
        let message = |run: &str, printed: &str, sample: bool| {
            let c = Case {
                sample,
                ..case(run)
            };
            let line = serde_json::json!({"case": 0, "steps": [{"value": {"t": "none"}, "at": 0}], "printed": printed});
            let r: CaseResult = serde_json::from_value(line).expect("valid result");
            judge(&c, &r).1.expect("a failure").message
        };
        assert!(message("f() -> 'abc'", "abc\n", true).contains(HINT));
        assert!(message("f() -> 'abc'", "'abc'\n", true).contains(HINT));
        assert!(message("f() -> [1, 2]", "[1, 2]\n", true).contains(HINT));
        assert!(!message("f() -> [1, 2]", "[1, 3]\n", true).contains(HINT));
        assert!(!message("f() -> 'abc'", "abc\n", false).contains(HINT));
    }

    #[test]
    fn bugs_and_output_limits() {
        let c = case("f()");
        assert_eq!(
            judge(&c, &result(r#"{"case":0,"bug":"x"}"#)).0,
            Verdict::InternalError
        );
        assert_eq!(
            judge(&c, &result(r#"{"case":0,"limit":"output"}"#)).0,
            Verdict::OutputLimitExceeded
        );
        assert_eq!(
            judge(&c, &result(r#"{"case":0,"steps":[]}"#)).0,
            Verdict::InternalError
        );
    }
}
