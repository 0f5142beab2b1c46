//! JUnit XML: one testsuite per submission and exercise, one testcase per case.

use std::io::Write;
use std::time::Duration;

use anyhow::{Context, Result};
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use crate::results::GradeReport;
use crate::verdict::Verdict;

/// `text` without the characters XML 1.0 forbids (controls other than tab, newline and
/// carriage return, U+FFFE and U+FFFF): one student's output must not make the whole
/// cohort's file unreadable.
pub fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (('\u{20}'..='\u{D7FF}').contains(&c))
                || (('\u{E000}'..='\u{FFFD}').contains(&c))
                || c >= '\u{10000}'
        })
        .collect()
}

pub fn write(report: &GradeReport, out: &mut dyn Write) -> Result<()> {
    let now = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now());
    let mut junit = Report::new("coach");
    let mut total = Duration::ZERO;
    for submission in &report.submissions {
        if let (true, Some(message)) = (submission.exercises.is_empty(), &submission.message) {
            // NOTE: a submission with nothing to grade must still show up as a failure.
            let mut suite = TestSuite::new(xml_safe(&submission.name));
            stamp(&mut suite, now).set_time(Duration::ZERO);
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            status.set_type("error");
            status.set_message(xml_safe(message));
            let mut case = TestCase::new("submission could not be graded", status);
            case.set_classname(xml_safe(&submission.name));
            case.set_time(Duration::ZERO);
            suite.add_test_case(case);
            junit.add_test_suite(suite);
        }
        for exercise in &submission.exercises {
            let mut suite = TestSuite::new(xml_safe(&format!(
                "{}/{}",
                submission.name, exercise.exercise
            )));
            stamp(&mut suite, now);
            let classname = xml_safe(&format!("{}.{}", submission.name, exercise.exercise));
            let mut suite_time = Duration::from_secs_f64(exercise.hidden_time_ms.max(0.0) / 1000.0);
            if let Some(message) = &exercise.message {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                status.set_type("error");
                status.set_message(xml_safe(message.lines().next().unwrap_or_default()));
                status.set_description(xml_safe(message));
                let mut case =
                    TestCase::new(format!("{} could not be graded", exercise.exercise), status);
                case.set_classname(classname.as_str());
                case.set_time(Duration::ZERO);
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
                    status.set_message(xml_safe(&result.summary()));
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
                        status.set_description(xml_safe(&description.join("\n")));
                    }
                    status
                };
                let mut case = TestCase::new(xml_safe(&result.name), status);
                case.set_classname(classname.as_str());
                // NOTE: a hidden case has no time of its own (see `hidden_time_ms`).
                let ms = result.time_ms.unwrap_or(0.0);
                let time = Duration::from_secs_f64(ms.max(0.0) / 1000.0);
                suite_time += time;
                case.set_time(time);
                if let Some(printed) = result.printed.as_deref().filter(|p| !p.is_empty()) {
                    case.set_system_out(xml_safe(printed));
                }
                suite.add_test_case(case);
            }
            suite.set_time(suite_time);
            total += suite_time;
            junit.add_test_suite(suite);
        }
    }
    junit.set_time(total);
    let xml = junit.to_string().context("cannot write the JUnit report")?;
    out.write_all(without_root_skipped(&xml).as_bytes())
        .context("cannot write the JUnit report")?;
    Ok(())
}

/// The moment of the run, as a `timestamp` property of the suite: Jenkins' junit-10 schema
/// allows a `timestamp` attribute on `<testsuite>` but Surefire's does not, and both allow
/// properties.
fn stamp(suite: &mut TestSuite, now: chrono::DateTime<chrono::Utc>) -> &mut TestSuite {
    suite.add_property(quick_junit::Property::new(
        "timestamp",
        now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    ))
}

/// `xml` without the `skipped` attribute of its `<testsuites>` tag, which Jenkins' junit-10
/// schema does not allow there (the suites keep theirs).
fn without_root_skipped(xml: &str) -> String {
    let Some(start) = xml.find("<testsuites") else {
        return xml.to_owned();
    };
    let end = xml[start..].find('>').map_or(xml.len(), |e| start + e);
    let tag = &xml[start..end];
    let Some(attribute) = tag.find(" skipped=\"") else {
        return xml.to_owned();
    };
    let value_end = tag[attribute + 10..]
        .find('"')
        .map_or(tag.len(), |e| attribute + 10 + e + 1);
    format!(
        "{}{}{}",
        &xml[..start + attribute],
        &tag[value_end..],
        &xml[end..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_loses_only_its_skipped_attribute() {
        let xml = "<?xml?>\n<testsuites name=\"coach\" tests=\"3\" skipped=\"0\" failures=\"1\">\n<testsuite name=\"a\" skipped=\"0\">";
        assert_eq!(
            without_root_skipped(xml),
            "<?xml?>\n<testsuites name=\"coach\" tests=\"3\" failures=\"1\">\n<testsuite name=\"a\" skipped=\"0\">"
        );
    }

    #[test]
    fn characters_xml_forbids_are_dropped() {
        assert_eq!(
            xml_safe("a\u{1}b\u{FFFE}c\u{FFFF}d\te\u{1F600}"),
            "abcd\te\u{1F600}"
        );
    }
}
