//! Native adapter: saved HTML bytes → the page table ([`Page`]).
//!
//! Three steps, each linear in the size of the input and free of recursion (pages nest hundreds
//! of thousands of levels deep, and a 50 MB page must not take quadratic time):
//!
//! 1. **Check and decode.** Unusable input is refused with an [`InputError`] (empty, binary, not
//!    HTML, too large). The encoding is found the way browsers find it for a file without HTTP
//!    headers, simplified: a byte-order mark first, then the HTML spec's *prescan* of the first
//!    1024 bytes for `<meta charset>` / `<meta http-equiv="content-type" content="…charset=…">`,
//!    else UTF-8. (Browsers fall back to a locale default or a detector instead of UTF-8; a
//!    saved page without any declaration is almost always UTF-8 today.) Invalid byte sequences
//!    become U+FFFD and are counted, never fatal.
//! 2. **Parse** with html5ever into [`Arena`], our own `TreeSink`: a `Vec` of nodes linked by
//!    `u32` indices (parent, first/last child, previous/next sibling). No `Rc`, so dropping a
//!    deep tree is a flat `Vec` drop. Adjacent text is merged exactly where the HTML spec's
//!    "insert a character" merges it (the previous sibling at the insertion point is text), and
//!    comments are kept as nodes while parsing, so `a<!-- c -->b` gives two text nodes as in a
//!    browser.
//! 3. **Flatten** to the page table with the rules of `page.rs`, in the same iterative pre-order
//!    walk as `extension/content/collect.js` (first child / next sibling and an explicit stack).
//!
//! Known differences from a browser's parser, all outside ordinary pages: Blink attaches
//! elements nested deeper than 512 levels to the 512th ancestor and splits text nodes longer
//! than 65 536 characters; Gecko does neither; html5ever behaves like Gecko here.

use std::borrow::Cow;
use std::cell::RefCell;

use encoding_rs::{
    DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED,
};
use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{ns, Attribute, LocalName, Namespace, QualName};

use crate::page::{Node, Page, CHILDLESS_TAGS, NO_PARENT, SKIPPED_TAGS, TEXT_TAG};

/// Default cap on the input size: 64 MiB.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// The hard ceiling on [`Options::max_bytes`]: keeps node indices within `u32`.
pub const MAX_SUPPORTED_BYTES: usize = 1024 * 1024 * 1024;

/// How much of the input the binary check looks at.
const SNIFF_BYTES: usize = 8 * 1024;
/// How much of the input the `<meta charset>` prescan looks at (the HTML spec's number).
const PRESCAN_BYTES: usize = 1024;

/// Options of [`parse_html_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Inputs longer than this many bytes are refused with [`InputError::TooLarge`].
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// A parsed page and what decoding it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub page: Page,
    /// The encoding the bytes were decoded with (its WHATWG name, e.g. `windows-1251`).
    pub encoding: &'static str,
    /// How many invalid byte sequences were replaced by U+FFFD.
    pub replaced_chars: usize,
}

/// Why an input cannot be read as an HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// No bytes, or only whitespace.
    Empty,
    /// Binary data; `what` says what it looks like (e.g. "a PNG image", "NUL bytes").
    Binary { what: &'static str },
    /// Text without any HTML markup.
    NotHtml,
    /// Larger than the configured cap.
    TooLarge { limit: usize },
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Empty => f.write_str("the file is empty"),
            InputError::Binary { what } => write!(f, "binary data ({what}), not HTML"),
            InputError::NotHtml => {
                f.write_str("no HTML markup found (a plain text file?), not HTML")
            }
            InputError::TooLarge { limit } => {
                write!(f, "larger than the limit of {}", human_bytes(*limit))
            }
        }
    }
}

impl std::error::Error for InputError {}

