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
//!
//! The submodules: `sniff` does step 1 (the checks, the byte-order mark and the prescan,
//! decoding), `sink` step 2 (the arena and the bound on nesting depth), `flatten` step 3.

mod flatten;
mod sink;
mod sniff;
#[cfg(test)]
mod tests;

use encoding_rs::{Encoding, UTF_8};

use crate::page::Page;
pub use flatten::flatten;
use sink::parse_dom_with_hint;
pub use sink::{Arena, OwnedName, MAX_OPEN_ELEMENTS};
use sniff::{check_bytes, decode, looks_like_html, normalise};

/// Default cap on the input size: 64 MiB.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// The hard ceiling on [`Options::max_bytes`]: keeps node indices within `u32`.
pub const MAX_SUPPORTED_BYTES: usize = 1024 * 1024 * 1024;

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
    /// The page table, ready for [`crate::classify`].
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
    /// Binary data.
    Binary {
        /// What it looks like (e.g. "a PNG image", "NUL bytes").
        what: &'static str,
    },
    /// Text without any HTML markup.
    NotHtml,
    /// Larger than the configured cap.
    TooLarge {
        /// The cap, in bytes ([`Options::max_bytes`]).
        limit: usize,
    },
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
