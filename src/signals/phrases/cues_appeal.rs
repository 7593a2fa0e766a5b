//! Appeal families: an **act** of giving ("support", "unterstützen", "soutenez", "поддержите",
//! "donate", "subscribe") as the [`Place::Qualifier`](super::Place) and **what it is for** ("us",
//! "our journalism", "independent", "unlimited access", "la rédaction") as the
//! [`Place::Noun`](super::Place), close together anywhere in a block: "Support Honest News",
//! "Unterstütze auch du uns", "Soutenez notre rédaction", "Subscribe for unlimited access". A hit
//! adds [`super::super::FAMILY_WEIGHT`] to the block's appeal wording, as a phrase would: it
//! seeds a box on its own only with more evidence (a link to a donation page, an amount, another
//! phrase), and running prose needs more still, so "the ministry will support independent
//! farmers" stays article.
//!
//! Words that ask for nothing on their own are left out: "join" ("join us on Facebook"), "back"
//! ("back to news"), "now" (every button says it), "free", "site" and "blog" ("subscribe to
//! this blog" is a feed). Stems need four letters; where a short stem would catch names
//! ("dona*" and "Donald") the words are listed. Every entry carries an English gloss.

use super::Place::{Noun as N, Qualifier as Q};
use super::{p, Phrase};
use crate::verdict::Label::Donation as D;