/// `67108864` → `64 MiB`; other sizes in bytes.
pub fn human_bytes(n: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if n >= MIB && n % MIB == 0 {
        format!("{} MiB", n / MIB)
    } else if n >= 1024 && n % 1024 == 0 {
        format!("{} KiB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

/// Saved HTML bytes → page table, with the default options.
pub fn parse_html(bytes: &[u8]) -> Result<Parsed, InputError> {
    parse_html_with(bytes, &Options::default())
}

/// Saved HTML bytes → page table.
pub fn parse_html_with(bytes: &[u8], options: &Options) -> Result<Parsed, InputError> {
    let (body, sniffed) = check_bytes(bytes, options)?;
    let encoding = sniffed.unwrap_or(UTF_8);
    let (text, replaced_chars) = decode(body, encoding);
    if text.chars().all(char::is_whitespace) {
        return Err(InputError::Empty);
    }
    if !looks_like_html(&text) {
        return Err(InputError::NotHtml);
    }
    let (arena, hint) = parse_dom_with_hint(truncate(&text));
    // Nothing declared an encoding in the first 1024 bytes, but the parser met a `<meta>` that
    // does: decode again with it, as a browser does ("change the encoding while parsing").
    if sniffed.is_none() {
        if let Some(e) = hint.and_then(|label| Encoding::for_label(label.as_bytes())) {
            let e = normalise(e);
            if e != encoding {
                let (text, replaced_chars) = decode(body, e);
                let page = flatten(&parse_dom(truncate(&text)));
                return Ok(Parsed { page, encoding: e.name(), replaced_chars });
            }
        }
    }
    Ok(Parsed { page: flatten(&arena), encoding: encoding.name(), replaced_chars })
}

/// Check the bytes (size, empty, binary) and find their encoding from a byte-order mark or the
/// prescan. Returns the bytes after any byte-order mark and the encoding, if one was found.
fn check_bytes<'a>(
    bytes: &'a [u8],
    options: &Options,
) -> Result<(&'a [u8], Option<&'static Encoding>), InputError> {
    let limit = options.max_bytes.min(MAX_SUPPORTED_BYTES);
    if bytes.len() > limit {
        return Err(InputError::TooLarge { limit });
    }
    let (bom, bom_len) = match Encoding::for_bom(bytes) {
        Some((e, n)) => (Some(e), n),
        None => (None, 0),
    };
    let body = &bytes[bom_len..];
    if body.iter().all(|&b| is_space(b)) {
        return Err(InputError::Empty);
    }
    let utf16 = bom.is_some_and(|e| e == UTF_16LE || e == UTF_16BE);
    if !utf16 {
        if let Some(what) = binary_kind(body) {
            return Err(InputError::Binary { what });
        }
    }
    Ok((body, bom.or_else(|| prescan(body))))
}

/// A declared encoding as the HTML spec uses it: UTF-16 declarations in an ASCII-compatible
/// stream mean UTF-8, and `x-user-defined` means windows-1252.
fn normalise(e: &'static Encoding) -> &'static Encoding {
    if e == UTF_16BE || e == UTF_16LE {
        UTF_8
    } else if e == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        e
    }
}

/// Does the start of the input look like binary data? Returns what it looks like.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"PK\x05\x06", "a ZIP archive"),
        (b"\x1f\x8b", "gzip-compressed data"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"\x7fELF", "an executable"),
        (b"\xfd7zXZ\x00", "xz-compressed data"),
        (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
        (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
        (b"BZh", "bzip2-compressed data"),
        (b"\x00asm", "a WebAssembly module"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            // "BZh" alone is also a word; bzip2 follows it with the block size digit.
            if *magic == b"BZh" && !bytes.get(3).is_some_and(|b| (b'1'..=b'9').contains(b)) {
                continue;
            }
            return Some(what);
        }
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("a WebP image");
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return Some("NUL bytes");
    }
    // Control characters other than tab, line feed, form feed, carriage return and escape
    // (ISO-2022-JP text uses escape sequences).
    let controls = head
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | 0x1b)) || b == 0x7f
        })
        .count();
    if controls * 10 > head.len() {
        return Some("control characters");
    }
    None
}

