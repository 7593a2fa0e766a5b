//! Property tests on generated pages: random trees of news-page elements with clutter classes and
//! clutter wording, rendered to HTML, parsed by the native adapter and classified. Whatever the
//! page, the verdict keeps its contract:
//!
//! * (i) every visible word is in exactly one block: the multiset of the words of the visible
//!   text (computed from the generated tree, not from the parser's output) equals the multiset of
//!   the blocks' words;
//! * (ii) a fold never holds an article block, and holds every block inside its root;
//! * (iii) folds are disjoint and none is the root;
//! * (iv) the same page gives the same verdict twice, and so does its wire round trip;
//! * (v) nothing panics.
//!
//! (ii) and (iii), and the order of the text, are checked by `boilerfold::invariants::check`.

use std::collections::BTreeMap;

use boilerfold::html::parse_html;
use boilerfold::page::{Node, Page, TEXT_TAG};
use boilerfold::{classify, invariants, Config, Label};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// The generated tree.

/// How an element is hidden, if it is.
#[derive(Debug, Clone, Copy)]
enum Hide {
    No,
    Attribute,
    DisplayNone,
    VisibilityHidden,
    AriaHidden,
}

#[derive(Debug, Clone)]
enum Item {
    /// Visible text (decoded: the renderer escapes it).
    Text(String),
    /// Never visible: `<script>` or `<style>` content, or an HTML comment.
    Invisible(&'static str, String),
    Element {
        tag: &'static str,
        class: String,
        hide: Hide,
        children: Vec<Item>,
    },
}

const TAGS: &[&str] = &[
    "div", "p", "span", "a", "ul", "li", "h2", "section", "form", "textarea", "input", "nav",
    "aside", "footer",
];

const CLASSES: &[&str] = &[
    "",
    "",
    "comment",
    "comments-area",
    "related",
    "related-posts",
    "donate",
    "donation-box",
    "nav",
    "share",
    "entry-content",
    "post",
    "widget",
    "sidebar",
    "comment-respond",
    "wrapper",
];

const WORDS: &[&str] = &[
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "would",
    "resume",
    "after",
    "months",
    "of",
    "delay",
    "while",
    "critics",
    "warned",
    "a&b",
    "x<y>z",
    "café",
    "Привет",
    "日本語の文章",
    "2025",
    "$2",
    "—",
    "«quoted»",
    "don't",
    "e.g.",
    "Ω",
    "🙂",
];

const PHRASES: &[&str] = &[
    "Leave a Reply",
    "Related article:",
    "Dear readers, we rely on you. Please support us monthly starting from just $2.",
    "12 comments",
    "Related posts",
    "Donate now",
    "Your email address will not be published.",
];

fn words(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), min..max).prop_map(|w| w.join(" "))
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => words(1, 8),
        2 => prop::sample::select(PHRASES).prop_map(str::to_owned),
        // A long prose paragraph.
        2 => words(30, 90),
        // A non-breaking space between two words (it is whitespace: two words).
        1 => (words(1, 3), words(1, 3)).prop_map(|(a, b)| format!("{a}\u{a0}{b}")),
    ]
}

fn hide() -> impl Strategy<Value = Hide> {
    prop_oneof![
        12 => Just(Hide::No),
        1 => Just(Hide::Attribute),
        1 => Just(Hide::DisplayNone),
        1 => Just(Hide::VisibilityHidden),
        1 => Just(Hide::AriaHidden),
    ]
}

fn class() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(CLASSES), 0..3)
        .prop_map(|c| c.into_iter().filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" "))
}

fn leaf() -> impl Strategy<Value = Item> {
    prop_oneof![
        8 => text().prop_map(Item::Text),
        1 => words(1, 4).prop_map(|w| Item::Invisible("script", w)),
        1 => words(1, 4).prop_map(|w| Item::Invisible("style", w)),
        1 => words(1, 4).prop_map(|w| Item::Invisible("comment", w)),
    ]
}

