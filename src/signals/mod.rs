//! Signals: evidence for a label, each kind a small module with its tables as data.
//!
//! * [`tokens`]: class / id / role / itemprop / tag evidence on elements;
//! * [`phrases`]: words of the block's text, per language;
//! * this module: the per-element and per-block evidence built from them, plus the shape
//!   signals (comment forms, currency amounts), and [`Why`], the reason shown to people.

pub mod links;
pub mod phrases;
pub mod tokens;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::category::CLUTTER;
use crate::page::Page;
use crate::segment::Block;
use crate::verdict::Label;
use phrases::{Hit, Phrase, PhraseIndex, Place};
use tokens::TokenRule;

/// Why a block got its label: one fired signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A class, id or component-name token on an element (`node`).
    Token { node: u32, token: &'static str },
    /// Two adjacent class or id tokens (`support-us`).
    Pair { node: u32, first: &'static str, second: &'static str },
    /// `role`, `itemprop` or `itemtype` naming comments.
    Semantic { node: u32 },
    /// A form with a text area and a name or e-mail field, or posting to a comment handler.
    CommentForm { node: u32 },
    /// A form that asks for an e-mail address and little else: a sign-up.
    SignupForm { node: u32 },
    /// A bar whose links share the story or follow the site ([`links::is_share`]).
    ShareLinks { node: u32 },
    /// A link to a target of [`links::TARGETS`] (`node` is the `<a>`).
    LinkTarget { node: u32, part: &'static str },
    /// A phrase of [`phrases::all`].
    Phrase { phrase: usize },
    /// A family: two entries of [`phrases::all`] (a noun and a qualifier of one label, a
    /// related heading's or an appeal's), in the order the text has them.
    Family { first: usize, second: usize },
    /// A comment count ("12 comments").
    CommentCount,
    /// A currency amount next to appeal wording.
    Money,
    /// Inside a widget whose heading or appeal decided (the block id of the heading).
    Widget { block: u32 },
    /// Part of a run of appeal paragraphs.
    AppealRun,
    /// A list of headline links outside the article.
    TeaserList { node: u32 },
    /// Links after a related heading.
    LinksAfterHeading { block: u32 },
    /// In the article region and reads like prose.
    ArticleRegion { node: u32 },
    /// Page chrome (navigation, footer, share bars…).
    Chrome { node: u32 },
    /// Mostly links.
    LinkDense,
    /// Outside the article region.
    OutsideRegion,
}

/// Element evidence from its own attributes.
#[derive(Debug, Clone, Default)]
pub struct ElementInfo {
    /// A clutter label named by the element's markup, with the reason.
    pub clutter: Option<(Label, Why)>,
    /// Page chrome by tag, role or token.
    pub chrome: bool,
    /// Class weight for article-region scoring (Readability's idea: ±25 per attribute).
    pub weight: i32,
    /// Has an article token (`entry-content`, `articleBody`…).
    pub article_token: bool,
    /// Site navigation by tag, role or token.
    pub navigation: bool,
    /// Names the article's body itself (`entry-content`, `articleBody`), not just "content".
    pub article_body: bool,
}

/// Block evidence from its text.
#[derive(Debug, Clone, Default)]
pub struct BlockInfo {
    /// The block is a short heading-like block naming a label (decides on its own).
    pub heading: Option<(Label, Why)>,
    /// The block starts with an inline story-link phrase and is mostly a link.
    pub lead: Option<Why>,
    /// Summed weights of `Anywhere` phrases, per clutter label (donation, related, comment).
    pub score: [u8; CLUTTER],
    /// The strongest `Anywhere` phrase per clutter label.
    pub best: [Option<Why>; CLUTTER],
    /// The heading is exactly its phrase (and perhaps a count), nothing more.
    pub exact_heading: bool,
    /// An "other" phrase vetoes clutter headings ("Related topics", "declined to comment").
    pub veto: bool,
    /// Newsletter wording: the block belongs to a sign-up box, whatever else it says ("Support
    /// our journalism: get the newsletter" is not an appeal for money).
    pub signup: bool,
    /// Evidence of the block's links' targets, per clutter label ([`links`]).
    pub links: [u8; CLUTTER],
    /// The link that gave it.
    pub link_why: [Option<Why>; CLUTTER],
    /// A currency amount counted with the block's appeal wording.
    pub money: bool,
}

/// The donation slot, which the money signal and the appeal shapes read.
pub(crate) const DONATION: usize = 0;
const _: () = assert!(matches!(Label::SLOTS[DONATION], Label::Donation));
/// The newsletter slot, which newsletter wording keeps while it clears the others.
pub(crate) const NEWSLETTER: usize = 3;
const _: () = assert!(matches!(Label::SLOTS[NEWSLETTER], Label::Newsletter));

/// What the token tables say about one token, gathered into one entry so each token costs one
/// lookup.
#[derive(Clone, Copy, Default)]
struct TokenFacts {
    rule: Option<&'static TokenRule>,
    chrome: bool,
    article: bool,
    negating: bool,
    navigation: bool,
    body: bool,
    /// First word of a [`tokens::TOKEN_PAIRS`] entry.
    pair_first: bool,
    /// First word of a [`tokens::ARTICLE_BODY_PAIRS`] entry.
    body_pair_first: bool,
}

/// A small, fast hasher for short keys (FNV-1a): the tables are ours, not an attacker's, and
/// SipHash was a fifth of the classifier's instructions.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`Fnv`].
pub type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Compiled tables, built once per process (or wasm instance).
pub struct Tables {
    tokens: FnvMap<&'static str, TokenFacts>,
    phrases: PhraseIndex,
    money: regex_lite::Regex,
    price: regex_lite::Regex,
}

/// The compiled tables.
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut map: FnvMap<&'static str, TokenFacts> = FnvMap::default();
        for r in tokens::COMMENT_TOKENS
            .iter()
            .chain(tokens::RELATED_TOKENS)
            .chain(tokens::SPONSORED_TOKENS)
            .chain(tokens::DONATION_TOKENS)
            .chain(tokens::NEWSLETTER_TOKENS)
            .chain(tokens::SHARE_TOKENS)
        {
            map.entry(r.token).or_default().rule = Some(r);
        }
        let mut mark = |list: &[&'static str], f: fn(&mut TokenFacts)| {
            for t in list {
                f(map.entry(t).or_default());
            }
        };
        mark(tokens::BOILERPLATE_TOKENS, |f| f.chrome = true);
        mark(tokens::ARTICLE_TOKENS, |f| f.article = true);
        mark(tokens::NEGATING_TOKENS, |f| f.negating = true);
        mark(tokens::NAVIGATION_TOKENS, |f| f.navigation = true);
        mark(tokens::ARTICLE_BODY_TOKENS, |f| f.body = true);
        for (a, ..) in tokens::TOKEN_PAIRS {
            map.entry(a).or_default().pair_first = true;
        }
        for (a, _) in tokens::ARTICLE_BODY_PAIRS {
            map.entry(a).or_default().body_pair_first = true;
        }
        Tables {
            tokens: map,
            phrases: PhraseIndex::new(),
            // A currency sign next to a number, either order: "$2", "2 €", "5 zł", "100 ₽".
            money: regex_lite::Regex::new(
                r"(?:[$€£¥₽₴]\s?\d)|(?:\d\s?(?:[$€£₽₴]|zł|eur|usd|руб|грн|kr))",
            )
            .expect("valid money pattern"),
            // A price that names no currency: in cents ("just 99 cents"), or a number with a
            // period of payment, a subscription's price ("ab 1,90 pro Monat", "3.99 per month",
            // "8 par mois").
            price: regex_lite::Regex::new(concat!(
                r"(?:\d\s?(?:cents?|centimes)\b)",
                r"|(?:\d\s?(?:pro|per|a|im|par|al)\s(?:monat|month|mois|mes|jahr|year|woche|week)\b)",
            ))
            .expect("valid price pattern"),
        }
    })
}

