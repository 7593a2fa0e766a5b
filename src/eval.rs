//! The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark), in Rust.
//!
//! Pure functions over strings, used by `boilerfold eval`:
//!
//! * a text's tokens are the runs of word characters (Python's `re` pattern `\w+`), case kept,
//!   everything else dropped;
//! * a text is a multiset of 4-token shingles; a text of 1–3 tokens is one shorter shingle, an
//!   empty text has none;
//! * per page, TP is the multiset intersection of true and predicted shingles, FP what only the
//!   prediction has, FN what only the truth has; precision is TP / (TP + FP) and recall
//!   TP / (TP + FN), with two conventions: FP = FN = 0 gives 1 for both, and TP = FP = 0 gives
//!   precision 0 (TP = FN = 0 gives recall 0);
//! * over a corpus, precision is the mean over the pages that have predicted shingles, recall
//!   the mean over the pages that have true shingles, and F1 the harmonic mean of those two
//!   means (not the mean of per-page F1s); accuracy is the share of pages whose token
//!   sequences are identical.
//!
//! The upstream scorer normalises TP, FP, FN by their sum before taking the ratios; the ratios
//! and the zero tests do not change under that scaling, so the raw counts are used here.
//!
//! # Word characters, and the gap to Python
//!
//! Python's `\w` on `str` is: a character whose general category is a letter (L*) or a number
//! (N*: `str.isalnum()`), or `_`. Rust's `char::is_alphanumeric` is the `Alphabetic` property
//! or a number, and `Alphabetic` also holds the `Other_Alphabetic` marks and symbols (Indic and
//! Thai vowel signs, Hebrew points, circled letters…), which Python's `\w` excludes and so
//! splits words at. [`NOT_PYTHON_WORD`] lists exactly those characters (1 442 of them, the
//! characters that are alphanumeric for Rust but of category M* or S* for Python 3.11's Unicode
//! 14 database), and [`is_word_char`] takes them out. The remaining gap is Unicode versions:
//! characters assigned after Unicode 14 count as word characters here (when Rust's newer tables
//! make them alphanumeric) but not in Python 3.11, which sees them as unassigned.

use std::collections::HashMap;

/// The shingle length.
pub const SHINGLE: usize = 4;

