//! Phrases of the languages beyond the first ten (see [`super::europe`]). Every entry carries a
//! comment with an English gloss.

use super::Phrase;

/// The table.
pub(super) const PHRASES: &[Phrase] = &[];

/// Words that count comments after or before a number, in these languages.
pub(super) const COMMENT_COUNT_WORDS: &[&str] = &[];