/// Evidence of every element's own markup.
pub fn element_info(page: &Page) -> Vec<ElementInfo> {
    let t = tables();
    let mut out = vec![ElementInfo::default(); page.nodes.len()];
    let mut buf = String::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut facts: Vec<TokenFacts> = Vec::new();
    for (i, n) in page.nodes.iter().enumerate() {
        if n.is_text() || n.tag == "body" || n.tag == "html" {
            continue;
        }
        let info = &mut out[i];
        let node = i as u32;
        buf.clear();
        spans.clear();
        facts.clear();
        tokens::tokenize_into(&n.id, &mut buf, &mut spans);
        // An id of many words is a slug of a heading ("gmail-predictable-responses-from-humans",
        // Google's SRE book), not a name a developer gave the element: its words say nothing.
        if spans.len() >= tokens::SLUG_ID_TOKENS {
            spans.clear();
        }
        tokens::tokenize_into(&n.class, &mut buf, &mut spans);
        // Component names read as class names do (`data-component="newsletterSignUp"`).
        tokens::tokenize_into(&n.component, &mut buf, &mut spans);
        // The `aria-label` (in the table too) is not read: on the tuning half its words
        // ("Share on Facebook", "social media post" on an embedded tweet) added folds the
        // labels do not have and found no labelled widget the other names miss.
        facts.extend(
            spans.iter().map(|&(a, b)| t.tokens.get(&buf[a..b]).copied().unwrap_or_default()),
        );
        let tok = |k: usize| &buf[spans[k].0..spans[k].1];
        let negated = facts.iter().any(|f| f.negating);
        for (k, f) in facts.iter().enumerate() {
            if info.clutter.is_none() && !negated {
                if let Some(rule) = f.rule {
                    info.clutter = Some((rule.label, Why::Token { node, token: rule.token }));
                } else if f.pair_first && k + 1 < spans.len() {
                    let (first, next) = (tok(k), tok(k + 1));
                    if let Some(&(a, b, label)) =
                        tokens::TOKEN_PAIRS.iter().find(|(a, b, _)| *a == first && *b == next)
                    {
                        info.clutter = Some((label, Why::Pair { node, first: a, second: b }));
                    }
                }
            }
            info.chrome |= f.chrome;
            info.article_token |= f.article;
            info.navigation |= f.navigation;
            if f.body
                || (f.body_pair_first
                    && k + 1 < spans.len()
                    && tokens::ARTICLE_BODY_PAIRS
                        .iter()
                        .any(|&(a, b)| a == tok(k) && b == tok(k + 1)))
            {
                info.article_body = true;
            }
        }
        let role =
            if n.role.is_empty() { String::new() } else { n.role.trim().to_ascii_lowercase() };
        let itemprop =
            if n.itemprop.is_empty() { String::new() } else { n.itemprop.to_ascii_lowercase() };
        if role == "comment"
            || itemprop.split_whitespace().any(|p| p == "comment" || p == "comments")
            || n.itemtype.contains("schema.org/Comment")
            || n.itemtype.contains("schema.org/UserComments")
        {
            info.clutter = Some((Label::Comment, Why::Semantic { node }));
        }
        if n.tag == "nav" || matches!(role.as_str(), "navigation" | "menu" | "menubar") {
            info.navigation = true;
        }
        if tokens::BOILERPLATE_TAGS.contains(&n.tag.as_str())
            || tokens::BOILERPLATE_ROLES.contains(&role.as_str())
        {
            info.chrome = true;
        }
        if itemprop.split_whitespace().any(|p| p == "articlebody" || p == "text") || role == "main"
        {
            info.article_token = true;
        }
        // Class weight, in the spirit of Readability: chrome and clutter count against being
        // the article, article tokens for it.
        if info.article_token {
            info.weight += 25;
        }
        if info.chrome || info.clutter.is_some() {
            info.weight -= 25;
        }
        if itemprop.split_whitespace().any(|p| p == "articlebody") {
            info.weight += 50;
            info.article_body = true;
        }
    }
    // Comment forms: a <form> holding a <textarea> together with a name field, a text area
    // named for a comment, or posting to a comment handler (WordPress `wp-comments-post.php`,
    // Drupal `comment/reply`). A text area with only an e-mail field is a letter to the editors.
    let mut comment_box = vec![false; page.nodes.len()];
    let mut form_of: Vec<i32> = vec![-1; page.nodes.len()];
    let mut has_textarea = vec![false; page.nodes.len()];
    let mut has_identity = vec![false; page.nodes.len()];
    // Sign-up forms: e-mail fields, other typed-in fields (a password means a login, a search
    // box a search form).
    let mut emails = vec![0u32; page.nodes.len()];
    let mut other_fields = vec![0u32; page.nodes.len()];
    let mut login_or_search = vec![false; page.nodes.len()];
    for (i, n) in page.nodes.iter().enumerate() {
        let parent_form = if n.parent >= 0 { form_of[n.parent as usize] } else { -1 };
        form_of[i] = if n.tag == "form" { i as i32 } else { parent_form };
        let f = form_of[i];
        if f < 0 {
            continue;
        }
        let f = f as usize;
        let name = n.name.to_ascii_lowercase();
        let ty = n.input_type.to_ascii_lowercase();
        if n.tag == "input" && !not_typed_input(&ty) {
            let id = n.id.to_ascii_lowercase();
            if ty == "email" || name.contains("email") || id.contains("email") || name == "mail" {
                emails[f] += 1;
            } else if matches!(ty.as_str(), "password" | "search") || name == "q" || name == "s" {
                login_or_search[f] = true;
            } else if matches!(ty.as_str(), "" | "text" | "tel" | "number" | "url") {
                other_fields[f] += 1;
            }
        }
        match n.tag.as_str() {
            "textarea" => {
                has_textarea[f] = true;
                comment_box[f] |= name.contains("comment") || name.contains("reply");
            }
            "input" if name == "author" || name == "name" || name.ends_with("name") => {
                has_identity[f] = true
            }
            _ => {}
        }
    }
    for (i, n) in page.nodes.iter().enumerate() {
        if n.tag != "form" {
            continue;
        }
        let action = n.action.to_ascii_lowercase();
        let posts_comment = action.contains("comment");
        if has_textarea[i] && (has_identity[i] || comment_box[i] || posts_comment) {
            let node = i as u32;
            out[i].clutter = Some((Label::Comment, Why::CommentForm { node }));
            out[i].weight -= 25;
        } else if !has_textarea[i]
            && !login_or_search[i]
            && emails[i] == 1
            && other_fields[i] <= SIGNUP_MAX_OTHER_FIELDS
        {
            out[i].clutter = Some((Label::Newsletter, Why::SignupForm { node: i as u32 }));
            out[i].weight -= 25;
        }
    }
    out
}

