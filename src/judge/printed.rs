//! What a case's steps printed: the slice of its output that one step, or the steps up to
//! one, printed; and whether a step printed the answer it should have returned.

use super::CaseResult;
use crate::value::Value;

/// What step `index` of a case printed: the case's output from where that step began to
/// where the next one began.
pub fn step_printed(result: &CaseResult, index: usize) -> &str {
    printed_between(result, index, index)
}

/// What the case's steps printed, from the first one through step `index`: not what
/// loading the file printed before them, nor what the steps after printed.
pub fn printed_through(result: &CaseResult, index: usize) -> &str {
    printed_between(result, 0, index)
}

fn printed_between(result: &CaseResult, first: usize, last: usize) -> &str {
    let printed = result.printed.as_str();
    let byte = |chars: usize| {
        printed
            .char_indices()
            .nth(chars)
            .map_or(printed.len(), |(at, _)| at)
    };
    let Some(step) = result.steps.get(first) else {
        return printed;
    };
    let start = byte(step.at);
    let end = result
        .steps
        .get(last + 1)
        .map_or(printed.len(), |next| byte(next.at));
    printed.get(start..end.max(start)).unwrap_or("")
}

/// Whether a step that gave None printed exactly the expected value (its repr, or for a
/// string the text itself).
pub(super) fn printed_instead(expected: &Value, printed: &str) -> bool {
    let printed = printed.trim();
    !printed.is_empty()
        && (printed == expected.repr()
            || matches!(expected, Value::Str(text) if text.trim() == printed))
}
