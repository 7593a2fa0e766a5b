//! The labelled pages (tests/labelled/mod.rs loads and scores them; rules in docs/LABELS.md).
//!
//! What must hold (the test fails otherwise):
//! * no "must stay" sentence is inside a fold, on any page (keep-lost 0);
//! * every fold of 300 or more characters holds a labelled widget of its label, or is justified
//!   in the page's notes ("long fold: <its first words>");
//! * the seed fixtures are labelled exactly: every snippet folded with its label, every fold
//!   holds an annotated snippet, nothing in `other_must_not_fold` is folded;
//! * every reason code of src/reason.rs fires on some page (a rule no page exercises is dead or
//!   untested);
//! * the folds of every page equal tests/golden/folds.tsv (label, size, reason codes, first
//!   words), so that a change to the decision shows as a diff to review; `make bless` rewrites it;
//! * per label, recall and precision on the tuning and the held-out half do not fall below the
//!   floors in tests/baseline.json (which must exist; `make bless` rewrites it and refuses to
//!   lower a floor unless ALLOW_REGRESSION=1).
//!
//! `make eval` prints the same measurements as a table.

mod labelled;

use std::collections::BTreeMap;
use std::fs;

use boilerfold::{classify, Config};
use labelled::{Split, Tally};
use serde_json::Value;

