//! The arena tree sink: html5ever builds its DOM into [`Arena`], and [`DepthGuard`] keeps the
//! stack of open elements bounded while it does.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{ns, Attribute, LocalName, Namespace, QualName};

pub(super) const NONE: u32 = u32::MAX;

/// Attributes the page table needs besides the component names of
/// [`crate::page::COMPONENT_ATTRS`] (the rest are dropped while parsing).
const KEPT_ATTRS: &[&str] = &[
    "id",
    "class",
    "role",
    "itemprop",
    "itemtype",
    "type",
    "name",
    "href",
    "action",
    "hidden",
    "aria-hidden",
    "style",
    "aria-label",
];

#[derive(Debug)]
pub(super) enum Data {
    Document,
    /// A template's contents.
    Fragment,
    Element(Box<Element>),
    Text(StrTendril),
    Comment,
    /// Doctype, processing instruction: kept only so that they are nodes (never collected).
    Other,
}

#[derive(Debug)]
pub(super) struct Element {
    pub(super) name: QualName,
    /// The [`KEPT_ATTRS`] present, first occurrence of each, values verbatim.
    attrs: Vec<(LocalName, StrTendril)>,
    /// The template contents fragment, or `NONE`.
    template: u32,
}

impl Element {
    pub(super) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| &**v)
    }
}

#[derive(Debug)]
pub(super) struct ArenaNode {
    parent: u32,
    prev: u32,
    pub(super) next: u32,
    pub(super) first: u32,
    last: u32,
    /// Depth below the document when the node was inserted (not updated when an ancestor moves:
    /// only [`DepthGuard`] reads it, as an estimate).
    depth: u32,
    pub(super) data: Data,
}

/// A DOM built by html5ever: nodes in a `Vec`, linked by indices. Node 0 is the document.
#[derive(Debug)]
pub struct Arena {
    pub(super) nodes: RefCell<Vec<ArenaNode>>,
    /// Depth of the node that received the last insertion (see [`DepthGuard`]).
    cursor_depth: std::cell::Cell<u32>,
}

/// An element name handed to html5ever (an owned copy: nothing stays borrowed from the arena
/// while the parser mutates it).
#[derive(Debug)]
pub struct OwnedName(QualName);

impl ElemName for OwnedName {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Default for Arena {
    fn default() -> Arena {
        Arena::new()
    }
}

impl Arena {
    /// An arena holding only the document node (node 0).
    pub fn new() -> Arena {
        let doc = ArenaNode {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            depth: 0,
            data: Data::Document,
        };
        Arena { nodes: RefCell::new(vec![doc]), cursor_depth: std::cell::Cell::new(0) }
    }

    fn push(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        // Fewer than 2^32 - 1 nodes: the input is capped at MAX_SUPPORTED_BYTES and html5ever
        // creates at most a few nodes per input byte.
        let id = nodes.len();
        nodes.push(ArenaNode {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            depth: 0,
            data,
        });
        id as u32
    }

    fn is_text(nodes: &[ArenaNode], i: u32) -> bool {
        i != NONE && matches!(nodes[i as usize].data, Data::Text(_))
    }

