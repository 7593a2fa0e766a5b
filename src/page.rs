//! The page table: the one input of the classifier.
//!
//! Both adapters produce it — the native one from saved HTML (`html/`, html5ever) and the
//! browser one from the live DOM (`extension/content/collect.js`) — so one algorithm serves the
//! CLI, the extension and the demo. It is a flat list of the page's nodes in document order
//! (pre-order), each with the index of its parent. Text nodes are entries of their own, so the
//! order of text and inline elements is kept.
//!
//! # What the adapters collect (both must follow these rules exactly)
//!
//! * Start at `<body>` (index 0 is the body element, parent `-1`). If the document has no body,
//!   start at the document element.
//! * Elements whose subtree is never visible text are skipped with their whole subtree:
//!   see [`SKIPPED_TAGS`]. Comment and processing-instruction nodes are skipped.
//!   `<textarea>`, `<select>`, `<input>`, `<button>`, `<img>`, `<br>` and `<hr>` are
//!   kept as elements, but the children of `<textarea>` and `<select>` are skipped
//!   (their text is a control's value, not page text).
//! * Shadow roots, iframe documents and `<template>` contents are not entered.
//! * Every text node is kept verbatim except that U+001E and U+001F (the wire separators)
//!   become spaces; a text node that is empty is dropped.
//! * Tag names are lower case (`div`, `p`, `my-widget`); text nodes have the tag `#text`.
//! * Attributes, on every element, verbatim, empty when absent: `id`, `class`, `role`,
//!   `itemprop`, `itemtype`, `type`, `name`; `href` only on `<a>`, `action` only on `<form>`.
//!   U+001E and U+001F in attribute values become spaces, as in text.
//! * Component names, on every element: `component` is the values of the
//!   [`COMPONENT_ATTRS`] present, in that order, joined by one space, and `label` is the
//!   `aria-label`; a value that is empty or longer than [`COMPONENT_MAX_UNITS`] UTF-16 code
//!   units (JavaScript's `length`) is left out. Verbatim otherwise (separators aside): the
//!   core lower-cases them when it splits them into tokens, as it does class names.
//! * `hidden` is true when the element has the `hidden` attribute; or `aria-hidden` whose value,
//!   trimmed and lower-cased, is `true`; or a `style` attribute matching (case-insensitively)
//!   `display\s*:\s*none` or `visibility\s*:\s*hidden`; or it is an `<input>` whose `type`,
//!   trimmed and lower-cased, is `hidden`. Descendants of a hidden element are still listed (their
//!   own flag is computed the same way); the core treats a subtree under a hidden element as hidden.
//!
//! # The wire format (browser → wasm)
//!
//! Crossing the wasm boundary once with a typed array and one string is several times cheaper
//! than serialising a JS object graph (DESIGN.md measured serde-wasm-bindgen at 6–8 ms for 2 000
//! blocks). So the browser adapter sends:
//!
//! * `parents: Int32Array` — the parent index of every node (`-1` for the root);
//! * `packed: string` — one record per node, records separated by U+001E, the [`WIRE_FIELDS`]
//!   of a record separated by U+001F: `tag, id, class, role, itemprop, itemtype, type, name,
//!   href, action, component, label, hidden ("1" or ""), text`.
//!
//! [`Page::from_wire`] decodes it; [`Page::to_wire`] encodes it (used by tests to prove both
//! directions agree).

use serde::{Deserialize, Serialize};

/// Elements skipped together with their subtree by both adapters.
pub const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math",
    "iframe", "frame", "frameset", "object", "embed", "canvas", "video", "audio", "picture",
    "source", "track", "map", "param", "dialog",
];

/// Tags whose children are skipped (the element itself is kept). The browser adapter also
/// skips the children of the HTML void elements (`img`, `br`, `input`…): only a script can give
/// them any, which browsers neither render nor serialize; an HTML parser never does.
pub const CHILDLESS_TAGS: &[&str] = &["textarea", "select"];

/// Inline-style declarations that hide an element (`property \s* : \s* value`, ASCII case
/// aside), read by both adapters.
pub const HIDDEN_DECLARATIONS: &[(&str, &str)] = &[("display", "none"), ("visibility", "hidden")];

