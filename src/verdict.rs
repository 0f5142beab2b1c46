//! Verdicts of one case, the solution-level status, and their precedence.

use serde::{Deserialize, Serialize};

/// What happened to one case. Declared from the most to the least severe, so the
/// derived order is the precedence: `max()` of several verdicts is the one to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A hidden case `coach check` skipped after an earlier case ran out of time.
    NotRun,
    Passed,
    WrongAnswer,
    RuntimeError,
    OutputLimitExceeded,
    MemoryLimitExceeded,
    TimeLimitExceeded,
    InternalError,
}

impl Verdict {
    /// The verdicts that mean the learner's code failed a case.
    pub const FAILURES: [Verdict; 5] = [
        Verdict::WrongAnswer,
        Verdict::RuntimeError,
        Verdict::OutputLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::TimeLimitExceeded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::NotRun => "not_run",
            Verdict::Passed => "passed",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::RuntimeError => "runtime_error",
            Verdict::OutputLimitExceeded => "output_limit_exceeded",
            Verdict::MemoryLimitExceeded => "memory_limit_exceeded",
            Verdict::TimeLimitExceeded => "time_limit_exceeded",
            Verdict::InternalError => "internal_error",
        }
    }

    /// A short label for the human report.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::NotRun => "NOT RUN",
            Verdict::Passed => "PASS",
            Verdict::WrongAnswer => "WRONG",
            Verdict::RuntimeError => "ERROR",
            Verdict::OutputLimitExceeded => "OUTPUT",
            Verdict::MemoryLimitExceeded => "MEMORY",
            Verdict::TimeLimitExceeded => "TIMEOUT",
            Verdict::InternalError => "INTERNAL",
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        [Verdict::NotRun, Verdict::Passed, Verdict::InternalError]
            .into_iter()
            .chain(Verdict::FAILURES)
            .find(|v| v.as_str() == text)
    }

    pub fn is_failure(self) -> bool {
        Verdict::FAILURES.contains(&self)
    }
}

/// The whole solution's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Passed,
    Failed,
    /// The solution could not be graded at all (missing file, syntax error, ...).
    Error,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Failed => "failed",
            Status::Error => "error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_follows_the_design() {
        let order = [
            Verdict::InternalError,
            Verdict::TimeLimitExceeded,
            Verdict::MemoryLimitExceeded,
            Verdict::OutputLimitExceeded,
            Verdict::RuntimeError,
            Verdict::WrongAnswer,
            Verdict::Passed,
        ];
        for pair in order.windows(2) {
            assert!(
                pair[0] > pair[1],
                "{:?} should outrank {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn names_round_trip() {
        for v in Verdict::FAILURES {
            assert_eq!(Verdict::parse(v.as_str()), Some(v));
        }
        assert_eq!(Verdict::parse("nope"), None);
    }
}
