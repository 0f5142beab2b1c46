//! `coach show <slug>`: the prompt and the sample cases.

use std::io::Write;

use anyhow::Result;
use owo_colors::OwoColorize;

use super::{Context, Outcome};

pub fn run(context: &Context, slug: &str, out: &mut dyn Write) -> Result<Outcome> {
    let exercise = context.catalog.exercise(slug)?;
    let graders = context.catalog.graders(&exercise)?;
    let s = &context.styles;
    writeln!(out, "{}", exercise.prompt.trim_end())?;
    let samples: Vec<_> = graders.cases.iter().filter(|c| c.sample).collect();
    let hidden = graders.cases.len() - samples.len();
    writeln!(out, "\n{}", "Sample cases".style(s.bold))?;
    for case in samples {
        writeln!(out, "\n  {}", case.name.style(s.bold))?;
        match &case.script {
            None => {
                for step in &case.steps {
                    writeln!(out, "    {}", step.source.replace('\n', "\n    "))?;
                }
            }
            Some(script) => {
                for (name, contents) in &script.files {
                    writeln!(out, "    {} {name}:", "file".style(s.dim))?;
                    for line in String::from_utf8_lossy(contents).lines() {
                        writeln!(out, "      | {line}")?;
                    }
                }
                if !script.stdin.is_empty() {
                    writeln!(out, "    {}", "standard input:".style(s.dim))?;
                    for line in script.stdin.lines() {
                        writeln!(out, "      | {line}")?;
                    }
                }
                writeln!(out, "    $ {}", script.command(&exercise.file))?;
                if let Some(stdout) = &script.stdout {
                    for line in stdout.lines() {
                        writeln!(out, "    {line}")?;
                    }
                }
                if let Some(code) = script.exit_code.filter(|c| *c != 0) {
                    writeln!(
                        out,
                        "    {}",
                        format!("(exits with status {code})").style(s.dim)
                    )?;
                }
            }
        }
    }
    writeln!(
        out,
        "\nPlus {hidden} hidden cases. Write your solution in `{}`, then run `coach check {slug}`.",
        exercise.file
    )?;
    Ok(Outcome::Success)
}
