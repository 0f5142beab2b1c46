//! JUnit XML: one testsuite per submission and exercise, one testcase per case.

use std::io::Write;
use std::time::Duration;

use anyhow::{Context, Result};
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use crate::results::GradeReport;
use crate::verdict::Verdict;

pub fn write(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let mut junit = Report::new("coach");
    for submission in &report.submissions {
        if let (true, Some(message)) = (submission.exercises.is_empty(), &submission.message) {
            // NOTE: a submission with nothing to grade must still show up as a failure.
            let mut suite = TestSuite::new(submission.name.as_str());
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            status.set_type("error");
            status.set_message(message.as_str());
            let mut case = TestCase::new("submission could not be graded", status);
            case.set_classname(submission.name.as_str());
            suite.add_test_case(case);
            junit.add_test_suite(suite);
        }
        for exercise in &submission.exercises {
            let mut suite = TestSuite::new(format!("{}/{}", submission.name, exercise.exercise));
            let classname = format!("{}.{}", submission.name, exercise.exercise);
            if let Some(message) = &exercise.message {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                status.set_type("error");
                status.set_message(message.lines().next().unwrap_or_default());
                status.set_description(message.as_str());
                let mut case =
                    TestCase::new(format!("{} could not be graded", exercise.exercise), status);
                case.set_classname(classname.as_str());
                suite.add_test_case(case);
            }
            for result in &exercise.cases {
                let status = if result.passed() {
                    TestCaseStatus::success()
                } else {
                    let kind = if result.verdict == Verdict::WrongAnswer {
                        NonSuccessKind::Failure
                    } else {
                        NonSuccessKind::Error
                    };
                    let mut status = TestCaseStatus::non_success(kind);
                    status.set_type(result.verdict.as_str());
                    status.set_message(result.summary());
                    let mut description = Vec::new();
                    if let Some(step) = &result.step {
                        description.push(format!("step: {step}"));
                    }
                    if let (Some(expected), Some(got)) = (&result.expected, &result.got) {
                        description.push(format!("expected: {expected}\ngot:      {got}"));
                    }
                    if let Some(traceback) = &result.traceback {
                        description.push(traceback.clone());
                    }
                    if !description.is_empty() {
                        status.set_description(description.join("\n"));
                    }
                    status
                };
                let mut case = TestCase::new(result.name.as_str(), status);
                case.set_classname(classname.as_str());
                // NOTE: a hidden case has no time of its own (see `hidden_time_ms`).
                let ms = result.time_ms.unwrap_or(0.0);
                case.set_time(Duration::from_secs_f64(ms.max(0.0) / 1000.0));
                if let Some(printed) = result.printed.as_deref().filter(|p| !p.is_empty()) {
                    case.set_system_out(printed);
                }
                suite.add_test_case(case);
            }
            junit.add_test_suite(suite);
        }
    }
    junit
        .serialize(out)
        .context("cannot write the JUnit report")?;
    Ok(())
}