/// Attributes that name a page's components in the markup of sites built from components
/// (React and similar): `data-component="newsletterSignUp"`, `data-testid="share-tools"`,
/// `data-module="related-searches"`, `data-widget="comments"`. Chosen from the saved pages of
/// tests/corpus: the `data-` attributes whose values name comments, share bars, related lists,
/// sign-ups or appeals on more than one site (tracking attributes such as `data-link-name`
/// name the link's destination, not the block, and are left out).
pub const COMPONENT_ATTRS: &[&str] = &[
    "data-component",
    "data-component-type",
    "data-module",
    "data-widget",
    "data-widget-type",
    "data-testid",
    "data-test-id",
    "data-type",
];

/// The longest component name or `aria-label` kept, in UTF-16 code units: names are short;
/// a longer value is a sentence (a teaser's headline as its label), not a name.
pub const COMPONENT_MAX_UNITS: usize = 64;

/// Is an attribute value short enough to be a component name (see [`COMPONENT_MAX_UNITS`])?
pub fn component_value(v: &str) -> bool {
    !v.is_empty() && v.len() <= 3 * COMPONENT_MAX_UNITS && {
        // Every UTF-8 byte sequence of a char is at least as long as its UTF-16 units, so
        // only values of more than COMPONENT_MAX_UNITS bytes need counting.
        v.len() <= COMPONENT_MAX_UNITS || v.encode_utf16().count() <= COMPONENT_MAX_UNITS
    }
}

/// The `component` field from an element's attribute values (`get(name)`, already wire-safe):
/// the [`COMPONENT_ATTRS`] present and short enough, in order, joined by a space.
pub fn component_field<'a>(get: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::new();
    for v in COMPONENT_ATTRS.iter().filter_map(|a| get(a)).filter(|v| component_value(v)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(v);
    }
    out
}

/// Separates records on the wire.
pub const RECORD_SEP: char = '\u{1e}';
/// Separates fields within a record on the wire.
pub const FIELD_SEP: char = '\u{1f}';
/// The fields of a wire record, in order.
pub const WIRE_FIELDS: [&str; 14] = [
    "tag",
    "id",
    "class",
    "role",
    "itemprop",
    "itemtype",
    "type",
    "name",
    "href",
    "action",
    "component",
    "label",
    "hidden",
    "text",
];

/// The tag given to text nodes.
pub const TEXT_TAG: &str = "#text";

/// No parent (the root).
pub const NO_PARENT: i32 = -1;

/// One node of the page: an element or a text node.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Node {
    /// Index of the parent node, or -1 for the root.
    pub parent: i32,
    /// Lower-case tag name, or `#text`.
    pub tag: String,
    /// Text of a text node (verbatim); empty for elements.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The `id` attribute, verbatim.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// The `class` attribute, verbatim.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub class: String,
    /// The `role` attribute (ARIA), verbatim.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// The `itemprop` attribute (microdata), verbatim.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub itemprop: String,
    /// The `itemtype` attribute (microdata), verbatim.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub itemtype: String,
    /// The `type` attribute (inputs, buttons).
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub input_type: String,
    /// The `name` attribute (form fields), verbatim.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The `href` attribute, on `<a>` only.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub href: String,
    /// The `action` attribute, on `<form>` only.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub action: String,
    /// The [`COMPONENT_ATTRS`] values present, joined by a space (see the module docs).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub component: String,
    /// The `aria-label` attribute, if short enough (see the module docs).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Hidden by attribute or inline style (see the module docs).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

impl Node {
    /// Is this a text node?
    pub fn is_text(&self) -> bool {
        self.tag == TEXT_TAG
    }
}

/// The page: its nodes in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The nodes in document order (pre-order); node 0 is the root.
    pub nodes: Vec<Node>,
}