    /// Unlink a node from its parent (no-op when it has none).
    fn detach(nodes: &mut [ArenaNode], i: u32) {
        let ArenaNode { parent, prev, next, .. } = nodes[i as usize];
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next = next;
        } else {
            nodes[parent as usize].first = next;
        }
        if next != NONE {
            nodes[next as usize].prev = prev;
        } else {
            nodes[parent as usize].last = prev;
        }
        let n = &mut nodes[i as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    /// Append `child` as the last child of `parent`.
    fn append_child(&self, nodes: &mut [ArenaNode], parent: u32, child: u32) {
        if parent == child {
            return;
        }
        Arena::detach(nodes, child);
        let last = nodes[parent as usize].last;
        let depth = nodes[parent as usize].depth;
        self.cursor_depth.set(depth);
        {
            let c = &mut nodes[child as usize];
            c.depth = depth.saturating_add(1);
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
        }
        if last != NONE {
            nodes[last as usize].next = child;
        } else {
            nodes[parent as usize].first = child;
        }
        nodes[parent as usize].last = child;
    }

    /// Insert `child` just before `sibling` (nothing happens when `sibling` has no parent).
    fn insert_before(&self, nodes: &mut [ArenaNode], sibling: u32, child: u32) {
        if sibling == child || nodes[sibling as usize].parent == NONE {
            return;
        }
        Arena::detach(nodes, child);
        let ArenaNode { parent, prev, .. } = nodes[sibling as usize];
        let depth = nodes[parent as usize].depth;
        self.cursor_depth.set(depth);
        {
            let c = &mut nodes[child as usize];
            c.depth = depth.saturating_add(1);
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        nodes[sibling as usize].prev = child;
        if prev != NONE {
            nodes[prev as usize].next = child;
        } else {
            nodes[parent as usize].first = child;
        }
    }

    fn valid(&self, i: u32) -> bool {
        (i as usize) < self.nodes.borrow().len()
    }
}

fn kept_attrs(attrs: Vec<Attribute>) -> Vec<(LocalName, StrTendril)> {
    let mut out: Vec<(LocalName, StrTendril)> = Vec::new();
    for a in attrs {
        if a.name.ns == ns!()
            && (KEPT_ATTRS.contains(&&*a.name.local)
                || crate::page::COMPONENT_ATTRS.contains(&&*a.name.local))
            && !out.iter().any(|(n, _)| *n == a.name.local)
        {
            out.push((a.name.local, a.value));
        }
    }
    out
}

impl TreeSink for Arena {
    type Handle = u32;
    type Output = Arena;
    type ElemName<'a> = OwnedName;

    fn finish(self) -> Arena {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> OwnedName {
        match self.nodes.borrow().get(*target as usize).map(|n| &n.data) {
            Some(Data::Element(e)) => OwnedName(e.name.clone()),
            _ => OwnedName(QualName::new(None, ns!(), LocalName::from(""))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> u32 {
        let template = if flags.template { self.push(Data::Fragment) } else { NONE };
        self.push(Data::Element(Box::new(Element { name, attrs: kept_attrs(attrs), template })))
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(Data::Comment)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        if !self.valid(*parent) {
            return;
        }
        match child {
            NodeOrText::AppendNode(n) => {
                if self.valid(n) {
                    self.append_child(&mut self.nodes.borrow_mut(), *parent, n);
                }
            }
            NodeOrText::AppendText(t) => {
                {
                    let mut nodes = self.nodes.borrow_mut();
                    let last = nodes[*parent as usize].last;
                    if Arena::is_text(&nodes, last) {
                        self.cursor_depth.set(nodes[*parent as usize].depth);
                        if let Data::Text(ref mut s) = nodes[last as usize].data {
                            s.push_tendril(&t);
                        }
                        return;
                    }
                }
                let n = self.push(Data::Text(t));
                self.append_child(&mut self.nodes.borrow_mut(), *parent, n);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        let has_parent =
            self.nodes.borrow().get(*element as usize).is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
        let n = self.push(Data::Other);
        self.append_child(&mut self.nodes.borrow_mut(), 0, n);
    }

    fn get_template_contents(&self, target: &u32) -> u32 {
        match self.nodes.borrow().get(*target as usize).map(|n| &n.data) {
            Some(Data::Element(e)) if e.template != NONE => e.template,
            _ => *target,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, child: NodeOrText<u32>) {
        if !self.valid(*sibling) {
            return;
        }
        match child {
            NodeOrText::AppendNode(n) => {
                if self.valid(n) {
                    self.insert_before(&mut self.nodes.borrow_mut(), *sibling, n);
                }
            }
            NodeOrText::AppendText(t) => {
                {
                    let mut nodes = self.nodes.borrow_mut();
                    if nodes[*sibling as usize].parent == NONE {
                        return;
                    }
                    let prev = nodes[*sibling as usize].prev;
                    if Arena::is_text(&nodes, prev) {
                        if let Data::Text(ref mut s) = nodes[prev as usize].data {
                            s.push_tendril(&t);
                        }
                        return;
                    }
                }
                let n = self.push(Data::Text(t));
                self.insert_before(&mut self.nodes.borrow_mut(), *sibling, n);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(ArenaNode { data: Data::Element(e), .. }) = nodes.get_mut(*target as usize) {
            for (name, value) in kept_attrs(attrs) {
                if !e.attrs.iter().any(|(n, _)| *n == name) {
                    e.attrs.push((name, value));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        if self.valid(*target) {
            Arena::detach(&mut self.nodes.borrow_mut(), *target);
        }
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        if !self.valid(*node) || !self.valid(*new_parent) || node == new_parent {
            return;
        }
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[*node as usize].first;
        while child != NONE {
            let next = nodes[child as usize].next;
            self.append_child(&mut nodes, *new_parent, child);
            child = next;
        }
    }
}

/// Open elements beyond which start tags are dropped (see `DepthGuard`). Blink stops nesting
/// at the same depth (it attaches deeper elements to the 512th ancestor).
pub const MAX_OPEN_ELEMENTS: usize = 512;

/// Start tags kept even beyond [`MAX_OPEN_ELEMENTS`]: they switch the tokenizer or the
/// namespace (so dropping them would turn script, style or SVG into page text), or hold a
/// template's inert contents. Void elements never nest, so they are kept too.
const ALWAYS_KEPT_TAGS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "svg",
    "math",
    "template",
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
    "param",
    "keygen",
];

/// Counts the handles html5ever holds (the open elements, plus the few active formatting
/// elements and the document): an upper bound of the depth of the stack of open elements.
struct HandleCounter(std::cell::Cell<usize>);

impl html5ever::interface::Tracer for HandleCounter {
    type Handle = u32;
    fn trace_handle(&self, _node: &u32) {
        self.0.set(self.0.get() + 1);
    }
}

/// Sits between html5ever's tokenizer and its tree builder and keeps the stack of open
/// elements at most [`MAX_OPEN_ELEMENTS`] deep.
///
/// Why: the tree builder's scope checks walk the stack of open elements (every `<div>` start
/// tag looks for an open `<p>` down to the root), so a page nested n levels deep costs O(n²):
/// 64 s for 100 000 nested `<div>`s, measured. With the stack bounded, parsing is linear.
///
/// How: the arena records the depth of the node that received the last insertion, a cheap
/// estimate of the stack depth (it can only run ahead of it after end tags). When the
/// estimate reaches the limit, the exact count is taken from the tree builder
/// (`trace_handles`, O(limit)); if the stack really is that deep, the start tag is dropped
/// (unless [`ALWAYS_KEPT_TAGS`] holds it) and so is the matching end tag later (last dropped,
/// first matched). The dropped elements' text goes to the deepest element kept, which is what
/// Blink does with the text of elements beyond its own limit. Pages within the limit are
/// parsed exactly as html5ever parses them.
struct DepthGuard {
    tb: html5ever::tree_builder::TreeBuilder<u32, Arena>,
    dropped: RefCell<std::collections::HashMap<LocalName, u32>>,
    /// The first encoding a `<meta>` reported while parsing (html5ever's "change the encoding").
    encoding_hint: RefCell<Option<StrTendril>>,
}

impl DepthGuard {
    fn too_deep(&self) -> bool {
        if (self.tb.sink.cursor_depth.get() as usize) < MAX_OPEN_ELEMENTS {
            return false;
        }
        let counter = HandleCounter(std::cell::Cell::new(0));
        self.tb.trace_handles(&counter);
        counter.0.get() >= MAX_OPEN_ELEMENTS
    }
}

impl html5ever::tokenizer::TokenSink for DepthGuard {
    type Handle = u32;

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        line_number: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<u32> {
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        if let Token::TagToken(tag) = &token {
            match tag.kind {
                TagKind::StartTag => {
                    if !ALWAYS_KEPT_TAGS.contains(&&*tag.name) && self.too_deep() {
                        *self.dropped.borrow_mut().entry(tag.name.clone()).or_insert(0) += 1;
                        return TokenSinkResult::Continue;
                    }
                }
                TagKind::EndTag => {
                    let mut dropped = self.dropped.borrow_mut();
                    if let Some(n) = dropped.get_mut(&tag.name) {
                        *n -= 1;
                        if *n == 0 {
                            dropped.remove(&tag.name);
                        }
                        return TokenSinkResult::Continue;
                    }
                }
            }
        }
        match self.tb.process_token(token, line_number) {
            TokenSinkResult::EncodingIndicator(e) => {
                self.encoding_hint.borrow_mut().get_or_insert(e);
                TokenSinkResult::Continue
            }
            other => other,
        }
    }

    fn end(&self) {
        self.tb.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.tb.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Parse decoded HTML into an arena DOM. Also returns the encoding label of a `<meta>` the
/// parser met (used when the prescan found none).
pub(super) fn parse_dom_with_hint(text: &str) -> (Arena, Option<StrTendril>) {
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
    // Scripting enabled (so `<noscript>` holds raw text), as in a browser.
    let tb = TreeBuilder::new(Arena::new(), TreeBuilderOpts::default());
    let guard = DepthGuard {
        tb,
        dropped: RefCell::new(std::collections::HashMap::new()),
        encoding_hint: RefCell::new(None),
    };
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    // `Script` results (a parser-blocking script ended) just resume; nothing runs here.
    while !matches!(tokenizer.feed(&input), html5ever::TokenizerResult::Done) {}
    tokenizer.end();
    let guard = tokenizer.sink;
    let hint = guard.encoding_hint.into_inner();
    (guard.tb.sink, hint)
}
