//! Steps 4, 4b and 4c: wording seeds that grow into their widget, short appeal boxes whose
//! evidence is spread over several blocks, and the runs of a flat appeal.

use super::{holds_prose, Ctx, CONFIDENCE};
use crate::region::is_prose;
use crate::segment::blocks_in;
use crate::signals::{Why, DONATION};
use crate::verdict::Label;

/// Step 4: wording seeds that grow into their widget while the evidence dominates.
pub(super) fn wording_step(cx: &mut Ctx, label: Label, seed: u8) {
    let s = label.slot().expect("clutter label");
    for b in 0..cx.blocks.len() {
        let block = &cx.blocks[b];
        // Running text needs more evidence than a box's short copy: an article about
        // subscriptions or charities uses the same words.
        let owner = block.owner as usize;
        // Running prose anywhere needs it too: one phrase never outweighs a paragraph.
        let seed = if is_prose(block) { cx.p.seed_in_prose.max(seed) } else { seed };
        // A seed is wording, not a lone link or button ("Donate" in the menu is other) — unless
        // the link names its price: "Subscribe today, just 99 cents" is an offer, not a menu.
        let priced = s == DONATION && cx.binfo[b].money;
        // …or the link is a call to action: strong wording that leads where it says ("Noch
        // kein Abo? Jetzt abonnieren!" to the shop's subscription page).
        let calls = cx.binfo[b].links[s] > 0 && cx.binfo[b].score[s] > seed;
        if cx.binfo[b].score[s] < seed
            || !cx.open(b)
            || cx.nav[owner]
            || block.words < cx.p.seed_min_words
            || (block.link_density() >= cx.p.link_block_density && !priced && !calls)
        {
            continue;
        }
        // A short row of buttons ("Subscribe Now Log In Settings") is site chrome unless its
        // wording is strong: LABELS.md counts a plain Subscribe button in the header as other.
        if block.words < cx.p.short_seed_words && cx.binfo[b].score[s] <= seed {
            continue;
        }
        let why = cx.binfo[b].best[s].unwrap_or(Why::Phrase { phrase: 0 });
        let c = &CONFIDENCE;
        let confidence =
            (c.seed_base + c.seed_per_point * cx.binfo[b].score[s] as f32).min(c.seed_max);
        let mut e = cx.blocks[b].owner as usize;
        while let Some(p) = cx.parent(e) {
            if p == 0
                || cx.holds_article(p)
                || cx.nav[p]
                || evidence_share(cx, p, s) < cx.p.widget_evidence_share
            {
                break;
            }
            e = p;
        }
        cx.set(b, label, confidence, why);
        supporting(cx, b, s);
        for k in blocks_in(&cx.blocks, &cx.tree, e) {
            if cx.open(k) {
                cx.set(
                    k,
                    label,
                    confidence - CONFIDENCE.widget_step,
                    Why::Widget { block: b as u32 },
                );
            }
        }
    }
}

/// The evidence next to a block's wording that the verdict names too: the link target that
/// added to it and a currency amount.
fn supporting(cx: &mut Ctx, b: usize, s: usize) {
    if cx.binfo[b].links[s] > 0 {
        cx.also(b, cx.binfo[b].link_why[s]);
    }
    if s == DONATION && cx.binfo[b].money {
        cx.also(b, Some(Why::Money));
    }
}

