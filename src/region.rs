//! The article region: the container of the densest run of long, low-link-density prose.
//!
//! Candidate scoring over ancestors, the idea the best extractors share (Readability's
//! content score): every prose block gives points — one, plus one per comma, plus one per
//! hundred characters up to three — to the element that holds it and, decreasing, to that
//! element's ancestors. A candidate starts from its tag and its class weight (article tokens
//! for, chrome and clutter tokens against) and its total is scaled by the share of its text
//! that is not link text. The best candidate is the article; siblings that score well or read
//! like prose join it.

use crate::page::Page;
use crate::segment::{Block, Tree};
use crate::signals::ElementInfo;

/// Tunable numbers of the region search, in one place.
pub struct RegionParams {
    /// A block needs this many characters to score.
    pub min_block_chars: u32,
    /// Blocks with more link text than this share do not score.
    pub max_block_link_density: f32,
    /// How many ancestor levels receive points.
    pub levels: usize,
    /// A sibling joins when it scores at least this share of the best candidate…
    pub sibling_share: f32,
    /// …and at least this absolute score.
    pub sibling_min: f32,
    /// The region grows to the parent when the parent adds this share of prose.
    pub climb_gain: f32,
}

/// The defaults (Readability's proportions, re-derived for paragraph blocks).
pub const PARAMS: RegionParams = RegionParams {
    min_block_chars: 25,
    max_block_link_density: 0.5,
    levels: 5,
    sibling_share: 0.2,
    sibling_min: 10.0,
    climb_gain: 0.3,
};

fn parent_of(page: &Page, i: usize) -> Option<usize> {
    let p = page.nodes[i].parent;
    (p >= 0).then_some(p as usize)
}

/// Starting score of a candidate by tag.
fn tag_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Per-element sums of block text.
pub struct Sums {
    pub chars: Vec<u32>,
    pub link_chars: Vec<u32>,
    /// Characters of prose blocks (see [`is_prose`]).
    pub prose: Vec<u32>,
}

/// A paragraph of running text: enough words, little link text.
pub fn is_prose(b: &Block) -> bool {
    b.words >= 20 && b.link_density() < 0.3
}

impl Sums {
    pub fn new(page: &Page, blocks: &[Block]) -> Sums {
        let n = page.nodes.len();
        let mut chars = vec![0u32; n];
        let mut link_chars = vec![0u32; n];
        let mut prose = vec![0u32; n];
        for b in blocks {
            chars[b.owner as usize] += b.chars;
            link_chars[b.owner as usize] += b.link_chars;
            if is_prose(b) {
                prose[b.owner as usize] += b.chars;
            }
        }
        for i in (1..n).rev() {
            let p = page.nodes[i].parent;
            if p >= 0 {
                chars[p as usize] += chars[i];
                link_chars[p as usize] += link_chars[i];
                prose[p as usize] += prose[i];
            }
        }
        Sums { chars, link_chars, prose }
    }

    pub fn link_density(&self, i: usize) -> f32 {
        if self.chars[i] == 0 {
            0.0
        } else {
            self.link_chars[i] as f32 / self.chars[i] as f32
        }
    }
}

/// The region found.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// The best candidate.
    pub top: u32,
    /// The elements whose subtrees make up the region (the top and the siblings that joined).
    pub roots: Vec<u32>,
    /// The top candidate's final score.
    pub score: f32,
}

