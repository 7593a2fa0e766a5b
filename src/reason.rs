//! Reasons as codes: what decided a block, as data each front end puts in its own words.
//!
//! The core never writes a sentence for a reader. A verdict carries [`Reason`]s — a code, the
//! label it speaks for, a few plain arguments (a phrase, its language, a token, the start of a
//! heading) and the element it points at — and the CLI ([`english`]), the extension's fold bar
//! and popup (`_locales/*/messages.json`, key `reason_<code>`) and the demo render them. The list
//! of codes is generated into the JS side with the categories, and a test fails for a code no
//! corpus page fires.

use serde::{Deserialize, Serialize};

use crate::page::Page;
use crate::segment::Block;
use crate::signals::phrases::{self, Place};
use crate::signals::tokens::SPONSORED_TOKENS;
use crate::signals::Why;
use crate::verdict::Label;

/// Every reason code, with the names of its arguments (in order) and its English wording for
/// the CLI, where `$1`, `$2` are the arguments.
pub const CODES: &[(&str, &[&str], &str)] = &[
    ("token", &["token"], "the site marks this block \"$1\""),
    ("markup", &[], "marked up as comments (role, itemprop or itemtype)"),
    ("comment_form", &[], "a form with a comment box and name or e-mail fields"),
    ("signup_form", &[], "a form that asks only for an e-mail address"),
    ("share_links", &[], "links to share the story or follow the site"),
    ("link_target", &["target"], "links to \"$1\""),
    ("heading", &["phrase", "lang"], "heading \"$1\" ($2)"),
    ("sponsored", &["name"], "a sponsored box of links to other sites (\"$1\")"),
    ("wording", &["phrase", "lang"], "wording \"$1\" ($2)"),
    ("comment_count", &[], "a count of comments"),
    ("amount", &[], "an amount of money next to an appeal"),
    ("widget", &["heading"], "part of the box headed \"$1\""),
    ("appeal_run", &[], "one of the appeal's paragraphs"),
    ("teaser_list", &[], "a list of links to other stories"),
    ("links_after_heading", &["heading"], "links under the heading \"$1\""),
    ("article_region", &[], "prose in the article's part of the page"),
    ("chrome", &[], "page furniture (navigation, header, footer)"),
    ("link_dense", &[], "mostly links"),
    ("outside_region", &[], "outside the article's part of the page"),
];

/// One reason of a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reason {
    /// One of [`CODES`].
    pub code: String,
    /// The label this reason speaks for.
    pub label: Label,
    /// Plain arguments, as [`CODES`] names them.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub args: Vec<String>,
    /// The page-table index of the element it points at, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub node: Option<u32>,
}

/// The start of a block's text, for a heading argument.
fn quote(blocks: &[Block], b: u32) -> String {
    let text = blocks.get(b as usize).map_or("", |b| b.text.as_str());
    let mut q: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        q.push('…');
    }
    q
}

impl Reason {
    fn new(code: &'static str, label: Label, args: Vec<String>, node: Option<u32>) -> Reason {
        debug_assert!(CODES.iter().any(|c| c.0 == code && c.1.len() == args.len()), "{code}");
        Reason { code: code.to_string(), label, args, node }
    }

    /// The reason for one signal of a block labelled `label`.
    pub fn of(blocks: &[Block], w: &Why, label: Label) -> Reason {
        let r = |code, args, node| Reason::new(code, label, args, node);
        match *w {
            Why::Token { node, token } if SPONSORED_TOKENS.iter().any(|t| t.token == token) => {
                r("sponsored", vec![token.to_string()], Some(node))
            }
            Why::Token { node, token } => r("token", vec![token.to_string()], Some(node)),
            Why::Pair { node, first, second } => {
                r("token", vec![format!("{first}-{second}")], Some(node))
            }
            Why::Semantic { node } => r("markup", vec![], Some(node)),
            Why::CommentForm { node } => r("comment_form", vec![], Some(node)),
            Why::SignupForm { node } => r("signup_form", vec![], Some(node)),
            Why::ShareLinks { node } => r("share_links", vec![], Some(node)),
            Why::LinkTarget { node, part } => r("link_target", vec![part.to_string()], Some(node)),
            Why::Phrase { phrase } => {
                let p = phrases::phrase(phrase);
                if phrases::sponsored::is_sponsored(p) {
                    return r("sponsored", vec![p.text.to_string()], None);
                }
                let code = if p.place == Place::Anywhere { "wording" } else { "heading" };
                r(code, vec![p.text.to_string(), p.lang.to_string()], None)
            }
            Why::Family { first, second } => {
                let (a, b) = (phrases::phrase(first), phrases::phrase(second));
                let noun = if a.place == Place::Noun { a } else { b };
                // A related family heads its box; an appeal family is wording in its block.
                let code = if noun.label == Label::Related { "heading" } else { "wording" };
                r(code, vec![format!("{} … {}", a.text, b.text), noun.lang.to_string()], None)
            }
            Why::CommentCount => r("comment_count", vec![], None),
            Why::Money => r("amount", vec![], None),
            Why::Widget { block } => r("widget", vec![quote(blocks, block)], None),
            Why::AppealRun => r("appeal_run", vec![], None),
            Why::TeaserList { node } => r("teaser_list", vec![], Some(node)),
            Why::LinksAfterHeading { block } => {
                r("links_after_heading", vec![quote(blocks, block)], None)
            }
            Why::ArticleRegion { node } => r("article_region", vec![], Some(node)),
            Why::Chrome { node } => r("chrome", vec![], Some(node)),
            Why::LinkDense => r("link_dense", vec![], None),
            Why::OutsideRegion => r("outside_region", vec![], None),
        }
    }
}

/// A reason in English for the CLI; with `page`, followed by the element it points at.
pub fn english(reason: &Reason, page: Option<&Page>) -> String {
    let template = CODES.iter().find(|c| c.0 == reason.code).map_or("$0", |c| c.2);
    let mut s = template.to_string();
    // Highest first, so that `$1` never eats the start of a `$10`.
    for (i, a) in reason.args.iter().enumerate().rev() {
        s = s.replace(&format!("${}", i + 1), a);
    }
    s = s.replace("$0", &reason.code);
    if let (Some(page), Some(node)) = (page, reason.node) {
        if (node as usize) < page.nodes.len() {
            s.push_str(&format!(" [{}]", crate::explain::describe(page, node as usize)));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_their_wording_uses_every_argument() {
        for (i, (code, args, text)) in CODES.iter().enumerate() {
            assert!(!CODES[..i].iter().any(|c| c.0 == *code), "{code} twice");
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{code}");
            for k in 1..=args.len() {
                assert!(text.contains(&format!("${k}")), "{code} does not say ${k}");
            }
            assert!(!text.contains(&format!("${}", args.len() + 1)), "{code}: too many $n");
        }
    }

    #[test]
    fn english_fills_in_the_arguments() {
        let r =
            Reason::new("heading", Label::Related, vec!["lire aussi".into(), "fr".into()], None);
        assert_eq!(english(&r, None), "heading \"lire aussi\" (fr)");
        let unknown =
            Reason { code: "new_rule".into(), label: Label::Other, args: vec![], node: None };
        assert_eq!(english(&unknown, None), "new_rule");
    }
}
