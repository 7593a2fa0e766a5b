//! Benchmark only (`--features bench-websys`, wasm32): the road not taken at the wasm boundary.
//!
//! The shipped browser adapter collects the page table in JavaScript
//! (`extension/content/collect.js`) and hands it over once as an `Int32Array` plus one packed
//! string. This module is the alternative it is measured against (`make bench`, part 2): the core
//! walks the live DOM itself through web-sys, one call across the boundary per node and
//! attribute, and builds the [`Page`] directly. It follows the same collection rules
//! (src/page.rs) so both roads classify the same table; the benchmark checks that the verdicts
//! are byte-identical.
//!
//! Not part of the extension: the feature is off by default and the normal wasm build leaves this
//! file out.

use std::cell::RefCell;
use std::sync::OnceLock;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CharacterData, Element, Node as DomNode};

use crate::page::{
    component_field, component_value, wire_safe, Node, Page, CHILDLESS_TAGS, COMPONENT_ATTRS,
    NO_PARENT, SKIPPED_TAGS, TEXT_TAG,
};
use crate::{classify, Config};

thread_local! {
    /// The page the last [`websys_collect`] built, for [`classify_stored`].
    static STORED: RefCell<Page> = RefCell::new(Page::default());
}

fn hidden_style() -> &'static regex_lite::Regex {
    static RE: OnceLock<regex_lite::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex_lite::Regex::new(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden").expect("pattern")
    })
}

fn attr(el: &Element, name: &str) -> String {
    match el.get_attribute(name) {
        Some(v) => wire_safe(&v),
        None => String::new(),
    }
}

fn component_field_of(el: &Element) -> String {
    let values: Vec<(&str, String)> = COMPONENT_ATTRS.iter().map(|a| (*a, attr(el, a))).collect();
    component_field(|a| {
        values.iter().find(|(n, v)| *n == a && !v.is_empty()).map(|(_, v)| v.as_str())
    })
}

fn is_hidden(el: &Element, tag: &str) -> bool {
    if el.has_attribute("hidden") {
        return true;
    }
    if let Some(aria) = el.get_attribute("aria-hidden") {
        if aria.trim().eq_ignore_ascii_case("true") {
            return true;
        }
    }
    if let Some(style) = el.get_attribute("style") {
        if hidden_style().is_match(&style) {
            return true;
        }
    }
    if tag == "input" {
        if let Some(t) = el.get_attribute("type") {
            if t.trim().eq_ignore_ascii_case("hidden") {
                return true;
            }
        }
    }
    false
}

fn element_node(el: &Element, tag: String, parent: i32) -> Node {
    let href = if tag == "a" { attr(el, "href") } else { String::new() };
    let action = if tag == "form" { attr(el, "action") } else { String::new() };
    let hidden = is_hidden(el, &tag);
    Node {
        parent,
        id: attr(el, "id"),
        class: attr(el, "class"),
        role: attr(el, "role"),
        itemprop: attr(el, "itemprop"),
        itemtype: attr(el, "itemtype"),
        input_type: attr(el, "type"),
        name: attr(el, "name"),
        href,
        action,
        component: component_field_of(el),
        label: Some(attr(el, "aria-label")).filter(|v| component_value(v)).unwrap_or_default(),
        hidden,
        text: String::new(),
        tag,
    }
}

/// Walk `root` (the body) the way collect.js does and build the page table.
fn walk(root: &Element) -> Page {
    let mut nodes = Vec::new();
    let root_tag = root.local_name();
    let descend_root = !CHILDLESS_TAGS.contains(&root_tag.as_str());
    nodes.push(element_node(root, root_tag, NO_PARENT));
    let mut stack: Vec<(DomNode, i32)> = vec![(root.clone().unchecked_into(), 0)];
    let mut child = if descend_root { root.first_child() } else { None };
    loop {
        if let Some(node) = child {
            match node.node_type() {
                DomNode::ELEMENT_NODE => {
                    let el: &Element = node.unchecked_ref();
                    let tag = el.local_name();
                    if !SKIPPED_TAGS.contains(&tag.as_str()) {
                        let index = nodes.len() as i32;
                        let descend = !CHILDLESS_TAGS.contains(&tag.as_str());
                        let parent = stack.last().map_or(NO_PARENT, |s| s.1);
                        nodes.push(element_node(el, tag, parent));
                        if descend {
                            if let Some(first) = node.first_child() {
                                stack.push((node, index));
                                child = Some(first);
                                continue;
                            }
                        }
                    }
                }
                DomNode::TEXT_NODE | DomNode::CDATA_SECTION_NODE => {
                    let data = node.unchecked_ref::<CharacterData>().data();
                    if !data.is_empty() {
                        let parent = stack.last().map_or(NO_PARENT, |s| s.1);
                        nodes.push(Node {
                            parent,
                            tag: TEXT_TAG.to_owned(),
                            text: wire_safe(&data),
                            ..Node::default()
                        });
                    }
                }
                _ => {}
            }
            child = node.next_sibling();
            continue;
        }
        if stack.len() <= 1 {
            break;
        }
        let (done, _) = stack.pop().expect("non-empty stack");
        child = done.next_sibling();
    }
    Page { nodes }
}

/// Walk the DOM under `root` through web-sys and keep the page table; returns its node count.
#[wasm_bindgen(js_name = websysCollect)]
pub fn websys_collect(root: &Element) -> u32 {
    let page = walk(root);
    let n = page.nodes.len() as u32;
    STORED.with(|s| *s.borrow_mut() = page);
    n
}

/// Classify the table the last [`websys_collect`] built; the verdict JSON, as `classifyWire`.
#[wasm_bindgen(js_name = classifyStored)]
pub fn classify_stored(options: &str) -> Result<String, JsError> {
    let config: Config = if options.trim().is_empty() {
        Config::default()
    } else {
        serde_json::from_str(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let verdict = STORED.with(|s| classify(&s.borrow(), &config));
    serde_json::to_string(&verdict).map_err(|e| JsError::new(&e.to_string()))
}