#[test]
fn labelled_pages() {
    let cases = labelled::cases();
    assert!(cases.len() >= 250, "expected at least 250 labelled pages, found {}", cases.len());
    let mut tallies: BTreeMap<(Split, &str), Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let config = Config::default();
    let mut fired: BTreeMap<String, usize> = BTreeMap::new();
    let mut golden = String::new();
    for case in &cases {
        let parsed = boilerfold::html::parse_html(&labelled::read_page(&case.html))
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let verdict = classify(&parsed.page, &config);
        // The wasm build writes JSON with boilerfold::json; it must equal serde_json's.
        assert_eq!(
            boilerfold::json::verdict(&verdict),
            serde_json::to_string(&verdict).unwrap(),
            "{}: verdict JSON differs",
            case.name
        );
        // The extension asks for the folds alone; they must be the same folds, reasons and all.
        let lean = classify(
            &parsed.page,
            &Config { include_text: false, blocks: false, ..Config::default() },
        );
        assert!(lean.blocks.is_empty() && lean.article_text.is_empty(), "{}", case.name);
        let strip = |f: &boilerfold::Fold| (f.node, f.label, f.chars, f.reasons.clone());
        assert_eq!(
            lean.folds.iter().map(strip).collect::<Vec<_>>(),
            verdict.folds.iter().map(strip).collect::<Vec<_>>(),
            "{}: the extension's lean verdict folds differently",
            case.name
        );
        for r in verdict.blocks.iter().flat_map(|b| &b.reasons) {
            *fired.entry(r.code.clone()).or_default() += 1;
        }
        golden.push_str(&golden_lines(&case.name, &verdict));
        let s = labelled::score(case, &verdict);
        for (label, t) in &s.tallies {
            tallies.entry((case.split, label)).or_default().add(t);
        }
        for (label, sentence) in &s.kept_lost {
            failures
                .push(format!("{}: must-stay sentence folded as {label}: '{sentence}'", case.name));
        }
        for (label, chars, key) in &s.long_unjustified {
            failures.push(format!(
                "{}: a {chars}-character {label} fold holds no labelled widget of its label and \
                 no note justifies it; notes need: '{key}'",
                case.name
            ));
        }
        if case.exact {
            for (label, snippet, got) in &s.misses {
                failures.push(format!(
                    "{}: {label} snippet not folded: '{snippet}' ({got})",
                    case.name
                ));
            }
            for (label, start) in &s.unconfirmed {
                failures.push(format!("{}: unexpected {label} fold '{start}'", case.name));
            }
            for b in &s.wrongly_folded {
                failures.push(format!("{}: '{b}' must not be folded", case.name));
            }
        }
    }
    println!("\n{} labelled pages", cases.len());
    println!(
        "{:<10} {:<10} {:>9} {:>7} {:>7} {:>7} {:>9}",
        "set", "label", "snippets", "folded", "recall", "folds", "precision"
    );
    let mut measured: BTreeMap<String, f64> = BTreeMap::new();
    for ((split, label), t) in &tallies {
        println!(
            "{:<10} {label:<10} {:>9} {:>7} {:>7.3} {:>7} {:>9.3}",
            split.name(),
            t.snippets,
            t.folded,
            t.recall(),
            t.folds,
            t.precision()
        );
        if matches!(split, Split::Tune | Split::Held)
            && boilerfold::Label::parse(label).is_some_and(|l| l.is_clutter())
        {
            measured.insert(format!("{}.{label}.recall", split.name()), t.recall());
            measured.insert(format!("{}.{label}.precision", split.name()), t.precision());
        }
    }
    println!("\nreason codes on block verdicts over the labelled pages:");
    for (code, _, _) in boilerfold::reason::CODES {
        let n = fired.get(*code).copied().unwrap_or(0);
        println!("  {code:<20} {n:>7}");
        if n == 0 {
            failures.push(format!("reason code '{code}' fires on no labelled page"));
        }
    }
    failures.extend(compare_golden(&golden));
    failures.extend(ratchet(&measured));
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// One line per fold: page, label, characters, its reason codes, its first words.
fn golden_lines(page: &str, v: &boilerfold::Verdict) -> String {
    let mut out = String::new();
    for f in &v.folds {
        let codes: Vec<&str> = f.reasons.iter().map(|r| r.code.as_str()).collect();
        let text: Vec<&str> = f
            .block_ids
            .iter()
            .filter_map(|&b| v.blocks.get(b as usize))
            .map(|b| b.text.as_str())
            .collect();
        let start: String = text.join(" | ").chars().take(50).collect();
        let start = start.replace(['\t', '\n'], " ");
        out.push_str(&format!(
            "{page}\t{}\t{}\t{}\t{start}\n",
            f.label.as_str(),
            f.chars,
            codes.join(",")
        ));
    }
    out
}

/// Compare the folds with tests/golden/folds.tsv; BLESS=1 rewrites it. A difference lists the
/// first lines that differ on each side.
fn compare_golden(got: &str) -> Vec<String> {
    let path = labelled::root().join("tests/golden/folds.tsv");
    if std::env::var_os("BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, got).unwrap();
        return Vec::new();
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    if want == got {
        return Vec::new();
    }
    let want_lines: std::collections::BTreeSet<&str> = want.lines().collect();
    let got_lines: std::collections::BTreeSet<&str> = got.lines().collect();
    let gone: Vec<String> =
        want_lines.difference(&got_lines).take(20).map(|l| format!("  - {l}")).collect();
    let new: Vec<String> =
        got_lines.difference(&want_lines).take(20).map(|l| format!("  + {l}")).collect();
    vec![format!(
        "the folds differ from tests/golden/folds.tsv ({} lines gone, {} new; review, then \
         make bless):\n{}\n{}",
        want_lines.difference(&got_lines).count(),
        got_lines.difference(&want_lines).count(),
        gone.join("\n"),
        new.join("\n")
    )]
}

/// Compare measurements with the floors of tests/baseline.json (a missing file or floor fails).
/// With BLESS=1 the floors are rewritten from this run, refusing to lower one unless
/// ALLOW_REGRESSION=1.
fn ratchet(measured: &BTreeMap<String, f64>) -> Vec<String> {
    let path = labelled::root().join("tests/baseline.json");
    let text = fs::read_to_string(&path).expect("tests/baseline.json must exist (make bless)");
    let mut base: Value = serde_json::from_str(&text).expect("baseline is JSON");
    let mut failures = Vec::new();
    let bless = std::env::var_os("BLESS").is_some();
    let allow = std::env::var_os("ALLOW_REGRESSION").is_some();
    for (key, &value) in measured {
        let floor = base.get(key).and_then(Value::as_f64);
        let new = (value * 1000.0).floor() / 1000.0;
        match floor {
            Some(f) if value + 1e-9 < f => {
                if bless && allow {
                    base[key] = serde_json::json!(new);
                } else {
                    failures.push(format!("{key}: {value:.3} fell below the floor {f}"));
                }
            }
            Some(_) if bless => base[key] = serde_json::json!(new),
            Some(_) => {}
            None if bless => base[key] = serde_json::json!(new),
            None => failures.push(format!("{key}: no floor in tests/baseline.json (make bless)")),
        }
    }
    if bless && failures.is_empty() {
        fs::write(&path, serde_json::to_string_pretty(&base).unwrap() + "\n").unwrap();
    }
    failures
}

/// Article extraction on the in-repo aeb pages, with the benchmark's metric: F1 must not fall
/// below the floor in tests/baseline.json (`article_f1`).
#[test]
fn article_extraction_f1() {
    let dir = labelled::root().join("tests/corpus/aeb");
    let truth: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("ground-truth.json")).unwrap()).unwrap();
    let mut scores = Vec::new();
    for (id, t) in truth.as_object().unwrap() {
        let path = dir.join(format!("{id}.html.gz"));
        let parsed = boilerfold::html::parse_html(&labelled::read_page(&path)).unwrap();
        let verdict = classify(&parsed.page, &Config::default());
        let body = t["articleBody"].as_str().unwrap_or("");
        scores.push(boilerfold::eval::score_page(id, body, &verdict.article_text));
    }
    assert_eq!(scores.len(), 55, "the aeb set has 55 pages");
    let s = boilerfold::eval::aggregate(&scores);
    println!(
        "\narticle extraction on {} pages: F1 {:.4} precision {:.4} recall {:.4}",
        s.pages, s.f1, s.precision, s.recall
    );
    let mut m = BTreeMap::new();
    m.insert("article_f1".to_string(), s.f1);
    let failures = ratchet(&m);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The site split keeps every site on one side, and both sides are of a useful size.
#[test]
fn split_by_site() {
    let cases = labelled::cases();
    let mut side: BTreeMap<&str, Split> = BTreeMap::new();
    for c in cases.iter().filter(|c| matches!(c.split, Split::Tune | Split::Held)) {
        let prev = side.insert(&c.site, c.split);
        assert!(prev.is_none_or(|p| p == c.split), "site {} on both sides", c.site);
    }
    let tune = cases.iter().filter(|c| c.split == Split::Tune).count();
    let held = cases.iter().filter(|c| c.split == Split::Held).count();
    assert!(tune >= 100 && held >= 100, "tuning {tune}, held-out {held}");
    assert_eq!(labelled::site_of("https://www.bbc.co.uk/news/x", ""), "bbc");
    assert_eq!(labelled::site_of("", "www.newyorker.com--magazine"), "newyorker");
    assert_eq!(labelled::site_of("", "nytimes-1"), "nytimes");
    assert_eq!(labelled::site_of("", "adac.de.kindersitze"), "adac");
}