/// Why a wire hand-over was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WireError {
    /// The number of parents and records differ.
    LengthMismatch {
        /// Entries in the parents array.
        parents: usize,
        /// Records in the packed string.
        records: usize,
    },
    /// A record does not have the expected number of fields.
    BadRecord {
        /// The record's node index.
        index: usize,
        /// The fields it has.
        fields: usize,
    },
    /// A parent index does not point to an earlier node (or a node after the first has none:
    /// a page has one root, node 0).
    BadParent {
        /// The node.
        index: usize,
        /// Its parent index as given.
        parent: i32,
    },
    /// The root (node 0) is a text node, not an element.
    TextRoot,
    /// The nodes are not in document order: the parent of a node must be the node before it or
    /// one of that node's ancestors (else a subtree is not a contiguous range of indices).
    OutOfOrder {
        /// The node.
        index: usize,
        /// Its parent index as given.
        parent: i32,
    },
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::LengthMismatch { parents, records } => {
                write!(f, "{parents} parents but {records} records")
            }
            WireError::BadRecord { index, fields } => {
                write!(f, "record {index} has {fields} fields, expected {}", WIRE_FIELDS.len())
            }
            WireError::BadParent { index, parent } => {
                write!(f, "node {index} has parent {parent}, which is not an earlier node")
            }
            WireError::TextRoot => f.write_str("the root node is a text node"),
            WireError::OutOfOrder { index, parent } => write!(
                f,
                "node {index} has parent {parent}, which is not an ancestor of the node before it \
                 (the nodes are not in document order)"
            ),
        }
    }
}

impl std::error::Error for WireError {}

impl Page {
    /// Decode the browser's hand-over. Checks the structure (one root, node 0, an element; every
    /// other node's parent is the node before it or one of its ancestors: document order), so
    /// the core can rely on document order (a subtree is a contiguous range of indices).
    pub fn from_wire(parents: &[i32], packed: &str) -> Result<Page, WireError> {
        if parents.is_empty() && packed.is_empty() {
            return Ok(Page::default());
        }
        let records = packed.split(RECORD_SEP);
        let mut nodes = Vec::with_capacity(parents.len());
        // The previous node and its ancestors, innermost last.
        let mut path: Vec<i32> = Vec::new();
        for (index, record) in records.enumerate() {
            let Some(&parent) = parents.get(index) else {
                let records = packed.split(RECORD_SEP).count();
                return Err(WireError::LengthMismatch { parents: parents.len(), records });
            };
            if parent < NO_PARENT
                || (parent >= 0 && parent as usize >= index)
                || (parent == NO_PARENT && index > 0)
            {
                return Err(WireError::BadParent { index, parent });
            }
            while path.last().is_some_and(|&p| p != parent) {
                path.pop();
            }
            if path.is_empty() && index > 0 {
                return Err(WireError::OutOfOrder { index, parent });
            }
            path.push(index as i32);
            let f: Vec<&str> = record.splitn(WIRE_FIELDS.len(), FIELD_SEP).collect();
            if f.len() != WIRE_FIELDS.len() {
                return Err(WireError::BadRecord { index, fields: f.len() });
            }
            nodes.push(Node {
                parent,
                tag: f[0].to_owned(),
                id: f[1].to_owned(),
                class: f[2].to_owned(),
                role: f[3].to_owned(),
                itemprop: f[4].to_owned(),
                itemtype: f[5].to_owned(),
                input_type: f[6].to_owned(),
                name: f[7].to_owned(),
                href: f[8].to_owned(),
                action: f[9].to_owned(),
                component: f[10].to_owned(),
                label: f[11].to_owned(),
                hidden: f[12] == "1",
                text: f[13].to_owned(),
            });
        }
        if nodes.first().is_some_and(Node::is_text) {
            return Err(WireError::TextRoot);
        }
        if nodes.len() != parents.len() {
            return Err(WireError::LengthMismatch { parents: parents.len(), records: nodes.len() });
        }
        Ok(Page { nodes })
    }

    /// Encode the page in the wire format (the inverse of [`Page::from_wire`]).
    pub fn to_wire(&self) -> (Vec<i32>, String) {
        let parents = self.nodes.iter().map(|n| n.parent).collect();
        let mut packed = String::new();
        for (i, n) in self.nodes.iter().enumerate() {
            if i > 0 {
                packed.push(RECORD_SEP);
            }
            let fields = [
                n.tag.as_str(),
                &n.id,
                &n.class,
                &n.role,
                &n.itemprop,
                &n.itemtype,
                &n.input_type,
                &n.name,
                &n.href,
                &n.action,
                &n.component,
                &n.label,
                if n.hidden { "1" } else { "" },
                &n.text,
            ];
            for (j, f) in fields.iter().enumerate() {
                if j > 0 {
                    packed.push(FIELD_SEP);
                }
                packed.push_str(f);
            }
        }
        (parents, packed)
    }

