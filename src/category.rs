//! The categories: one registry of labels, from which everything else takes its list.
//!
//! A label's slot in per-label arrays, its name on the wire, its colour, whether the extension
//! folds it by default and the message keys of its words all come from [`REGISTRY`]; the
//! extension's, the demo's and the e2e helpers' lists are generated from it at build time
//! (`examples/shared_js.rs`). Adding a category is one variant here, one registry row, its
//! signal tables and its locale strings (DEVELOPING.md walks through it).

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
    /// A box that asks for the reader's e-mail address to send news or offers.
    Newsletter,
    /// Share and follow bars: links to share the story or follow the site elsewhere.
    Share,
    /// Everything else (navigation, footer, ads…). Not folded.
    Other,
}

/// One category's row in the registry.
#[derive(Debug, Clone, Copy)]
pub struct Category {
    /// The label this row describes.
    pub label: Label,
    /// The name in JSON, on the command line, in storage and in message keys.
    pub id: &'static str,
    /// Its name in English (the CLI and the demo; the extension's words are in `_locales`,
    /// under `label_<id>` and `bar_<id>`).
    pub name: &'static str,
    /// Folded by the extension at all (the clutter categories).
    pub clutter: bool,
    /// Folded unless the reader turns it off (clutter only).
    pub fold_by_default: bool,
    /// The demo's outline colour and the bar's accent.
    pub colour: &'static str,
}

/// Every label, in [`Label`] order. The clutter rows are the ones between `Article` and
/// `Other`, so that a clutter label's slot is its index minus one.
pub const REGISTRY: [Category; Label::COUNT] = [
    Category {
        label: Label::Article,
        id: "article",
        name: "Article",
        clutter: false,
        fold_by_default: false,
        colour: "#1f9d55",
    },
    Category {
        label: Label::Donation,
        id: "donation",
        name: "Support appeal",
        clutter: true,
        fold_by_default: true,
        colour: "#c2189b",
    },
    Category {
        label: Label::Related,
        id: "related",
        name: "More stories",
        clutter: true,
        fold_by_default: true,
        colour: "#2563eb",
    },
    Category {
        label: Label::Comment,
        id: "comment",
        name: "Comments",
        clutter: true,
        fold_by_default: true,
        colour: "#e0590b",
    },
    Category {
        label: Label::Newsletter,
        id: "newsletter",
        name: "Newsletter sign-up",
        clutter: true,
        fold_by_default: true,
        colour: "#7c3aed",
    },
    Category {
        label: Label::Share,
        id: "share",
        name: "Share buttons",
        clutter: true,
        fold_by_default: true,
        colour: "#0d9488",
    },
    Category {
        label: Label::Other,
        id: "other",
        name: "Other",
        clutter: false,
        fold_by_default: false,
        colour: "#8a9099",
    },
];

/// How many clutter labels there are: the length of every per-label evidence array.
pub const CLUTTER: usize = Label::COUNT - 2;

impl Label {
    /// How many labels there are.
    pub const COUNT: usize = Label::Other as usize + 1;

    /// All labels, in registry order.
    pub const ALL: [Label; Label::COUNT] = {
        let mut all = [Label::Article; Label::COUNT];
        let mut i = 0;
        while i < Label::COUNT {
            all[i] = REGISTRY[i].label;
            i += 1;
        }
        all
    };

    /// The clutter labels in slot order.
    pub const SLOTS: [Label; CLUTTER] = {
        let mut slots = [Label::Article; CLUTTER];
        let mut i = 0;
        while i < CLUTTER {
            slots[i] = REGISTRY[i + 1].label;
            i += 1;
        }
        slots
    };

    /// The label's registry row.
    pub fn category(self) -> &'static Category {
        &REGISTRY[self as usize]
    }

    /// The label's name as used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        self.category().id
    }

    /// Labels the extension folds.
    pub fn is_clutter(self) -> bool {
        self.category().clutter
    }

    /// The index of a clutter label in per-label arrays (`None` for article and other).
    pub fn slot(self) -> Option<usize> {
        self.is_clutter().then(|| self as usize - 1)
    }

    /// Parse a label name.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_in_label_order_with_clutter_in_the_middle() {
        for (i, c) in REGISTRY.iter().enumerate() {
            assert_eq!(c.label as usize, i, "{} is out of order", c.id);
            let middle = i > 0 && i + 1 < Label::COUNT;
            assert_eq!(c.clutter, middle, "{}: clutter rows sit between article and other", c.id);
            assert!(
                c.clutter || !c.fold_by_default,
                "{} folds by default but is not clutter",
                c.id
            );
            assert_eq!(Label::parse(c.id), Some(c.label));
            assert!(c.colour.len() == 7 && c.colour.starts_with('#'), "{}: colour #rrggbb", c.id);
        }
        for (s, l) in Label::SLOTS.iter().enumerate() {
            assert_eq!(l.slot(), Some(s));
        }
        assert_eq!(Label::Article.slot(), None);
        assert_eq!(Label::Other.slot(), None);
    }

    #[test]
    fn serde_names_are_the_registry_ids() {
        for l in Label::ALL {
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{}\"", l.as_str()));
        }
    }
}
