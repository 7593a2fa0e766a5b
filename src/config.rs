//! Options of the classifier, shared by the CLI, the demo and the extension.

use serde::{Deserialize, Serialize};

/// Options. Every field has a default, so any subset may be given as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// Put each block's text, path and reasons, and the article text, into the verdict (the
    /// CLI and the demo want them; the extension does not: it shows the folds' reasons only,
    /// and a smaller verdict keeps the wasm → JS hand-over cheap).
    pub include_text: bool,
    /// The page is a fragment added after the first classification (infinite scroll, SPA
    /// content): no article region is searched, and only blocks with explicit evidence of
    /// being clutter are labelled; everything else is `other` and stays visible.
    pub fragment: bool,
    /// List every block in the verdict, and each fold's blocks. The extension only needs the
    /// folds (their root, label, size and reasons): on a page of 100 000 links the block list
    /// is megabytes of JSON that the page's thread would have to parse for nothing.
    pub blocks: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config { include_text: true, fragment: false, blocks: true }
    }
}