/// Is there any HTML markup in the text? A document type, a comment, or a tag whose name is a
/// known HTML element or a custom element name (with a hyphen), followed by whitespace, `/` or
/// `>`. So `a < b` and `x<y` are not markup, and neither is an XML file with its own names.
fn looks_like_html(text: &str) -> bool {
    const ELEMENTS: &[&str] = &[
        "a",
        "abbr",
        "address",
        "area",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "bdi",
        "bdo",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "datalist",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "map",
        "mark",
        "menu",
        "meta",
        "meter",
        "nav",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "picture",
        "pre",
        "progress",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "script",
        "search",
        "section",
        "select",
        "small",
        "source",
        "span",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
        "math",
    ];
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(off) = memchr(b'<', &b[from..]) {
        let i = from + off;
        from = i + 1;
        let rest = &b[i + 1..];
        if rest.starts_with(b"!--") || starts_with_ignore_case(rest, b"!doctype") {
            return true;
        }
        let name_start = usize::from(rest.first() == Some(&b'/'));
        let name_len = rest[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if name_len == 0 || !rest[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = &rest[name_start..name_start + name_len];
        let after = rest.get(name_start + name_len);
        if !matches!(after, Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')) {
            continue;
        }
        if name.contains(&b'-') || ELEMENTS.iter().any(|e| name.eq_ignore_ascii_case(e.as_bytes()))
        {
            return true;
        }
    }
    false
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

fn starts_with_ignore_case(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Decode with replacement, counting the replaced sequences.
fn decode(bytes: &[u8], encoding: &'static Encoding) -> (String, usize) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let room = |d: &encoding_rs::Decoder, n: usize| {
        d.max_utf8_buffer_length_without_replacement(n).unwrap_or(n.saturating_mul(3))
    };
    let mut out = String::with_capacity(room(&decoder, bytes.len()));
    let mut input = bytes;
    let mut replaced = 0;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(input, &mut out, true);
        input = &input[read..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let more = room(&decoder, input.len()).max(16);
                out.reserve(more);
            }
            DecoderResult::Malformed(_, _) => {
                out.push('\u{fffd}');
                replaced += 1;
            }
        }
    }
    (out, replaced)
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The HTML spec's "prescan a byte stream to determine its encoding", on the first 1024 bytes.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let b = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut pos = 0;
    while pos < b.len() {
        let rest = &b[pos..];
        if rest.starts_with(b"<!--") {
            // The `>` of `-->`; the dashes of `<!--` count, so `<!-->` closes.
            let found = b[pos + 2..].windows(3).position(|w| w == b"-->")?;
            pos += 2 + found + 3;
            continue;
        }
        if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&c| is_space(c) || c == b'/')
        {
            pos += 5;
            let mut seen: Vec<Vec<u8>> = Vec::new();
            let mut got_pragma = false;
            let mut need_pragma: Option<bool> = None;
            let mut charset: Option<&'static Encoding> = None;
            while let Some((name, value)) = get_attribute(b, &mut pos)? {
                if seen.contains(&name) {
                    continue;
                }
                match name.as_slice() {
                    b"http-equiv" if value == b"content-type" => got_pragma = true,
                    b"content" if charset.is_none() => {
                        if let Some(e) = charset_from_content(&value).and_then(Encoding::for_label)
                        {
                            charset = Some(e);
                            need_pragma = Some(true);
                        }
                    }
                    b"charset" => {
                        charset = Encoding::for_label(&value);
                        need_pragma = Some(false);
                    }
                    _ => {}
                }
                seen.push(name);
            }
            let ok = match need_pragma {
                None => false,
                Some(true) => got_pragma,
                Some(false) => true,
            };
            if let (true, Some(e)) = (ok, charset) {
                return Some(normalise(e));
            }
            pos += 1;
            continue;
        }
        let tag_start = match rest {
            [b'<', c, ..] if c.is_ascii_alphabetic() => true,
            [b'<', b'/', c, ..] if c.is_ascii_alphabetic() => true,
            _ => false,
        };
        if tag_start {
            while pos < b.len() && !is_space(b[pos]) && b[pos] != b'>' {
                pos += 1;
            }
            while get_attribute(b, &mut pos)?.is_some() {}
            pos += 1;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += memchr(b'>', rest)? + 1;
            continue;
        }
        pos += 1;
    }
    None
}

