//! Reasons and paths in words, for the CLI's `--explain`, the JSON and the fold bar.

use crate::page::Page;
use crate::segment::Block;
use crate::signals::phrases;
use crate::signals::Why;

/// `tag#id.class1.class2` for one element (at most two classes).
pub fn describe(page: &Page, i: usize) -> String {
    let n = &page.nodes[i];
    let mut s = n.tag.clone();
    let id = n.id.trim();
    if !id.is_empty() && !id.contains(char::is_whitespace) {
        s.push('#');
        s.push_str(id);
    }
    for class in n.class.split_whitespace().take(2) {
        s.push('.');
        s.push_str(class);
    }
    s
}

/// A short path: the element and up to two ancestors, `div#respond > form.comment-form`.
pub fn path(page: &Page, i: usize) -> String {
    let mut parts = vec![describe(page, i)];
    let mut cur = page.nodes[i].parent;
    while cur >= 0 && parts.len() < 3 {
        parts.push(describe(page, cur as usize));
        cur = page.nodes[cur as usize].parent;
    }
    parts.reverse();
    parts.join(" > ")
}

/// Quote the start of a block's text.
fn quote(blocks: &[Block], b: u32) -> String {
    let text = blocks.get(b as usize).map_or("", |b| b.text.as_str());
    let mut q: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        q.push('…');
    }
    q
}

/// One reason in words.
pub fn why(page: &Page, blocks: &[Block], w: &Why) -> String {
    match *w {
        Why::Token { node, token } => {
            format!("class/id token '{token}' on {}", describe(page, node as usize))
        }
        Why::Pair { node, first, second } => {
            format!("class/id tokens '{first}-{second}' on {}", describe(page, node as usize))
        }
        Why::Semantic { node } => {
            format!("marked up as a comment ({})", describe(page, node as usize))
        }
        Why::CommentForm { node } => {
            format!(
                "form with a text area and name/e-mail fields ({})",
                describe(page, node as usize)
            )
        }
        Why::Phrase { phrase } => {
            let p = phrases::phrase(phrase);
            format!("phrase '{}' ({})", p.text, p.lang)
        }
        Why::LinkTarget { node, part } => {
            format!("link to '{part}' ({})", describe(page, node as usize))
        }
        Why::CommentCount => "comment count".to_string(),
        Why::Money => "currency amount in an appeal".to_string(),
        Why::Widget { block } => format!("in the widget of '{}'", quote(blocks, block)),
        Why::AppealRun => "part of the appeal's run of paragraphs".to_string(),
        Why::LinksAfterHeading { block } => {
            format!("links under the heading '{}'", quote(blocks, block))
        }
        Why::ArticleRegion { node } => {
            format!("text in the article region ({})", describe(page, node as usize))
        }
        Why::Chrome { node } => format!("page chrome ({})", describe(page, node as usize)),
        Why::TeaserList { node } => {
            format!("list of links to other stories ({})", describe(page, node as usize))
        }
        Why::LinkDense => "mostly links".to_string(),
        Why::OutsideRegion => "outside the article region".to_string(),
    }
}
