//! The verdict: the one output of the classifier.

use serde::{Deserialize, Serialize};

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// The body of the article: kept.
    Article,
    /// An appeal for the reader's money.
    Donation,
    /// Links or teasers to other stories.
    Related,
    /// A comment form, reader comments, comment counts.
    Comment,
    /// Everything else (navigation, footer, ads, newsletter sign-ups…). Not folded.
    Other,
}

impl Label {
    /// All labels, in a fixed order.
    pub const ALL: [Label; 5] =
        [Label::Article, Label::Donation, Label::Related, Label::Comment, Label::Other];

    /// The label's name as used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Article => "article",
            Label::Donation => "donation",
            Label::Related => "related",
            Label::Comment => "comment",
            Label::Other => "other",
        }
    }

    /// Labels the extension folds.
    pub fn is_clutter(self) -> bool {
        matches!(self, Label::Donation | Label::Related | Label::Comment)
    }

    /// Parse a label name.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// One paragraph-level unit of visible text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlockVerdict {
    /// Block number, in page order.
    pub id: u32,
    /// Index (in the page table) of the element that owns the block.
    pub node: u32,
    pub label: Label,
    /// 0..1: how sure the classifier is.
    pub confidence: f32,
    /// The block's visible text, whitespace collapsed.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub text: String,
    /// A short CSS-like path of the owner element, e.g. `div#respond > form.comment-form`.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub path: String,
    /// The signals that decided the label, in words.
    pub reasons: Vec<String>,
}

/// An element the shim collapses: the outermost element whose visible text is all of one
/// non-article label. It never contains article text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fold {
    /// Index (in the page table) of the fold root element.
    pub node: u32,
    pub label: Label,
    /// The blocks inside it.
    pub block_ids: Vec<u32>,
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub path: String,
    /// Characters of visible text folded.
    pub chars: u32,
    /// The reasons of its blocks, de-duplicated.
    pub reasons: Vec<String>,
}

/// The classifier's answer for one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub version: String,
    /// The article blocks' text in page order, joined by `\n`.
    pub article_text: String,
    pub blocks: Vec<BlockVerdict>,
    pub folds: Vec<Fold>,
}