/// The prescan's "get an attribute". Outer `None`: the end of the bytes was reached (the
/// prescan stops). Inner `None`: no more attributes in this tag (`pos` is at the `>`).
#[allow(clippy::type_complexity)]
fn get_attribute(b: &[u8], pos: &mut usize) -> Option<Option<(Vec<u8>, Vec<u8>)>> {
    while *b.get(*pos)? == b'/' || is_space(b[*pos]) {
        *pos += 1;
    }
    if b[*pos] == b'>' {
        return Some(None);
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    loop {
        let c = *b.get(*pos)?;
        if c == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        }
        if is_space(c) {
            while is_space(*b.get(*pos)?) {
                *pos += 1;
            }
            if b[*pos] != b'=' {
                return Some(Some((name, value)));
            }
            *pos += 1;
            break;
        }
        if c == b'/' || c == b'>' {
            return Some(Some((name, value)));
        }
        name.push(c.to_ascii_lowercase());
        *pos += 1;
    }
    while is_space(*b.get(*pos)?) {
        *pos += 1;
    }
    let c = b[*pos];
    if c == b'"' || c == b'\'' {
        loop {
            *pos += 1;
            let d = *b.get(*pos)?;
            if d == c {
                *pos += 1;
                return Some(Some((name, value)));
            }
            value.push(d.to_ascii_lowercase());
        }
    }
    if c == b'>' {
        return Some(Some((name, value)));
    }
    loop {
        let d = *b.get(*pos)?;
        if is_space(d) || d == b'>' {
            return Some(Some((name, value)));
        }
        value.push(d.to_ascii_lowercase());
        *pos += 1;
    }
}

/// The HTML spec's "extract a character encoding from a meta element" (on a lower-cased value).
fn charset_from_content(v: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        let found = v[pos..].windows(7).position(|w| w == b"charset")?;
        pos += found + 7;
        while v.get(pos).is_some_and(|&c| is_space(c)) {
            pos += 1;
        }
        if v.get(pos) != Some(&b'=') {
            continue;
        }
        pos += 1;
        while v.get(pos).is_some_and(|&c| is_space(c)) {
            pos += 1;
        }
        let c = *v.get(pos)?;
        if c == b'"' || c == b'\'' {
            let end = memchr(c, &v[pos + 1..])?;
            return Some(&v[pos + 1..pos + 1 + end]);
        }
        let end = v[pos..].iter().position(|&d| is_space(d) || d == b';').unwrap_or(v.len() - pos);
        return Some(&v[pos..pos + end]);
    }
}

// ---------------------------------------------------------------------------------------------
// The arena tree sink.

const NONE: u32 = u32::MAX;

/// Attributes the page table needs (the rest are dropped while parsing).
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
];

#[derive(Debug)]
enum Data {
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
struct Element {
    name: QualName,
    /// The [`KEPT_ATTRS`] present, first occurrence of each, values verbatim.
    attrs: Vec<(LocalName, StrTendril)>,
    /// The template contents fragment, or `NONE`.
    template: u32,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| &**v)
    }
}

#[derive(Debug)]
struct ArenaNode {
    parent: u32,
    prev: u32,
    next: u32,
    first: u32,
    last: u32,
    /// Depth below the document when the node was inserted (not updated when an ancestor moves:
    /// only [`DepthGuard`] reads it, as an estimate).
    depth: u32,
    data: Data,
}

