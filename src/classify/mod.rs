//! Decide: evidence → one label per block, then the fold roots.
//!
//! Order of precedence, each step only labelling blocks that are still open:
//!
//! 1. **Markup**: a block inside an element whose class, id, role or shape names a clutter
//!    label is that label — unless that element holds the article region (WordPress puts
//!    `comments-open` on wrappers of the whole post).
//! 2. **Headings**: a short block naming a label ("Related posts", "Leave a Reply",
//!    "3 Comments") labels the widget it heads: its smallest enclosing element with more text
//!    than the heading, or the list of links that follows it.
//! 3. **Inline story links**: "Related article: <a>…</a>" paragraphs are related; **share
//!    bars** (links that share the story or follow the site) and **sign-up boxes** around a
//!    form that asks for an e-mail address; teaser lists.
//! 4. **Appeals, sign-up pitches and form notes**: blocks whose wording scores high for a label
//!    seed a widget that grows while the evidence dominates its text; the paragraphs of a
//!    flat appeal are joined into one run.
//! 5. **Article or other**: the rest is article when it lies in the article region, reads like
//!    text (not a list of links) and is not page chrome; otherwise other.
//!
//! Folds are then the outermost elements whose blocks all carry one clutter label
//! (see [`crate::fold`]).

mod evidence;
mod params;
mod signup;
mod teasers;
mod wording;

pub use params::{DecideParams, CONFIDENCE, PARAMS};

use crate::config::Config;
use crate::explain;
use crate::fold;
use crate::page::Page;
use crate::region::{self, is_prose, Region, Sums};
use crate::segment::{blocks_in, segment, Block, Tree};
use crate::signals::{self, BlockInfo, ElementInfo, Why, DONATION};
use crate::verdict::{BlockVerdict, Label, Reason, Verdict};

/// One block's decision while it is being made.
#[derive(Debug, Clone)]
struct Decision {
    label: Option<Label>,
    confidence: f32,
    why: Vec<Why>,
}

/// Everything the steps share.
struct Ctx<'a> {
    page: &'a Page,
    tree: Tree,
    blocks: Vec<Block>,
    sums: Sums,
    info: Vec<ElementInfo>,
    binfo: Vec<BlockInfo>,
    region: Option<Region>,
    /// Inside the region's subtrees.
    in_region: Vec<bool>,
    /// Inside site navigation (menus are "other", whatever they list).
    nav: Vec<bool>,
    decisions: Vec<Decision>,
    /// Range sums over the blocks that change as blocks get labels.
    tallies: Tallies,
    /// The numbers of the decision.
    p: &'a DecideParams,
    /// Per element: links that share the page or follow the site, and all links
    /// ([`signals::links::LinkCounts`]).
    share_links: Vec<u32>,
    all_links: Vec<u32>,
    /// The page's main content is a discussion (its posts' buttons are the discussion's).
    discussion: bool,
}

/// Prefix sums that can change (a Fenwick tree), over block indices.
struct Fenwick(Vec<i64>);

impl Fenwick {
    fn new(n: usize) -> Fenwick {
        Fenwick(vec![0; n + 1])
    }

    fn add(&mut self, i: usize, v: i64) {
        let mut i = i + 1;
        while i < self.0.len() {
            self.0[i] += v;
            i += i & i.wrapping_neg();
        }
    }

    /// Sum over `0..i`.
    fn prefix(&self, mut i: usize) -> i64 {
        let mut s = 0;
        while i > 0 {
            s += self.0[i];
            i &= i - 1;
        }
        s
    }

    fn sum(&self, r: std::ops::Range<usize>) -> i64 {
        self.prefix(r.end) - self.prefix(r.start)
    }
}

/// What the range questions of the steps need, kept up to date by [`Ctx::set`], so that each
/// question costs O(log n) instead of a walk over the range: a page of 40 000 "Related posts"
/// headings in one container took 8 s (quadratic) when every heading walked its widget.
struct Tallies {
    /// Characters of the open (unlabelled) prose blocks in the article region.
    open_prose: Fenwick,
    /// Labelled blocks, one tree per label.
    labelled: [Fenwick; Label::COUNT],
}