/// Evidence a currency amount adds to a block that already has appeal wording: a price next
/// to "subscribe" or "support" makes an offer.
pub const MONEY_WEIGHT: u8 = 2;

/// Most typed-in fields besides the e-mail address of a sign-up form (first and last name); a
/// form with more is an order or contact form.
pub const SIGNUP_MAX_OTHER_FIELDS: u32 = 2;

/// Input types that are not typed into: buttons, boxes, hidden values.
fn not_typed_input(ty: &str) -> bool {
    matches!(ty, "hidden" | "submit" | "button" | "image" | "reset" | "checkbox" | "radio" | "file")
}

/// Most words a block may have to count as a heading, label or button.
pub const HEADING_MAX_WORDS: usize = 10;
/// Most words of an inline "Related: <link>" paragraph.
pub const LEAD_MAX_WORDS: usize = 45;
/// Least share of link text in an inline "Related: <link>" paragraph.
pub const LEAD_MIN_LINK_DENSITY: f32 = 0.3;

/// Most words of a heading named by a family (a noun and a qualifier): a heading of other
/// stories is a few words, a subheading that happens to hold both is usually longer.
pub const FAMILY_MAX_WORDS: usize = 8;
/// At most this many positions between a family's noun and qualifier (one or two words
/// between them, counting the first word of a phrase).
pub const FAMILY_GAP: usize = 3;