/// Find the article region; `None` when the page has no prose at all.
pub fn find(
    page: &Page,
    tree: &Tree,
    blocks: &[Block],
    sums: &Sums,
    info: &[ElementInfo],
) -> Option<Region> {
    let n = page.nodes.len();
    let mut score = vec![0f32; n];
    let mut seen = vec![false; n];
    // Elements under chrome or clutter markup do not score: a long comment thread or a footer
    // must not win (the ancestors' own weights are applied below, this is about their insides).
    let mut unlikely = vec![false; n];
    for i in 0..n {
        let p = page.nodes[i].parent;
        let inherited = p >= 0 && unlikely[p as usize];
        let chrome = is_chrome(info, sums, i);
        let own = (chrome || info[i].clutter.is_some()) && !info[i].article_token;
        unlikely[i] = inherited || own;
    }
    for b in blocks {
        let owner = b.owner as usize;
        if b.chars < PARAMS.min_block_chars
            || b.link_density() > PARAMS.max_block_link_density
            || unlikely[owner]
            || matches!(
                page.nodes[owner].tag.as_str(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "a"
            )
        {
            continue;
        }
        let commas = b.text.chars().filter(|c| matches!(c, ',' | '，' | '、' | '،')).count() as f32;
        let points = 1.0 + commas + (b.chars as f32 / 100.0).min(3.0);
        // The block's owner and its ancestors share the points.
        let mut cur = page.nodes[owner].parent;
        // A paragraph element passes its points up; a div holding text directly scores itself.
        if !matches!(page.nodes[owner].tag.as_str(), "p" | "pre" | "blockquote" | "dd") {
            cur = owner as i32;
        }
        let mut level = 0usize;
        while cur >= 0 && level < PARAMS.levels {
            let c = cur as usize;
            if !seen[c] {
                seen[c] = true;
                score[c] = tag_score(&page.nodes[c].tag) + info[c].weight as f32;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[c] += points / divider;
            cur = page.nodes[c].parent;
            level += 1;
        }
    }
    let mut best: Option<(usize, f32)> = None;
    for i in 0..n {
        if !seen[i] || tree.hidden[i] {
            continue;
        }
        let s = score[i] * (1.0 - sums.link_density(i));
        score[i] = s;
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    let (mut top, top_score) = best?;
    // Climb while the parent adds a substantial share of prose (an article split over several
    // containers by ads or sections) or is a wrapper with nothing else in it.
    while let Some(p) = parent_of(page, top) {
        if p == 0 || unlikely[p] {
            break;
        }
        let gain = sums.prose[p] - sums.prose[top];
        let wrapper = sums.chars[p] == sums.chars[top];
        let split = gain as f32 >= PARAMS.climb_gain * sums.prose[top] as f32
            && sums.link_density(p) < PARAMS.max_block_link_density;
        if wrapper || split {
            top = p;
        } else {
            break;
        }
    }
    let mut roots = vec![top as u32];
    let parent = page.nodes[top].parent;
    if parent >= 0 {
        let threshold = (top_score * PARAMS.sibling_share).max(PARAMS.sibling_min);
        for sib in page.children_of(parent as usize) {
            let s = sib as usize;
            if s == top || page.nodes[s].is_text() || unlikely[s] {
                continue;
            }
            let joins =
                (seen[s] && score[s] >= threshold) || reads_like_prose(sums, blocks, tree, s);
            if joins {
                roots.push(sib);
            }
        }
        roots.sort_unstable();
    }
    Some(Region { top: top as u32, roots, score: top_score })
}

/// Chrome markup (tag, role, token) counts only on an element that does not hold most of the
/// page's prose: `<section class="non-ad-column">` or `<header>` wrapping a whole page are
/// layout, not chrome.
pub fn is_chrome(info: &[ElementInfo], sums: &Sums, i: usize) -> bool {
    info[i].chrome && sums.prose[i] * 2 <= sums.prose[0]
}

/// A sibling paragraph that reads like prose joins the article (Readability's rule: long with
/// little link text, or shorter but a finished sentence with no links).
fn reads_like_prose(sums: &Sums, blocks: &[Block], tree: &Tree, i: usize) -> bool {
    let chars = sums.chars[i];
    let ld = sums.link_density(i);
    if chars > 80 && ld < 0.25 {
        return true;
    }
    if chars > 0 && chars <= 80 && ld == 0.0 {
        // Its text ends a sentence.
        let range = crate::segment::blocks_in(blocks, tree, i);
        return blocks[range]
            .last()
            .is_some_and(|b| b.text.trim_end().ends_with(['.', '!', '?', '。', '…']));
    }
    false
}

impl Page {
    /// The element and text children of a node, in order (a linear scan of its subtree's
    /// direct children via parent links; used rarely).
    pub fn children_of(&self, parent: usize) -> Vec<u32> {
        let mut out = Vec::new();
        let mut i = parent + 1;
        while i < self.nodes.len() {
            let p = self.nodes[i].parent;
            if p == parent as i32 {
                out.push(i as u32);
            } else if p < parent as i32 {
                break;
            }
            i += 1;
        }
        out
    }
}
