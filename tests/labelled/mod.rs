//! The labelled pages and how they are scored, shared by the corpus test (`tests/corpus.rs`) and
//! `make eval` (`examples/eval.rs`).
//!
//! Pages: tests/annotations/{aeb,readability,postlight,trafilatura}.json over the saved pages in
//! tests/corpus/, the frozen challenge set (tests/challenge/), and the seed fixtures. The rules
//! of the labels are docs/LABELS.md; the file format is tests/annotations/README.md.
//!
//! The corpus is split by site into a tuning half and a held-out half ([`Split`]): a site's
//! pages all fall on one side, decided by a hash of its name, so no rule tuned on one half has
//! seen a page of a site on the other.
#![allow(dead_code)]

pub mod fit;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use boilerfold::{Label, Verdict};
use serde_json::Value;

/// Every label a page may list snippets of: the registry's clutter labels.
pub static LABELS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| boilerfold::Label::SLOTS.iter().map(|l| l.as_str()).collect());

/// A fold of at least this many characters must hold a snippet of its label, or be justified
/// in the page's notes ("long fold: <its first words>").
pub const LONG_FOLD: u32 = 300;

/// Which half of the corpus a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Split {
    Tune,
    Held,
    Challenge,
    Seed,
}

impl Split {
    pub fn name(self) -> &'static str {
        match self {
            Split::Tune => "tuning",
            Split::Held => "held-out",
            Split::Challenge => "challenge",
            Split::Seed => "seed",
        }
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn read_page(path: &Path) -> Vec<u8> {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out).expect("gunzip");
        out
    } else {
        bytes
    }
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(collapse)).collect())
        .unwrap_or_default()
}

/// One labelled page.
pub struct Case {
    pub name: String,
    pub html: PathBuf,
    pub site: String,
    pub lang: String,
    pub split: Split,
    /// (label name, snippet)
    pub snippets: Vec<(&'static str, String)>,
    pub must_stay: Vec<String>,
    pub must_not_fold: Vec<String>,
    pub notes: String,
    /// Seed fixtures are labelled exactly: every fold is a snippet's.
    pub exact: bool,
}

/// Public suffix parts dropped to name a site ("www.bbc.co.uk" is "bbc").
const SUFFIXES: &[&str] = &[
    "www", "com", "org", "net", "co", "uk", "de", "fr", "jp", "ne", "or", "ac", "gov", "edu", "io",
    "ca", "au", "at", "ch", "es", "it", "ru", "info", "in", "br", "mx", "nl", "pl", "cz", "be",
    "eu", "us", "tv", "me", "go", "blog", "news", "ar", "ua", "se", "dk", "no", "fi",
];

/// The site a page comes from: the name of its host without public suffixes, from the page's
/// address, else from its file name ("www.newyorker.com--magazine", "nytimes-1").
pub fn site_of(url: &str, name: &str) -> String {
    let host = url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', '?', '#', ':']).next())
        .filter(|h| !h.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| {
            let base = name.split("--").next().unwrap_or(name);
            // Readability's names: "nytimes-1" is the site nytimes.
            base.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches('-').to_string()
        })
        .to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    // The last label that is not a suffix, looking from the right: "money.cnn.com" is "cnn";
    // trafilatura's "adac.de.kindersitze" file names keep the page's slug after the host, so
    // a file-name host is read from the left.
    let from_left = url.is_empty() && labels.len() > 2 && SUFFIXES.contains(&labels[1]);
    if from_left {
        return labels[0].to_string();
    }
    labels.iter().rev().find(|l| !SUFFIXES.contains(l)).map_or(host.clone(), |l| l.to_string())
}

/// Tuning or held-out, by a hash of the site's name (FNV-1a, even = tuning).
pub fn split_of(site: &str) -> Split {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in site.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h % 2 == 0 {
        Split::Tune
    } else {
        Split::Held
    }
}

fn case(name: String, html: PathBuf, v: &Value, split: Option<Split>, exact: bool) -> Case {
    let mut snippets = Vec::new();
    for &label in LABELS.iter() {
        for s in strings(v, label) {
            snippets.push((label, s));
        }
    }
    let url = v.get("url").and_then(Value::as_str).unwrap_or("");
    let file = html.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
    let stem = file.trim_end_matches(".gz").trim_end_matches(".html");
    let site = site_of(url, stem);
    Case {
        split: split.unwrap_or_else(|| split_of(&site)),
        site,
        lang: v.get("lang").and_then(Value::as_str).unwrap_or("?").to_string(),
        name,
        html,
        snippets,
        must_stay: strings(v, "must_stay"),
        must_not_fold: strings(v, "other_must_not_fold"),
        notes: v.get("notes").and_then(Value::as_str).unwrap_or("").to_string(),
        exact,
    }
}

/// Every labelled page.
pub fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let ann = root().join("tests/annotations");
    for (file, dir) in [
        ("aeb.json", "tests/corpus/aeb"),
        ("readability.json", "tests/corpus/readability"),
        ("postlight.json", "tests/corpus/postlight"),
        ("trafilatura.json", "tests/corpus/trafilatura"),
    ] {
        let text = fs::read_to_string(ann.join(file))
            .unwrap_or_else(|e| panic!("tests/annotations/{file}: {e}"));
        let json: Value = serde_json::from_str(&text).expect("annotations are JSON");
        for (id, v) in json.as_object().expect("object") {
            let html = root().join(dir).join(format!("{id}.html.gz"));
            out.push(case(format!("{file}:{id}"), html, v, None, false));
        }
    }
    let challenge = root().join("tests/challenge");
    if let Ok(text) = fs::read_to_string(challenge.join("labels.json")) {
        let json: Value = serde_json::from_str(&text).expect("challenge labels are JSON");
        for (id, v) in json.as_object().expect("object") {
            let html = challenge.join("pages").join(format!("{id}.html"));
            out.push(case(format!("challenge:{id}"), html, v, Some(Split::Challenge), false));
        }
    }
    // The seed fixtures and the labelled e2e fixtures are labelled exactly.
    for dir in ["tests/fixtures/seed", "tests/fixtures/e2e"] {
        let seeds = root().join(dir);
        let mut labels: Vec<_> = fs::read_dir(&seeds)
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".labels.json"))
            .collect();
        labels.sort();
        for path in labels {
            let v: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let stem = path.file_name().unwrap().to_string_lossy().replace(".labels.json", "");
            let html = seeds.join(format!("{stem}.html"));
            out.push(case(format!("seed:{stem}"), html, &v, Some(Split::Seed), true));
        }
    }
    out
}

