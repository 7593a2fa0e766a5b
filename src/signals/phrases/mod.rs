//! Phrases per label and per language, as named data.
//!
//! Text and phrases are compared as sequences of lower-case words (runs of letters and digits),
//! so punctuation, quotes and spacing never matter: "E-Mail-Adresse" is `e mail adresse`.
//! Each entry says where it may match:
//!
//! * [`Place::Heading`]: the whole block is short (a heading, a label, a button) and starts with
//!   the phrase — "Related posts", "Leave a Reply".
//! * [`Place::Lead`]: the block starts with the phrase and is mostly a link — the inline
//!   "Related article: <a>…</a>" paragraph inside an article.
//! * [`Place::Anywhere`]: anywhere in a block; each hit adds its weight to the block's evidence.
//! * [`Place::Noun`] and [`Place::Qualifier`]: the two parts of a heading family ([`cues`]): a
//!   short block holding one of each names the label ("Our latest stories").
//!
//! A word of a phrase that ends in `*` is a stem: it matches every word that starts with it
//! ("soutien*" matches "soutien", "soutenez" does not; "поддерж*" matches "поддержите",
//! "поддержать"). A stem has at least four letters before the `*`.
//!
//! Scripts written without spaces (Chinese, Japanese; Thai is left as it is) are compared
//! character by character: each Han, kana or hangul character is a word of its own, so "関連記事"
//! is the four words of the heading "関連記事一覧".
//!
//! The tables: [`europe`] (en, de, fr, es, it, pt, ru, uk, pl, nl, the languages the project
//! started with), [`families`] (their variants), [`world`] (the other European languages) and
//! [`asia`] (Asia and the Middle East), [`cues`] and [`cues_appeal`] (families); [`signup`], [`signup_world`] and [`signup_asia`] hold the
//! newsletter and share phrases. Every entry carries a comment (an English gloss).

use crate::verdict::Label;

/// Where a phrase may match (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Heading,
    Lead,
    Anywhere,
    Noun,
    Qualifier,
}

/// One phrase.
pub struct Phrase {
    pub text: &'static str,
    pub lang: &'static str,
    pub label: Label,
    pub place: Place,
    /// Evidence added by one hit (headings and leads decide on their own).
    pub weight: u8,
}

pub(crate) const fn p(
    text: &'static str,
    lang: &'static str,
    label: Label,
    place: Place,
    weight: u8,
) -> Phrase {
    Phrase { text, lang, label, place, weight }
}

mod asia;
mod cues;
mod cues_appeal;
mod europe;
mod families;
mod signup;
mod signup_asia;
mod signup_world;
pub mod sponsored;
mod world;

use std::sync::OnceLock;

/// Every phrase, the tables one after the other; [`Hit::phrase`] indexes this.
pub fn all() -> &'static [&'static Phrase] {
    static ALL: OnceLock<Vec<&'static Phrase>> = OnceLock::new();
    ALL.get_or_init(|| {
        let tables = [
            europe::PHRASES,
            families::PHRASES,
            world::PHRASES,
            asia::PHRASES,
            signup::PHRASES,
            signup_world::PHRASES,
            signup_asia::PHRASES,
            sponsored::PHRASES,
            cues::PHRASES,
            cues_appeal::PHRASES,
        ];
        tables.into_iter().flatten().collect()
    })
}

/// One phrase by its index in [`all`].
pub fn phrase(i: usize) -> &'static Phrase {
    all()[i]
}

/// Words that count comments after or before a number ("12 comments", "Kommentare (3)").
pub fn is_comment_count_word(w: &str) -> bool {
    europe::COMMENT_COUNT_WORDS.contains(&w) || world::COMMENT_COUNT_WORDS.contains(&w)
}

/// Is `c` written without spaces between words (Han, kana, hangul syllables)?
pub fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff // hiragana, katakana
        | 0x3400..=0x4dbf // Han extension A
        | 0x4e00..=0x9fff // Han
        | 0xac00..=0xd7af // hangul syllables
        | 0xf900..=0xfaff) // Han compatibility
}

/// Split text into lower-case words (runs of letters and digits).
pub fn words(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut w = Vec::new();
    split_words(&lower, &mut w);
    w.into_iter().map(str::to_string).collect()
}

/// Split lower-cased text into words (runs of letters and digits; each character of a script
/// written without spaces is a word) without copying them.
pub fn split_words<'a>(lower: &'a str, out: &mut Vec<&'a str>) {
    let mut start = None;
    for (i, c) in lower.char_indices() {
        if !c.is_alphanumeric() {
            if let Some(s) = start.take() {
                out.push(&lower[s..i]);
            }
        } else if unspaced(c) {
            if let Some(s) = start.take() {
                out.push(&lower[s..i]);
            }
            out.push(&lower[i..i + c.len_utf8()]);
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(&lower[s..]);
    }
}

/// One word of a compiled phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    Exact(String),
    /// A stem: the word starts with it.
    Stem(String),
}

