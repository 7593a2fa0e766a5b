//! Link targets: where a block's links lead says what the block asks of the reader.
//!
//! A button reading "Faire un don", "Поддержать" or "Chip in" is a link to a donation page, a
//! membership checkout or a payment platform in every language; a comment count links to the
//! page's own `#comments`. Each entry is a piece of the link's address (lower-cased `href`),
//! matched as a substring, with the label it points to and the evidence it adds to the block
//! that holds the link (the same scale as [`super::phrases`]' `Anywhere` weights).

use crate::page::Page;
use crate::segment::{Block, Tree};
use crate::verdict::Label::{self, Comment as C, Donation as D};

use super::{BlockInfo, Why};
use crate::category::CLUTTER;

/// One link-target entry.
pub struct Target {
    /// A piece of the lower-cased `href`.
    pub part: &'static str,
    pub label: Label,
    /// Evidence added to the block holding the link.
    pub weight: u8,
}

const fn t(part: &'static str, label: Label, weight: u8) -> Target {
    Target { part, label, weight }
}

/// The table.
pub const TARGETS: &[Target] = &[
    // ---- donation: payment and membership platforms (the host says it all) ----
    t("patreon.com", D, 3),        // Patreon
    t("paypal.com/donate", D, 3),  // PayPal donation page
    t("paypal.me/", D, 3),         // PayPal.me personal payment link
    t("steadyhq.com", D, 3),       // Steady memberships (German-speaking publishers)
    t("ko-fi.com", D, 3),          // Ko-fi tips
    t("liberapay.com", D, 3),      // Liberapay
    t("buymeacoffee.com", D, 3),   // Buy Me a Coffee
    t("opencollective.com", D, 3), // Open Collective
    t("donorbox.org", D, 3),       // Donorbox forms
    t("givebutter.com", D, 3),     // Givebutter forms
    t("tipeee.com", D, 3),         // Tipeee (French tips)
    t("boosty.to", D, 3),          // Boosty (Russian-language memberships)
    // ---- donation: paths of donation and membership pages ----
    t("donate", D, 2),           // /donate, /donate-now, ?donate
    t("donation", D, 2),         // /donations, /make-a-donation
    t("/contribute", D, 2),      // /contribute (reader revenue)
    t("acquisitiondata", D, 2),  // reader-revenue campaign tracking parameter
    t("/membership", D, 2),      // /membership, /membership/join
    t("/become-a-member", D, 2), // membership page
    t("/support-us", D, 2),      // /support-us
    t("/supporter", D, 2),       // /supporters, /supporter-programme
    t("spende", D, 2),           // de: /spenden, /jetzt-spenden
    t("unterstuetz", D, 2),      // de: /unterstuetzen (support)
    t("/don/", D, 2),            // fr: /don/
    t("faire-un-don", D, 2),     // fr: make a donation
    t("/soutenir", D, 2),        // fr: /soutenir (support)
    t("/soutien", D, 2),         // fr: /soutien
    t("/donar", D, 2),           // es: /donar, /donaciones
    t("/dona", D, 2),            // it, pt: /dona, /donazioni
    t("/sostieni", D, 2),        // it: /sostieni, /sostienici
    t("/apoie", D, 2),           // pt: /apoie (support)
    t("/doe", D, 1),             // pt: /doe (donate) — short, so weak
    t("/wesprzyj", D, 2),        // pl: /wesprzyj (support)
    t("/wspieraj", D, 2),        // pl: /wspieraj
    t("/steun", D, 2),           // nl: /steun-ons (support us)
    t("/doneer", D, 2),          // nl: /doneer (donate)
    t("/podderzh", D, 2),        // ru (transliterated): /podderzhat (support)
    t("/support", D, 1),         // /support — also help centres, so weak
    t("/subscribe", D, 1),       // /subscribe — also newsletters, so weak
    t("/abo/", D, 1),            // de: /abo/ (subscription) — weak; not "/abo", which is
    t("/abo-", D, 1),            // also "/about"; /abo-angebote
    t("/abonn", D, 1),           // fr, de: /abonnement, /abonnieren — weak
    t("/checkout", D, 1),        // subscription checkout
    // ---- comment: the page's own comment section and comment handlers ----
    t("#comments", C, 2),        // "12 comments" jump links
    t("#respond", C, 2),         // WordPress "Leave a reply" link
    t("#reply", C, 2),           // reply links
    t("#disqus_thread", C, 3),   // Disqus placeholder / count link
    t("#comment", C, 2),         // #comment-123, #commentform
    t("replytocom=", C, 3),      // WordPress reply links in a thread
    t("wp-comments-post", C, 3), // WordPress comment handler
    t("/comments/", C, 1),       // comment pages
    t("#kommentare", C, 2),      // de
    t("#commentaires", C, 2),    // fr
    t("#comentarios", C, 2),     // es, pt
    t("#commenti", C, 2),        // it
];