/// A DOM built by html5ever: nodes in a `Vec`, linked by indices. Node 0 is the document.
#[derive(Debug)]
pub struct Arena {
    nodes: RefCell<Vec<ArenaNode>>,
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
            && KEPT_ATTRS.contains(&&*a.name.local)
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

/// Open elements beyond which start tags are dropped (see [`DepthGuard`]). Blink stops nesting
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
fn parse_dom_with_hint(text: &str) -> (Arena, Option<StrTendril>) {
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

/// Parse decoded HTML into an arena DOM.
pub fn parse_dom(text: &str) -> Arena {
    parse_dom_with_hint(text).0
}

/// Parse decoded HTML into the page table (no checks: any string is accepted, but one longer
/// than [`MAX_SUPPORTED_BYTES`] is cut there, at a character boundary).
pub fn parse_str(text: &str) -> Page {
    flatten(&parse_dom(truncate(text)))
}

fn truncate(text: &str) -> &str {
    let mut end = text.len().min(MAX_SUPPORTED_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

// ---------------------------------------------------------------------------------------------
// Flattening: the rules of page.rs, the walk of collect.js.

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
        if has_declaration(style, "display", "none")
            || has_declaration(style, "visibility", "hidden")
        {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Page {
        parse_html(html.as_bytes()).expect("parses").page
    }

    /// The page as `parent:tag` / `parent:"text"` items, for compact assertions.
    fn shape(html: &str) -> Vec<String> {
        page(html)
            .nodes
            .iter()
            .map(|n| {
                if n.is_text() {
                    format!("{}:{:?}", n.parent, n.text)
                } else {
                    format!("{}:{}", n.parent, n.tag)
                }
            })
            .collect()
    }

    #[test]
    fn starts_at_body_even_when_implied() {
        assert_eq!(shape("<title>x</title><p>Hi"), ["-1:body", "0:p", "1:\"Hi\""]);
        let p = page("<!doctype html><html><head><style>p{}</style></head><body class=b><p>x</p>");
        assert_eq!(p.nodes[0].tag, "body");
        assert_eq!(p.nodes[0].class, "b");
        assert_eq!(p.nodes[0].parent, NO_PARENT);
    }

    #[test]
    fn no_body_means_frameset_root() {
        // `document.body` is the frameset; frames are skipped, whitespace text is kept.
        let s = shape("<html><head></head><frameset><frame src=a>\n</frameset></html>");
        assert_eq!(s, ["-1:frameset", "0:\"\\n\""]);
    }

    #[test]
    fn skipped_subtrees_and_template() {
        let s = shape(
            "<div>a<script>var x = '<p>no</p>';</script><style>.x{}</style><svg><text>no</text></svg>\
             <noscript><p>no</p></noscript><template><p>no</p></template><iframe>no</iframe>\
             <video>no</video><dialog>no</dialog>b</div>",
        );
        assert_eq!(s, ["-1:body", "0:div", "1:\"a\"", "1:\"b\""]);
    }

    #[test]
    fn childless_controls_are_kept_without_children() {
        let s = shape(
            "<form action=/c><textarea name=t>typed</textarea><select><option>o</select>\
             <input type=text><button>Send</button></form>",
        );
        assert_eq!(
            s,
            ["-1:body", "0:form", "1:textarea", "1:select", "1:input", "1:button", "5:\"Send\""]
        );
        assert_eq!(page("<form action=/c></form>").nodes[1].action, "/c");
    }

    #[test]
    fn comments_split_text_nodes_like_a_browser() {
        assert_eq!(shape("<p>a<!-- c -->b</p>"), ["-1:body", "0:p", "1:\"a\"", "1:\"b\""]);
        // Character references and CDATA-free text merge into one node.
        assert_eq!(shape("<p>a &amp; b</p>"), ["-1:body", "0:p", "1:\"a & b\""]);
        // Whitespace-only text is kept (it is a text node in the DOM).
        assert_eq!(shape("<div> <p>x</p></div>")[2], "1:\" \"");
    }

    #[test]
    fn foster_parenting_and_adoption_agency() {
        // Text inside a table but outside cells moves before the table.
        assert_eq!(
            shape("<table>x<tr><td>y</td></tr></table>"),
            ["-1:body", "0:\"x\"", "0:table", "2:tbody", "3:tr", "4:td", "5:\"y\""]
        );
        // Misnested formatting: <b>1<p>2</b>3</p> → <b>1</b><p><b>2</b>3</p>.
        assert_eq!(
            shape("<b>1<p>2</b>3</p>"),
            ["-1:body", "0:b", "1:\"1\"", "0:p", "3:b", "4:\"2\"", "3:\"3\""]
        );
        // Text appended next to foster-parented text merges, as the spec says.
        assert_eq!(shape("<table>a<tr>b</table>")[1], "0:\"ab\"");
    }

    #[test]
    fn attributes_verbatim_and_only_where_they_belong() {
        let p = page(
            "<div id=' x ' class='a  b' role=main itemprop=articleBody itemtype=T name=n data-x=1>\
             <a href='/next' id=a1 class=c class=d>l</a><p href=/no action=/no>p</p>\
             <form action='/post' href=/no></form><input type=email name=mail></div>",
        );
        let d = &p.nodes[1];
        assert_eq!(
            (d.id.as_str(), d.class.as_str(), d.role.as_str(), d.itemprop.as_str()),
            (" x ", "a  b", "main", "articleBody")
        );
        assert_eq!((d.itemtype.as_str(), d.name.as_str()), ("T", "n"));
        let a = &p.nodes[2];
        assert_eq!((a.tag.as_str(), a.href.as_str(), a.class.as_str()), ("a", "/next", "c"));
        let para = &p.nodes[4];
        assert_eq!((para.href.as_str(), para.action.as_str()), ("", ""));
        let form = &p.nodes[6];
        assert_eq!((form.action.as_str(), form.href.as_str()), ("/post", ""));
        let input = &p.nodes[7];
        assert_eq!((input.input_type.as_str(), input.name.as_str()), ("email", "mail"));
    }

    #[test]
    fn separators_become_spaces() {
        let p = page("<p class='a\u{1e}b'>x\u{1f}y</p>");
        assert_eq!(p.nodes[1].class, "a b");
        assert_eq!(p.nodes[2].text, "x y");
    }

    #[test]
    fn later_body_tag_adds_missing_attributes() {
        let p = page("<body id=first><p>x</p><body id=second class=late>");
        assert_eq!((p.nodes[0].id.as_str(), p.nodes[0].class.as_str()), ("first", "late"));
    }

    #[test]
    fn hidden_rules() {
        let hidden = |attrs: &str, tag: &str| {
            let p = page(&format!("<{tag} {attrs}>"));
            p.nodes[1].hidden
        };
        assert!(hidden("hidden", "div"));
        assert!(hidden("hidden=false", "div")); // presence is what counts
        assert!(hidden("aria-hidden=' TRUE\n'", "div"));
        assert!(!hidden("aria-hidden=false", "div"));
        assert!(hidden("style='color:red; DISPLAY :\tnone'", "div"));
        assert!(hidden("style='visibility:  Hidden'", "span"));
        assert!(hidden("style='display:\u{a0}none'", "div")); // JS \s includes NBSP
        assert!(!hidden("style='display: block'", "div"));
        assert!(!hidden("style='display'", "div"));
        assert!(hidden("type=' Hidden '", "input"));
        assert!(!hidden("type=hidden", "button"));
        // Descendants keep their own flag.
        let p = page("<div hidden><p>x</p></div>");
        assert!(p.nodes[1].hidden && !p.nodes[2].hidden);
    }

    #[test]
    fn deep_nesting_is_bounded_and_keeps_the_text() {
        let n = 20_000;
        let html = format!("{}deep{}<p>after</p>", "<div>".repeat(n), "</div>".repeat(n));
        let p = page(&html);
        let deep = p.nodes.iter().position(|x| x.text == "deep").expect("deep text kept");
        let mut depth = 0;
        let mut i = deep;
        while p.nodes[i].parent >= 0 {
            i = p.nodes[i].parent as usize;
            depth += 1;
        }
        assert!(depth > 400 && depth <= MAX_OPEN_ELEMENTS, "depth {depth}");
        // The dropped end tags were swallowed: what follows is back at the body.
        let after = p.nodes.iter().position(|x| x.text == "after").expect("after");
        let para = p.nodes[after].parent as usize;
        assert_eq!((p.nodes[para].tag.as_str(), p.nodes[para].parent), ("p", 0));
        // Parents always point backwards.
        assert!(p.nodes.iter().enumerate().all(|(i, x)| (x.parent as i64) < i as i64));
    }

    #[test]
    fn input_errors() {
        let err = |b: &[u8]| parse_html(b).err();
        assert_eq!(err(b""), Some(InputError::Empty));
        assert_eq!(err(b" \n\t "), Some(InputError::Empty));
        assert_eq!(err(b"\xef\xbb\xbf  "), Some(InputError::Empty));
        assert!(matches!(err(b"\x89PNG\r\n\x1a\n\0\0"), Some(InputError::Binary { .. })));
        assert!(matches!(err(b"%PDF-1.7\n"), Some(InputError::Binary { .. })));
        assert!(matches!(err(b"\x1f\x8b\x08\0"), Some(InputError::Binary { .. })));
        assert!(matches!(err(b"<p>a\0b</p>"), Some(InputError::Binary { what: "NUL bytes" })));
        assert!(matches!(
            err(b"<p>\x01\x02\x03\x04\x05\x06</p>"),
            Some(InputError::Binary { what: "control characters" })
        ));
        assert_eq!(err(b"just some text, where a < b and x<y.\n"), Some(InputError::NotHtml));
        assert_eq!(err(b"<?xml version='1.0'?><rss><item/></rss>"), Some(InputError::NotHtml));
        assert!(err(b"<p>hi").is_none());
        assert!(err(b"<!DOCTYPE html>hi").is_none());
        assert!(err(b"<my-widget>hi</my-widget>").is_none());
        let small = Options { max_bytes: 10 };
        assert_eq!(
            parse_html_with(b"<p>eleven!</p>", &small).err(),
            Some(InputError::TooLarge { limit: 10 })
        );
        assert_eq!(InputError::Empty.to_string(), "the file is empty");
        assert!(InputError::TooLarge { limit: DEFAULT_MAX_BYTES }.to_string().contains("64 MiB"));
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let r = parse_html(b"<p>caf\xe9 \xff\xfe ok</p>").expect("parses");
        assert_eq!(r.encoding, "UTF-8");
        // \xe9 + space: one; \xff and \xfe: one each (the WHATWG decoder's maximal subparts).
        assert_eq!(r.replaced_chars, 3);
        assert_eq!(r.page.nodes[2].text, "caf\u{fffd} \u{fffd}\u{fffd} ok");
        assert_eq!(parse_html(b"<p>fine</p>").unwrap().replaced_chars, 0);
    }

    #[test]
    fn encodings_from_bom_and_meta() {
        let cyr = b"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let r = parse_html(cyr).unwrap();
        assert_eq!((r.encoding, r.page.nodes[2].text.as_str()), ("windows-1251", "Привет"));
        let pragma =
            b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859-1'><p>caf\xe9";
        assert_eq!(parse_html(pragma).unwrap().encoding, "windows-1252");
        // content= without http-equiv is not a declaration.
        let no_pragma = b"<meta content='text/html; charset=koi8-r'><p>x";
        assert_eq!(parse_html(no_pragma).unwrap().encoding, "UTF-8");
        // A declaration inside a comment does not count; one after it does.
        let commented = b"<!-- <meta charset=koi8-r> --><meta charset='shift_jis'><p>x";
        assert_eq!(parse_html(commented).unwrap().encoding, "Shift_JIS");
        // A byte-order mark wins over the meta.
        let bom = b"\xef\xbb\xbf<meta charset=windows-1251><p>\xd0\x9f";
        let r = parse_html(bom).unwrap();
        assert_eq!((r.encoding, r.page.nodes[2].text.as_str()), ("UTF-8", "П"));
        // UTF-16 with its BOM (NUL bytes are fine then).
        let mut utf16 = vec![0xff, 0xfe];
        for u in "<p>Ж</p>".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let r = parse_html(&utf16).unwrap();
        assert_eq!((r.encoding, r.page.nodes[2].text.as_str()), ("UTF-16LE", "Ж"));
        // A declared UTF-16 in an ASCII stream means UTF-8.
        assert_eq!(parse_html(b"<meta charset=utf-16><p>x").unwrap().encoding, "UTF-8");
    }

    #[test]
    fn late_meta_changes_the_encoding() {
        let mut html = b"<html><head><title>t</title><style>".to_vec();
        html.extend(std::iter::repeat_n(b' ', 2000));
        html.extend(b"</style><meta charset=windows-1251></head><body><p>\xc4\xe0</p>");
        let r = parse_html(&html).unwrap();
        assert_eq!(r.encoding, "windows-1251");
        assert_eq!(r.replaced_chars, 0);
        assert_eq!(r.page.nodes.last().unwrap().text, "Да");
    }

    #[test]
    fn prescan_details() {
        assert_eq!(charset_from_content(b"text/html; charset=utf-8"), Some(&b"utf-8"[..]));
        assert_eq!(charset_from_content(b"text/html;charset = \"koi8-r\" x"), Some(&b"koi8-r"[..]));
        assert_eq!(charset_from_content(b"charset='unterminated"), None);
        assert_eq!(charset_from_content(b"charsetx=1; charset=gbk;"), Some(&b"gbk"[..]));
        assert_eq!(charset_from_content(b"text/html"), None);
        // Attributes of other tags are skipped, so a charset= inside one is ignored.
        assert_eq!(
            prescan(b"<div title='<meta charset=koi8-r>'><meta charset=gbk>"),
            Some(encoding_rs::GBK)
        );
        // Past the first 1024 bytes the prescan gives up.
        let mut late = vec![b' '; 1100];
        late.extend(b"<meta charset=gbk>");
        assert_eq!(prescan(&late), None);
        assert_eq!(prescan(b"<meta charset=nonsense>"), None);
    }
}