fn counts_as_region_prose(in_region: &[bool], b: &Block) -> bool {
    in_region[b.owner as usize] && is_prose(b)
}

impl Ctx<'_> {
    /// Does element `i` contain the top candidate (so it wraps the article)?
    fn holds_article(&self, i: usize) -> bool {
        match &self.region {
            Some(r) => {
                let top = r.top as usize;
                if self.tree.contains(i, top) {
                    return true;
                }
                // An element inside the top candidate holding most of its text is the article
                // too (a wrapper that happens to carry a clutter class).
                self.tree.contains(top, i)
                    && self.sums.chars[i] as f32
                        > self.p.majority_share * self.sums.chars[top] as f32
            }
            None => false,
        }
    }

    fn parent(&self, i: usize) -> Option<usize> {
        let p = self.page.nodes[i].parent;
        (p >= 0).then_some(p as usize)
    }

    fn set(&mut self, b: usize, label: Label, confidence: f32, why: Why) {
        let d = &mut self.decisions[b];
        if d.label.is_none() {
            d.label = Some(label);
            d.confidence = confidence;
            d.why.push(why);
            self.tallies.labelled[label as usize].add(b, 1);
            if counts_as_region_prose(&self.in_region, &self.blocks[b]) {
                self.tallies.open_prose.add(b, -i64::from(self.blocks[b].chars));
            }
        }
    }

    /// Add a supporting reason to a block this step just labelled (the verdict lists the
    /// strongest contributions, not only the one that decided).
    fn also(&mut self, b: usize, why: Option<Why>) {
        let d = &mut self.decisions[b];
        if let Some(w) = why {
            if !d.why.contains(&w) {
                d.why.push(w);
            }
        }
    }

    fn open(&self, b: usize) -> bool {
        self.decisions[b].label.is_none()
    }
}

/// Run the pipeline.
pub fn run(page: &Page, config: &Config) -> Verdict {
    run_with(page, config, &PARAMS)
}

/// Run the pipeline with other numbers than [`PARAMS`] (the parameter search, `examples/fit.rs`).
pub fn run_with(page: &Page, config: &Config, params: &DecideParams) -> Verdict {
    let tree = Tree::new(page);
    let blocks = segment(page, &tree);
    let sums = Sums::new(page, &blocks);
    let mut info = signals::element_info(page);
    let mut binfo: Vec<BlockInfo> = blocks.iter().map(signals::block_info).collect();
    let link_counts = signals::links::apply(page, &tree, &blocks, &mut binfo);
    signals::links::add_to_wording(&mut binfo);
    evidence::outweigh_tokens(page, &blocks, &sums, &binfo, &mut info, params);
    let discussion = !config.fragment && evidence::discussion_page(page, &blocks, &info, params);
    if discussion {
        evidence::keep_discussion(&mut info);
    }
    let region =
        if config.fragment { None } else { region::find(page, &tree, &blocks, &sums, &info) };
    let mut in_region = vec![false; page.nodes.len()];
    if let Some(r) = &region {
        for &root in &r.roots {
            let root = root as usize;
            in_region[root..=tree.end[root] as usize].fill(true);
        }
    }
    let decisions = vec![Decision { label: None, confidence: 0.0, why: Vec::new() }; blocks.len()];
    let nav = navigation(page, &info, &sums, params);
    let mut tallies = Tallies {
        open_prose: Fenwick::new(blocks.len()),
        labelled: std::array::from_fn(|_| Fenwick::new(blocks.len())),
    };
    for (k, b) in blocks.iter().enumerate() {
        if counts_as_region_prose(&in_region, b) {
            tallies.open_prose.add(k, i64::from(b.chars));
        }
    }
    let signals::links::LinkCounts { share: share_links, all: all_links } = link_counts;
    let mut cx = Ctx {
        page,
        tree,
        blocks,
        sums,
        info,
        binfo,
        region,
        in_region,
        nav,
        decisions,
        tallies,
        share_links,
        all_links,
        discussion,
        p: params,
    };

    markup_step(&mut cx);
    heading_step(&mut cx);
    teasers::lead_step(&mut cx);
    signup::share_bars(&mut cx);
    signup::signup_boxes(&mut cx);
    teasers::teaser_step(&mut cx);
    wording::wording_step(&mut cx, Label::Newsletter, params.newsletter_seed);
    wording::wording_step(&mut cx, Label::Donation, params.appeal_seed);
    wording::wording_step(&mut cx, Label::Comment, params.comment_seed);
    wording::appeal_boxes(&mut cx);
    wording::appeal_runs(&mut cx);
    rest_step(&mut cx, config);

    finish(cx, config)
}

