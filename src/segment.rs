//! Segment: page table → text blocks at paragraph granularity.
//!
//! A block is a run of visible text between two block-level boundaries, owned by the nearest
//! block-level element that contains it. Every visible text node belongs to exactly one block.
//! The walk is a single linear pass over the nodes in document order (no recursion: pages nest
//! hundreds of thousands of levels deep).

use crate::page::{Page, NO_PARENT};

/// Elements that start and end a block (they are block-level in every browser's default style
/// sheet). `br` also ends a block but has no content of its own.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "br",
    "option",
    "optgroup",
];

/// Is this tag a block boundary? Custom elements (`my-widget`) count as blocks: sites use them
/// as containers far more often than inline.
pub fn is_block_tag(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag) || tag.contains('-')
}

/// The tree facts the later stages need, computed once in linear passes.
#[derive(Debug, Clone)]
pub struct Tree {
    /// Last node index inside each node's subtree (a node `j` is inside `i` iff
    /// `i <= j <= end[i]`).
    pub end: Vec<u32>,
    /// Hidden by itself or by an ancestor.
    pub hidden: Vec<bool>,
    /// Inside an `<a>` (or is one).
    pub in_link: Vec<bool>,
}

impl Tree {
    pub fn new(page: &Page) -> Tree {
        let n = page.nodes.len();
        let mut end: Vec<u32> = (0..n as u32).collect();
        for i in (0..n).rev() {
            let p = page.nodes[i].parent;
            if p >= 0 {
                let p = p as usize;
                if end[i] > end[p] {
                    end[p] = end[i];
                }
            }
        }
        let mut hidden = vec![false; n];
        let mut in_link = vec![false; n];
        for (i, node) in page.nodes.iter().enumerate() {
            let (ph, pl) = if node.parent == NO_PARENT {
                (false, false)
            } else {
                let p = node.parent as usize;
                (hidden[p], in_link[p])
            };
            hidden[i] = ph || node.hidden;
            in_link[i] = pl || node.tag == "a";
        }
        Tree { end, hidden, in_link }
    }

    /// Is `inner` inside the subtree of `outer` (or the same node)?
    pub fn contains(&self, outer: usize, inner: usize) -> bool {
        outer <= inner && inner <= self.end[outer] as usize
    }
}

/// One block of text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    /// Element that owns the block (nearest block-level ancestor of its text).
    pub owner: u32,
    /// First and last text node of the block.
    pub first: u32,
    pub last: u32,
    /// Visible text, whitespace collapsed.
    pub text: String,
    /// Non-whitespace characters of the text.
    pub chars: u32,
    /// Non-whitespace characters inside links.
    pub link_chars: u32,
    /// Words (whitespace-separated).
    pub words: u32,
}

impl Block {
    /// Share of the text inside links.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// The blocks whose text starts inside the subtree of `node` (blocks are in document order, so
/// this is a contiguous range, found by binary search).
pub fn blocks_in(blocks: &[Block], tree: &Tree, node: usize) -> std::ops::Range<usize> {
    let lo = blocks.partition_point(|b| (b.first as usize) < node);
    let hi = blocks.partition_point(|b| b.first <= tree.end[node]);
    lo..hi.max(lo)
}

/// Split the page into blocks.
pub fn segment(page: &Page, tree: &Tree) -> Vec<Block> {
    let nodes = &page.nodes;
    let n = nodes.len();
    let mut blocks = Vec::new();
    let mut stack: Vec<u32> = Vec::new();
    let mut run = Run::default();
    let mut i = 0usize;
    while i < n {
        while let Some(&top) = stack.last() {
            if i as u32 > tree.end[top as usize] {
                run.flush(top, &mut blocks);
                stack.pop();
            } else {
                break;
            }
        }
        if tree.hidden[i] {
            i = tree.end[i] as usize + 1;
            continue;
        }
        let node = &nodes[i];
        if node.is_text() {
            run.push(i as u32, &node.text, tree.in_link[i]);
        } else if is_block_tag(&node.tag) || node.parent == NO_PARENT {
            // The root owns the text outside every block whatever its tag (`<frameset>`, or
            // the document element of a page without body): else that text would be lost.
            let owner = stack.last().copied().unwrap_or(i as u32);
            run.flush(owner, &mut blocks);
            if (node.tag != "br" && node.tag != "hr") || node.parent == NO_PARENT {
                stack.push(i as u32);
            }
        }
        i += 1;
    }
    while let Some(top) = stack.pop() {
        run.flush(top, &mut blocks);
    }
    blocks
}

/// Text gathered since the last boundary.
#[derive(Default)]
struct Run {
    first: Option<u32>,
    last: u32,
    text: String,
    chars: u32,
    link_chars: u32,
    words: u32,
    /// The previous text ended in whitespace (or nothing has been written yet).
    space: bool,
}

impl Run {
    fn push(&mut self, node: u32, raw: &str, in_link: bool) {
        let mut wrote = false;
        for (k, word) in raw.split_whitespace().enumerate() {
            let joined_to_previous = k == 0 && !self.space && !raw.starts_with(char::is_whitespace);
            if !self.text.is_empty() && !joined_to_previous {
                self.text.push(' ');
            }
            if !joined_to_previous || self.text.is_empty() {
                self.words += 1;
            }
            self.text.push_str(word);
            // Scripts written without spaces: about two characters a word, so a paragraph of
            // Japanese or Chinese counts as the prose it is.
            let unspaced = word.chars().filter(|&c| crate::signals::phrases::unspaced(c)).count();
            self.words += unspaced as u32 / 2;
            let c = word.chars().count() as u32;
            self.chars += c;
            if in_link {
                self.link_chars += c;
            }
            wrote = true;
        }
        if wrote {
            self.first.get_or_insert(node);
            self.last = node;
        }
        if !raw.is_empty() {
            self.space = raw.ends_with(char::is_whitespace);
        }
    }

