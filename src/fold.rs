//! Fold roots: the outermost elements whose visible text is all of one clutter label.
//!
//! Each element gets the set of labels of the blocks inside it (one bit per label, summed up the
//! tree in one reverse pass). A fold root is an element whose set is exactly one clutter label
//! while its parent's set is larger, so a fold never holds article text or any other label.

use crate::page::Page;
use crate::segment::{Block, Tree};
use crate::verdict::Label;

/// A fold root before its reasons are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFold {
    pub node: u32,
    pub label: Label,
    pub block_ids: Vec<u32>,
}

fn bit(label: Label) -> u8 {
    1 << (label as u8)
}

/// Compute the fold roots in document order.
pub fn roots(page: &Page, tree: &Tree, blocks: &[Block], labels: &[Label]) -> Vec<RawFold> {
    let n = page.nodes.len();
    let mut mask = vec![0u8; n];
    for (b, label) in blocks.iter().zip(labels) {
        mask[b.owner as usize] |= bit(*label);
    }
    for i in (1..n).rev() {
        let p = page.nodes[i].parent;
        if p >= 0 {
            mask[p as usize] |= mask[i];
        }
    }
    let mut folds: Vec<RawFold> = Vec::new();
    let mut i = 1; // never the root
    while i < n {
        let m = mask[i];
        let label = Label::ALL.into_iter().find(|l| l.is_clutter() && bit(*l) == m);
        let parent_same = page.nodes[i].parent >= 0 && mask[page.nodes[i].parent as usize] == m;
        if let (Some(label), false) = (label, parent_same) {
            if !page.nodes[i].is_text() && page.nodes[i].parent >= 0 {
                let range = crate::segment::blocks_in(blocks, tree, i);
                let block_ids = range
                    .filter(|&k| tree.contains(i, blocks[k].owner as usize))
                    .map(|k| k as u32)
                    .collect();
                folds.push(RawFold { node: i as u32, label, block_ids });
                i = tree.end[i] as usize + 1;
                continue;
            }
        }
        i += 1;
    }
    folds
}
