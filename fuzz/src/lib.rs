//! Shared by the fuzz targets: the byte encoding of a wire hand-over, and the checks.
//!
//! A `wire` input is: a LEB128 count `k`, then `k` LEB128 parent codes, then the packed string
//! (its bytes, decoded lossily as UTF-8). A parent code `v` of node `i` means: `0` → `-1` (a
//! root); `1` → `i` (invalid: itself); `v ≥ 2` → `i - (v - 1)`, which is invalid when
//! negative below -1. So most inputs are structurally valid and the decoder's checks are still
//! reached.

use boilerfold::page::Page;
use boilerfold::{classify, invariants, Config};

fn read_varint(data: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *data.get(*pos)?;
        *pos += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    Some(value)
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Bytes → (parents, packed).
pub fn decode(data: &[u8]) -> (Vec<i32>, String) {
    let mut pos = 0;
    // At most one parent per input byte: the count cannot make us allocate more than that.
    let k = read_varint(data, &mut pos).unwrap_or(0).min(data.len() as u64) as usize;
    let mut parents = Vec::with_capacity(k);
    for i in 0..k {
        let Some(v) = read_varint(data, &mut pos) else { break };
        let parent = match v {
            0 => -1,
            1 => i as i64,
            v => i as i64 - (v as i64 - 1),
        };
        parents.push(parent.clamp(i32::MIN as i64, i32::MAX as i64) as i32);
    }
    let packed = String::from_utf8_lossy(&data[pos.min(data.len())..]).into_owned();
    (parents, packed)
}

/// (parents, packed) → bytes (the inverse of [`decode`] for valid parents).
pub fn encode(parents: &[i32], packed: &str) -> Vec<u8> {
    let mut out = Vec::new();
    write_varint(&mut out, parents.len() as u64);
    for (i, &p) in parents.iter().enumerate() {
        let v = if p < 0 { 0 } else { (i as i64 - p as i64 + 1) as u64 };
        write_varint(&mut out, v);
    }
    out.extend_from_slice(packed.as_bytes());
    out
}

/// Classify the page with both configurations and check everything; panics on a broken rule.
pub fn classify_and_check(page: &Page) {
    let config = Config::default();
    let verdict = classify(page, &config);
    if let Err(e) = invariants::check(page, &verdict) {
        panic!("invariant broken: {e}");
    }
    // The wire round trip gives the same page, hence the same verdict.
    let (parents, packed) = page.to_wire();
    let back = Page::from_wire(&parents, &packed).expect("to_wire output decodes");
    assert_eq!(&back, page, "wire round trip changed the page");
    // A fragment classification has no article region and labels only clutter with evidence.
    let fragment = Config { fragment: true, ..Config::default() };
    let v2 = classify(page, &fragment);
    if let Err(e) = invariants::check_fragment(page, &v2) {
        panic!("invariant broken (fragment): {e}");
    }
    assert!(
        v2.blocks.iter().all(|b| b.label != boilerfold::Label::Article),
        "a fragment has no article"
    );
}
