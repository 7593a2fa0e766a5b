//! The shipped decision numbers are what the documented search (tests/labelled/fit.rs) produces:
//! started from them, it changes nothing. `make fit` prints what it would change.

mod labelled;

use labelled::fit::{search, shipped, tuning_pages, GRID};

#[test]
fn the_shipped_table_is_the_searchs_fixed_point() {
    let pages = tuning_pages(labelled::cases());
    assert!(pages.len() >= 100, "the tuning half has {} pages", pages.len());
    let (best, log) = search(&pages, shipped());
    let changed: Vec<String> = GRID
        .iter()
        .filter(|k| (k.get)(&best) != (k.get)(&shipped()))
        .map(|k| format!("{}: {} → {}", k.name, (k.get)(&shipped()), (k.get)(&best)))
        .collect();
    assert!(
        changed.is_empty(),
        "the search moves the shipped table (run `make fit`):\n{}\n{}",
        changed.join("\n"),
        log.join("\n")
    );
}