/// Ranges (inclusive) of characters that `char::is_alphanumeric` accepts but Python's `\w`
/// rejects (Other_Alphabetic characters of category Mn, Mc or So). Generated with Python 3.11
/// (`unicodedata` 14.0): every code point `c` where Rust's `is_alphanumeric` holds and
/// `unicodedata.category(chr(c))[0] in "MS"`, merged into ranges.
pub const NOT_PYTHON_WORD: &[(u32, u32)] = &[
    (0x345, 0x345),
    (0x363, 0x36F),
    (0x5B0, 0x5BD),
    (0x5BF, 0x5BF),
    (0x5C1, 0x5C2),
    (0x5C4, 0x5C5),
    (0x5C7, 0x5C7),
    (0x610, 0x61A),
    (0x64B, 0x657),
    (0x659, 0x65F),
    (0x670, 0x670),
    (0x6D6, 0x6DC),
    (0x6E1, 0x6E4),
    (0x6E7, 0x6E8),
    (0x6ED, 0x6ED),
    (0x711, 0x711),
    (0x730, 0x73F),
    (0x7A6, 0x7B0),
    (0x816, 0x817),
    (0x81B, 0x823),
    (0x825, 0x827),
    (0x829, 0x82C),
    (0x8D4, 0x8DF),
    (0x8E3, 0x8E9),
    (0x8F0, 0x903),
    (0x93A, 0x93B),
    (0x93E, 0x94C),
    (0x94E, 0x94F),
    (0x955, 0x957),
    (0x962, 0x963),
    (0x981, 0x983),
    (0x9BE, 0x9C4),
    (0x9C7, 0x9C8),
    (0x9CB, 0x9CC),
    (0x9D7, 0x9D7),
    (0x9E2, 0x9E3),
    (0xA01, 0xA03),
    (0xA3E, 0xA42),
    (0xA47, 0xA48),
    (0xA4B, 0xA4C),
    (0xA51, 0xA51),
    (0xA70, 0xA71),
    (0xA75, 0xA75),
    (0xA81, 0xA83),
    (0xABE, 0xAC5),
    (0xAC7, 0xAC9),
    (0xACB, 0xACC),
    (0xAE2, 0xAE3),
    (0xAFA, 0xAFC),
    (0xB01, 0xB03),
    (0xB3E, 0xB44),
    (0xB47, 0xB48),
    (0xB4B, 0xB4C),
    (0xB56, 0xB57),
    (0xB62, 0xB63),
    (0xB82, 0xB82),
    (0xBBE, 0xBC2),
    (0xBC6, 0xBC8),
    (0xBCA, 0xBCC),
    (0xBD7, 0xBD7),
    (0xC00, 0xC04),
    (0xC3E, 0xC44),
    (0xC46, 0xC48),
    (0xC4A, 0xC4C),
    (0xC55, 0xC56),
    (0xC62, 0xC63),
    (0xC81, 0xC83),
    (0xCBE, 0xCC4),
    (0xCC6, 0xCC8),
    (0xCCA, 0xCCC),
    (0xCD5, 0xCD6),
    (0xCE2, 0xCE3),
    (0xD00, 0xD03),
    (0xD3E, 0xD44),
    (0xD46, 0xD48),
    (0xD4A, 0xD4C),
    (0xD57, 0xD57),
    (0xD62, 0xD63),
    (0xD81, 0xD83),
    (0xDCF, 0xDD4),
    (0xDD6, 0xDD6),
    (0xDD8, 0xDDF),
    (0xDF2, 0xDF3),
    (0xE31, 0xE31),
    (0xE34, 0xE3A),
    (0xE4D, 0xE4D),
    (0xEB1, 0xEB1),
    (0xEB4, 0xEB9),
    (0xEBB, 0xEBC),
    (0xECD, 0xECD),
    (0xF71, 0xF83),
    (0xF8D, 0xF97),
    (0xF99, 0xFBC),
    (0x102B, 0x1036),
    (0x1038, 0x1038),
    (0x103B, 0x103E),
    (0x1056, 0x1059),
    (0x105E, 0x1060),
    (0x1062, 0x1064),
    (0x1067, 0x106D),
    (0x1071, 0x1074),
    (0x1082, 0x108D),
    (0x108F, 0x108F),
    (0x109A, 0x109D),
    (0x1712, 0x1713),
    (0x1732, 0x1733),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17B6, 0x17C8),
    (0x1885, 0x1886),
    (0x18A9, 0x18A9),
    (0x1920, 0x192B),
    (0x1930, 0x1938),
    (0x1A17, 0x1A1B),
    (0x1A55, 0x1A5E),
    (0x1A61, 0x1A74),
    (0x1ABF, 0x1AC0),
    (0x1ACC, 0x1ACE),
    (0x1B00, 0x1B04),
    (0x1B35, 0x1B43),
    (0x1B80, 0x1B82),
    (0x1BA1, 0x1BA9),
    (0x1BAC, 0x1BAD),
    (0x1BE7, 0x1BF1),
    (0x1C24, 0x1C36),
    (0x1DD3, 0x1DF4),
    (0x24B6, 0x24E9),
    (0x2DE0, 0x2DFF),
    (0xA674, 0xA67B),
    (0xA69E, 0xA69F),
    (0xA802, 0xA802),
    (0xA80B, 0xA80B),
    (0xA823, 0xA827),
    (0xA880, 0xA881),
    (0xA8B4, 0xA8C3),
    (0xA8C5, 0xA8C5),
    (0xA8FF, 0xA8FF),
    (0xA926, 0xA92A),
    (0xA947, 0xA952),
    (0xA980, 0xA983),
    (0xA9B4, 0xA9BF),
    (0xA9E5, 0xA9E5),
    (0xAA29, 0xAA36),
    (0xAA43, 0xAA43),
    (0xAA4C, 0xAA4D),
    (0xAA7B, 0xAA7D),
    (0xAAB0, 0xAAB0),
    (0xAAB2, 0xAAB4),
    (0xAAB7, 0xAAB8),
    (0xAABE, 0xAABE),
    (0xAAEB, 0xAAEF),
    (0xAAF5, 0xAAF5),
    (0xABE3, 0xABEA),
    (0xFB1E, 0xFB1E),
    (0x10376, 0x1037A),
    (0x10A01, 0x10A03),
    (0x10A05, 0x10A06),
    (0x10A0C, 0x10A0F),
    (0x10D24, 0x10D27),
    (0x10EAB, 0x10EAC),
    (0x11000, 0x11002),
    (0x11038, 0x11045),
    (0x11073, 0x11074),
    (0x11080, 0x11082),
    (0x110B0, 0x110B8),
    (0x110C2, 0x110C2),
    (0x11100, 0x11102),
    (0x11127, 0x11132),
    (0x11145, 0x11146),
    (0x11180, 0x11182),
    (0x111B3, 0x111BF),
    (0x111CE, 0x111CF),
    (0x1122C, 0x11234),
    (0x11237, 0x11237),
    (0x1123E, 0x1123E),
    (0x112DF, 0x112E8),
    (0x11300, 0x11303),
    (0x1133E, 0x11344),
    (0x11347, 0x11348),
    (0x1134B, 0x1134C),
    (0x11357, 0x11357),
    (0x11362, 0x11363),
    (0x11435, 0x11441),
    (0x11443, 0x11445),
    (0x114B0, 0x114C1),
    (0x115AF, 0x115B5),
    (0x115B8, 0x115BE),
    (0x115DC, 0x115DD),
    (0x11630, 0x1163E),
    (0x11640, 0x11640),
    (0x116AB, 0x116B5),
    (0x1171D, 0x1172A),
    (0x1182C, 0x11838),
    (0x11930, 0x11935),
    (0x11937, 0x11938),
    (0x1193B, 0x1193C),
    (0x11940, 0x11940),
    (0x11942, 0x11942),
    (0x119D1, 0x119D7),
    (0x119DA, 0x119DF),
    (0x119E4, 0x119E4),
    (0x11A01, 0x11A0A),
    (0x11A35, 0x11A39),
    (0x11A3B, 0x11A3E),
    (0x11A51, 0x11A5B),
    (0x11A8A, 0x11A97),
    (0x11C2F, 0x11C36),
    (0x11C38, 0x11C3E),
    (0x11C92, 0x11CA7),
    (0x11CA9, 0x11CB6),
    (0x11D31, 0x11D36),
    (0x11D3A, 0x11D3A),
    (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D41),
    (0x11D43, 0x11D43),
    (0x11D47, 0x11D47),
    (0x11D8A, 0x11D8E),
    (0x11D90, 0x11D91),
    (0x11D93, 0x11D96),
    (0x11EF3, 0x11EF6),
    (0x16F4F, 0x16F4F),
    (0x16F51, 0x16F87),
    (0x16F8F, 0x16F92),
    (0x16FF0, 0x16FF1),
    (0x1BC9E, 0x1BC9E),
    (0x1E000, 0x1E006),
    (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021),
    (0x1E023, 0x1E024),
    (0x1E026, 0x1E02A),
    (0x1E947, 0x1E947),
    (0x1F130, 0x1F149),
    (0x1F150, 0x1F169),
    (0x1F170, 0x1F189),
];

