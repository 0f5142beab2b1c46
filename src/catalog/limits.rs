//! Resource limits of an exercise (`[limits]` in exercise.toml) and their units.

use std::time::Duration;

use serde::Deserialize;

/// The `[limits]` table as written; every field is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsFile {
    /// CPU time per case, e.g. "2s" or "500ms" (default "2s"); code that sleeps or
    /// blocks is ended by a wall-clock backstop of three times this plus two seconds.
    pub time: Option<String>,
    /// Address-space limit of the Python process, e.g. "256MiB" (default "256MiB").
    pub memory: Option<String>,
    /// Captured stdout+stderr per case, e.g. "1MiB" (default "1MiB").
    pub output: Option<String>,
    /// Room for files in the scratch directory, inputs included, e.g. "64MiB" (default).
    pub disk: Option<String>,
}

/// Limits in force for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub time: Duration,
    pub memory: u64,
    pub output: u64,
    pub disk: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: Duration::from_secs(2),
            memory: 256 << 20,
            output: 1 << 20,
            disk: 64 << 20,
        }
    }
}

impl Limits {
    /// Apply a `[limits]` table over the defaults; errors name the field.
    pub fn from_file(file: &LimitsFile) -> Result<Limits, String> {
        let mut limits = Limits::default();
        if let Some(time) = &file.time {
            limits.time = parse_duration(time).map_err(|e| format!("limits.time: {e}"))?;
        }
        if let Some(memory) = &file.memory {
            limits.memory = parse_size(memory).map_err(|e| format!("limits.memory: {e}"))?;
            if limits.memory < 32 << 20 {
                return Err("limits.memory: Python needs at least 32MiB".into());
            }
        }
        if let Some(output) = &file.output {
            limits.output = parse_size(output).map_err(|e| format!("limits.output: {e}"))?;
        }
        if let Some(disk) = &file.disk {
            limits.disk = parse_size(disk).map_err(|e| format!("limits.disk: {e}"))?;
            if limits.disk < 1 << 20 {
                return Err("limits.disk: give the scratch directory at least 1MiB".into());
            }
        }
        Ok(limits)
    }
}

/// "2s", "1.5s", "500ms", "1m".
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = split_unit(text);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration; write e.g. \"2s\" or \"500ms\""))?;
    let seconds = match unit {
        "ms" => value / 1000.0,
        "s" => value,
        "m" | "min" => value * 60.0,
        _ => return Err(format!("`{text}`: unknown unit `{unit}`; use ms, s or m")),
    };
    if !(seconds > 0.0 && seconds <= 3600.0) {
        return Err(format!("`{text}` must be above 0 and at most an hour"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// "256MiB", "1GiB", "512KiB", "1000B" (also MB/GB/KB as powers of 1000).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (number, unit) = split_unit(text);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size; write e.g. \"256MiB\""))?;
    let factor: u64 = match unit {
        "B" | "" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        "KB" | "kB" => 1_000,
        "MB" => 1_000_000,
        "GB" => 1_000_000_000,
        _ => {
            return Err(format!(
                "`{text}`: unknown unit `{unit}`; use KiB, MiB or GiB"
            ));
        }
    };
    let bytes = value * factor as f64;
    if !(bytes >= 1.0 && bytes <= 64.0 * (1u64 << 30) as f64) {
        return Err(format!("`{text}` must be between 1B and 64GiB"));
    }
    Ok(bytes as u64)
}

fn split_unit(text: &str) -> (&str, &str) {
    let at = text
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    (text[..at].trim(), text[at..].trim())
}

/// A byte count as a person reads it: "256MiB", "1.5KiB", "12B".
pub fn format_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if value.fract() == 0.0 {
                format!("{value}{unit}")
            } else {
                format!("{value:.1}{unit}")
            };
        }
    }
    format!("{bytes}B")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("2").is_err());
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("0s").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("256MiB"), Ok(256 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("10KB"), Ok(10_000));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("3 parsecs").is_err());
        assert_eq!(format_size(256 << 20), "256MiB");
        assert_eq!(format_size(1536), "1.5KiB");
    }

    #[test]
    fn the_scratch_size_defaults_to_64mib_and_must_hold_a_file() {
        assert_eq!(Limits::default().disk, 64 << 20);
        let file = |disk: &str| LimitsFile {
            disk: Some(disk.into()),
            ..LimitsFile::default()
        };
        assert_eq!(
            Limits::from_file(&file("1GiB")).map(|l| l.disk),
            Ok(1 << 30)
        );
        let tiny = Limits::from_file(&file("4KiB")).unwrap_err();
        assert!(tiny.contains("limits.disk"), "{tiny}");
    }
}