/// Elements inside site navigation: `<nav>`, navigation roles, menu tokens — unless the element
/// holds most of the page's prose (a layout wrapper named "nav-wrapper").
fn navigation(page: &Page, info: &[ElementInfo], sums: &Sums, params: &DecideParams) -> Vec<bool> {
    let mut nav = vec![false; page.nodes.len()];
    for i in 0..page.nodes.len() {
        let p = page.nodes[i].parent;
        let own = info[i].navigation
            && sums.prose[i] as f32 <= params.majority_share * sums.prose[0] as f32;
        nav[i] = own || (p >= 0 && nav[p as usize]);
    }
    nav
}

/// Step 1: clutter named by markup, inherited from the nearest such ancestor.
fn markup_step(cx: &mut Ctx) {
    let n = cx.page.nodes.len();
    let mut ctx: Vec<Option<(Label, Why)>> = vec![None; n];
    for i in 0..n {
        let inherited = cx.parent(i).and_then(|p| ctx[p]);
        let own = cx.info[i].clutter.filter(|&(label, _)| {
            !cx.holds_article(i)
                && (!in_nav(cx, i) || signup_pitch(cx, i, label))
                && markup_holds(cx, i, label)
        });
        // A share button inside a comment thread or an appeal belongs to that widget.
        ctx[i] = match (own, inherited) {
            (Some((Label::Share, _)), Some(outer)) => Some(outer),
            (own, inherited) => own.or(inherited),
        };
    }
    for b in 0..cx.blocks.len() {
        if let Some((label, why)) = ctx[cx.blocks[b].owner as usize] {
            if !cx.binfo[b].bars(label) && (label != Label::Share || signup::share_may_take(cx, b))
            {
                cx.set(b, label, CONFIDENCE.markup, why);
            }
        }
    }
}

/// Inside site navigation (not counting the element itself: `<nav class="post-navigation">` is
/// the previous/next story links, which are related).
fn in_nav(cx: &Ctx, i: usize) -> bool {
    cx.parent(i).is_some_and(|p| cx.nav[p])
}

/// A sign-up box by its markup that pitches in a sentence ("Join the mailing list to get
/// weekly updates delivered to your inbox") is one even inside a footer's navigation; a menu's
/// "Newsletter" link is not.
fn signup_pitch(cx: &Ctx, i: usize, label: Label) -> bool {
    label == Label::Newsletter
        && blocks_in(&cx.blocks, &cx.tree, i).any(|k| {
            let b = &cx.blocks[k];
            b.words >= cx.p.short_seed_words && b.link_density() < cx.p.link_block_density
        })
}

/// Does markup for `label` on element `i` hold what such a widget holds? A donation box has
/// appeal wording or at least a sentence; a "Donate" link in a menu does not.
fn markup_holds(cx: &Ctx, i: usize, label: Label) -> bool {
    if label == Label::Share {
        // A share bar by its name is still a bar: short, its text in its links. Sites put
        // `social` on a quoted post and `share` on a box of teasers.
        return signup::bar_sized(cx, i);
    }
    if label != Label::Donation {
        return true;
    }
    let range = blocks_in(&cx.blocks, &cx.tree, i);
    let wording: u32 = range.clone().map(|k| cx.binfo[k].score[DONATION] as u32).sum();
    wording >= 2
        || range.into_iter().any(|k| {
            let b = &cx.blocks[k];
            b.words >= 8 && b.link_density() < cx.p.link_block_density
        })
}