/// Step 4c: short appeal boxes whose wording is spread over several blocks ("Support the
/// Guardian" / "Available for everyone, funded by readers" / "Contribute"): the smallest
/// element around a block with appeal wording whose blocks together score as a seed.
pub(super) fn appeal_boxes(cx: &mut Ctx) {
    let s = DONATION;
    for b in 0..cx.blocks.len() {
        if cx.binfo[b].score[s] == 0 || !cx.open(b) || cx.nav[cx.blocks[b].owner as usize] {
            continue;
        }
        let mut e = cx.blocks[b].owner as usize;
        for _ in 0..cx.p.box_levels {
            let Some(p) = cx.parent(e) else { break };
            if p == 0 || cx.holds_article(p) {
                break;
            }
            e = p;
            let range = blocks_in(&cx.blocks, &cx.tree, e);
            let words: u32 = range.clone().map(|k| cx.blocks[k].words).sum();
            if words > cx.p.box_max_words {
                break;
            }
            // A newsletter or e-mail sign-up nearby makes it a sign-up box, and a menu makes it
            // site chrome: both are "other".
            if range
                .clone()
                .any(|k| cx.binfo[k].bars(Label::Donation) || cx.nav[cx.blocks[k].owner as usize])
            {
                break;
            }
            // At least one real appeal phrase or a link to a payment platform, not only the
            // words "Subscribe" and "Magazine".
            if range.clone().all(|k| cx.binfo[k].score[s] < 2 && cx.binfo[k].links[s] < 3) {
                continue;
            }
            let with_wording = range
                .clone()
                .filter(|&k| cx.binfo[k].score[s] > 0 || cx.binfo[k].links[s] >= 3)
                .count();
            // A call-to-action link to a donation or membership page adds to the box's wording.
            let score: u32 = range
                .clone()
                .map(|k| u32::from(cx.binfo[k].score[s]).max(u32::from(cx.binfo[k].links[s])))
                .sum();
            let open =
                range.clone().all(|k| cx.open(k) || cx.decisions[k].label == Some(Label::Donation));
            if with_wording >= 2 && score >= cx.p.appeal_seed as u32 && open && !holds_prose(cx, e)
            {
                for k in range {
                    cx.set(k, Label::Donation, CONFIDENCE.list, Why::Widget { block: b as u32 });
                    supporting(cx, k, s);
                }
                break;
            }
        }
    }
}

/// Share of the text of `e` in blocks with evidence for slot `s` (or already labelled so).
fn evidence_share(cx: &Ctx, e: usize, s: usize) -> f32 {
    let total = cx.sums.chars[e];
    if total == 0 {
        return 0.0;
    }
    let mut ev = 0u32;
    for k in blocks_in(&cx.blocks, &cx.tree, e) {
        let b = &cx.blocks[k];
        if cx.binfo[k].score[s] > 0 || cx.decisions[k].label == Some(Label::SLOTS[s]) {
            ev += b.chars;
        }
    }
    ev as f32 / total as f32
}

/// Step 4b: a flat appeal (paragraphs side by side with the article's) is one run: fill small
/// gaps between appeal blocks, and take the short blocks at its edges (its title ending in a
/// colon, its buttons).
pub(super) fn appeal_runs(cx: &mut Ctx) {
    let n = cx.blocks.len();
    let is_don = |cx: &Ctx, k: usize| cx.decisions[k].label == Some(Label::Donation);
    let mut k = 0;
    while k < n {
        if !is_don(cx, k) {
            k += 1;
            continue;
        }
        // Look for the next appeal block within the gap.
        let mut j = k + 1;
        while j < n && j <= k + cx.p.run_gap + 1 && !is_don(cx, j) {
            j += 1;
        }
        if j < n && j > k + 1 && is_don(cx, j) {
            let gap_ok = (k + 1..j).all(|g| cx.open(g));
            let linked = (k + 1..j).any(|g| cx.binfo[g].score[DONATION] > 0) || j - k - 1 == 1;
            if gap_ok && linked {
                for g in k + 1..j {
                    cx.set(g, Label::Donation, CONFIDENCE.appeal_run, Why::AppealRun);
                }
            }
        }
        k += 1;
    }
    // Edges: short blocks right after a run, and a title ending in a colon right before it.
    for k in 0..n {
        if !is_don(cx, k) {
            continue;
        }
        if k + 1 < n && cx.open(k + 1) {
            let b = &cx.blocks[k + 1];
            if b.words <= cx.p.run_edge_words
                && (cx.binfo[k + 1].score[DONATION] > 0
                    || b.link_density() >= cx.p.link_block_density
                    || b.words <= 3)
                && same_container(cx, k, k + 1)
            {
                cx.set(k + 1, Label::Donation, CONFIDENCE.appeal_edge, Why::AppealRun);
            }
        }
        if k > 0 && cx.open(k - 1) {
            let b = &cx.blocks[k - 1];
            if b.words <= cx.p.run_edge_words
                && b.text.trim_end().ends_with(':')
                && same_container(cx, k - 1, k)
            {
                cx.set(k - 1, Label::Donation, CONFIDENCE.appeal_edge, Why::AppealRun);
            }
        }
    }
}

/// Do two blocks sit in the same parent element (or the same owner)?
fn same_container(cx: &Ctx, a: usize, b: usize) -> bool {
    let oa = cx.blocks[a].owner as usize;
    let ob = cx.blocks[b].owner as usize;
    oa == ob
        || cx.parent(oa) == cx.parent(ob)
        || cx.parent(oa) == Some(ob)
        || cx.parent(ob) == Some(oa)
}