/// Is `c` a word character of Python's `re` (`\w` on `str`)? See the module docs for the gap.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if !c.is_alphanumeric() {
        return false;
    }
    let u = c as u32;
    // The ranges are sorted and disjoint: find the last one starting at or before `u`.
    let i = NOT_PYTHON_WORD.partition_point(|&(lo, _)| lo <= u);
    !(i > 0 && u <= NOT_PYTHON_WORD[i - 1].1)
}

/// The runs of word characters, in order (`re.findall(r"\w+", text)`).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The multiset of shingles of a token sequence.
pub fn shingles<'a, 'b>(toks: &'b [&'a str]) -> HashMap<&'b [&'a str], u32> {
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < SHINGLE {
        m.insert(toks, 1);
        return m;
    }
    for w in toks.windows(SHINGLE) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Shingle counts of one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Shingles in both (multiset intersection).
    pub tp: u64,
    /// Shingles only predicted.
    pub fp: u64,
    /// Shingles only in the truth.
    pub fn_: u64,
}

impl Counts {
    /// Per-page precision, with the benchmark's conventions.
    pub fn precision(&self) -> f64 {
        if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else if self.tp == 0 && self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    /// Per-page recall, with the benchmark's conventions.
    pub fn recall(&self) -> f64 {
        if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else if self.tp == 0 && self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }

    /// Per-page F1.
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

/// Harmonic mean (0 when both are 0).
pub fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Shingle counts of a prediction against the truth.
pub fn page_counts(truth: &str, pred: &str) -> Counts {
    let tt = tokens(truth);
    let pt = tokens(pred);
    counts_of(&tt, &pt)
}

fn counts_of(tt: &[&str], pt: &[&str]) -> Counts {
    let t = shingles(tt);
    let p = shingles(pt);
    let mut c = Counts::default();
    for (s, &n) in &p {
        let m = t.get(s).copied().unwrap_or(0);
        c.tp += u64::from(n.min(m));
        c.fp += u64::from(n.saturating_sub(m));
    }
    for (s, &n) in &t {
        let m = p.get(s).copied().unwrap_or(0);
        c.fn_ += u64::from(n.saturating_sub(m));
    }
    c
}

/// The score of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageScore {
    /// The page's id in the ground truth.
    pub id: String,
    /// Its shingle counts.
    pub counts: Counts,
    /// [`Counts::precision`].
    pub precision: f64,
    /// [`Counts::recall`].
    pub recall: f64,
    /// [`Counts::f1`].
    pub f1: f64,
    /// The token sequences are identical.
    pub exact: bool,
}

/// Score one page.
pub fn score_page(id: &str, truth: &str, pred: &str) -> PageScore {
    let tt = tokens(truth);
    let pt = tokens(pred);
    let counts = counts_of(&tt, &pt);
    PageScore {
        id: id.to_owned(),
        counts,
        precision: counts.precision(),
        recall: counts.recall(),
        f1: counts.f1(),
        exact: tt == pt,
    }
}

/// Corpus totals.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Summary {
    /// The harmonic mean of `precision` and `recall` (not the mean of per-page F1s).
    pub f1: f64,
    /// Mean precision over the pages whose prediction has shingles.
    pub precision: f64,
    /// Mean recall over the pages whose truth has shingles.
    pub recall: f64,
    /// Share of pages whose token sequences are identical.
    pub accuracy: f64,
    /// Pages scored.
    pub pages: usize,
    /// Pages whose prediction has no shingles.
    pub empty_predictions: usize,
}

fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        xs.iter().sum::<f64>() / xs.len() as f64
    }
}

/// Corpus precision, recall, F1 and accuracy from per-page scores.
pub fn aggregate(pages: &[PageScore]) -> Summary {
    let ps: Vec<f64> =
        pages.iter().filter(|p| p.counts.tp + p.counts.fp > 0).map(|p| p.precision).collect();
    let rs: Vec<f64> =
        pages.iter().filter(|p| p.counts.tp + p.counts.fn_ > 0).map(|p| p.recall).collect();
    let exact: Vec<f64> = pages.iter().map(|p| if p.exact { 1.0 } else { 0.0 }).collect();
    let (precision, recall) = (mean(&ps), mean(&rs));
    Summary {
        f1: harmonic(precision, recall),
        precision,
        recall,
        accuracy: mean(&exact),
        pages: pages.len(),
        empty_predictions: pages.iter().filter(|p| p.counts.tp + p.counts.fp == 0).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(
            tokens("Hello, world! it's snake_case 42"),
            ["Hello", "world", "it", "s", "snake_case", "42"]
        );
        assert_eq!(tokens("Привет, мир — 東京"), ["Привет", "мир", "東京"]);
        assert_eq!(tokens("  ...  "), Vec::<&str>::new());
        assert_eq!(tokens("x²"), ["x²"]); // superscript two is a number (No)
    }

    #[test]
    fn marks_split_words_as_in_python() {
        // U+093F DEVANAGARI VOWEL SIGN I is Mc: alphabetic for Rust, not \w for Python.
        assert!('\u{93f}'.is_alphanumeric());
        assert!(!is_word_char('\u{93f}'));
        assert_eq!(tokens("हिन्दी"), ["ह", "न", "द"]);
        // Combining acute accent (Mn, not Other_Alphabetic) is not a word character either way.
        assert_eq!(tokens("e\u{301}t\u{e9}"), ["e", "t\u{e9}"]);
        assert!(is_word_char('\u{905}')); // DEVANAGARI LETTER A (Lo)
                                          // Circled Latin capital A (So, Other_Alphabetic).
        assert!(!is_word_char('\u{24b6}'));
    }

    #[test]
    fn table_is_sorted_and_disjoint() {
        for w in NOT_PYTHON_WORD.windows(2) {
            assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0, "{w:?}");
        }
        let n: u32 = NOT_PYTHON_WORD.iter().map(|(a, b)| b - a + 1).sum();
        assert_eq!(n, 1442);
    }

    #[test]
    fn shingles_short_and_long() {
        let t = ["a", "b", "c"];
        let s = shingles(&t);
        assert_eq!(s.len(), 1);
        assert_eq!(s[&t[..]], 1);
        let t = ["a", "b", "a", "b", "a", "b", "a"];
        let s = shingles(&t);
        assert_eq!(s[&["a", "b", "a", "b"][..]], 2);
        assert_eq!(s[&["b", "a", "b", "a"][..]], 2);
        assert!(shingles(&[]).is_empty());
    }

    #[test]
    fn page_counts_are_multisets() {
        let c = page_counts("one two three four five", "two three four five six seven");
        // truth: [1234, 2345]; pred: [2345, 3456, 4567]
        assert_eq!(c, Counts { tp: 1, fp: 2, fn_: 1 });
        assert!(close(c.precision(), 1.0 / 3.0));
        assert!(close(c.recall(), 0.5));
        assert!(close(c.f1(), 0.4));
        // Repeats count: the truth has the shingle twice, the prediction once.
        let c = page_counts("a b c d a b c d", "a b c d");
        assert_eq!(c.tp, 1);
        assert_eq!(c.fn_, 4);
    }

    #[test]
    fn conventions() {
        // Both empty: a perfect page.
        let c = page_counts("", "");
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
        // Empty prediction: precision 0, recall 0.
        let c = page_counts("a b c d e", "");
        assert_eq!((c.precision(), c.recall()), (0.0, 0.0));
        // Prediction for an empty truth.
        let c = page_counts("", "a b");
        assert_eq!((c.precision(), c.recall()), (0.0, 0.0));
    }

    #[test]
    fn aggregate_means_over_the_right_pages() {
        let pages = vec![
            score_page("a", "one two three four five", "one two three four five"),
            score_page("b", "one two three four five", ""),
            score_page("c", "one two three four five", "two three four five six seven"),
        ];
        let s = aggregate(&pages);
        // Precision over a and c only (b predicted nothing); recall over all three.
        assert!(close(s.precision, (1.0 + 1.0 / 3.0) / 2.0));
        assert!(close(s.recall, (1.0 + 0.0 + 0.5) / 3.0));
        assert!(close(s.f1, harmonic(s.precision, s.recall)));
        assert!(close(s.accuracy, 1.0 / 3.0));
        assert_eq!((s.pages, s.empty_predictions), (3, 1));
        // Punctuation and spacing do not matter for exactness.
        assert!(score_page("d", "Hi, there!", "Hi there").exact);
        assert_eq!(aggregate(&[]), Summary::default());
    }
}
