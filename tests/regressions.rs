//! Every input that once broke Boilerfold (found by fuzzing, `scripts/fuzz.sh`, or by hand),
//! kept in tests/regressions/ and run again:
//!
//! * `*.html`: saved pages. They parse, classify, and the verdict keeps its contract
//!   (`boilerfold::invariants::check`: no text lost or duplicated, folds hold only their label).
//! * `*.json`: wire hand-overs `{"parents": [...], "packed": "...", "expect": "ok" | "error"}`
//!   (plus notes: `bug`, `found_by`). `Page::from_wire` gives what `expect` says, never a
//!   panic; an accepted page classifies within the contract.

use std::path::{Path, PathBuf};

use boilerfold::html::parse_html;
use boilerfold::page::Page;
use boilerfold::{classify, invariants, Config};

fn files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/regressions")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "json"))
        .collect();
    files.sort();
    files
}

fn check(page: &Page, name: &str) -> boilerfold::Verdict {
    for fragment in [false, true] {
        let verdict = classify(page, &Config { fragment, ..Config::default() });
        let checked = if fragment {
            invariants::check_fragment(page, &verdict)
        } else {
            invariants::check(page, &verdict)
        };
        if let Err(e) = checked {
            panic!("{name} (fragment: {fragment}): {e}");
        }
    }
    classify(page, &Config::default())
}

#[test]
fn every_regression_input_keeps_the_contract() {
    let files = files();
    assert!(files.len() >= 5, "tests/regressions holds {} files", files.len());
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        let bytes = std::fs::read(path).expect("read");
        if name.ends_with(".html") {
            let parsed = parse_html(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            let verdict = check(&parsed.page, &name);
            assert!(!verdict.blocks.is_empty(), "{name}: no blocks");
        } else {
            let case: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
            let parents: Vec<i32> = case["parents"]
                .as_array()
                .expect("parents")
                .iter()
                .map(|p| p.as_i64().expect("a parent index") as i32)
                .collect();
            let packed = case["packed"].as_str().expect("packed");
            let result = Page::from_wire(&parents, packed);
            match (case["expect"].as_str(), result) {
                (Some("ok"), Ok(page)) => {
                    check(&page, &name);
                }
                (Some("error"), Err(e)) => assert!(!e.to_string().is_empty()),
                (expect, got) => panic!("{name}: expected {expect:?}, got {got:?}"),
            }
        }
    }
}

/// The page that showed a root element that is not a block (`<frameset>`) losing its text.
#[test]
fn frameset_text_is_kept() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/frameset-noframes.html");
    let parsed = parse_html(&std::fs::read(path).expect("read")).expect("parses");
    let verdict = classify(&parsed.page, &Config::default());
    let all: Vec<&str> = verdict.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(all.concat().ends_with("The last words of the page."), "{all:?}");
}
