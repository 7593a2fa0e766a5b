//! Arbitrary bytes → a wire hand-over (see the crate docs) → `Page::from_wire`: Ok or Err,
//! never a panic; an accepted page classifies within the verdict's contract.
#![no_main]

use boilerfold::page::Page;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (parents, packed) = boilerfold_fuzz::decode(data);
    match Page::from_wire(&parents, &packed) {
        Ok(page) => {
            assert_eq!(page.nodes.len(), parents.len());
            boilerfold_fuzz::classify_and_check(&page);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