    fn flush(&mut self, owner: u32, blocks: &mut Vec<Block>) {
        if let Some(first) = self.first {
            blocks.push(Block {
                owner,
                first,
                last: self.last,
                text: std::mem::take(&mut self.text),
                chars: self.chars,
                link_chars: self.link_chars,
                words: self.words,
            });
        }
        *self = Run { space: true, ..Run::default() };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Node, TEXT_TAG};

    fn el(parent: i32, tag: &str) -> Node {
        Node { parent, tag: tag.into(), ..Default::default() }
    }
    fn text(parent: i32, t: &str) -> Node {
        Node { parent, tag: TEXT_TAG.into(), text: t.into(), ..Default::default() }
    }

    #[test]
    fn paragraphs_links_and_inline_text() {
        // <body><p>Hello <a>big</a>world</p>tail<div><span>x</span></div></body>
        let page = Page {
            nodes: vec![
                el(-1, "body"),
                el(0, "p"),
                text(1, "Hello "),
                el(1, "a"),
                text(3, "big"),
                text(1, "world"),
                text(0, "  tail "),
                el(0, "div"),
                el(7, "span"),
                text(8, "x"),
            ],
        };
        let tree = Tree::new(&page);
        let blocks = segment(&page, &tree);
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Hello bigworld", "tail", "x"]);
        assert_eq!(blocks[0].owner, 1);
        assert_eq!(blocks[0].link_chars, 3);
        assert_eq!(blocks[0].words, 2);
        assert_eq!(blocks[1].owner, 0);
        assert_eq!(blocks[2].owner, 7);
    }

    #[test]
    fn hidden_subtrees_and_br() {
        let mut hidden = el(0, "div");
        hidden.hidden = true;
        let page = Page {
            nodes: vec![
                el(-1, "body"),
                hidden,
                text(1, "secret"),
                text(0, "one"),
                el(0, "br"),
                text(0, "two"),
            ],
        };
        let tree = Tree::new(&page);
        let blocks = segment(&page, &tree);
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["one", "two"]);
    }

    #[test]
    fn text_under_a_root_that_is_not_a_block_is_kept() {
        // <frameset><noframes>one<p>two</p>three</noframes></frameset>
        let page = Page {
            nodes: vec![
                el(-1, "frameset"),
                el(0, "noframes"),
                text(1, "one"),
                el(1, "p"),
                text(3, "two"),
                text(1, "three"),
            ],
        };
        let tree = Tree::new(&page);
        let blocks = segment(&page, &tree);
        let texts: Vec<_> = blocks.iter().map(|b| (b.text.as_str(), b.owner)).collect();
        assert_eq!(texts, [("one", 0), ("two", 3), ("three", 0)]);
    }

    #[test]
    fn deep_nesting_is_linear_and_safe() {
        let depth = 200_000;
        let mut nodes = vec![el(-1, "body")];
        for d in 0..depth {
            nodes.push(el(d, if d % 2 == 0 { "div" } else { "span" }));
        }
        nodes.push(text(depth, "deep"));
        let page = Page { nodes };
        let tree = Tree::new(&page);
        let blocks = segment(&page, &tree);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "deep");
    }
}