impl Word {
    fn matches(&self, w: &str) -> bool {
        match self {
            Word::Exact(x) => x == w,
            Word::Stem(x) => w.starts_with(x.as_str()),
        }
    }
}

/// The words of a phrase as written in a table: lower-case, `*` kept on stems.
fn compile(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for part in text.split_whitespace() {
        let (body, stem) = match part.strip_suffix('*') {
            Some(b) => (b, true),
            None => (part, false),
        };
        let ws = words(body);
        let last = ws.len().saturating_sub(1);
        for (k, w) in ws.into_iter().enumerate() {
            out.push(if stem && k == last { Word::Stem(w) } else { Word::Exact(w) });
        }
    }
    out
}

/// Letters of a stem's key: stems are found by the first [`STEM_KEY`] characters of a word.
const STEM_KEY: usize = 4;

fn key(w: &str) -> Option<&str> {
    let end = w.char_indices().nth(STEM_KEY).map_or(w.len(), |(i, _)| i);
    (w[..end].chars().count() == STEM_KEY).then(|| &w[..end])
}

/// A phrase table compiled for matching: phrases indexed by their first word (or, for a phrase
/// that starts with a stem, by the stem's first letters).
pub struct PhraseIndex {
    by_first: super::FnvMap<String, Vec<(Vec<Word>, usize)>>,
    by_stem: super::FnvMap<String, Vec<(Vec<Word>, usize)>>,
    /// Words of each phrase once compiled, by its index in [`all`].
    lens: Vec<usize>,
}

/// One hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`all`].
    pub phrase: usize,
    /// Word position where it starts.
    pub at: usize,
}

impl PhraseIndex {
    pub fn new() -> PhraseIndex {
        let mut index = PhraseIndex {
            by_first: Default::default(),
            by_stem: Default::default(),
            lens: Vec::with_capacity(all().len()),
        };
        for (i, ph) in all().iter().enumerate() {
            let w = compile(ph.text);
            index.lens.push(w.len());
            match w.first() {
                Some(Word::Exact(first)) => {
                    index.by_first.entry(first.clone()).or_default().push((w, i))
                }
                Some(Word::Stem(stem)) => match key(stem) {
                    Some(k) => index.by_stem.entry(k.to_string()).or_default().push((w, i)),
                    None => debug_assert!(false, "stem {stem:?} is shorter than {STEM_KEY}"),
                },
                None => {}
            }
        }
        index
    }

    /// All phrase hits in a word sequence.
    pub fn find(&self, words: &[&str], out: &mut Vec<Hit>) {
        let stems = !self.by_stem.is_empty();
        for at in 0..words.len() {
            let exact = self.by_first.get(words[at]);
            let stem = if stems { key(words[at]).and_then(|k| self.by_stem.get(k)) } else { None };
            for (seq, phrase) in exact.into_iter().chain(stem).flatten() {
                if words.len() - at >= seq.len()
                    && seq.iter().zip(&words[at..]).all(|(a, b)| a.matches(b))
                {
                    out.push(Hit { phrase: *phrase, at });
                }
            }
        }
    }

    /// How many words phrase `i` has once compiled.
    pub fn len(&self, i: usize) -> usize {
        self.lens[i]
    }
}

impl Default for PhraseIndex {
    fn default() -> Self {
        PhraseIndex::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_words_and_unique_per_place() {
        let mut seen = std::collections::HashSet::new();
        for ph in all() {
            let w = compile(ph.text);
            assert!(!w.is_empty(), "phrase {:?} has no words", ph.text);
            for (k, word) in w.iter().enumerate() {
                if let Word::Stem(x) = word {
                    assert!(key(x).is_some(), "stem {x:?} of {:?} is too short", ph.text);
                    assert!(k > 0 || ph.place != Place::Heading || x.chars().count() >= 4);
                }
            }
            assert_eq!(ph.text, ph.text.to_lowercase(), "phrase {:?} is not lower-case", ph.text);
            assert!(seen.insert((ph.text, ph.place as u8, ph.label)), "duplicate {:?}", ph.text);
            assert!(ph.weight >= 1);
        }
    }

    #[test]
    fn covers_ten_languages_for_each_label() {
        for lang in ["en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl"] {
            for label in [Label::Donation, Label::Related, Label::Comment] {
                assert!(
                    all().iter().any(|p| p.lang == lang && p.label == label),
                    "no {label:?} phrase for {lang}"
                );
            }
        }
    }

    #[test]
    fn finds_german_form_note() {
        let idx = PhraseIndex::new();
        let lower = "deine e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert";
        let mut w = Vec::new();
        split_words(lower, &mut w);
        let mut hits = Vec::new();
        idx.find(&w, &mut hits);
        let texts: Vec<_> = hits.iter().map(|h| phrase(h.phrase).text).collect();
        assert!(texts.contains(&"deine e mail adresse wird nicht veröffentlicht"));
        assert!(texts.contains(&"erforderliche felder sind mit"));
    }
}