fn item() -> impl Strategy<Value = Item> {
    leaf().prop_recursive(6, 120, 6, |inner| {
        (prop::sample::select(TAGS), class(), hide(), prop::collection::vec(inner, 0..6))
            .prop_map(|(tag, class, hide, children)| Item::Element { tag, class, hide, children })
    })
}

fn body() -> impl Strategy<Value = Vec<Item>> {
    prop::collection::vec(item(), 1..8)
}

// ---------------------------------------------------------------------------------------------
// Normalising: the tree the HTML parser will build exactly (the generator may nest a `<div>` in
// a `<p>` or an `<a>` in an `<a>`; the parser would move such elements, so they become spans).

#[derive(Debug, Default, Clone, Copy)]
struct Context {
    /// Inside an element whose content is phrasing only (p, h2, span, a).
    phrasing: bool,
    in_link: bool,
    in_form: bool,
    /// The parent is a `<ul>`: every child must be an `<li>`.
    in_list: bool,
}

fn normalise(items: Vec<Item>, cx: Context) -> Vec<Item> {
    let mut out = Vec::new();
    for item in items {
        let item = match item {
            Item::Element { tag, class, hide, children } => {
                let tag = normal_tag(tag, cx);
                let inner = Context {
                    phrasing: cx.phrasing || matches!(tag, "p" | "h2" | "span" | "a"),
                    in_link: cx.in_link || tag == "a",
                    in_form: cx.in_form || tag == "form",
                    in_list: tag == "ul",
                };
                let children = match tag {
                    "input" => Vec::new(),
                    // Raw text: only the text of the children, never markup.
                    "textarea" => vec![Item::Text(all_text(&children))],
                    _ => normalise(children, inner),
                };
                Item::Element { tag, class, hide, children }
            }
            other if cx.in_list => {
                // Text directly in a list goes into an item of its own.
                let inner = Context { in_list: false, ..cx };
                Item::Element {
                    tag: "li",
                    class: String::new(),
                    hide: Hide::No,
                    children: normalise(vec![other], inner),
                }
            }
            other => other,
        };
        out.push(item);
    }
    out
}

fn normal_tag(tag: &'static str, cx: Context) -> &'static str {
    let block = matches!(
        tag,
        "div" | "p" | "ul" | "li" | "h2" | "section" | "form" | "nav" | "aside" | "footer"
    );
    if cx.in_list {
        return "li";
    }
    if cx.phrasing && block {
        return "span";
    }
    match tag {
        "a" if cx.in_link => "span",
        "form" if cx.in_form => "div",
        "li" => "div",
        t => t,
    }
}

fn all_text(items: &[Item]) -> String {
    let mut out = Vec::new();
    for item in items {
        match item {
            Item::Text(t) => out.push(t.clone()),
            Item::Invisible(_, t) => out.push(t.clone()),
            Item::Element { children, .. } => out.push(all_text(children)),
        }
    }
    out.join(" ")
}

// ---------------------------------------------------------------------------------------------
// Rendering and the expected words.

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\u{a0}', "&nbsp;")
}

