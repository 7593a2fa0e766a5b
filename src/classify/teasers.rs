//! Steps 3 and 3b: inline story links ("Related: <a>…</a>") and teaser lists outside the
//! article.

use super::{Ctx, CONFIDENCE};
use crate::segment::blocks_in;
use crate::signals::Why;
use crate::verdict::Label;

/// Step 3b: teaser lists outside the article — containers made mostly of links whose text reads
/// like a headline (several words), at least [`params::DecideParams::teaser_min_links`] of them. Menus
/// list sections in a word or two and sit in navigation, which never counts.
pub(super) fn teaser_step(cx: &mut Ctx) {
    let n = cx.page.nodes.len();
    // Words and characters of each link's text.
    let mut link_of = vec![usize::MAX; n];
    let mut words = vec![0u32; n];
    let mut chars = vec![0u32; n];
    // Characters of scripts written without spaces (a Chinese or Japanese headline says in
    // ten characters what an English one says in forty).
    let mut unspaced = vec![0u32; n];
    for i in 0..n {
        let node = &cx.page.nodes[i];
        let parent_link = cx.parent(i).map_or(usize::MAX, |p| link_of[p]);
        link_of[i] = if node.tag == "a" { i } else { parent_link };
        if node.is_text() && link_of[i] != usize::MAX && !cx.tree.hidden[i] {
            let a = link_of[i];
            words[a] += node.text.split_whitespace().count() as u32;
            for c in node.text.chars().filter(|c| !c.is_whitespace()) {
                chars[a] += 1;
                unspaced[a] += u32::from(crate::signals::phrases::unspaced(c));
            }
        }
    }
    // Headline links and their characters, summed up the tree.
    let mut count = vec![0u32; n];
    let mut headline_chars = vec![0u32; n];
    for i in 0..n {
        // A link into the page itself (`#note-12`, `#comments`) leads to no other story.
        if cx.page.nodes[i].tag == "a"
            && !cx.page.nodes[i].href.contains('#')
            && (words[i] >= cx.p.headline_min_words
                || chars[i] >= cx.p.headline_min_chars
                || unspaced[i] >= cx.p.headline_min_unspaced)
        {
            count[i] = 1;
            headline_chars[i] = chars[i];
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = cx.parent(i) {
            count[p] += count[i];
            headline_chars[p] += headline_chars[i];
        }
    }
    // Inside the article's body (by its markup) a list of links is the article's own.
    let mut in_body = vec![false; n];
    for i in 0..n {
        in_body[i] = cx.info[i].article_body || cx.parent(i).is_some_and(|p| in_body[p]);
    }
    // Elements holding site navigation: a footer made of menus is chrome, whatever it links.
    let mut holds_nav: Vec<bool> = (0..n).map(|i| cx.info[i].navigation).collect();
    for i in (1..n).rev() {
        if holds_nav[i] {
            if let Some(p) = cx.parent(i) {
                holds_nav[p] = true;
            }
        }
    }
    // The page's headline (its first visible `h1`) and its ancestors: a box of other stories
    // does not hold the page's own headline.
    let mut holds_headline = vec![false; n];
    if let Some(h) = (0..n).find(|&i| cx.page.nodes[i].tag == "h1" && !cx.tree.hidden[i]) {
        let mut cur = Some(h);
        while let Some(c) = cur {
            holds_headline[c] = true;
            cur = cx.parent(c);
        }
    }
    let qualifies = |cx: &Ctx, i: usize| {
        count[i] >= cx.p.teaser_min_links
            && !holds_headline[i]
            && !in_body[i]
            && !holds_nav[i]
            && headline_chars[i] as f32 >= cx.p.teaser_share * cx.sums.chars[i] as f32
            && !cx.in_region[i]
            && !cx.nav[i]
            && !cx.holds_article(i)
            && cx.region.as_ref().is_none_or(|r| !cx.tree.contains(i, r.top as usize))
    };
    let mut i = 1;
    while i < n {
        let outermost =
            qualifies(cx, i) && cx.parent(i).is_none_or(|p| p == 0 || !qualifies(cx, p));
        if outermost {
            for k in blocks_in(&cx.blocks, &cx.tree, i) {
                if cx.open(k) && !cx.binfo[k].bars(Label::Related) {
                    cx.set(k, Label::Related, CONFIDENCE.list, Why::TeaserList { node: i as u32 });
                }
            }
            i = cx.tree.end[i] as usize + 1;
        } else {
            i += 1;
        }
    }
}

/// Step 3: inline story links.
pub(super) fn lead_step(cx: &mut Ctx) {
    for b in 0..cx.blocks.len() {
        if let Some(why) = cx.binfo[b].lead {
            cx.set(b, Label::Related, CONFIDENCE.markup, why);
        }
    }
}

/// A paragraph of the article region that is one link to another page and reads like a
/// headline, not a sentence ("Trump falsely claims … cost him", "Wall Street Journal: The Scandal of K-12
/// Education"): an inline story link without a "Related:" lead. Returns the link. A run of tag
/// links is several links, and a link into the page itself (`#section`) or to a mail address
/// leads to no story.
pub(super) fn story_link(cx: &Ctx, b: usize) -> Option<u32> {
    let block = &cx.blocks[b];
    // A sentence that is a link ("Read the Turkish version here.") is the article's own; so
    // is an item of the article's list (sources, people, documents) and a section heading
    // that links to its subject.
    let owner_tag = cx.page.nodes[block.owner as usize].tag.as_str();
    let t = block.text.trim_end();
    if block.link_density() < cx.p.story_link_density
        || block.words < cx.p.headline_min_words
        || cx.binfo[b].bars(Label::Related)
        || t.ends_with(['.', '!', '。', '！'])
        || matches!(
            owner_tag,
            "li" | "dd" | "dt" | "td" | "th" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        )
    {
        return None;
    }
    let owner = block.owner as usize;
    let mut link: Option<usize> = None;
    for t in block.first as usize..=block.last as usize {
        let node = &cx.page.nodes[t];
        if !node.is_text() || cx.tree.hidden[t] || node.text.trim().is_empty() {
            continue;
        }
        // The nearest link around this text, up to the block's owner.
        let mut cur = cx.parent(t);
        let mut a = None;
        while let Some(c) = cur {
            if cx.page.nodes[c].tag == "a" {
                a = Some(c);
                break;
            }
            if c == owner {
                break;
            }
            cur = cx.parent(c);
        }
        match (a, link) {
            (None, _) => {}
            (Some(a), None) => link = Some(a),
            (Some(a), Some(l)) if a == l => {}
            _ => return None,
        }
    }
    let a = link?;
    let href = cx.page.nodes[a].href.trim();
    let leads_away = !href.is_empty()
        && !href.contains('#')
        && !href.starts_with("mailto:")
        && !href.starts_with("javascript:")
        && !EMBEDDED_POSTS.iter().any(|h| host_is(href, h));
    leads_away.then_some(a as u32)
}

/// Hosts whose links in an article are quoted posts (an embedded tweet's fallback link), not
/// stories.
const EMBEDDED_POSTS: &[&str] = &[
    "twitter.com",
    "x.com",
    "t.co",
    "facebook.com",
    "instagram.com",
    "threads.net",
    "bsky.app",
    "tiktok.com",
    "youtube.com",
    "youtu.be",
];

/// Is the host of `href` `host` or one of its subdomains?
fn host_is(href: &str, host: &str) -> bool {
    let rest = href.split_once("//").map_or("", |(_, r)| r);
    let h = rest.split(['/', '?', ':']).next().unwrap_or("").to_ascii_lowercase();
    h == host || h.ends_with(&format!(".{host}"))
}
