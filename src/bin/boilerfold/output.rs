//! What goes to stdout: JSON (pretty or compact), the `--explain` table, and the writer that
//! treats a closed pipe as the end of the run.

use std::io::{self, Write};

use boilerfold::{Label, Page, Verdict};

use crate::fail::Fail;

/// A value as JSON (indented unless `compact`), with a final newline.
pub fn to_json<T: serde::Serialize>(value: &T, compact: bool) -> String {
    let mut s =
        if compact { serde_json::to_string(value) } else { serde_json::to_string_pretty(value) }
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// Write to stdout; a closed pipe (`| head`) ends the run quietly.
pub fn write_out(bytes: &[u8]) -> Result<(), Fail> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fail { code: 1, message: format!("cannot write the output: {e}") }),
    }
}

// --explain

/// A short selector for a node: `div#comments`, `section.related.posts`, `p`.
/// The element's short path (the same rules as the JSON's `path`).
fn selector(page: &Page, node: u32) -> String {
    if (node as usize) < page.nodes.len() {
        boilerfold::explain::path(page, node as usize)
    } else {
        format!("node {node}")
    }
}

/// Reasons in English, each with the element it points at.
fn reasons_english(page: &Page, reasons: &[boilerfold::Reason]) -> String {
    let words: Vec<String> =
        reasons.iter().map(|r| boilerfold::reason::english(r, Some(page))).collect();
    words.join(", ")
}

/// The text on one line (whitespace runs collapsed), cut to `max` characters with an ellipsis.
pub fn snippet(text: &str, max: usize) -> String {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= max {
        t
    } else {
        let mut s: String = t.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

fn label_upper(l: Label) -> String {
    l.as_str().to_ascii_uppercase()
}

/// `--explain`: one line per block, then a summary line and one line per fold.
pub fn explain(page: &Page, v: &Verdict) -> String {
    let mut out = String::new();
    let paths: Vec<String> = v
        .blocks
        .iter()
        .map(|b| if b.path.is_empty() { selector(page, b.node) } else { b.path.clone() })
        .collect();
    let width = paths.iter().map(|p| p.chars().count()).max().unwrap_or(0).min(40);
    for (b, path) in v.blocks.iter().zip(&paths) {
        out.push_str(&format!(
            "#{:<4} {:<width$}  {:<8}  {:.2}  [{}]  \"{}\"\n",
            b.id,
            path,
            label_upper(b.label),
            b.confidence,
            reasons_english(page, &b.reasons),
            snippet(&b.text, 60),
        ));
    }
    let folds = v.folds.len();
    out.push_str(&format!(
        "\n{} block{}, {folds} fold{}\n",
        v.blocks.len(),
        plural(v.blocks.len()),
        plural(folds)
    ));
    for f in &v.folds {
        let path = if f.path.is_empty() { selector(page, f.node) } else { f.path.clone() };
        let ids = match (f.block_ids.first(), f.block_ids.last()) {
            (Some(a), Some(b)) if a != b => format!("#{a}–#{b}"),
            (Some(a), _) => format!("#{a}"),
            _ => "no blocks".to_owned(),
        };
        out.push_str(&format!(
            "fold {path}  {}  {} chars  blocks {ids}  [{}]\n",
            label_upper(f.label),
            f.chars,
            reasons_english(page, &f.reasons)
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
