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

/// Compute the fold roots in document order. The root of the page is never a fold, except for
/// a fragment (late content) whose every block is clutter of one label: then the added element
/// itself folds (`root_may_fold`).
pub fn roots(
    page: &Page,
    tree: &Tree,
    blocks: &[Block],
    labels: &[Label],
    root_may_fold: bool,
) -> Vec<RawFold> {
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
    let mut i = if root_may_fold { 0 } else { 1 };
    while i < n {
        let m = mask[i];
        let label = Label::ALL.into_iter().find(|l| l.is_clutter() && bit(*l) == m);
        // The parent would take this fold over, unless the parent is a root that may not fold.
        let parent = page.nodes[i].parent;
        let parent_same = parent >= 0
            && (page.nodes[parent as usize].parent >= 0 || root_may_fold)
            && mask[parent as usize] == m;
        if let (Some(label), false) = (label, parent_same) {
            if !page.nodes[i].is_text() && (page.nodes[i].parent >= 0 || root_may_fold) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Node, TEXT_TAG};
    use crate::segment::segment;

    fn el(parent: i32, tag: &str) -> Node {
        Node { parent, tag: tag.into(), ..Default::default() }
    }
    fn text(parent: i32, t: &str) -> Node {
        Node { parent, tag: TEXT_TAG.into(), text: t.into(), ..Default::default() }
    }

    /// body > [div > (p "a", p "b"), div > p "c"]
    fn page() -> Page {
        Page {
            nodes: vec![
                el(-1, "body"),
                el(0, "div"),
                el(1, "p"),
                text(2, "a"),
                el(1, "p"),
                text(4, "b"),
                el(0, "div"),
                el(6, "p"),
                text(7, "c"),
            ],
        }
    }

    #[test]
    fn outermost_single_label_elements() {
        let page = page();
        let tree = Tree::new(&page);
        let blocks = segment(&page, &tree);
        let labels = [Label::Comment, Label::Comment, Label::Article];
        let folds = roots(&page, &tree, &blocks, &labels, false);
        assert_eq!(folds, vec![RawFold { node: 1, label: Label::Comment, block_ids: vec![0, 1] }]);
        // Mixed labels under one div: each paragraph is its own fold, article never folds.
        let labels = [Label::Comment, Label::Article, Label::Related];
        let folds = roots(&page, &tree, &blocks, &labels, false);
        let nodes: Vec<u32> = folds.iter().map(|f| f.node).collect();
        assert_eq!(nodes, [2, 6]);
    }

    #[test]
    fn the_root_folds_only_for_fragments() {
        let page = page();
        let tree = Tree::new(&page);
        let blocks = segment(&page, &tree);
        let labels = [Label::Related; 3]; // one per block of the test page
        let page_folds = roots(&page, &tree, &blocks, &labels, false);
        assert_eq!(page_folds.iter().map(|f| f.node).collect::<Vec<_>>(), [1, 6]);
        let fragment_folds = roots(&page, &tree, &blocks, &labels, true);
        assert_eq!(fragment_folds.len(), 1);
        assert_eq!(fragment_folds[0].node, 0);
        assert_eq!(fragment_folds[0].block_ids, [0, 1, 2]);
    }
}
