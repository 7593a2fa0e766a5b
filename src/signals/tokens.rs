//! Class, id, role, itemprop and tag tokens, as named data.
//!
//! Class and id values (and the component names of the page table, `src/page.rs`) are split into lower-case tokens on every character that is not a letter
//! or digit, and on camelCase humps (`relatedPosts` → `related`, `posts`), so entries match whole
//! tokens — never substrings (`ad` must not hit `header`, `bar` must not hit `sidebar`).
//! A few concepts are written as one word by some sites (`commentlist`, `relatedposts`); those
//! compounds are listed as their own tokens.

use crate::verdict::Label;

/// A token that points at one label.
pub struct TokenRule {
    pub token: &'static str,
    pub label: Label,
}

macro_rules! rules {
    ($label:expr, [$($t:literal),* $(,)?]) => {
        &[$(TokenRule { token: $t, label: $label }),*]
    };
}

/// Comment sections, forms and counts. WordPress: `comments-area`, `comment-respond`,
/// `commentform`; Disqus: `disqus_thread`; Livefyre/Coral/Viafoura embed ids; Drupal `comment-wrapper`.
pub const COMMENT_TOKENS: &[TokenRule] = rules!(
    Label::Comment,
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

/// Sponsored recommendation widgets ("Around the web", "Promoted stories"): the vendors'
/// embed names. They fold as related, with a reason of their own.
pub const SPONSORED_TOKENS: &[TokenRule] = rules!(
    Label::Related,
    ["outbrain", "taboola", "zergnet", "revcontent", "mgid", "plista", "ligatus", "adblade"]
);

/// Newsletter sign-up boxes. Mailchimp for WordPress (`mc4wp`), MailPoet, Mailchimp embeds,
/// and "newsletter" in the languages that write it as one word of their own.
pub const NEWSLETTER_TOKENS: &[TokenRule] = rules!(
    Label::Newsletter,
    [
        "newsletter",
        "newsletters",
        "newsletterbox",
        "newslettersignup",
        "nieuwsbrief",
        "nyhetsbrev",
        "nyhedsbrev",
        "mc4wp",
        "mailpoet",
        "mailchimp",
        "mcembedsignup",
        "emailsignup",
    ]
);

/// Share and follow bars. Jetpack `sharedaddy`, AddToAny (`addtoany`, `a2a`), Heise's
/// `shariff`, ShareThis, and the generic `share`/`social` names.
pub const SHARE_TOKENS: &[TokenRule] = rules!(
    Label::Share,
    [
        "share",
        "shares",
        "sharing",
        "sharebar",
        "sharetools",
        "sharedaddy",
        "sharethis",
        "socialshare",
        "addtoany",
        "a2a",
        "shariff",
        "social",
        "socials",
        "sociallinks",
        "socialmedia",
    ]
);

/// Two-token sequences that point at a label where neither token alone does
/// (`support-us`, `most-read`, `recent-posts`, `post-navigation`).
pub const TOKEN_PAIRS: &[(&str, &str, Label)] = &[
    ("support", "us", Label::Donation),
    ("support", "box", Label::Donation),
    ("become", "member", Label::Donation),
    ("most", "read", Label::Related),
    ("most", "popular", Label::Related),
    ("most", "viewed", Label::Related),
    ("recent", "posts", Label::Related),
    ("recent", "entries", Label::Related),
    ("more", "stories", Label::Related),
    ("more", "articles", Label::Related),
    ("more", "news", Label::Related),
    ("read", "more", Label::Related),
    ("read", "also", Label::Related),
    ("see", "also", Label::Related),
    ("post", "navigation", Label::Related),
    ("nav", "previous", Label::Related),
    ("nav", "next", Label::Related),
    ("recent", "comments", Label::Comment),
    ("email", "signup", Label::Newsletter),
    ("newsletter", "signup", Label::Newsletter),
    ("follow", "us", Label::Share),
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
    "breadcrumb", "breadcrumbs",
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

/// Split a class or id value into lower-case tokens (see the module docs), without an allocation
/// per token: the lower-cased tokens are appended to `buf` and their byte ranges to `spans`.
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

    /// The tokens of a class or id value, as owned strings.
    fn tokenize(value: &str, out: &mut Vec<String>) {
        let mut buf = String::new();
        let mut spans = Vec::new();
        tokenize_into(value, &mut buf, &mut spans);
        out.extend(spans.iter().map(|&(a, b)| buf[a..b].to_owned()));
    }

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
        for r in COMMENT_TOKENS
            .iter()
            .chain(RELATED_TOKENS)
            .chain(SPONSORED_TOKENS)
            .chain(DONATION_TOKENS)
            .chain(NEWSLETTER_TOKENS)
            .chain(SHARE_TOKENS)
        {
            assert!(!r.token.is_empty() && r.token == r.token.to_lowercase());
            assert!(seen.insert(r.token), "duplicate token {}", r.token);
        }
        for t in BOILERPLATE_TOKENS.iter().chain(ARTICLE_TOKENS) {
            assert!(!seen.contains(t), "token {t} is both clutter and chrome/article");
        }
    }
}
