//! Class, id, role, itemprop and tag tokens, as named data.
//!
//! Class and id values are split into lower-case tokens on every character that is not a letter
//! or digit, and on camelCase humps (`relatedPosts` → `related`, `posts`), so entries match whole
//! tokens — never substrings (`ad` must not hit `header`, `bar` must not hit `sidebar`).
//! A few concepts are written as one word by some sites (`commentlist`, `relatedposts`); those
//! compounds are listed as their own tokens.

use crate::verdict::Label;

/// A token that points at one label, with the reason shown to the user.
pub struct TokenRule {
    pub token: &'static str,
    pub label: Label,
    /// Short words for the fold bar and `--explain`.
    pub why: &'static str,
}

macro_rules! rules {
    ($label:expr, $why:expr, [$($t:literal),* $(,)?]) => {
        &[$(TokenRule { token: $t, label: $label, why: $why }),*]
    };
}

/// Comment sections, forms and counts. WordPress: `comments-area`, `comment-respond`,
/// `commentform`; Disqus: `disqus_thread`; Livefyre/Coral/Viafoura embed ids; Drupal `comment-wrapper`.
pub const COMMENT_TOKENS: &[TokenRule] = rules!(
    Label::Comment,
    "comment section markup",
    [
        "comment",
        "comments",
        "commentlist",
        "commentform",
        "commentlink",
        "commentcount",
        "comentarios",
        "commentaires",
        "kommentare",
        "commenti",
        "komentarze",
        "reacties",
        "respond",
        "disqus",
        "livefyre",
        "viafoura",
        "discussion",
        "responses",
        "replies",
    ]
);

/// Related-story widgets. `yarpp` and `jp` (Jetpack) `relatedposts`, `crp` (Contextual Related
/// Posts), Outbrain/Taboola "around the web" slots, WP's `widget_recent_entries`.
pub const RELATED_TOKENS: &[TokenRule] = rules!(
    Label::Related,
    "related-stories markup",
    [
        "related",
        "relatedposts",
        "relatedarticles",
        "relatedstories",
        "relatedcontent",
        "yarpp",
        "crp",
        "recommended",
        "recommendations",
        "recommendation",
        "outbrain",
        "taboola",
        "mostread",
        "mostpopular",
        "trending",
        "popular",
        "morestories",
        "readmore",
        "readnext",
        "upnext",
        "nextread",
        "recirc",
        "recirculation",
        "teasers",
        "similar",
    ]
);

/// Donation and membership appeals, paywall prompts. Guardian's `contributions-epic`,
/// Piano/Tinypass `paywall`, generic `donate`/`support-us` boxes.
pub const DONATION_TOKENS: &[TokenRule] = rules!(
    Label::Donation,
    "donation-appeal markup",
    [
        "donate",
        "donation",
        "donations",
        "contribute",
        "contribution",
        "contributions",
        "paywall",
        "membership",
        "supportus",
        "fundraising",
        "fundraiser",
        "patreon",
        "spende",
        "spenden",
        "donar",
        "donazione",
        "tinypass",
        "memberful",
    ]
);

/// Two-token sequences that point at a label where neither token alone does
/// (`support-us`, `most-read`, `recent-posts`, `post-navigation`).
pub const TOKEN_PAIRS: &[(&str, &str, Label, &str)] = &[
    ("support", "us", Label::Donation, "donation-appeal markup"),
    ("support", "box", Label::Donation, "donation-appeal markup"),
    ("become", "member", Label::Donation, "donation-appeal markup"),
    ("most", "read", Label::Related, "related-stories markup"),
    ("most", "popular", Label::Related, "related-stories markup"),
    ("most", "viewed", Label::Related, "related-stories markup"),
    ("recent", "posts", Label::Related, "related-stories markup"),
    ("recent", "entries", Label::Related, "related-stories markup"),
    ("more", "stories", Label::Related, "related-stories markup"),
    ("more", "articles", Label::Related, "related-stories markup"),
    ("more", "news", Label::Related, "related-stories markup"),
    ("read", "more", Label::Related, "related-stories markup"),
    ("read", "also", Label::Related, "related-stories markup"),
    ("see", "also", Label::Related, "related-stories markup"),
    ("post", "navigation", Label::Related, "previous/next post links"),
    ("nav", "previous", Label::Related, "previous/next post links"),
    ("nav", "next", Label::Related, "previous/next post links"),
    ("recent", "comments", Label::Comment, "comment section markup"),
];

/// Tokens that cancel a clutter token on the same element: `comment` next to these means
/// something else (`no-comments` is an empty marker; a `comment-content` inside a reader
/// comment is still a comment, so `content` is not here).
#[rustfmt::skip]
pub const NEGATING_TOKENS: &[&str] = &[
    "no", "non", "closed", "disabled", "icon", "svg",
];

