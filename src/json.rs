//! A small JSON writer for the verdict and the page table, and a reader for the options object.
//!
//! The wasm build uses these instead of serde_json: the serde_json code was a quarter of the
//! `.wasm` (346 KB → 258 KB before wasm-bindgen, measured), and every page load pays for
//! fetching and compiling it. The output is the same JSON serde_json writes for these types (a
//! test compares them), so the CLI keeps serde_json for pretty printing and the two never drift.

use crate::config::Config;
use crate::page::Page;
use crate::verdict::{Reason, Verdict};

/// Append `s` as a JSON string.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `,"key":"value"` (or without the comma for the first field); skipped when empty if `skip`.
fn field_str(out: &mut String, first: &mut bool, key: &str, value: &str, skip_empty: bool) {
    if skip_empty && value.is_empty() {
        return;
    }
    key_of(out, first, key);
    string(out, value);
}

fn key_of(out: &mut String, first: &mut bool, key: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    string(out, key);
    out.push(':');
}

fn strings(out: &mut String, items: &[String]) {
    out.push('[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, s);
    }
    out.push(']');
}

fn reasons(out: &mut String, items: &[Reason]) {
    out.push('[');
    for (i, r) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"code\":");
        string(out, &r.code);
        out.push_str(",\"label\":\"");
        out.push_str(r.label.as_str());
        out.push('"');
        if !r.args.is_empty() {
            out.push_str(",\"args\":");
            strings(out, &r.args);
        }
        if let Some(node) = r.node {
            out.push_str(&format!(",\"node\":{node}"));
        }
        out.push('}');
    }
    out.push(']');
}

fn numbers(out: &mut String, items: &[u32]) {
    out.push('[');
    for (i, n) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&n.to_string());
    }
    out.push(']');
}

/// The verdict as compact JSON (what `serde_json::to_string` gives).
pub fn verdict(v: &Verdict) -> String {
    let mut out = String::with_capacity(64 + v.blocks.len() * 64);
    out.push_str("{\"version\":");
    string(&mut out, &v.version);
    out.push_str(",\"article_text\":");
    string(&mut out, &v.article_text);
    out.push_str(",\"blocks\":[");
    for (i, b) in v.blocks.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"id\":{},\"node\":{},\"label\":\"{}\",\"confidence\":{}",
            b.id,
            b.node,
            b.label.as_str(),
            float(b.confidence)
        ));
        let mut first = false;
        field_str(&mut out, &mut first, "text", &b.text, true);
        field_str(&mut out, &mut first, "path", &b.path, true);
        key_of(&mut out, &mut first, "reasons");
        reasons(&mut out, &b.reasons);
        out.push('}');
    }
    out.push_str("],\"folds\":[");
    for (i, f) in v.folds.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"node\":{},\"label\":\"{}\",\"block_ids\":",
            f.node,
            f.label.as_str()
        ));
        numbers(&mut out, &f.block_ids);
        let mut first = false;
        field_str(&mut out, &mut first, "path", &f.path, true);
        out.push_str(&format!(",\"chars\":{},\"reasons\":", f.chars));
        reasons(&mut out, &f.reasons);
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// An `f32` as serde_json writes it (shortest form that reads back the same; `1.0` for whole
/// numbers).
fn float(x: f32) -> String {
    if !x.is_finite() {
        return "null".to_string();
    }
    format!("{x:?}")
}