/// Step 2: widgets headed by a short block naming a label.
fn heading_step(cx: &mut Ctx) {
    for b in 0..cx.blocks.len() {
        let Some((label, why)) = cx.binfo[b].heading else {
            continue;
        };
        if !cx.open(b) {
            continue;
        }
        let owner = cx.blocks[b].owner as usize;
        if cx.nav[owner] {
            continue;
        }
        // A link or button ("View comments", "12 comments") is clutter on its own; it heads
        // nothing.
        if cx.blocks[b].link_density() > cx.p.link_block_density {
            cx.set(b, label, CONFIDENCE.button, why);
            continue;
        }
        // "Share" heads a bar only where share links are: on a forum every post has a Share
        // button and nothing to fold.
        if label == Label::Share {
            signup::share_heading(cx, b, why);
            continue;
        }
        let heading_chars = cx.blocks[b].chars;
        // Smallest enclosing element with more text than the heading.
        let mut e = owner;
        while cx.sums.chars[e] <= heading_chars + 2 {
            match cx.parent(e) {
                Some(p) if !cx.holds_article(p) && p != 0 => e = p,
                _ => break,
            }
        }
        // Blocks in the widget already labelled otherwise.
        let range = blocks_in(&cx.blocks, &cx.tree, e);
        let labelled: i64 = cx.tallies.labelled.iter().map(|t| t.sum(range.clone())).sum();
        let mixed = labelled > cx.tallies.labelled[label as usize].sum(range);
        // A box of other stories is mostly links; one that is mostly prose without links is
        // text the heading merely sits above (a roundup, the article itself).
        let prose_box = label == Label::Related
            && cx.sums.prose[e] as f32 > cx.p.related_box_max_prose * cx.sums.chars[e] as f32
            && cx.sums.link_density(e) < cx.p.plain_link_density;
        if cx.sums.chars[e] > heading_chars + 2
            && !cx.holds_article(e)
            && !holds_prose(cx, e)
            && !mixed
            && !prose_box
        {
            cx.set(b, label, CONFIDENCE.heading, why);
            for k in blocks_in(&cx.blocks, &cx.tree, e) {
                if cx.open(k) && !cx.binfo[k].bars(label) {
                    cx.set(k, label, CONFIDENCE.widget, Why::Widget { block: b as u32 });
                }
            }
            continue;
        }
        // The heading stands alone in its container: the widget is the run of link lists
        // (or, for comments, the form) right after it among its siblings.
        let mut took = false;
        let mut next = cx.tree.end[e] as usize + 1;
        let parent = cx.page.nodes[e].parent;
        while next < cx.page.nodes.len() && cx.page.nodes[next].parent == parent {
            let range = blocks_in(&cx.blocks, &cx.tree, next);
            if !range.is_empty() {
                let ld = cx.sums.link_density(next);
                let fits = match label {
                    Label::Related => ld >= cx.p.link_list_density,
                    _ => range.clone().all(|k| cx.decisions[k].label == Some(label)),
                };
                if !fits {
                    break;
                }
                for k in range {
                    if cx.open(k) {
                        cx.set(
                            k,
                            label,
                            CONFIDENCE.button,
                            Why::LinksAfterHeading { block: b as u32 },
                        );
                    }
                }
                took = true;
            }
            next = cx.tree.end[next] as usize + 1;
        }
        // Alone in the article region, only a block that is the phrase and nothing more
        // ("Comments (3)", "Join the conversation") heads content loaded later by script; a
        // subheading that merely starts with the words ("Comments from the minister") does not.
        let exact =
            !matches!(why, Why::Phrase { .. } | Why::Family { .. }) || cx.binfo[b].exact_heading;
        let in_region = cx.in_region[owner];
        if took || !in_region || exact {
            cx.set(b, label, if took { CONFIDENCE.widget } else { CONFIDENCE.lone_heading }, why);
        }
    }
}

/// Does element `e` hold prose of the article region that no evidence explains?
fn holds_prose(cx: &Ctx, e: usize) -> bool {
    let Some(r) = &cx.region else { return false };
    // The open prose blocks of the region inside `e`, counted as blocks get labels.
    let prose = cx.tallies.open_prose.sum(blocks_in(&cx.blocks, &cx.tree, e));
    prose as f32 > cx.p.holds_prose_share * cx.sums.chars[r.top as usize] as f32
}