/// Containers of page chrome that is neither article nor clutter. Their text is "other".
#[rustfmt::skip]
pub const BOILERPLATE_TOKENS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "menus", "footer", "header", "masthead", "sidebar",
    "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sociallinks", "newsletter",
    "subscribe", "signup", "login", "cookie", "cookies", "consent", "banner", "ad", "ads",
    "advert", "advertisement", "adsbygoogle", "sponsor", "sponsored", "promo", "modal", "popup",
    "toolbar", "tags", "tagcloud", "taglist", "byline", "author", "dateline", "meta", "skip",
    "widget", "copyright", "print", "subnav", "topbar",
    // Media furniture: captions, credits and gallery controls are not the story's text.
    "caption", "captions", "credit", "credits", "gallery", "slideshow", "carousel", "lightbox",
    "thumbs", "thumbnails", "overlay",
];

/// Site navigation (a subset of chrome): menus list sections and stories, but LABELS.md counts
/// navigation and mega-menus as "other" even when they preview headlines.
#[rustfmt::skip]
pub const NAVIGATION_TOKENS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "menus", "megamenu", "subnav", "menubar", "topnav",
];

/// Tokens that mark the article body (class weights for region scoring).
#[rustfmt::skip]
pub const ARTICLE_TOKENS: &[&str] = &[
    "article", "articlebody", "content", "entry", "entrycontent", "post", "postcontent",
    "story", "storybody", "body", "text", "main", "blog", "page", "hentry", "prose", "richtext",
    "paragraph", "single",
];

/// Tokens and token pairs that name the article's body itself. Lists of links inside it are the
/// article's own (a round-up post, a changelog), unless markup or a heading says otherwise.
#[rustfmt::skip]
pub const ARTICLE_BODY_TOKENS: &[&str] = &[
    "articlebody", "entrycontent", "postcontent", "storybody", "postbody", "articletext",
];

/// See [`ARTICLE_BODY_TOKENS`].
pub const ARTICLE_BODY_PAIRS: &[(&str, &str)] = &[
    ("entry", "content"),
    ("post", "content"),
    ("post", "body"),
    ("article", "body"),
    ("article", "content"),
    ("article", "text"),
    ("story", "body"),
    ("story", "content"),
];

/// An id with at least this many tokens is a slug of a heading, and its words are ignored.
pub const SLUG_ID_TOKENS: usize = 5;

/// Tags whose subtree is page chrome.
#[rustfmt::skip]
pub const BOILERPLATE_TAGS: &[&str] = &[
    "nav", "footer", "aside", "header", "menu", "figure", "figcaption",
];

/// ARIA landmark roles that are page chrome.
#[rustfmt::skip]
pub const BOILERPLATE_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
];

/// Split a class or id value into lower-case tokens (see the module docs).
pub fn tokenize(value: &str, out: &mut Vec<String>) {
    let mut buf = String::new();
    let mut spans = Vec::new();
    tokenize_into(value, &mut buf, &mut spans);
    out.extend(spans.iter().map(|&(a, b)| buf[a..b].to_owned()));
}

/// [`tokenize`] without an allocation per token: the lower-cased tokens are appended to `buf`
/// and their byte ranges to `spans`.
pub fn tokenize_into(value: &str, buf: &mut String, spans: &mut Vec<(usize, usize)>) {
    let mut start: Option<usize> = None;
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower {
                if let Some(s) = start.take() {
                    spans.push((s, buf.len()));
                }
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            start.get_or_insert(buf.len());
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        } else {
            if let Some(s) = start.take() {
                spans.push((s, buf.len()));
            }
            prev_lower = false;
        }
    }
    if let Some(s) = start {
        spans.push((s, buf.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenize_splits_on_punctuation_and_humps() {
        let mut v = Vec::new();
        tokenize("comment-respond  jp_relatedPosts widget_recent_entries", &mut v);
        assert_eq!(
            v,
            ["comment", "respond", "jp", "related", "posts", "widget", "recent", "entries"]
        );
    }

    #[test]
    fn tables_have_no_duplicates_or_blanks() {
        let mut seen = std::collections::HashSet::new();
        for r in COMMENT_TOKENS.iter().chain(RELATED_TOKENS).chain(DONATION_TOKENS) {
            assert!(!r.token.is_empty() && r.token == r.token.to_lowercase());
            assert!(seen.insert(r.token), "duplicate token {}", r.token);
        }
        for t in BOILERPLATE_TOKENS.iter().chain(ARTICLE_TOKENS) {
            assert!(!seen.contains(t), "token {t} is both clutter and chrome/article");
        }
    }
}
