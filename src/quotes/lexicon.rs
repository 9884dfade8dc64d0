//! The speech-verb lexicon: cue words that attribute a quote. A data table, sorted for binary search;
//! a new language is a new table.

/// Cue words (inflected forms), lower case, sorted.
pub const CUES: &[&str] = &[
    "added", "adds", "announced", "argued", "asked", "claimed", "declared", "denied", "emphasised",
    "emphasized", "explained", "insisted", "noted", "posted", "replied", "said", "says", "stated", "stressed",
    "told", "tweeted", "warned", "wrote",
];

/// Whether `word` (any case) is a cue.
pub fn is_cue(word: &str) -> bool {
    crate::text::find_lower(CUES, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(CUES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn finds_inflected_cues_in_any_case() {
        assert!(is_cue("Emphasized"));
        assert!(is_cue("said"));
        assert!(!is_cue("sandwich"));
    }
}