/// Step 5: article or other.
fn rest_step(cx: &mut Ctx, config: &Config) {
    let n = cx.page.nodes.len();
    // Page chrome context, ignoring chrome markup on the article's own wrappers.
    let mut chrome: Vec<Option<u32>> = vec![None; n];
    for i in 0..n {
        let inherited = cx.parent(i).and_then(|p| chrome[p]);
        let own =
            (region::is_chrome(&cx.info, &cx.sums, i) && !cx.holds_article(i)).then_some(i as u32);
        chrome[i] = inherited.or(own);
    }
    for b in 0..cx.blocks.len() {
        if !cx.open(b) {
            continue;
        }
        let block = &cx.blocks[b];
        let owner = block.owner as usize;
        if config.fragment {
            cx.set(b, Label::Other, CONFIDENCE.no_region, Why::OutsideRegion);
            continue;
        }
        if let Some(c) = chrome[owner] {
            cx.set(b, Label::Other, CONFIDENCE.list, Why::Chrome { node: c });
        } else if !cx.in_region[owner] {
            cx.set(b, Label::Other, CONFIDENCE.outside, Why::OutsideRegion);
        } else if block.link_density() > cx.p.link_list_density
            && block.words <= cx.p.link_list_words
        {
            match teasers::story_link(cx, b) {
                Some(a) => cx.set(b, Label::Related, CONFIDENCE.list, Why::TeaserList { node: a }),
                None => cx.set(b, Label::Other, CONFIDENCE.outside, Why::LinkDense),
            }
        } else {
            let top = cx.region.as_ref().map_or(0, |r| r.top);
            let confidence =
                if is_prose(block) { CONFIDENCE.article_prose } else { CONFIDENCE.article_other };
            cx.set(b, Label::Article, confidence, Why::ArticleRegion { node: top });
        }
    }
}

/// Build the verdict: labels, article text, folds, reasons as codes.
fn finish(cx: Ctx, config: &Config) -> Verdict {
    let labels: Vec<Label> = cx.decisions.iter().map(|d| d.label.unwrap_or(Label::Other)).collect();
    let folds = fold::roots(cx.page, &cx.tree, &cx.blocks, &labels, config.fragment);
    // The extension asks for neither text nor per-block reasons (`include_text: false`): it
    // needs labels and the folds' reasons, and every string skipped here is one the wasm → JS
    // hand-over does not carry.
    let full = config.include_text;
    let mut article = String::new();
    let mut out = Vec::with_capacity(if config.blocks { cx.blocks.len() } else { 0 });
    for (id, (b, d)) in cx.blocks.iter().zip(&cx.decisions).enumerate() {
        let label = labels[id];
        if full && label == Label::Article {
            if !article.is_empty() {
                article.push('\n');
            }
            article.push_str(&b.text);
        }
        if !config.blocks {
            continue;
        }
        out.push(BlockVerdict {
            id: id as u32,
            node: b.owner,
            label,
            confidence: (d.confidence * 100.0).round() / 100.0,
            text: if full { b.text.clone() } else { String::new() },
            path: if full { explain::path(cx.page, b.owner as usize) } else { String::new() },
            reasons: if full {
                d.why.iter().map(|w| Reason::of(&cx.blocks, w, label)).collect()
            } else {
                Vec::new()
            },
        });
    }
    let folds = folds
        .into_iter()
        .map(|f| {
            // The first few distinct signals of its blocks.
            let mut whys: Vec<Why> = Vec::new();
            for &id in &f.block_ids {
                for w in &cx.decisions[id as usize].why {
                    if whys.len() < 4 && !whys.contains(w) {
                        whys.push(*w);
                    }
                }
            }
            let mut reasons: Vec<Reason> = Vec::new();
            for w in &whys {
                let r = Reason::of(&cx.blocks, w, f.label);
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
            crate::verdict::Fold {
                node: f.node,
                label: f.label,
                path: if full { explain::path(cx.page, f.node as usize) } else { String::new() },
                chars: f.block_ids.iter().map(|&k| cx.blocks[k as usize].chars).sum(),
                block_ids: if config.blocks { f.block_ids } else { Vec::new() },
                reasons,
            }
        })
        .collect();
    Verdict { version: crate::VERSION.to_string(), article_text: article, blocks: out, folds }
}
