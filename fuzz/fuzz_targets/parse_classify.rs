//! Arbitrary bytes → the native adapter → the classifier; the verdict must keep its contract.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match boilerfold::html::parse_html(data) {
        Ok(parsed) => boilerfold_fuzz::classify_and_check(&parsed.page),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
