//! The verdict's contract, checkable: what every verdict must satisfy for the page it was
//! computed from, whatever the page looks like. The fuzz targets (`fuzz/`) and the property
//! tests (`tests/properties.rs`) call [`check`] on every page they generate.
//!
//! 1. **Nothing lost, nothing duplicated**: the visible text of the page (the text nodes not
//!    under a hidden element), with whitespace removed, is exactly the text of the blocks in
//!    block order, with whitespace removed. (The verdict must carry block text:
//!    [`crate::Config::include_text`].)
//! 2. **Blocks are well formed**: block `k` has id `k`, its owner is an element of the page,
//!    and owners appear in a valid order.
//! 3. **A fold never holds article text**: every block of a fold carries the fold's label, which
//!    is a clutter label, and every block whose owner lies in the fold root's subtree is listed in
//!    the fold (and no other block is).
//! 4. **Folds are disjoint, none is a root** (a node without parent), and `chars` is the sum of
//!    the folded blocks' characters.
//! 5. **`article_text`** is the article blocks' text joined by `\n`.

use crate::page::Page;
use crate::verdict::{Label, Verdict};

/// The last node index inside each node's subtree, in one reverse pass (no recursion). Only
/// meaningful for pages in document order (what [`Page::from_wire`] accepts and both adapters
/// produce); returns `None` otherwise.
fn subtree_ends(page: &Page) -> Option<Vec<usize>> {
    let n = page.nodes.len();
    let mut path: Vec<i32> = Vec::new();
    for (i, node) in page.nodes.iter().enumerate() {
        if node.parent < -1 || (node.parent >= 0 && node.parent as usize >= i) {
            return None;
        }
        while path.last().is_some_and(|&p| p != node.parent) {
            path.pop();
        }
        if path.is_empty() && node.parent != -1 {
            return None;
        }
        path.push(i as i32);
    }
    let mut end: Vec<usize> = (0..n).collect();
    for i in (0..n).rev() {
        let p = page.nodes[i].parent;
        if p >= 0 && end[i] > end[p as usize] {
            end[p as usize] = end[i];
        }
    }
    Some(end)
}

/// Hidden by itself or by an ancestor.
fn hidden_flags(page: &Page) -> Vec<bool> {
    let mut hidden = vec![false; page.nodes.len()];
    for (i, node) in page.nodes.iter().enumerate() {
        let inherited = node.parent >= 0 && hidden[node.parent as usize];
        hidden[i] = inherited || node.hidden;
    }
    hidden
}

/// The page's visible text without whitespace, in document order.
pub fn visible_text_compact(page: &Page) -> String {
    let hidden = hidden_flags(page);
    let mut out = String::new();
    for (i, node) in page.nodes.iter().enumerate() {
        if node.is_text() && !hidden[i] {
            out.extend(node.text.chars().filter(|c| !c.is_whitespace()));
        }
    }
    out
}

/// Check `verdict` against `page` (classified as a whole page). Returns the first broken rule,
/// in words.
pub fn check(page: &Page, verdict: &Verdict) -> Result<(), String> {
    check_as(page, verdict, false)
}

/// [`check`] for a verdict of a fragment ([`crate::Config::fragment`]): the same rules, except
/// that the root may fold (a late fragment that is all one clutter label folds as a whole).
pub fn check_fragment(page: &Page, verdict: &Verdict) -> Result<(), String> {
    check_as(page, verdict, true)
}

