//! A learner's progress over the whole catalog: each exercise's state, the totals and the
//! current exercise. `coach list` prints it for people, `coach progress` (and
//! `coach list --json`) as one JSON document.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::catalog::Exercise;
use crate::workspace::Workspace;

/// The `schema_version` of `coach progress`'s JSON.
const SCHEMA_VERSION: u32 = 1;

/// Where a learner is with one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// It passed once.
    Passed,
    /// Checked (or a hint shown) but not passed yet.
    Started,
    NotStarted,
}

/// One exercise in the JSON document.
#[derive(Debug, Serialize)]
pub struct ExerciseState {
    pub slug: String,
    pub title: String,
    pub difficulty: &'static str,
    pub topics: Vec<String>,
    pub file: String,
    pub state: State,
    /// The last check's score (none before the first check).
    pub score: Option<u32>,
    /// The exercise's points (none when its graders cannot be read).
    pub max_score: Option<u32>,
    pub hints_shown: usize,
}

/// The totals, over every exercise.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub exercises: usize,
    pub passed: usize,
    pub started: usize,
    pub not_started: usize,
    /// The sum of every exercise's last score.
    pub score: u32,
    /// The sum of every exercise's points.
    pub max_score: u32,
}

/// The whole JSON document.
#[derive(Debug, Serialize)]
pub struct Report {
    pub schema_version: u32,
    /// The workspace's root (none outside a workspace).
    pub workspace: Option<String>,
    /// The first exercise not passed yet (none outside a workspace, or when all passed).
    pub current: Option<String>,
    pub summary: Summary,
    pub exercises: Vec<ExerciseState>,
}

impl Report {
    /// The progress recorded in `workspace` (if any) over `exercises`.
    pub fn build(context: &Context, exercises: &[Exercise], workspace: Option<&Workspace>) -> Self {
        let mut summary = Summary {
            exercises: exercises.len(),
            ..Summary::default()
        };
        let mut states = Vec::new();
        for exercise in exercises {
            let entry = workspace.and_then(|w| w.progress.exercises.get(&exercise.slug));
            let state = match entry {
                Some(e) if e.passed => State::Passed,
                Some(e) if e.status.is_some() || e.hints_shown > 0 => State::Started,
                _ => State::NotStarted,
            };
            match state {
                State::Passed => summary.passed += 1,
                State::Started => summary.started += 1,
                State::NotStarted => summary.not_started += 1,
            }
            let score = entry.filter(|e| e.status.is_some()).map(|e| e.score);
            // NOTE: points come from the graders; an exercise checked before has them in
            // its progress too, which serves when private graders are not at hand.
            let max_score = context
                .catalog
                .graders(exercise)
                .ok()
                .map(|g| g.max_score())
                .or_else(|| entry.filter(|e| e.status.is_some()).map(|e| e.max_score));
            summary.score += score.unwrap_or(0);
            summary.max_score += max_score.unwrap_or(0);
            states.push(ExerciseState {
                slug: exercise.slug.clone(),
                title: exercise.title.clone(),
                difficulty: exercise.difficulty.as_str(),
                topics: exercise.topics.clone(),
                file: exercise.file.clone(),
                state,
                score,
                max_score,
                hints_shown: entry.map_or(0, |e| e.hints_shown),
            });
        }
        let current = workspace.and_then(|w| {
            exercises
                .iter()
                .find(|e| !w.passed(&e.slug))
                .map(|e| e.slug.clone())
        });
        Report {
            schema_version: SCHEMA_VERSION,
            workspace: workspace.map(|w| w.root.display().to_string()),
            current,
            summary,
            exercises: states,
        }
    }

    /// "12 passed · 3 started · 32 not started · score 240/1000" in a workspace, else
    /// "47 exercises".
    pub fn summary_line(&self) -> String {
        let s = &self.summary;
        if self.workspace.is_none() {
            return format!("{} exercises", s.exercises);
        }
        format!(
            "{} passed · {} started · {} not started · score {}/{}",
            s.passed, s.started, s.not_started, s.score, s.max_score
        )
    }
}

/// `coach progress`: the report as JSON.
pub fn run(context: &Context, out: &mut dyn Write) -> Result<super::Outcome> {
    let exercises = context.catalog.exercises()?;
    let workspace = Workspace::find(&std::env::current_dir()?)?;
    let report = Report::build(context, &exercises, workspace.as_ref());
    serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(super::Outcome::Success)
}
