//! Flattening: the rules of page.rs, the walk of collect.js.

use html5ever::ns;

use super::sink::{Arena, ArenaNode, Data, Element, NONE};
use crate::page::{
    component_field, component_value, Node, Page, CHILDLESS_TAGS, HIDDEN_DECLARATIONS, NO_PARENT,
    SKIPPED_TAGS, TEXT_TAG,
};

fn html_element(nodes: &[ArenaNode], i: u32) -> Option<&Element> {
    match &nodes[i as usize].data {
        Data::Element(e) if e.name.ns == ns!(html) => Some(e),
        _ => None,
    }
}

/// The root of collection: `document.body` (the first `body` or `frameset` child of the `html`
/// document element), else the document element.
fn collection_root(nodes: &[ArenaNode]) -> Option<u32> {
    let mut c = nodes[0].first;
    while c != NONE && !matches!(nodes[c as usize].data, Data::Element(_)) {
        c = nodes[c as usize].next;
    }
    if c == NONE {
        return None;
    }
    let doc_elem = c;
    if html_element(nodes, doc_elem).is_some_and(|e| &*e.name.local == "html") {
        let mut b = nodes[doc_elem as usize].first;
        while b != NONE {
            if html_element(nodes, b).is_some_and(|e| matches!(&*e.name.local, "body" | "frameset"))
            {
                return Some(b);
            }
            b = nodes[b as usize].next;
        }
    }
    Some(doc_elem)
}

/// JavaScript's `\s` and `String.prototype.trim` set (WhiteSpace and LineTerminator).
fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// Does `s` contain `word \s* : \s* value` (ASCII case-insensitive, JS whitespace)?
fn has_declaration(s: &str, word: &str, value: &str) -> bool {
    let b = s.as_bytes();
    let mut from = 0;
    while from + word.len() <= b.len() {
        let Some(off) =
            b[from..].windows(word.len()).position(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        else {
            return false;
        };
        let start = from + off;
        from = start + 1;
        let rest = &s[start + word.len()..];
        let rest = rest.trim_start_matches(is_js_space);
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start_matches(is_js_space);
        if rest.len() >= value.len()
            && rest.as_bytes()[..value.len()].eq_ignore_ascii_case(value.as_bytes())
        {
            return true;
        }
    }
    false
}

fn is_hidden(e: &Element, tag: &str) -> bool {
    if e.attr("hidden").is_some() {
        return true;
    }
    if e.attr("aria-hidden")
        .is_some_and(|v| v.trim_matches(is_js_space).eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        if HIDDEN_DECLARATIONS.iter().any(|(word, value)| has_declaration(style, word, value)) {
            return true;
        }
    }
    tag == "input"
        && e.attr("type")
            .is_some_and(|v| v.trim_matches(is_js_space).eq_ignore_ascii_case("hidden"))
}

fn safe(s: &str) -> String {
    crate::page::wire_safe(s)
}

fn element_node(e: &Element, tag: &str, parent: i32) -> Node {
    let get = |name: &str| e.attr(name).map(safe).unwrap_or_default();
    Node {
        parent,
        tag: tag.to_owned(),
        text: String::new(),
        id: get("id"),
        class: get("class"),
        role: get("role"),
        itemprop: get("itemprop"),
        itemtype: get("itemtype"),
        input_type: get("type"),
        name: get("name"),
        href: if tag == "a" { get("href") } else { String::new() },
        action: if tag == "form" { get("action") } else { String::new() },
        component: safe(&component_field(|a| e.attr(a))),
        label: e.attr("aria-label").filter(|v| component_value(v)).map(safe).unwrap_or_default(),
        hidden: is_hidden(e, tag),
    }
}

/// The arena DOM → the page table.
pub fn flatten(arena: &Arena) -> Page {
    let nodes = arena.nodes.borrow();
    let nodes: &[ArenaNode] = &nodes;
    let mut out: Vec<Node> = Vec::new();
    let Some(root) = collection_root(nodes) else {
        return Page { nodes: out };
    };
    let Data::Element(root_elem) = &nodes[root as usize].data else {
        return Page { nodes: out };
    };
    let root_tag: &str = &root_elem.name.local;
    out.push(element_node(root_elem, root_tag, NO_PARENT));

    // The stack of open elements: (arena index, page index).
    let mut stack: Vec<(u32, i32)> = vec![(root, 0)];
    let mut child =
        if CHILDLESS_TAGS.contains(&root_tag) { NONE } else { nodes[root as usize].first };
    loop {
        if child != NONE {
            let node = &nodes[child as usize];
            let parent_index = stack.last().map_or(NO_PARENT, |s| s.1);
            match &node.data {
                Data::Element(e) => {
                    let tag: &str = &e.name.local;
                    if !SKIPPED_TAGS.contains(&tag) {
                        let index = out.len() as i32;
                        out.push(element_node(e, tag, parent_index));
                        if !CHILDLESS_TAGS.contains(&tag) && node.first != NONE {
                            stack.push((child, index));
                            child = node.first;
                            continue;
                        }
                    }
                }
                Data::Text(t) if !t.is_empty() => {
                    out.push(Node {
                        parent: parent_index,
                        tag: TEXT_TAG.to_owned(),
                        text: safe(t),
                        ..Default::default()
                    });
                }
                _ => {}
            }
            child = node.next;
            continue;
        }
        if stack.len() <= 1 {
            break;
        }
        let (done, _) = stack.pop().unwrap_or((root, 0));
        child = nodes[done as usize].next;
    }
    Page { nodes: out }
}
