use super::sniff::{charset_from_content, prescan};
use super::*;
use crate::page::{Page, NO_PARENT};

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
fn component_names_in_their_order_and_bounded() {
    let long = "x".repeat(crate::page::COMPONENT_MAX_UNITS + 1);
    // 64 UTF-16 units: 32 characters outside the BMP are 128 bytes, and still kept.
    let astral = "😀".repeat(crate::page::COMPONENT_MAX_UNITS / 2);
    let p = page(&format!(
        "<div data-type=t data-testid='Share Tools' data-component=newsletterSignUp data-x=1 \
         aria-label='Share this'><p data-module='' data-widget={long} aria-label={long}>p</p>\
         <i data-test-id={astral}x aria-label={astral}>i</i></div>"
    ));
    let d = &p.nodes[1];
    // COMPONENT_ATTRS order, not the element's; empty values and unknown attributes left out.
    assert_eq!(d.component, "newsletterSignUp Share Tools t");
    assert_eq!(d.label, "Share this");
    let para = &p.nodes[2];
    assert_eq!((para.component.as_str(), para.label.as_str()), ("", ""));
    let i = &p.nodes[4];
    assert_eq!((i.component.as_str(), i.label.as_str()), ("", astral.as_str()));
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
