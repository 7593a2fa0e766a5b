//! The verdict: the one output of the classifier.

use serde::{Deserialize, Serialize};

pub use crate::category::Label;
pub use crate::reason::Reason;

/// One paragraph-level unit of visible text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlockVerdict {
    /// Block number, in page order.
    pub id: u32,
    /// Index (in the page table) of the element that owns the block.
    pub node: u32,
    /// What the block is.
    pub label: Label,
    /// 0..1: how sure the classifier is.
    pub confidence: f32,
    /// The block's visible text, whitespace collapsed.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub text: String,
    /// A short CSS-like path of the owner element, e.g. `div#respond > form.comment-form`.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub path: String,
    /// The signals that decided the label, as codes.
    pub reasons: Vec<Reason>,
}

/// An element the shim collapses: the outermost element whose visible text is all of one
/// non-article label. It never contains article text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fold {
    /// Index (in the page table) of the fold root element.
    pub node: u32,
    /// The one label of its blocks.
    pub label: Label,
    /// The blocks inside it.
    pub block_ids: Vec<u32>,
    /// A short CSS-like path of the fold root, as [`BlockVerdict::path`] (empty unless
    /// [`crate::Config::include_text`]).
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub path: String,
    /// Characters of visible text folded.
    pub chars: u32,
    /// The reasons of its blocks, de-duplicated.
    pub reasons: Vec<Reason>,
}

/// The classifier's answer for one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// The version of the classifier that wrote it ([`crate::VERSION`]).
    pub version: String,
    /// The article blocks' text in page order, joined by `\n`.
    pub article_text: String,
    /// Every block of the page, in page order (empty unless [`crate::Config::blocks`]).
    pub blocks: Vec<BlockVerdict>,
    /// The elements to collapse, in document order.
    pub folds: Vec<Fold>,
}
