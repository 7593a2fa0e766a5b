//! Input sniffing: the checks that refuse unusable input (too large, empty, binary, not HTML),
//! the encoding from a byte-order mark or the HTML spec's prescan, and decoding with
//! replacement.

use encoding_rs::{
    DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED,
};

use super::{InputError, Options, MAX_SUPPORTED_BYTES};
use crate::input::{CONTROL_ONE_IN, MAGIC, SNIFF_BYTES};

/// How much of the input the `<meta charset>` prescan looks at (the HTML spec's number).
const PRESCAN_BYTES: usize = 1024;

/// Check the bytes (size, empty, binary) and find their encoding from a byte-order mark or the
/// prescan. Returns the bytes after any byte-order mark and the encoding, if one was found.
pub(super) fn check_bytes<'a>(
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
pub(super) fn normalise(e: &'static Encoding) -> &'static Encoding {
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
    if controls * CONTROL_ONE_IN > head.len() {
        return Some("control characters");
    }
    None
}

/// Is there any HTML markup in the text? A document type, a comment, or a tag whose name is a
/// known HTML element or a custom element name (with a hyphen), followed by whitespace, `/` or
/// `>`. So `a < b` and `x<y` are not markup, and neither is an XML file with its own names.
pub(super) fn looks_like_html(text: &str) -> bool {
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
pub(super) fn decode(bytes: &[u8], encoding: &'static Encoding) -> (String, usize) {
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
pub(super) fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
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
pub(super) fn charset_from_content(v: &[u8]) -> Option<&[u8]> {
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
