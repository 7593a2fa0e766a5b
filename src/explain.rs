//! Elements in words: the short CSS-like paths of the CLI's `--explain` and the JSON.

use crate::page::Page;

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