/// Share endpoints: a link here shares the page it sits on (a piece of the lower-cased `href`).
pub const SHARE_ENDPOINTS: &[&str] = &[
    "facebook.com/sharer",             // Facebook share dialog
    "facebook.com/share.php",          // Facebook, older form
    "facebook.com/dialog/share",       // Facebook share dialog (app id)
    "facebook.com/dialog/feed",        // Facebook feed dialog
    "twitter.com/intent/",             // X/Twitter tweet and follow intents
    "twitter.com/share",               // X/Twitter share button
    "x.com/intent/",                   // X intents
    "linkedin.com/sharearticle",       // LinkedIn share
    "linkedin.com/cws/share",          // LinkedIn share, older form
    "pinterest.com/pin/create",        // Pinterest "Pin it"
    "reddit.com/submit",               // Reddit submit
    "api.whatsapp.com/send",           // WhatsApp share
    "whatsapp://send",                 // WhatsApp app link
    "wa.me/?text",                     // WhatsApp short link with text
    "t.me/share",                      // Telegram share
    "telegram.me/share",               // Telegram share, older host
    "vk.com/share.php",                // VK share
    "connect.ok.ru",                   // Odnoklassniki share
    "xing.com/spi/shares",             // XING share
    "xing.com/social/share",           // XING share, newer form
    "tumblr.com/share",                // Tumblr share
    "tumblr.com/widgets/share",        // Tumblr share widget
    "getpocket.com/save",              // Pocket
    "getpocket.com/edit",              // Pocket, older form
    "share.flipboard.com",             // Flipboard
    "news.ycombinator.com/submitlink", // Hacker News submit
    "bsky.app/intent/compose",         // Bluesky share
    "threads.net/intent/",             // Threads share
    "addtoany.com/share",              // AddToAny menu
    "social-plugins.line.me",          // LINE share
    "line.me/r/msg",                   // LINE share, older form
    "service.weibo.com/share",         // Weibo share
    "mastodonshare",                   // Mastodon share helpers
    "toot.kytta.dev",                  // Mastodon share helper
    "b.hatena.ne.jp/entry",            // Hatena bookmark (ja)
];

/// Social networks whose profile pages a "follow us" bar links to (a link to one post there is
/// a quote or a source, not a follow button: see [`is_share`]).
pub const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "youtube.com",
    "tiktok.com",
    "linkedin.com",
    "pinterest.com",
    "t.me",
    "telegram.me",
    "threads.net",
    "bsky.app",
    "vk.com",
    "ok.ru",
    "mastodon.social",
    "flipboard.com",
    "whatsapp.com",
    "snapchat.com",
    "tumblr.com",
    "xing.com",
    "weibo.com",
    "line.me",
    "soundcloud.com",
    "twitch.tv",
];

/// Path segments that name one post, video or search on a social network, not a profile.
const POST_SEGMENTS: &[&str] = &[
    "status", "statuses", "watch", "p", "reel", "reels", "posts", "photo", "photos", "video",
    "videos", "shorts", "story", "stories", "events", "hashtag", "search", "embed", "tv", "pin",
];

/// Does a lower-cased `href` share the page or follow the site? A share endpoint, a `mailto:`
/// with a prepared subject or body, or a profile on a social network (at most two path
/// segments, none naming one post).
pub fn is_share(href: &str) -> bool {
    if SHARE_ENDPOINTS.iter().any(|e| href.contains(e)) {
        return true;
    }
    if let Some(mail) = href.strip_prefix("mailto:") {
        return mail.contains("subject=") || mail.contains("body=");
    }
    let rest = ["https://", "http://", "//"].iter().find_map(|p| href.strip_prefix(p));
    let Some(rest) = rest else { return false };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.").trim_start_matches("m.");
    let social = SOCIAL_HOSTS.iter().any(|h| {
        host == *h || (host.ends_with(h) && host.as_bytes()[host.len() - h.len() - 1] == b'.')
    });
    if !social {
        return false;
    }
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments.len() <= 2 && !segments.iter().any(|s| POST_SEGMENTS.contains(s))
}