/// The page table as compact JSON (what `serde_json::to_string` gives).
pub fn page(p: &Page) -> String {
    let mut out = String::with_capacity(p.nodes.len() * 48);
    out.push_str("{\"nodes\":[");
    for (i, n) in p.nodes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("{{\"parent\":{}", n.parent));
        let mut first = false;
        field_str(&mut out, &mut first, "tag", &n.tag, false);
        for (key, value) in [
            ("text", &n.text),
            ("id", &n.id),
            ("class", &n.class),
            ("role", &n.role),
            ("itemprop", &n.itemprop),
            ("itemtype", &n.itemtype),
            ("type", &n.input_type),
            ("name", &n.name),
            ("href", &n.href),
            ("action", &n.action),
            ("component", &n.component),
            ("label", &n.label),
        ] {
            field_str(&mut out, &mut first, key, value, true);
        }
        if n.hidden {
            out.push_str(",\"hidden\":true");
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// Read the options object: `{"include_text": bool, "fragment": bool, "blocks": bool}`, any subset, in any
/// order, with white space; an empty string means the defaults. Anything else is an error.
pub fn options(s: &str) -> Result<Config, String> {
    let mut config = Config::default();
    let s = s.trim();
    if s.is_empty() {
        return Ok(config);
    }
    let inner = s
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .ok_or_else(|| format!("options must be a JSON object, got {s:?}"))?;
    for pair in inner.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) =
            pair.split_once(':').ok_or_else(|| format!("expected \"key\": value in {pair:?}"))?;
        let key = key.trim();
        let key = key
            .strip_prefix('"')
            .and_then(|k| k.strip_suffix('"'))
            .ok_or_else(|| format!("option names are JSON strings: {key}"))?;
        let value = match value.trim() {
            "true" => true,
            "false" => false,
            other => return Err(format!("option {key:?} takes true or false, not {other}")),
        };
        match key {
            "include_text" => config.include_text = value,
            "fragment" => config.fragment = value,
            "blocks" => config.blocks = value,
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Node, TEXT_TAG};

    fn page_sample() -> Page {
        let mut nodes = vec![
            Node { parent: -1, tag: "body".into(), class: "a \"b\"".into(), ..Default::default() },
            Node { parent: 0, tag: "p".into(), hidden: true, ..Default::default() },
            Node {
                parent: 1,
                tag: TEXT_TAG.into(),
                text: "Dear readers,\n\t\u{1} \\ «ёж» \u{1F600}".into(),
                ..Default::default()
            },
        ];
        nodes.push(Node {
            parent: 0,
            tag: "a".into(),
            href: "/x?y=1&z".into(),
            ..Default::default()
        });
        Page { nodes }
    }

    #[test]
    fn page_json_equals_serde_json() {
        let p = page_sample();
        let ours: serde_json::Value = serde_json::from_str(&page(&p)).unwrap();
        assert_eq!(ours, serde_json::to_value(&p).unwrap());
        assert_eq!(page(&p), serde_json::to_string(&p).unwrap());
    }

    #[test]
    fn verdict_json_equals_serde_json() {
        let mut html = page_sample();
        html.nodes[1].hidden = false;
        for include_text in [true, false] {
            let v = crate::classify(&html, &Config { include_text, ..Config::default() });
            assert_eq!(verdict(&v), serde_json::to_string(&v).unwrap());
        }
        let mut v = crate::classify(&html, &Config::default());
        v.folds.push(crate::verdict::Fold {
            node: 1,
            label: crate::Label::Comment,
            block_ids: vec![0, 7],
            path: "div#c > p".into(),
            chars: 12,
            reasons: vec![
                crate::Reason {
                    code: "heading".into(),
                    label: crate::Label::Comment,
                    args: vec!["leave a \"reply\"".into(), "en".into()],
                    node: None,
                },
                crate::Reason {
                    code: "token".into(),
                    label: crate::Label::Comment,
                    args: vec![],
                    node: Some(3),
                },
            ],
        });
        v.blocks[0].confidence = 0.1 + 0.2;
        assert_eq!(verdict(&v), serde_json::to_string(&v).unwrap());
    }

    #[test]
    fn options_accept_subsets_and_reject_the_rest() {
        assert_eq!(options("").unwrap(), Config::default());
        let c = options(r#"{ "include_text" : false, "fragment":true }"#).unwrap();
        assert!(!c.include_text && c.fragment && c.blocks);
        assert!(!options(r#"{"blocks": false}"#).unwrap().blocks);
        assert!(options("[]").is_err());
        assert!(options(r#"{"include_text": 1}"#).is_err());
        assert!(options(r#"{"colour": true}"#).is_err());
        assert!(options(r#"{include_text: true}"#).is_err());
    }
}
