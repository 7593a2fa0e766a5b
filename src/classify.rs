//! Decide: blocks → labels → folds. (Placeholder: everything is article until the signals land.)

use crate::config::Config;
use crate::page::Page;
use crate::segment::{segment, Tree};
use crate::verdict::{BlockVerdict, Label, Verdict};

/// Run the pipeline.
pub fn run(page: &Page, config: &Config) -> Verdict {
    let tree = Tree::new(page);
    let blocks = segment(page, &tree);
    let mut out = Vec::with_capacity(blocks.len());
    let mut article = Vec::new();
    for (id, b) in blocks.iter().enumerate() {
        article.push(b.text.as_str());
        out.push(BlockVerdict {
            id: id as u32,
            node: b.owner,
            label: Label::Article,
            confidence: 0.5,
            text: if config.include_text { b.text.clone() } else { String::new() },
            path: String::new(),
            reasons: vec![],
        });
    }
    Verdict {
        version: crate::VERSION.to_string(),
        article_text: article.join("\n"),
        blocks: out,
        folds: vec![],
    }
}
