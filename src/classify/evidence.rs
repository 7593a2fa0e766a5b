//! Weighing markup against text, before any step labels a block.
//!
//! A class or id token is one signal, and the cheapest one for a site to get wrong for us: The
//! New Yorker, Wired and Bloomberg mark their article paragraphs `p.paywall`, other sites
//! `premium`, `locked` or `subscriber`. So a token never outweighs the evidence that what it
//! marks is running prose: it is dropped where its element's text is almost all prose and
//! carries too little wording of the label to seed on its own ([`outweigh_tokens`]).
//!
//! And on a page whose main content is a discussion (a forum or reddit thread, a Q&A page), the
//! comments are what the reader came for: [`discussion_page`] tells such a page, and the comment
//! markup of its posts is then dropped (a reply form stays a comment form).

use crate::category::CLUTTER;
use crate::page::Page;
use crate::region::{is_prose, Sums};
use crate::segment::Block;
use crate::signals::{BlockInfo, ElementInfo, FnvMap, Why};
use crate::verdict::Label;

use super::DecideParams;

/// Per element: prose characters, wording score per clutter slot, and whether a heading of each
/// clutter label lies inside, summed over the subtree.
struct Wording {
    score: Vec<[u32; CLUTTER]>,
    heading: Vec<[bool; CLUTTER]>,
}

fn wording(page: &Page, blocks: &[Block], binfo: &[BlockInfo]) -> Wording {
    let n = page.nodes.len();
    let mut score = vec![[0u32; CLUTTER]; n];
    let mut heading = vec![[false; CLUTTER]; n];
    for (b, bi) in blocks.iter().zip(binfo) {
        let o = b.owner as usize;
        for (acc, &v) in score[o].iter_mut().zip(&bi.score) {
            *acc += u32::from(v);
        }
        if let Some(s) = bi.heading.and_then(|(l, _)| l.slot()) {
            heading[o][s] = true;
        }
        if let Some(s) = bi.lead.map(|_| Label::Related.slot().expect("clutter")) {
            heading[o][s] = true;
        }
    }
    for i in (1..n).rev() {
        let p = page.nodes[i].parent;
        if p >= 0 {
            let p = p as usize;
            for s in 0..CLUTTER {
                score[p][s] += score[i][s];
                heading[p][s] |= heading[i][s];
            }
        }
    }
    Wording { score, heading }
}

/// Drop clutter tokens whose elements are running prose with too little wording of the label.
///
/// Elements are weighed together with their siblings that carry the same token: a site that
/// marks its article paragraphs `p.paywall` marks all of them, and a short paragraph or a
/// subheading among them is the article as much as the long ones.
pub fn outweigh_tokens(
    page: &Page,
    blocks: &[Block],
    sums: &Sums,
    binfo: &[BlockInfo],
    info: &mut [ElementInfo],
    p: &DecideParams,
) {
    let w = wording(page, blocks, binfo);
    let mut plain = vec![0u32; page.nodes.len()];
    for b in blocks.iter().filter(|b| b.link_density() < p.plain_link_density) {
        plain[b.owner as usize] += b.chars;
    }
    for i in (1..page.nodes.len()).rev() {
        let p = page.nodes[i].parent;
        if p >= 0 {
            plain[p as usize] += plain[i];
        }
    }
    // Groups: (parent, label, token) -> the members' sums.
    #[derive(Default)]
    struct Group {
        chars: u32,
        prose: u32,
        /// Characters of blocks that are mostly not link text.
        plain: u32,
        score: u32,
        heading: bool,
        members: Vec<usize>,
    }
    let mut groups: FnvMap<(i32, Label, &'static str), Group> = FnvMap::default();
    for i in 0..page.nodes.len() {
        let Some((label, why)) = info[i].clutter else { continue };
        // Only names given by the site's developers: roles, itemprops and comment forms say
        // what the element is.
        let token = match why {
            Why::Token { token, .. } => token,
            Why::Pair { first, .. } => first,
            _ => continue,
        };
        let Some(s) = label.slot() else { continue };
        let g = groups.entry((page.nodes[i].parent, label, token)).or_default();
        g.chars += sums.chars[i];
        g.prose += sums.prose[i];
        g.plain += plain[i];
        g.score += w.score[i][s];
        g.heading |= w.heading[i][s];
        g.members.push(i);
    }
    for ((_, label, _), g) in groups {
        if g.chars == 0 || g.prose < p.token_prose_min_chars {
            continue;
        }
        // A comment thread has names, dates and "Reply" between its posts: only elements that
        // are prose through and through escape a comment token. Elsewhere text that is not
        // links counts (the subheadings and one-line paragraphs of an article are not prose by
        // length, but they are not a box's buttons either).
        let text_share = if label == Label::Comment {
            g.prose as f32 / g.chars as f32 >= p.token_prose_share_comment
        } else {
            g.plain as f32 / g.chars as f32 >= p.token_prose_share
        };
        // Wording of the label, per thousand characters of prose, below a seed's worth.
        let wording = g.score * 1000 >= u32::from(p.seed_in_prose) * g.prose.max(1000);
        if text_share && !g.heading && !wording {
            for i in g.members {
                info[i].clutter = None;
                info[i].weight += 25;
            }
        }
    }
}

/// Is the page's main content a discussion? Plain text under comment markup (outermost elements,
/// reply forms aside) outweighs the text outside it many times over, and the text outside is
/// no longer than a question or a link post's text.
pub fn discussion_page(
    page: &Page,
    blocks: &[Block],
    info: &[ElementInfo],
    p: &DecideParams,
) -> bool {
    let n = page.nodes.len();
    let mut under = vec![false; n];
    for i in 0..n {
        let p = page.nodes[i].parent;
        let inherited = p >= 0 && under[p as usize];
        let own = matches!(
            info[i].clutter,
            Some((Label::Comment, Why::Token { .. } | Why::Pair { .. } | Why::Semantic { .. }))
        );
        under[i] = inherited || own;
    }
    let (mut inside, mut outside) = (0u32, 0u32);
    // Posts of a thread are often short (a tweet, a one-line answer): under comment markup,
    // plain text of a few words counts, not only paragraphs of prose.
    for b in blocks {
        let plain = b.words >= p.discussion_post_words && b.link_density() < p.plain_link_density;
        if under[b.owner as usize] && (plain || is_prose(b)) {
            inside += b.chars;
        } else if !under[b.owner as usize] && is_prose(b) {
            outside += b.chars;
        }
    }
    outside <= p.discussion_max_article_chars
        && inside as f32 >= p.discussion_ratio * outside.max(1) as f32
        && inside >= p.discussion_min_chars
}

/// Drop the comment markup of a discussion page's posts (reply forms stay comment forms).
pub fn keep_discussion(info: &mut [ElementInfo]) {
    for e in info.iter_mut() {
        if matches!(
            e.clutter,
            Some((Label::Comment, Why::Token { .. } | Why::Pair { .. } | Why::Semantic { .. }))
        ) {
            e.clutter = None;
            e.weight += 25;
        }
    }
}