/// Per element, summed over its subtree: links that share the page or follow the site
/// ([`is_share`]), and all links that leave the page's own anchors.
pub struct LinkCounts {
    pub share: Vec<u32>,
    pub all: Vec<u32>,
}

/// Note the strongest link target of each block, per clutter label. A link never seeds a widget
/// on its own (a headline about donations links to `/donations-…`): it adds to wording
/// ([`add_to_wording`]) and to the evidence of an appeal box.
pub fn apply(page: &Page, tree: &Tree, blocks: &[Block], binfo: &mut [BlockInfo]) -> LinkCounts {
    let n = page.nodes.len();
    let mut counts = LinkCounts { share: vec![0; n], all: vec![0; n] };
    let mut lower = String::new();
    for (i, node) in page.nodes.iter().enumerate() {
        if node.tag != "a" || node.href.is_empty() || tree.hidden[i] {
            continue;
        }
        // Each href is lower-cased once, for the targets and the share test alike.
        lower.clear();
        lower.extend(node.href.trim().chars().flat_map(char::to_lowercase));
        if !lower.starts_with('#') && !lower.starts_with("javascript:") {
            counts.all[i] = 1;
            counts.share[i] = u32::from(is_share(&lower));
        }
        if blocks.is_empty() {
            continue;
        }
        // The strongest entry that matches.
        let Some(hit) = TARGETS.iter().filter(|t| lower.contains(t.part)).max_by_key(|t| t.weight)
        else {
            continue;
        };
        let Some(s) = hit.label.slot() else { continue };
        // The block holding the link's first text: the first block that ends after the link
        // starts, if it starts inside the link's subtree.
        let end = tree.end[i];
        let k = blocks.partition_point(|b| b.last <= i as u32);
        if blocks.get(k).is_none_or(|b| b.first > end) {
            continue;
        }
        let info = &mut binfo[k];
        // One link target per block and label: ten share buttons are not ten times the
        // evidence.
        if !info.bars(hit.label) && info.links[s] == 0 {
            info.links[s] = hit.weight;
            info.link_why[s] = Some(Why::LinkTarget { node: i as u32, part: hit.part });
        }
    }
    for i in (1..n).rev() {
        let p = page.nodes[i].parent;
        if p >= 0 {
            counts.share[p as usize] += counts.share[i];
            counts.all[p as usize] += counts.all[i];
        }
    }
    counts
}

/// A block with wording of a label counts its link to that label's target as more of the same
/// evidence ("… every contribution matters. [Support us]").
pub fn add_to_wording(binfo: &mut [BlockInfo]) {
    for info in binfo {
        for s in 0..CLUTTER {
            if info.score[s] > 0 && info.links[s] > 0 {
                info.score[s] = info.score[s].saturating_add(info.links[s]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_links_are_endpoints_mail_drafts_and_profiles() {
        for yes in [
            "https://www.facebook.com/sharer/sharer.php?u=https%3a%2f%2fexample.org",
            "https://twitter.com/intent/tweet?text=x",
            "mailto:?subject=look&body=https://example.org/a",
            "https://www.instagram.com/example/",
            "https://www.youtube.com/@example",
            "https://t.me/example",
        ] {
            assert!(is_share(yes), "{yes}");
        }
        for no in [
            "https://twitter.com/someone/status/123456",
            "https://www.youtube.com/watch?v=abc",
            "mailto:editor@example.org",
            "https://example.org/share-prices-fall",
            "https://notfacebook.com/page",
            "/about",
        ] {
            assert!(!is_share(no), "{no}");
        }
    }

    #[test]
    fn parts_are_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for t in TARGETS {
            assert_eq!(t.part, t.part.to_lowercase(), "{}", t.part);
            assert!(seen.insert(t.part), "duplicate {}", t.part);
            assert!(t.weight >= 1 && t.weight <= 3);
        }
    }
}