/// Evidence a family adds to a block's wording for its label, like one phrase of weight 2.
pub const FAMILY_WEIGHT: u8 = 2;
/// Most words of a block an appeal family adds to: a box's heading, line or button.
pub const FAMILY_BLOCK_MAX_WORDS: usize = 20;

/// The first noun and qualifier of `label` among the hits, close together (see
/// [`phrases::cues`] and [`phrases::cues_appeal`]).
fn family(hits: &[Hit], label: Label) -> Option<Why> {
    let of = |h: &&Hit, place: Place| {
        let ph = phrases::phrase(h.phrase);
        ph.place == place && ph.label == label
    };
    // Side by side or nearly ("more hot stories"): words far apart are a sentence's, not a
    // heading's ("more on this in our stories about…").
    let (n, q) = hits.iter().filter(|h| of(h, Place::Noun)).find_map(|n| {
        hits.iter()
            .filter(|h| of(h, Place::Qualifier))
            .find(|q| q.at != n.at && n.at.abs_diff(q.at) <= FAMILY_GAP)
            .map(|q| (n, q))
    })?;
    let (first, second) = if q.at < n.at { (q, n) } else { (n, q) };
    Some(Why::Family { first: first.phrase, second: second.phrase })
}

/// Evidence from a block's words.
pub fn block_info(block: &Block) -> BlockInfo {
    let t = tables();
    let mut info = BlockInfo::default();
    let lower = block.text.to_lowercase();
    let mut w: Vec<&str> = Vec::new();
    phrases::split_words(&lower, &mut w);
    if w.is_empty() {
        return info;
    }
    let mut hits: Vec<Hit> = Vec::new();
    t.phrases.find(&w, &mut hits);
    // A heading is short and is not a sentence: "Comments and public postings are copyrighted
    // by their creators." starts like a heading but ends like a sentence (LWN's footer).
    let sentence = {
        let t = block.text.trim_end();
        t.ends_with('.') && !t.ends_with("..")
    };
    let short = w.len() <= HEADING_MAX_WORDS && !(sentence && w.len() > 3);
    // A leading number is allowed before a heading phrase ("3 Comments", "12 thoughts on …").
    let start = if w[0].chars().all(|c| c.is_ascii_digit()) { 1 } else { 0 };
    let mut best_heading: Option<(&Phrase, usize)> = None;
    let mut counted: Vec<usize> = Vec::new();
    for h in &hits {
        let ph = phrases::phrase(h.phrase);
        match ph.place {
            // The longest heading phrase wins ("related topics" over "related").
            Place::Heading
                if short
                    && h.at == start
                    && best_heading.is_none_or(|(b, _)| b.text.len() < ph.text.len()) =>
            {
                best_heading = Some((ph, h.phrase));
            }
            Place::Lead
                if h.at == 0
                    && w.len() <= LEAD_MAX_WORDS
                    && block.link_density() >= LEAD_MIN_LINK_DENSITY =>
            {
                info.lead.get_or_insert(Why::Phrase { phrase: h.phrase });
            }
            Place::Anywhere => {
                if ph.label == Label::Other {
                    info.veto = true;
                } else if let Some(s) = ph.label.slot() {
                    // A weak phrase ("e-mail address") adds evidence but never bars: comment
                    // and login forms name an e-mail address too.
                    info.signup |= ph.label == Label::Newsletter && ph.weight >= 2;
                    // Each phrase counts once per block: repeating a word is not more evidence.
                    if counted.contains(&h.phrase) {
                        continue;
                    }
                    counted.push(h.phrase);
                    info.score[s] = info.score[s].saturating_add(ph.weight);
                    let better = match info.best[s] {
                        Some(Why::Phrase { phrase }) => phrases::phrase(phrase).weight < ph.weight,
                        _ => true,
                    };
                    if better {
                        info.best[s] = Some(Why::Phrase { phrase: h.phrase });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((ph, idx)) = best_heading {
        // The block is the phrase and nothing more (a number aside): "Comments (3)".
        let numbers = w.iter().filter(|x| x.chars().all(|c| c.is_ascii_digit())).count();
        info.exact_heading = w.len() - numbers == t.phrases.len(idx);
        if ph.label == Label::Other {
            info.veto = true;
        } else {
            info.signup |= ph.label == Label::Newsletter;
            info.heading = Some((ph.label, Why::Phrase { phrase: idx }));
        }
    }
    // A heading family: a noun and a qualifier of one label in a short block that is no
    // sentence ("Our latest stories", "Beliebteste Beiträge").
    if best_heading.is_none() && w.len() <= FAMILY_MAX_WORDS && !sentence {
        info.heading = family(&hits, Label::Related).map(|why| (Label::Related, why));
    }
    // An appeal family in a box's short copy, not in a paragraph: what a phrase of weight 2
    // adds. Paragraphs about a business pair the words too ("without a Prime membership or
    // subscription to Amazon Music Unlimited").
    let family_fits = w.len() <= FAMILY_BLOCK_MAX_WORDS;
    if let Some(why) = family(&hits, Label::Donation).filter(|_| family_fits) {
        info.score[DONATION] = info.score[DONATION].saturating_add(FAMILY_WEIGHT);
        info.best[DONATION].get_or_insert(why);
    }
    // "12 comments", "Comments (3)", "Kommentare: 0" — a short block that is a count.
    if info.heading.is_none() && w.len() <= 3 {
        let has_number = w.iter().any(|x| x.chars().all(|c| c.is_ascii_digit()));
        let has_word = w.iter().any(|x| phrases::is_comment_count_word(x));
        if has_number && has_word {
            info.heading = Some((Label::Comment, Why::CommentCount));
        }
    }
    // Money only counts next to other appeal wording; a price without a currency sign only in
    // a box's short copy, not in running prose ("drivers on the plan pay 3 per month").
    if info.score[DONATION] > 0
        && (t.money.is_match(&lower)
            || (!crate::region::is_prose(block) && t.price.is_match(&lower)))
    {
        info.score[DONATION] = info.score[DONATION].saturating_add(MONEY_WEIGHT);
        info.money = true;
    }
    if info.veto {
        info.score = [0; CLUTTER];
        info.best = [None; CLUTTER];
        info.heading = None;
        info.lead = None;
    }
    // Newsletter wording outweighs the other labels' unless one of theirs is stronger: "Your
    // e-mail address will not be published" is a comment form's note that names an address.
    let newsletter = info.score[NEWSLETTER];
    if info.signup
        && newsletter > 0
        && (0..CLUTTER).any(|s| s != NEWSLETTER && info.score[s] > newsletter)
    {
        info.signup = false;
    }
    if info.signup && !info.veto {
        for s in (0..CLUTTER).filter(|&s| s != NEWSLETTER) {
            info.score[s] = 0;
            info.best[s] = None;
        }
        info.heading = info.heading.filter(|(l, _)| *l == Label::Newsletter);
        info.lead = None;
    }
    info
}

impl BlockInfo {
    /// Does the block's own wording keep it out of a widget of `label`? An "other" phrase
    /// keeps it out of every one; newsletter wording out of all but a sign-up box.
    pub fn bars(&self, label: Label) -> bool {
        self.veto || (self.signup && label != Label::Newsletter)
    }
}

#[cfg(test)]
mod tests;