    /// Children lists (indices), computed once; document order is kept.
    pub fn children(&self) -> Vec<Vec<u32>> {
        let mut children = vec![Vec::new(); self.nodes.len()];
        for (i, n) in self.nodes.iter().enumerate() {
            if n.parent >= 0 {
                children[n.parent as usize].push(i as u32);
            }
        }
        children
    }
}

/// Make a text safe for the wire: the two separator characters become spaces.
pub fn wire_safe(text: &str) -> String {
    // Almost no text holds a separator: copy it once instead of running `replace`.
    if text.contains([RECORD_SEP, FIELD_SEP]) {
        text.replace([RECORD_SEP, FIELD_SEP], " ")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Page {
        let mut body = Node { parent: NO_PARENT, tag: "body".into(), ..Default::default() };
        body.class = "home page".into();
        body.component = "page-body".into();
        body.label = "Main".into();
        let p = Node { parent: 0, tag: "p".into(), id: "x".into(), ..Default::default() };
        let t = Node {
            parent: 1,
            tag: TEXT_TAG.into(),
            text: "Hello, world".into(),
            ..Default::default()
        };
        let a = Node {
            parent: 1,
            tag: "a".into(),
            href: "/next".into(),
            hidden: true,
            ..Default::default()
        };
        Page { nodes: vec![body, p, t, a] }
    }

    #[test]
    fn wire_round_trip() {
        let page = sample();
        let (parents, packed) = page.to_wire();
        assert_eq!(Page::from_wire(&parents, &packed).unwrap(), page);
    }

    #[test]
    fn wire_rejects_forward_parent() {
        let mut page = sample();
        page.nodes[1].parent = 3;
        let (parents, packed) = page.to_wire();
        assert_eq!(
            Page::from_wire(&parents, &packed),
            Err(WireError::BadParent { index: 1, parent: 3 })
        );
    }

    #[test]
    fn wire_rejects_a_second_root_and_a_text_root() {
        let mut page = sample();
        page.nodes[2].parent = NO_PARENT;
        let (parents, packed) = page.to_wire();
        assert_eq!(
            Page::from_wire(&parents, &packed),
            Err(WireError::BadParent { index: 2, parent: -1 })
        );
        let text = Page { nodes: vec![sample().nodes[2].clone()] };
        let mut text = text;
        text.nodes[0].parent = NO_PARENT;
        let (parents, packed) = text.to_wire();
        assert_eq!(Page::from_wire(&parents, &packed), Err(WireError::TextRoot));
    }

    #[test]
    fn wire_rejects_nodes_out_of_document_order() {
        // body > p > (#text, a): a node after the <a> (3) cannot go back under the #text (2).
        let mut page = sample();
        page.nodes.push(Node {
            parent: 2,
            tag: TEXT_TAG.into(),
            text: "x".into(),
            ..Default::default()
        });
        let (parents, packed) = page.to_wire();
        assert_eq!(
            Page::from_wire(&parents, &packed),
            Err(WireError::OutOfOrder { index: 4, parent: 2 })
        );
        // Going back up to an ancestor is document order.
        let mut page = sample();
        page.nodes.push(Node { parent: 0, tag: "div".into(), ..Default::default() });
        let (parents, packed) = page.to_wire();
        assert_eq!(Page::from_wire(&parents, &packed), Ok(page));
    }

    #[test]
    fn wire_rejects_short_record_and_length_mismatch() {
        assert!(matches!(
            Page::from_wire(&[-1], "body\u{1f}x"),
            Err(WireError::BadRecord { index: 0, .. })
        ));
        let (parents, packed) = sample().to_wire();
        assert!(matches!(
            Page::from_wire(&parents[..3], &packed),
            Err(WireError::LengthMismatch { .. })
        ));
        assert_eq!(Page::from_wire(&[], ""), Ok(Page::default()));
    }

    #[test]
    fn wire_safe_replaces_separators() {
        assert_eq!(wire_safe("a\u{1e}b\u{1f}c"), "a b c");
    }
}
