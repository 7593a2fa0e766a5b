//! Steps 3c and 3d: newsletter sign-up boxes grown from their form, and share or follow bars
//! found by where their links lead.

use super::{holds_prose, Ctx, CONFIDENCE};
use crate::segment::blocks_in;
use crate::signals::Why;
use crate::verdict::Label;

/// Step 3c: a sign-up form ([`Why::SignupForm`]) takes the box around it — its heading and its
/// line of pitch — while the box adds little text, holds no article and no other label.
pub(super) fn signup_boxes(cx: &mut Ctx) {
    let n = cx.page.nodes.len();
    let signup = |cx: &Ctx, f: usize| {
        matches!(cx.info[f].clutter, Some((Label::Newsletter, Why::SignupForm { .. })))
    };
    if !(0..n).any(|f| signup(cx, f)) {
        return;
    }
    // Forms per element, summed over its subtree: a box around two forms is a column of
    // widgets (a login box beside the sign-up).
    let mut forms = vec![0u32; n];
    for i in (0..n).rev() {
        forms[i] += u32::from(cx.page.nodes[i].tag == "form");
        if let Some(p) = cx.parent(i) {
            forms[p] += forms[i];
        }
    }
    for f in 0..n {
        if !signup(cx, f) {
            continue;
        }
        if cx.holds_article(f) || cx.nav[f] {
            continue;
        }
        let mut e = f;
        while let Some(p) = cx.parent(e) {
            if p == 0
                || forms[p] > 1
                || cx.holds_article(p)
                || cx.nav[p]
                || holds_prose(cx, p)
                || cx.sums.chars[p] > cx.sums.chars[f] + cx.p.signup_box_extra_chars
                || other_labels(cx, p)
            {
                break;
            }
            e = p;
        }
        let why = Why::SignupForm { node: f as u32 };
        for k in blocks_in(&cx.blocks, &cx.tree, e) {
            if cx.open(k) && !cx.binfo[k].bars(Label::Newsletter) {
                cx.set(k, Label::Newsletter, CONFIDENCE.widget, why);
            }
        }
    }
}

/// Does `e` hold blocks already labelled with something other than newsletter?
fn other_labels(cx: &Ctx, e: usize) -> bool {
    let range = blocks_in(&cx.blocks, &cx.tree, e);
    range.into_iter().any(|k| cx.decisions[k].label.is_some_and(|l| l != Label::Newsletter))
}

/// Is element `i` the size of a bar: little text outside its links, little text in all?
pub(super) fn bar_sized(cx: &Ctx, i: usize) -> bool {
    let plain = cx.sums.chars[i] - cx.sums.link_chars[i].min(cx.sums.chars[i]);
    plain <= cx.p.share_max_plain_chars && cx.sums.chars[i] <= cx.p.share_token_max_chars
}

/// A "Share" heading (step 2) heads the smallest element around it that holds a share link, if
/// that element is the size of a bar; otherwise nothing is folded.
pub(super) fn share_heading(cx: &mut Ctx, b: usize, why: Why) {
    let mut e = cx.blocks[b].owner as usize;
    while cx.share_links[e] == 0 {
        match cx.parent(e) {
            Some(p) if p != 0 && !cx.holds_article(p) && bar_sized(cx, p) => e = p,
            _ => return lone_share_button(cx, b, why),
        }
    }
    let mostly_share = cx.share_links[e] as f32 >= cx.p.share_link_share * cx.all_links[e] as f32;
    if !bar_sized(cx, e) || !mostly_share || cx.holds_article(e) {
        return;
    }
    cx.set(b, Label::Share, CONFIDENCE.heading, why);
    for k in blocks_in(&cx.blocks, &cx.tree, e) {
        if cx.open(k) && !cx.binfo[k].bars(Label::Share) && share_may_take(cx, k) {
            cx.set(k, Label::Share, CONFIDENCE.widget, Why::Widget { block: b as u32 });
        }
    }
}

/// A share or follow button whose networks are drawn by script ("Share", "Teilen", "Follow
/// us", and no link to a network in the page's HTML): the block alone, when it is exactly the
/// phrase (a count or a colon aside). Not on a discussion page, where every post has its own
/// Share button and the reader came for the posts.
fn lone_share_button(cx: &mut Ctx, b: usize, why: Why) {
    if cx.binfo[b].exact_heading && !cx.discussion && !sentence(&cx.blocks[b]) {
        cx.set(b, Label::Share, CONFIDENCE.lone_heading, why);
    }
}

/// May a share bar take block `k`? Not a sentence, and not a block that names another label:
/// a comment count in a share toolbar ("19 Comments") is still a comment link.
pub(super) fn share_may_take(cx: &Ctx, k: usize) -> bool {
    let other = cx.binfo[k].heading.is_some_and(|(l, _)| l != Label::Share);
    !other && !sentence(&cx.blocks[k])
}

/// A block that reads as a sentence: several words ending in sentence punctuation.
fn sentence(b: &crate::segment::Block) -> bool {
    let t = b.text.trim_end();
    b.words >= 3 && t.ends_with(['.', '!', '?', '。', '！', '？'])
}

/// Step 3d: share and follow bars — the outermost elements whose links mostly share the story
/// or lead to the site's social profiles, with little text of their own.
/// A single quoted post links to one post, never to a profile, so it does not count.
pub(super) fn share_bars(cx: &mut Ctx) {
    let n = cx.page.nodes.len();
    // Blocks of plain words ("For updates, follow @Foundation on Twitter"): a bar has none, an
    // article's list of the accounts it writes about does.
    let mut wordy = vec![0u32; n];
    for b in &cx.blocks {
        if b.words >= cx.p.share_plain_block_words && b.link_density() < cx.p.link_block_density {
            wordy[b.owner as usize] += 1;
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = cx.parent(i) {
            wordy[p] += wordy[i];
        }
    }
    let qualifies = |cx: &Ctx, i: usize| {
        cx.share_links[i] >= cx.p.share_min_links
            && cx.share_links[i] as f32 >= cx.p.share_link_share * cx.all_links[i] as f32
            && bar_sized(cx, i)
            && wordy[i] == 0
            && !cx.holds_article(i)
    };
    let mut i = 1;
    while i < n {
        if qualifies(cx, i) {
            let why = Why::ShareLinks { node: i as u32 };
            for k in blocks_in(&cx.blocks, &cx.tree, i) {
                // A bar is a list of links and names, never a sentence: "Follow us on Twitter
                // and Facebook." closing an article stays.
                if cx.open(k) && !cx.binfo[k].bars(Label::Share) && share_may_take(cx, k) {
                    cx.set(k, Label::Share, CONFIDENCE.widget, why);
                }
            }
            i = cx.tree.end[i] as usize + 1;
        } else {
            i += 1;
        }
    }
}