fn render(items: &[Item], out: &mut String) {
    for item in items {
        match item {
            // Spaces around every text: word boundaries are the generator's, not the markup's.
            Item::Text(t) => {
                out.push(' ');
                out.push_str(&escape(t));
                out.push(' ');
            }
            Item::Invisible("comment", t) => {
                out.push_str("<!-- ");
                out.push_str(&escape(t));
                out.push_str(" -->");
            }
            Item::Invisible(tag, t) => {
                out.push_str(&format!("<{tag}>/* {} */</{tag}>", escape(t)));
            }
            Item::Element { tag, class, hide, children } => {
                out.push('<');
                out.push_str(tag);
                if !class.is_empty() {
                    out.push_str(&format!(" class=\"{class}\""));
                }
                out.push_str(match hide {
                    Hide::No => "",
                    Hide::Attribute => " hidden",
                    Hide::DisplayNone => " style=\"color: red; display : none\"",
                    Hide::VisibilityHidden => " style=\"visibility:hidden\"",
                    Hide::AriaHidden => " aria-hidden=\"true\"",
                });
                if *tag == "a" {
                    out.push_str(" href=\"/story\"");
                }
                out.push('>');
                if *tag == "input" {
                    continue;
                }
                if *tag == "textarea" {
                    if let [Item::Text(t)] = children.as_slice() {
                        out.push_str(&escape(t));
                    }
                } else {
                    render(children, out);
                }
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
}

fn page_html(items: &[Item]) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>A story</title></head>\n\
         <body>\n",
    );
    render(items, &mut out);
    out.push_str("\n</body></html>\n");
    out
}

/// The words a reader sees: not under a hidden element, not in a textarea, script, style or
/// comment.
fn visible_words(items: &[Item], out: &mut BTreeMap<String, usize>) {
    for item in items {
        match item {
            Item::Text(t) => {
                for w in t.split_whitespace() {
                    *out.entry(w.to_owned()).or_default() += 1;
                }
            }
            Item::Invisible(..) => {}
            Item::Element { tag, hide, children, .. } => {
                if matches!(hide, Hide::No) && *tag != "textarea" {
                    visible_words(children, out);
                }
            }
        }
    }
}

fn block_words(verdict: &boilerfold::Verdict) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for b in &verdict.blocks {
        for w in b.text.split_whitespace() {
            *out.entry(w.to_owned()).or_default() += 1;
        }
    }
    out
}

/// All the checks on one page's verdict.
fn check_page(page: &Page) -> Result<boilerfold::Verdict, TestCaseError> {
    let config = Config::default();
    let verdict = classify(page, &config);
    invariants::check(page, &verdict).map_err(TestCaseError::fail)?;
    // (iv) Determinism, and the wire round trip.
    prop_assert_eq!(&classify(page, &config), &verdict);
    let (parents, packed) = page.to_wire();
    let back =
        Page::from_wire(&parents, &packed).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, page);
    prop_assert_eq!(&classify(&back, &config), &verdict);
    Ok(verdict)
}

/// One generated page: parse, classify, check. Returns (folds, article blocks) for the tally.
fn one_page(items: Vec<Item>) -> Result<(usize, usize), TestCaseError> {
    let items = normalise(items, Context::default());
    let html = page_html(&items);
    let parsed = match parse_html(html.as_bytes()) {
        Ok(p) => p,
        Err(e) => return Err(TestCaseError::fail(format!("{e}: {html}"))),
    };
    let verdict = check_page(&parsed.page)?;
    // (i) The words of the generated tree, not of the parser's output.
    let mut expected = BTreeMap::new();
    visible_words(&items, &mut expected);
    prop_assert_eq!(block_words(&verdict), expected, "page: {}", html);
    let articles = verdict.blocks.iter().filter(|b| b.label == Label::Article).count();
    Ok((verdict.folds.len(), articles))
}

