//! "Did you mean …?": the candidate closest to a name a learner typed, when it is close
//! enough to be a slip (a letter missing, swapped or in the wrong case).

use std::path::Path;

/// The candidate closest to `wanted`: one that differs only in case, else the nearest
/// within a small edit distance (1 for short names, up to 3 for long ones). `None` when
/// nothing is that close, or `wanted` itself is a candidate.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lowered = wanted.to_lowercase();
    let limit = (wanted.chars().count() / 4).clamp(1, 3);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate == wanted {
            return None;
        }
        let distance = if candidate.to_lowercase() == lowered {
            0
        } else {
            strsim::damerau_levenshtein(&lowered, &candidate.to_lowercase())
        };
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// A file in `path`'s folder whose name is close to `path`'s, e.g. `Palindrome.py` or
/// `palindrom.py` for a missing `palindrome.py`.
pub fn similar_file(path: &Path) -> Option<String> {
    let wanted = path.file_name()?.to_str()?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    closest(wanted, names.iter().map(String::as_str)).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_case_slip_or_a_letter_off_is_found_and_far_names_are_not() {
        let files = ["Palindrome.py", "notes.txt", "anagram.py"];
        assert_eq!(closest("palindrome.py", files), Some("Palindrome.py"));
        assert_eq!(
            closest("palindrome.py", ["palindrom.py"]),
            Some("palindrom.py")
        );
        assert_eq!(
            closest("is_anagram", ["is_anagrams", "main"]),
            Some("is_anagrams")
        );
        assert_eq!(
            closest("lru-cach", ["lru-cache", "trie"]),
            Some("lru-cache")
        );
        assert_eq!(closest("stack", ["trie", "bst"]), None);
        assert_eq!(closest("add", ["add", "adds"]), None);
    }

    #[test]
    fn the_nearest_of_several_wins() {
        assert_eq!(
            closest("palindrome", ["palindromes", "palindrome2x", "Palindrome"]),
            Some("Palindrome")
        );
    }
}
