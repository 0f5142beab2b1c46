//! The interactive `coach watch`: a screen redrawn on every check, and single keys.

use std::io::Write;
use std::sync::mpsc::Sender;
use std::time::Instant;

use anyhow::{Context as _, Result};
use crossterm::Command as _;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use owo_colors::OwoColorize;

use super::checks::{self, Event};
use super::{Watch, layout};
use crate::commands::{Outcome, hint, reset};
use crate::verdict::Status;

const KEYS: &str = "h hint · l list · n next · r reset · s solution · c check · q quit";

/// Raw mode (keys without Enter) for as long as it lives; off again on every way out,
/// an error or a panic included.
struct RawMode;

impl RawMode {
    fn enable() -> Result<RawMode> {
        crossterm::terminal::enable_raw_mode()
            .context("cannot read single keys from the terminal")?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

/// What the screen shows besides the header.
#[derive(Default)]
struct View {
    /// The last finished check's report, and its status.
    report: Option<(String, Status)>,
    /// A check is running.
    checking: bool,
    /// What the last key asked for: a hint, the list, the solution, a message.
    note: Option<String>,
    /// The reset question is waiting for its answer.
    asking: bool,
}

enum Flow {
    Continue,
    Quit,
}

pub(super) fn run(mut watch: Watch, sender: Sender<Event>, out: &mut dyn Write) -> Result<Outcome> {
    let raw = RawMode::enable()?;
    read_keys(sender.clone());
    #[cfg(unix)]
    forward_signals(sender)?;
    let mut view = View::default();
    let result = event_loop(&mut watch, &mut view, out);
    watch.checks.cancel();
    drop(raw);
    result?;
    let passed = watch.passed_count();
    writeln!(
        out,
        "\nStopped watching: {passed} of {} exercises passed; the current one is `{}` ({}).",
        watch.exercises.len(),
        watch.exercise().slug,
        watch.exercise().file
    )?;
    Ok(Outcome::Success)
}

fn event_loop(watch: &mut Watch, view: &mut View, out: &mut dyn Write) -> Result<()> {
    watch.start_check();
    view.checking = true;
    draw(watch, view, out)?;
    loop {
        let flow = match checks::next_event(&watch.events, &watch.debounce)? {
            None if watch.debounce.take_due(Instant::now()) => {
                watch.start_check();
                view.checking = true;
                view.note = None;
                Flow::Continue
            }
            None => continue,
            Some(Event::Saved(name)) => {
                // NOTE: the screen changes when the check it asks for starts.
                watch.saved(&name);
                continue;
            }
            Some(Event::Checked { id, result }) => {
                if !watch.checks.finished(id) {
                    continue;
                }
                view.checking = false;
                let mut text = Vec::new();
                view.report = Some(match result.and_then(|o| watch.report(&o, &mut text)) {
                    Ok(status) => (String::from_utf8_lossy(&text).into_owned(), status),
                    Err(error) => (format!("error: {error:#}\n"), Status::Error),
                });
                Flow::Continue
            }
            Some(Event::Key(key)) => on_key(watch, view, key)?,
            Some(Event::Resized) => Flow::Continue,
            Some(Event::Signal) => Flow::Quit,
            Some(Event::WatchFailed(error)) => anyhow::bail!("the file watcher failed: {error}"),
        };
        match flow {
            Flow::Quit => return Ok(()),
            Flow::Continue => draw(watch, view, out)?,
        }
    }
}

fn on_key(watch: &mut Watch, view: &mut View, key: KeyEvent) -> Result<Flow> {
    if key.kind == KeyEventKind::Release {
        return Ok(Flow::Continue);
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'd')) {
        return Ok(Flow::Quit);
    }
    let exercise = watch.exercise().clone();
    if view.asking {
        view.asking = false;
        view.note = Some(if matches!(key.code, KeyCode::Char('y' | 'Y')) {
            let workspace = watch
                .workspace()?
                .with_context(|| format!("`{}` is no workspace any more", watch.root.display()))?;
            reset::restore(&workspace, &exercise)?;
            format!("`{}` is the starter again.", exercise.file)
        } else {
            "Nothing changed.".to_owned()
        });
        return Ok(Flow::Continue);
    }
    let passed = !view.checking && view.report.as_ref().is_some_and(|r| r.1 == Status::Passed);
    match key.code {
        KeyCode::Char('q') | KeyCode::Esc => return Ok(Flow::Quit),
        KeyCode::Char('h') => {
            let mut text = Vec::new();
            hint::run(watch.context, &exercise.slug, &mut text)?;
            view.note = Some(String::from_utf8_lossy(&text).into_owned());
        }
        KeyCode::Char('l') => view.note = Some(list(watch)?),
        KeyCode::Char('n') => next(watch, view)?,
        KeyCode::Enter if passed => next(watch, view)?,
        KeyCode::Char('r') => {
            if reset::is_starter(&watch.root.join(&exercise.file), &exercise) {
                view.note = Some(format!("`{}` is the starter already.", exercise.file));
            } else {
                view.asking = true;
            }
        }
        KeyCode::Char('s') if passed => {
            view.note = Some(format!(
                "The reference solution of `{}`:\n\n{}\n",
                exercise.slug,
                watch.graders.solution.trim_end()
            ));
        }
        KeyCode::Char('s') => {
            view.note = Some(format!(
                "The reference solution is shown once `{}` passes every case.",
                exercise.file
            ));
        }
        KeyCode::Char('c') => {
            watch.start_check();
            view.checking = true;
        }
        _ => {}
    }
    Ok(Flow::Continue)
}

/// Move on to the next exercise not passed yet, and check it.
fn next(watch: &mut Watch, view: &mut View) -> Result<()> {
    match watch.next_unpassed()? {
        Some(index) => {
            watch.move_to(index)?;
            *view = View::default();
            watch.start_check();
            view.checking = true;
        }
        None => {
            view.note = Some("There is no other exercise left to pass.".into());
        }
    }
    Ok(())
}

/// Every exercise with its progress, the current one marked.
fn list(watch: &Watch) -> Result<String> {
    let workspace = watch.workspace()?;
    let mut text = String::from("Exercises:\n");
    for (index, exercise) in watch.exercises.iter().enumerate() {
        let entry = workspace
            .as_ref()
            .and_then(|w| w.progress.exercises.get(&exercise.slug));
        let mark = match entry {
            Some(entry) if entry.passed => "✓",
            Some(entry) if entry.status.is_some() => "✗",
            _ => "·",
        };
        let pointer = if index == watch.current { "▸" } else { " " };
        text.push_str(&format!(
            "{pointer} {mark} {:>2}. {:<20} {}\n",
            index + 1,
            exercise.slug,
            exercise.title
        ));
    }
    Ok(text)
}

fn draw(watch: &Watch, view: &View, out: &mut dyn Write) -> Result<()> {
    let s = watch.context.styles;
    let exercise = watch.exercise();
    let total = watch.exercises.len();
    let passed = watch.passed_count();
    let top = format!(
        "{} exercise {}/{total} · {passed} passed  {}\n\n",
        "coach watch ·".style(s.dim),
        watch.current + 1,
        layout::bar(passed, total)
    );
    let report = match &view.report {
        _ if view.checking => format!("Checking `{}`…\n", exercise.file),
        Some((report, _)) => report.clone(),
        None => format!("Save `{}` to check it.\n", exercise.file),
    };
    let mut bottom = String::from("\n");
    let passed_now = !view.checking && view.report.as_ref().is_some_and(|r| r.1 == Status::Passed);
    if view.asking {
        bottom.push_str(&format!("{} [y/N]\n", reset::question(exercise)));
    } else if passed_now {
        let line = match watch.next_unpassed()? {
            Some(next) => format!(
                "✓ `{}` passes. Press n or Enter for the next exercise: {}",
                exercise.slug, watch.exercises[next].slug
            ),
            None => "✓ Every exercise has passed. Well done! Press q to quit.".into(),
        };
        bottom.push_str(&format!("{}\n", line.style(s.pass)));
    }
    bottom.push_str(&format!(
        "{}\n{}",
        format!("Watching `{}`: save it to check again.", exercise.file).style(s.dim),
        KEYS.style(s.dim)
    ));
    let note = view
        .note
        .as_ref()
        .map(|note| format!("\n{}\n", note.trim_end()));
    // NOTE: what does not fit is cut from the report (then the note), so the header and
    // the keys stay on screen.
    let (columns, rows) = crossterm::terminal::size().unwrap_or((80, 24));
    let (columns, rows) = (usize::from(columns), usize::from(rows));
    let room = rows.saturating_sub(layout::rows(&top, columns) + layout::rows(&bottom, columns));
    let note_rows = note.as_deref().map_or(0, |n| layout::rows(n, columns));
    let report = layout::fit(&report, room.saturating_sub(note_rows).max(3), columns);
    let mut text = top;
    text.push_str(&report);
    if let Some(note) = note {
        let left = room.saturating_sub(layout::rows(&report, columns)).max(3);
        text.push_str(&layout::fit(&note, left, columns));
    }
    text.push_str(&bottom);
    let mut screen = String::new();
    crossterm::terminal::Clear(crossterm::terminal::ClearType::All).write_ansi(&mut screen)?;
    crossterm::cursor::MoveTo(0, 0).write_ansi(&mut screen)?;
    // NOTE: in raw mode a line feed does not return the cursor to the left edge.
    screen.push_str(&text.replace('\n', "\r\n"));
    out.write_all(screen.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Keys (and size changes) from the terminal, as events.
fn read_keys(sender: Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let event = match crossterm::event::read() {
                Ok(crossterm::event::Event::Key(key)) => Event::Key(key),
                Ok(crossterm::event::Event::Resize(..)) => Event::Resized,
                Ok(_) => continue,
                Err(_) => break,
            };
            if sender.send(event).is_err() {
                break;
            }
        }
    });
}

/// SIGINT, SIGTERM and SIGHUP as events, so that quitting restores the terminal. (In raw
/// mode Ctrl-C arrives as a key; these come from elsewhere, such as `kill`.)
#[cfg(unix)]
fn forward_signals(sender: Sender<Event>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
        .context("cannot handle signals")?;
    std::thread::spawn(move || {
        for _ in signals.forever() {
            if sender.send(Event::Signal).is_err() {
                break;
            }
        }
    });
    Ok(())
}