fn check_as(page: &Page, verdict: &Verdict, root_may_fold: bool) -> Result<(), String> {
    let n = page.nodes.len();
    let Some(end) = subtree_ends(page) else {
        return Err("the page is not in document order".into());
    };
    let inside = |outer: usize, inner: usize| outer <= inner && inner <= end[outer];

    // 2. Blocks.
    for (k, b) in verdict.blocks.iter().enumerate() {
        if b.id as usize != k {
            return Err(format!("block {k} has id {}", b.id));
        }
        let owner = b.node as usize;
        if owner >= n {
            return Err(format!("block {k} is owned by node {owner}, beyond the page ({n})"));
        }
        if page.nodes[owner].is_text() {
            return Err(format!("block {k} is owned by text node {owner}"));
        }
        if !(b.confidence.is_finite() && (0.0..=1.0).contains(&b.confidence)) {
            return Err(format!("block {k} has confidence {}", b.confidence));
        }
        if b.text.trim().is_empty() {
            return Err(format!("block {k} has no text"));
        }
    }

    // 1. Text: nothing lost, nothing duplicated, order kept.
    let visible = visible_text_compact(page);
    let mut blocks_text = String::with_capacity(visible.len());
    for b in &verdict.blocks {
        blocks_text.extend(b.text.chars().filter(|c| !c.is_whitespace()));
    }
    if visible != blocks_text {
        let at = visible
            .char_indices()
            .zip(blocks_text.chars())
            .find(|((_, a), b)| a != b)
            .map_or(visible.len().min(blocks_text.len()), |((i, _), _)| i);
        let from = floor_char_boundary(&visible, at.saturating_sub(40));
        let from_b = floor_char_boundary(&blocks_text, at.saturating_sub(40));
        let to = floor_char_boundary(&visible, (at + 40).min(visible.len()));
        let to_b = floor_char_boundary(&blocks_text, (at + 40).min(blocks_text.len()));
        return Err(format!(
            "block text differs from the visible text at byte {at} ({} vs {} bytes): \
             page {:?} blocks {:?}",
            visible.len(),
            blocks_text.len(),
            &visible[from..to],
            &blocks_text[from_b..to_b],
        ));
    }

    // 5. Article text.
    let article: Vec<&str> = verdict
        .blocks
        .iter()
        .filter(|b| b.label == Label::Article)
        .map(|b| b.text.as_str())
        .collect();
    if verdict.article_text != article.join("\n") {
        return Err("article_text is not the article blocks' text".into());
    }

    // 3 and 4. Folds: first their roots, then which fold each block falls in (folds are
    // disjoint and in document order, so a binary search finds it: linear overall).
    let mut previous_end: Option<usize> = None;
    for (f, fold) in verdict.folds.iter().enumerate() {
        let root = fold.node as usize;
        if root >= n {
            return Err(format!("fold {f} at node {root}, beyond the page ({n})"));
        }
        if page.nodes[root].parent < 0 && !root_may_fold {
            return Err(format!("fold {f} is the root node {root}"));
        }
        if page.nodes[root].is_text() {
            return Err(format!("fold {f} is text node {root}"));
        }
        if !fold.label.is_clutter() {
            return Err(format!("fold {f} has label {}", fold.label.as_str()));
        }
        if previous_end.is_some_and(|e| root <= e) {
            return Err(format!("fold {f} (node {root}) overlaps or precedes the previous fold"));
        }
        previous_end = Some(end[root]);
    }
    let mut expected: Vec<Vec<u32>> = vec![Vec::new(); verdict.folds.len()];
    for b in &verdict.blocks {
        let owner = b.node as usize;
        let after = verdict.folds.partition_point(|fold| fold.node as usize <= owner);
        if after > 0 && inside(verdict.folds[after - 1].node as usize, owner) {
            expected[after - 1].push(b.id);
        }
    }
    for (f, (fold, expected)) in verdict.folds.iter().zip(&expected).enumerate() {
        let root = fold.node;
        if &fold.block_ids != expected {
            return Err(format!(
                "fold {f} (node {root}) lists blocks {:?}, its subtree owns {:?}",
                fold.block_ids, expected
            ));
        }
        if expected.is_empty() {
            return Err(format!("fold {f} (node {root}) folds no block"));
        }
        let mut chars = 0u64;
        for &id in &fold.block_ids {
            let b = &verdict.blocks[id as usize];
            if b.label != fold.label {
                return Err(format!(
                    "fold {f} ({}) holds block {id} labelled {}",
                    fold.label.as_str(),
                    b.label.as_str()
                ));
            }
            chars += b.text.chars().filter(|c| !c.is_whitespace()).count() as u64;
        }
        if chars != u64::from(fold.chars) {
            return Err(format!("fold {f} says {} chars, its blocks hold {chars}", fold.chars));
        }
    }
    Ok(())
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Node, TEXT_TAG};
    use crate::Config;

    fn el(parent: i32, tag: &str, class: &str) -> Node {
        Node { parent, tag: tag.into(), class: class.into(), ..Default::default() }
    }
    fn text(parent: i32, t: &str) -> Node {
        Node { parent, tag: TEXT_TAG.into(), text: t.into(), ..Default::default() }
    }

    fn page() -> Page {
        Page {
            nodes: vec![
                el(-1, "body", ""),
                el(0, "p", ""),
                text(1, "One long paragraph of the story, with enough words to read as prose."),
                el(0, "div", "comments"),
                el(3, "h2", ""),
                text(4, "Leave a Reply"),
                el(3, "form", "comment-form"),
                el(6, "textarea", ""),
            ],
        }
    }

    #[test]
    fn a_real_verdict_passes() {
        let page = page();
        let verdict = crate::classify(&page, &Config::default());
        assert_eq!(check(&page, &verdict), Ok(()));
    }

    #[test]
    fn broken_verdicts_are_caught() {
        let page = page();
        let good = crate::classify(&page, &Config::default());

        let mut lost = good.clone();
        lost.blocks.last_mut().unwrap().text.push_str(" extra");
        assert!(check(&page, &lost).unwrap_err().contains("differs"));

        let mut article_in_fold = good.clone();
        let id = good.folds.first().expect("the comment section is folded").block_ids[0];
        article_in_fold.blocks[id as usize].label = Label::Article;
        article_in_fold.article_text = article_in_fold
            .blocks
            .iter()
            .filter(|b| b.label == Label::Article)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(check(&page, &article_in_fold).unwrap_err().contains("labelled article"));

        let mut short_fold = good.clone();
        short_fold.folds[0].block_ids.pop();
        assert!(check(&page, &short_fold).unwrap_err().contains("its subtree owns"));

        let mut root_fold = good.clone();
        root_fold.folds.push(crate::verdict::Fold {
            node: 0,
            label: Label::Comment,
            block_ids: vec![],
            path: String::new(),
            chars: 0,
            reasons: vec![],
        });
        assert!(check(&page, &root_fold).unwrap_err().contains("root"));
        // A fragment's root may fold (then it must hold every block, as any fold).
        assert!(check_fragment(&page, &root_fold).unwrap_err().contains("overlaps"));

        let mut bad_owner = good;
        bad_owner.blocks[0].node = 2;
        assert!(check(&page, &bad_owner).unwrap_err().contains("text node"));
    }

    #[test]
    fn a_fragment_root_may_fold() {
        // A late fragment that is all comment section: its root folds.
        let mut fragment = page();
        fragment.nodes.truncate(1);
        fragment.nodes[0].class = "comments".into();
        fragment.nodes.extend(page().nodes[4..].iter().cloned().map(|mut n| {
            n.parent -= 3;
            n
        }));
        let config = Config { fragment: true, ..Config::default() };
        let verdict = crate::classify(&fragment, &config);
        assert_eq!(verdict.folds.first().map(|f| f.node), Some(0), "{verdict:?}");
        assert_eq!(check_fragment(&fragment, &verdict), Ok(()));
        assert!(check(&fragment, &verdict).unwrap_err().contains("root"));
    }

    #[test]
    fn hidden_text_is_not_visible() {
        let mut p = page();
        p.nodes[3].hidden = true;
        assert!(!visible_text_compact(&p).contains("Reply"));
    }
}