/// The table: acts of giving (`Q`) and what they are for (`N`), per language.
pub(super) const PHRASES: &[Phrase] = &[
    // ---- en ----
    p("support*", "en", D, Q, 1),     // support, supporting
    p("donat*", "en", D, Q, 1),       // donate, donation
    p("contribut*", "en", D, Q, 1),   // contribute, contribution
    p("subscrib*", "en", D, Q, 1),    // subscribe, subscriber
    p("subscription", "en", D, Q, 1), // subscription
    p("fund", "en", D, Q, 1),         // fund
    p("chip", "en", D, Q, 1),         // chip in
    p("membership", "en", D, Q, 1),   // membership
    p("journalism", "en", D, N, 1),   // journalism
    p("journalists", "en", D, N, 1),  // journalists
    p("news", "en", D, N, 1),         // news
    p("newsroom", "en", D, N, 1),     // newsroom
    p("reporting", "en", D, N, 1),    // reporting
    p("work", "en", D, N, 1),         // "support our work"
    p("mission", "en", D, N, 1),      // mission
    p("us", "en", D, N, 1),           // "support us"
    p("independent", "en", D, N, 1),  // independent
    p("unlimited", "en", D, N, 1),    // "subscribe for unlimited access"
    p("access", "en", D, N, 1),       // access
    p("today", "en", D, N, 1),        // "donate today"
    // ---- de ----
    p("unterstütz*", "de", D, Q, 1),  // support
    p("spende*", "de", D, Q, 1),      // donate, donation
    p("spenden", "de", D, Q, 1),      // donate
    p("förder*", "de", D, Q, 1),      // sponsor, fund
    p("abonn*", "de", D, Q, 1),       // subscribe (also fr, nl, da)
    p("abo", "de", D, Q, 1),          // subscription
    p("mitglied*", "de", D, Q, 1),    // member
    p("journalismus", "de", D, N, 1), // journalism
    p("uns", "de", D, N, 1),          // us
    p("unsere*", "de", D, N, 1),      // our
    p("unabhängig*", "de", D, N, 1),  // independent
    p("arbeit", "de", D, N, 1),       // work
    p("redaktion", "de", D, N, 1),    // newsroom
    p("zugang", "de", D, N, 1),       // access
    // ---- fr ----
    p("soutien*", "fr", D, Q, 1),    // support (noun, verb)
    p("souten*", "fr", D, Q, 1),     // soutenez, soutenir
    p("don", "fr", D, Q, 1),         // donation
    p("dons", "fr", D, Q, 1),        // donations
    p("contribu*", "fr", D, Q, 1),   // contribute (also es, pt)
    p("adhér*", "fr", D, Q, 1),      // join as a member
    p("journalisme", "fr", D, N, 1), // journalism
    p("nous", "fr", D, N, 1),        // us
    p("notre", "fr", D, N, 1),       // our
    p("indépendan*", "fr", D, N, 1), // independent, independence
    p("rédaction", "fr", D, N, 1),   // newsroom
    p("travail", "fr", D, N, 1),     // work
    p("accès", "fr", D, N, 1),       // access
    // ---- es ----
    p("apoy*", "es", D, Q, 1),         // support
    p("dona", "es", D, Q, 1),          // donate (also it)
    p("donar", "es", D, Q, 1),         // to donate
    p("donación", "es", D, Q, 1),      // donation
    p("donaciones", "es", D, Q, 1),    // donations
    p("suscr*", "es", D, Q, 1),        // subscribe
    p("socio", "es", D, Q, 1),         // member
    p("periodismo", "es", D, N, 1),    // journalism
    p("nosotros", "es", D, N, 1),      // us
    p("nuestr*", "es", D, N, 1),       // our
    p("independiente", "es", D, N, 1), // independent (also it, pt)
    p("redacción", "es", D, N, 1),     // newsroom
    p("trabajo", "es", D, N, 1),       // work
    p("acceso", "es", D, N, 1),        // access (also it)
    // ---- it ----
    p("sostien*", "it", D, Q, 1),    // support
    p("sostegno", "it", D, Q, 1),    // support (noun)
    p("donazion*", "it", D, Q, 1),   // donation
    p("abbona*", "it", D, Q, 1),     // subscribe
    p("giornalismo", "it", D, N, 1), // journalism
    p("noi", "it", D, N, 1),         // us
    p("nostr*", "it", D, N, 1),      // our
    p("redazione", "it", D, N, 1),   // newsroom
    p("lavoro", "it", D, N, 1),      // work
    // ---- pt ----
    p("apoi*", "pt", D, Q, 1),      // support
    p("doe", "pt", D, Q, 1),        // donate
    p("doação", "pt", D, Q, 1),     // donation
    p("assin*", "pt", D, Q, 1),     // subscribe
    p("jornalismo", "pt", D, N, 1), // journalism
    p("nosso*", "pt", D, N, 1),     // our
    p("nossa*", "pt", D, N, 1),     // our
    p("redação", "pt", D, N, 1),    // newsroom
    p("trabalho", "pt", D, N, 1),   // work
    // ---- nl ----
    p("steun*", "nl", D, Q, 1),         // support
    p("doneer", "nl", D, Q, 1),         // donate
    p("donatie", "nl", D, Q, 1),        // donation
    p("journalistiek", "nl", D, N, 1),  // journalism
    p("ons", "nl", D, N, 1),            // us
    p("onze", "nl", D, N, 1),           // our
    p("onafhankelijk*", "nl", D, N, 1), // independent
    p("redactie", "nl", D, N, 1),       // newsroom
    // ---- pl ----
    p("wesprzyj", "pl", D, Q, 1),       // support (imperative)
    p("wspier*", "pl", D, Q, 1),        // support
    p("wsparcie", "pl", D, Q, 1),       // support (noun)
    p("darowizn*", "pl", D, Q, 1),      // donation
    p("prenumerat*", "pl", D, Q, 1),    // subscription
    p("dziennikarstw*", "pl", D, N, 1), // journalism
    p("nas", "pl", D, N, 1),            // us
    p("nasz*", "pl", D, N, 1),          // our
    p("niezależn*", "pl", D, N, 1),     // independent
    p("redakcj*", "pl", D, N, 1),       // newsroom
    // ---- ru, uk ----
    p("поддерж*", "ru", D, Q, 1),   // support
    p("пожертв*", "ru", D, Q, 1),   // donate
    p("подпис*", "ru", D, Q, 1),    // subscribe
    p("донат*", "ru", D, Q, 1),     // donation (also uk)
    p("журналист*", "ru", D, N, 1), // journalism
    p("нас", "ru", D, N, 1),        // us (also uk)
    p("наш", "ru", D, N, 1),        // our (also uk)
    p("нашу", "ru", D, N, 1),       // our
    p("нашей", "ru", D, N, 1),      // our
    p("наши", "ru", D, N, 1),       // our (also uk)
    p("независим*", "ru", D, N, 1), // independent
    p("редакци*", "ru", D, N, 1),   // newsroom (also uk)
    p("підтрим*", "uk", D, Q, 1),   // support
    p("підпис*", "uk", D, Q, 1),    // subscribe
    p("журналіст*", "uk", D, N, 1), // journalism
    p("незалежн*", "uk", D, N, 1),  // independent
    // ---- cs, sk ----
    p("podpoř*", "cs", D, Q, 1),      // support
    p("podpor*", "cs", D, Q, 1),      // support (also sk)
    p("předplat*", "cs", D, Q, 1),    // subscription
    p("žurnalistik*", "cs", D, N, 1), // journalism
    p("nás", "cs", D, N, 1),          // us
    p("nezávisl*", "cs", D, N, 1),    // independent
    // ---- sv, da, no, fi ----
    p("stöd*", "sv", D, Q, 1),         // support
    p("støt*", "da", D, Q, 1),         // support (also no)
    p("donera", "sv", D, Q, 1),        // donate
    p("journalistik", "sv", D, N, 1),  // journalism (also da)
    p("journalistikk", "no", D, N, 1), // journalism
    p("oss", "sv", D, N, 1),           // us (also no)
    p("os", "da", D, N, 1),            // us
    p("oberoende", "sv", D, N, 1),     // independent
    p("uafhængig*", "da", D, N, 1),    // independent
    p("uavhengig*", "no", D, N, 1),    // independent
    p("tue", "fi", D, Q, 1),           // support (imperative)
    p("lahjoit*", "fi", D, Q, 1),      // donate
    p("journalismi*", "fi", D, N, 1),  // journalism
    p("riippumat*", "fi", D, N, 1),    // independent
    // ---- hu, ro, el, tr ----
    p("támogas*", "hu", D, Q, 1),     // support (imperative)
    p("támogat*", "hu", D, Q, 1),     // support
    p("adomány*", "hu", D, Q, 1),     // donation
    p("előfizet*", "hu", D, Q, 1),    // subscribe
    p("újságírás*", "hu", D, N, 1),   // journalism
    p("független*", "hu", D, N, 1),   // independent
    p("sprijin*", "ro", D, Q, 1),     // support
    p("donează", "ro", D, Q, 1),      // donate
    p("jurnalism*", "ro", D, N, 1),   // journalism
    p("independent*", "ro", D, N, 1), // independent
    p("στηρίξ*", "el", D, Q, 1),      // support
    p("υποστηρ*", "el", D, Q, 1),     // support
    p("δωρε*", "el", D, Q, 1),        // donation
    p("δημοσιογραφ*", "el", D, N, 1), // journalism
    p("ανεξάρτητ*", "el", D, N, 1),   // independent
    p("destek*", "tr", D, Q, 1),      // support
    p("bağış*", "tr", D, Q, 1),       // donation
    p("gazetecil*", "tr", D, N, 1),   // journalism
    p("bağımsız*", "tr", D, N, 1),    // independent
    // ---- id, ms, vi ----
    p("dukung*", "id", D, Q, 1),    // support (also ms)
    p("donasi", "id", D, Q, 1),     // donation
    p("sumbang*", "ms", D, Q, 1),   // contribute
    p("langganan", "id", D, Q, 1),  // subscription
    p("jurnalisme", "id", D, N, 1), // journalism
    p("kami", "id", D, N, 1),       // us
    p("independen", "id", D, N, 1), // independent
    p("ủng hộ", "vi", D, Q, 1),     // support
    p("quyên góp", "vi", D, Q, 1),  // donate
    p("báo chí", "vi", D, N, 1),    // journalism
    p("chúng tôi", "vi", D, N, 1),  // us
    // ---- ja, zh, ko ----
    p("支援", "ja", D, Q, 1),           // support (also zh)
    p("寄付", "ja", D, Q, 1),           // donation
    p("応援", "ja", D, Q, 1),           // cheer on, back
    p("ジャーナリズム", "ja", D, N, 1), // journalism
    p("報道", "ja", D, N, 1),           // reporting (also zh)
    p("私たち", "ja", D, N, 1),         // us
    p("支持", "zh", D, Q, 1),           // support
    p("捐款", "zh", D, Q, 1),           // donate
    p("赞助", "zh", D, Q, 1),           // sponsor
    p("贊助", "zh", D, Q, 1),           // sponsor (traditional)
    p("新闻", "zh", D, N, 1),           // news
    p("新聞", "zh", D, N, 1),           // news (traditional)
    p("我们", "zh", D, N, 1),           // us
    p("我們", "zh", D, N, 1),           // us (traditional)
    p("独立", "zh", D, N, 1),           // independent (also ja)
    p("獨立", "zh", D, N, 1),           // independent (traditional)
    p("후원", "ko", D, Q, 1),           // sponsorship
    p("기부", "ko", D, Q, 1),           // donation
    p("저널리즘", "ko", D, N, 1),       // journalism
    p("언론", "ko", D, N, 1),           // the press
    // ---- ar, he, fa, hi ----
    p("ادعم", "ar", D, Q, 1),      // support (imperative)
    p("ادعموا", "ar", D, Q, 1),    // support (plural imperative)
    p("تبرع", "ar", D, Q, 1),      // donate
    p("الصحافة", "ar", D, N, 1),   // journalism
    p("المستقلة", "ar", D, N, 1),  // the independent
    p("תמכו", "he", D, Q, 1),      // support (plural imperative)
    p("תרמו", "he", D, Q, 1),      // donate (plural imperative)
    p("עיתונות", "he", D, N, 1),   // journalism
    p("עצמאית", "he", D, N, 1),    // independent
    p("حمایت", "fa", D, Q, 1),     // support
    p("مستقل", "fa", D, N, 1),     // independent
    p("समर्थन", "hi", D, Q, 1),     // support
    p("सहयोग", "hi", D, Q, 1),     // contribution
    p("पत्रकारिता", "hi", D, N, 1), // journalism
    p("स्वतंत्र", "hi", D, N, 1),     // independent
];