#[test]
fn generated_pages_keep_the_contract() {
    use proptest::test_runner::{Config as RunnerConfig, TestRunner};
    use std::cell::Cell;
    let mut runner = TestRunner::new(RunnerConfig { cases: 256, ..RunnerConfig::default() });
    let with_folds = Cell::new(0);
    let with_article = Cell::new(0);
    let result = runner.run(&body(), |items| {
        let (folds, articles) = one_page(items)?;
        with_folds.set(with_folds.get() + usize::from(folds > 0));
        with_article.set(with_article.get() + usize::from(articles > 0));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    eprintln!("{} of 256 pages had folds, {} had article", with_folds.get(), with_article.get());
    // The generator reaches the cases that matter: pages with folds and pages with an article
    // (else the checks above would pass on trivial verdicts).
    assert!(with_folds.get() >= 25, "only {} of 256 pages had a fold", with_folds.get());
    assert!(with_article.get() >= 25, "only {} of 256 pages had article", with_article.get());
}

// ---------------------------------------------------------------------------------------------
// Hostile sizes: they finish (times are measured elsewhere, never asserted).

/// Classify once and check the contract (determinism is covered on the generated pages).
fn check_big(page: &Page) -> boilerfold::Verdict {
    let verdict = classify(page, &Config::default());
    if let Err(e) = invariants::check(page, &verdict) {
        panic!("{e}");
    }
    verdict
}

fn el(parent: i32, tag: &str) -> Node {
    Node { parent, tag: tag.into(), ..Default::default() }
}

fn txt(parent: i32, t: &str) -> Node {
    Node { parent, tag: TEXT_TAG.into(), text: t.into(), ..Default::default() }
}

#[test]
fn two_hundred_thousand_levels_deep() {
    const DEPTH: usize = 200_000;
    // The page table straight: no parser limit in the way.
    let mut nodes = vec![el(-1, "body")];
    let mut last = 0;
    for d in 0..DEPTH {
        let tag = ["div", "span", "section", "a"][d % 4];
        nodes.push(el(last, tag));
        last = nodes.len() as i32 - 1;
        if d % 1000 == 0 {
            nodes.push(txt(last, "Leave a Reply to the twelve comments below "));
        }
    }
    nodes.push(txt(last, "the deepest words"));
    let page = Page { nodes };
    let verdict = check_big(&page);
    assert_eq!(verdict.blocks.len(), DEPTH / 1000 + 1);
    assert!(verdict.blocks.last().unwrap().text.ends_with("the deepest words"));

    // And the same depth through the adapter (which caps the open elements at 512, like Blink).
    let mut html = String::from("<!DOCTYPE html><body>");
    html.push_str(&"<div class=\"comment\">".repeat(DEPTH));
    html.push_str("the deepest words");
    html.push_str(&"</div>".repeat(DEPTH));
    let parsed = parse_html(html.as_bytes()).unwrap();
    let verdict = check_big(&parsed.page);
    assert_eq!(verdict.blocks.len(), 1);
    assert_eq!(verdict.blocks[0].text, "the deepest words");
}

#[test]
fn one_hundred_thousand_links() {
    const LINKS: usize = 100_000;
    let mut html = String::from("<!DOCTYPE html><body><article><p>");
    html.push_str(&"The story begins here and goes on for a while. ".repeat(50));
    html.push_str("</p></article><ul class=\"related\">");
    for i in 0..LINKS {
        html.push_str(&format!("<li><a href=\"/s/{i}\">Story number {i} in the list</a></li>"));
    }
    html.push_str("</ul><div>");
    for i in 0..LINKS {
        html.push_str(&format!("<a href=\"/t/{i}\">t{i}</a> "));
    }
    html.push_str("</div></body>");
    let parsed = parse_html(html.as_bytes()).unwrap();
    let verdict = check_big(&parsed.page);
    // One block per list item, one for the article paragraph, one for the run of inline links.
    assert_eq!(verdict.blocks.len(), LINKS + 2);
    assert_eq!(verdict.blocks[0].label, Label::Article);
    assert!(verdict.blocks[1..=LINKS].iter().all(|b| b.label != Label::Article));
}

/// Fuzzing the classifier's scaling found headings quadratic: each "Related posts" heading in
/// one container walked the whole container (40 000 headings took 8 s). Now linear; a
/// regression shows as a suite that takes minutes.
#[test]
fn one_hundred_thousand_headings_in_one_container() {
    let mut html = String::from("<!DOCTYPE html><body><article><p>");
    html.push_str(&"The story begins here and goes on for a while. ".repeat(50));
    html.push_str("</p></article><div>");
    html.push_str(&"<h2>Related posts</h2>".repeat(100_000));
    html.push_str("<div class=\"comments\"><p>A reader wrote this comment.</p></div></div>");
    let parsed = parse_html(html.as_bytes()).unwrap();
    let verdict = check_big(&parsed.page);
    assert_eq!(verdict.blocks.len(), 100_002);
    assert_eq!(verdict.blocks[0].label, Label::Article);
    assert_eq!(verdict.blocks.last().unwrap().label, Label::Comment);
}