/// Counts for one label.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub snippets: u32,
    pub folded: u32,
    pub folds: u32,
    pub confirmed: u32,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.snippets += o.snippets;
        self.folded += o.folded;
        self.folds += o.folds;
        self.confirmed += o.confirmed;
    }
    pub fn recall(&self) -> f64 {
        f64::from(self.folded) / f64::from(self.snippets.max(1))
    }
    pub fn precision(&self) -> f64 {
        f64::from(self.confirmed) / f64::from(self.folds.max(1))
    }
}

/// What one page scored.
#[derive(Default)]
pub struct Scored {
    pub tallies: BTreeMap<&'static str, Tally>,
    /// Must-stay sentences inside a fold: (label of the fold, sentence).
    pub kept_lost: Vec<(String, String)>,
    pub must_stay_checked: u32,
    pub must_stay_missing: u32,
    /// Snippets not folded with their label: (label, snippet, what the block got).
    pub misses: Vec<(String, String, String)>,
    /// Folds holding no snippet of their label: (label, first words).
    pub unconfirmed: Vec<(String, String)>,
    /// Long folds holding no snippet of their label and not justified in the notes.
    pub long_unjustified: Vec<(String, u32, String)>,
    /// Blocks in `other_must_not_fold` that were folded.
    pub wrongly_folded: Vec<String>,
}

/// What a page's notes say to justify a long fold: "long fold: " and the fold's first 30
/// characters (its blocks separated by " | ").
pub fn long_fold_key(text: &str) -> String {
    let start: String = text.replace(" \u{2029} ", " | ").chars().take(30).collect();
    format!("long fold: {}", start.trim())
}

fn fold_texts(v: &Verdict) -> Vec<(Label, u32, String)> {
    v.folds
        .iter()
        .map(|f| {
            let text: Vec<&str> =
                f.block_ids.iter().map(|&b| v.blocks[b as usize].text.as_str()).collect();
            (f.label, f.chars, text.join(" \u{2029} "))
        })
        .collect()
}

/// Score a verdict against a page's labels.
pub fn score(case: &Case, verdict: &Verdict) -> Scored {
    let folds = fold_texts(verdict);
    let mut out = Scored::default();
    for (label, s) in &case.snippets {
        let t = out.tallies.entry(label).or_default();
        t.snippets += 1;
        if folds.iter().any(|(l, _, text)| l.as_str() == *label && text.contains(s.as_str())) {
            t.folded += 1;
        } else {
            let got = verdict
                .blocks
                .iter()
                .find(|b| b.text.contains(s.as_str()))
                .map_or("not found".to_string(), |b| b.label.as_str().to_string());
            out.misses.push((label.to_string(), s.clone(), got));
        }
    }
    for (label, chars, text) in &folds {
        let name = LABELS.iter().find(|l| **l == label.as_str()).copied().unwrap_or("other");
        let t = out.tallies.entry(name).or_default();
        t.folds += 1;
        let confirmed =
            case.snippets.iter().any(|(l, s)| *l == label.as_str() && text.contains(s.as_str()));
        if confirmed {
            t.confirmed += 1;
            continue;
        }
        let short: String = text.chars().take(60).collect();
        out.unconfirmed.push((name.to_string(), short.clone()));
        if *chars >= LONG_FOLD {
            let key = long_fold_key(text);
            if !case.notes.contains(&key) {
                out.long_unjustified.push((name.to_string(), *chars, key));
            }
        }
    }
    // The fold holding each block, if any.
    let mut fold_of: Vec<Option<Label>> = vec![None; verdict.blocks.len()];
    for f in &verdict.folds {
        for &b in &f.block_ids {
            fold_of[b as usize] = Some(f.label);
        }
    }
    for s in &case.must_stay {
        let key: String = s.chars().take(120).collect();
        let holders: Vec<usize> = (0..verdict.blocks.len())
            .filter(|&b| verdict.blocks[b].text.contains(key.as_str()))
            .collect();
        if holders.is_empty() {
            out.must_stay_missing += 1;
            continue;
        }
        out.must_stay_checked += 1;
        // Lost when no copy of it stays visible (a reader's comment may quote the article).
        if let Some(label) = holders.iter().map(|&b| fold_of[b]).collect::<Option<Vec<_>>>() {
            out.kept_lost.push((label[0].as_str().to_string(), key));
        }
    }
    for s in &case.must_not_fold {
        if folds.iter().any(|(_, _, text)| text.split(" \u{2029} ").any(|b| b == s)) {
            out.wrongly_folded.push(s.clone());
        }
    }
    out
}
