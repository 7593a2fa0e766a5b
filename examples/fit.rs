//! `make fit`: the documented search over the decision's numbers on the tuning half
//! (tests/labelled/fit.rs). Prints each kept change and the table it ends on; copy the values
//! into src/classify/params.rs and review the eval and golden diffs. `tests/fit.rs` fails while
//! the shipped table is not the search's fixed point.

#[path = "../tests/labelled/mod.rs"]
mod labelled;

use labelled::fit::{objective, search, shipped, tuning_pages, GRID};

fn main() {
    let pages = tuning_pages(labelled::cases());
    let start = shipped();
    println!(
        "{} tuning pages; objective of the shipped table: {:?}",
        pages.len(),
        objective(&pages, &start)
    );
    let (best, log) = search(&pages, start);
    for line in &log {
        println!("{line}");
    }
    println!("\nthe table the search ends on:");
    for k in GRID {
        let (a, b) = ((k.get)(&start), (k.get)(&best));
        let mark = if a == b { "" } else { "   (changed)" };
        println!("    {}: {b},{mark}", k.name);
    }
}
