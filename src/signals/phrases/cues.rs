//! Heading families for related widgets: a **noun** for stories ("stories", "Beiträge",
//! "articles", "記事") and a **qualifier** that picks some of them ("more", "latest", "beliebteste",
//! "similaires", "関連") in one short block make a heading, in either order and with any words
//! between: "Our Latest Stories", "More Hot Stories For You", "Beliebteste Beiträge", "Articles
//! récents", "MOONGIFTの関連記事". The phrase tables list the headings publishers write most; a
//! family covers the combinations nobody listed.
//!
//! A family heading is weaker than a listed one: it never decides alone inside the article (an
//! article's subheading "The latest news from the front" heads prose, not links), only where its
//! box is a box of links ([`crate::classify`]'s heading step). Nouns for topics and tags
//! ("topics", "Themen", "sujets") are left out on purpose: "Related topics" is a tag list, which
//! the annotation rules call other. Every entry carries an English gloss.

use super::Place::{Noun as N, Qualifier as Q};
use super::{p, Phrase};
use crate::verdict::Label::Related as R;

/// The table: nouns and qualifiers of related headings, per language.
pub(super) const PHRASES: &[Phrase] = &[
    // ---- en ----
    p("stories", "en", R, N, 1),     // stories
    p("articles", "en", R, N, 1),    // articles (also fr)
    p("posts", "en", R, N, 1),       // posts
    p("news", "en", R, N, 1),        // news
    p("reads", "en", R, N, 1),       // "Great reads"
    p("videos", "en", R, N, 1),      // videos
    p("headlines", "en", R, N, 1),   // headlines
    p("features", "en", R, N, 1),    // features
    p("galleries", "en", R, N, 1),   // photo galleries
    p("podcasts", "en", R, N, 1),    // podcasts
    p("slideshows", "en", R, N, 1),  // slideshows
    p("slide shows", "en", R, N, 1), // slide shows
    p("more", "en", R, Q, 1),        // more
    p("other", "en", R, Q, 1),       // other
    p("latest", "en", R, Q, 1),      // latest
    p("recent*", "en", R, Q, 1),     // recent, recently
    p("popular", "en", R, Q, 1),     // popular
    p("top", "en", R, Q, 1),         // top
    p("trending", "en", R, Q, 1),    // trending
    p("featured", "en", R, Q, 1),    // featured
    p("recommended", "en", R, Q, 1), // recommended
    p("related", "en", R, Q, 1),     // related
    p("similar", "en", R, Q, 1),     // similar
    p("random", "en", R, Q, 1),      // random
    p("next", "en", R, Q, 1),        // next
    p("previous", "en", R, Q, 1),    // previous
    p("editor*", "en", R, Q, 1),     // editor's choice, editors' picks
    p("chosen", "en", R, Q, 1),      // "Stories chosen for you"
    p("picked", "en", R, Q, 1),      // "Hand-picked articles"
    // ---- de ----
    p("beiträge", "de", R, N, 1),      // posts
    p("artikel*", "de", R, N, 1),      // articles, Artikeln (also id, nl "artikelen")
    p("bericht*", "de", R, N, 1),      // reports
    p("nachrichten", "de", R, N, 1),   // news
    p("meldungen", "de", R, N, 1),     // news items
    p("geschichten", "de", R, N, 1),   // stories
    p("mehr", "de", R, Q, 1),          // more
    p("weitere", "de", R, Q, 1),       // further
    p("neueste*", "de", R, Q, 1),      // newest
    p("aktuell*", "de", R, Q, 1),      // current
    p("beliebt*", "de", R, Q, 1),      // popular
    p("meistgelesen*", "de", R, Q, 1), // most read
    p("ähnlich*", "de", R, Q, 1),      // similar
    p("verwandt*", "de", R, Q, 1),     // related
    p("andere", "de", R, Q, 1),        // other
    p("empfohlen*", "de", R, Q, 1),    // recommended
    p("passend*", "de", R, Q, 1),      // matching
    p("zufällig*", "de", R, Q, 1),     // random
    // ---- fr ----
    p("actualités", "fr", R, N, 1),  // news
    p("vidéos", "fr", R, N, 1),      // videos
    p("billets", "fr", R, N, 1),     // posts
    p("plus", "fr", R, Q, 1),        // more
    p("autres", "fr", R, Q, 1),      // other
    p("dernier*", "fr", R, Q, 1),    // latest
    p("récent*", "fr", R, Q, 1),     // recent
    p("populaires", "fr", R, Q, 1),  // popular
    p("similaires", "fr", R, Q, 1),  // similar
    p("recommandé*", "fr", R, Q, 1), // recommended
    p("liés", "fr", R, Q, 1),        // related
    // ---- es ----
    p("artículos", "es", R, N, 1),     // articles
    p("noticias", "es", R, N, 1),      // news
    p("historias", "es", R, N, 1),     // stories
    p("publicaciones", "es", R, N, 1), // posts
    p("entradas", "es", R, N, 1),      // posts
    p("más", "es", R, Q, 1),           // more
    p("otros", "es", R, Q, 1),         // other (pt: outros)
    p("outros", "pt", R, Q, 1),        // other
    p("otras", "es", R, Q, 1),         // other
    p("últim*", "es", R, Q, 1),        // latest
    p("recientes", "es", R, Q, 1),     // recent
    p("populares", "es", R, Q, 1),     // popular
    p("relacionad*", "es", R, Q, 1),   // related (also pt)
    p("similares", "es", R, Q, 1),     // similar
    p("recomendad*", "es", R, Q, 1),   // recommended (also pt)
    // ---- it ----
    p("articoli", "it", R, N, 1),    // articles
    p("notizie", "it", R, N, 1),     // news
    p("storie", "it", R, N, 1),      // stories
    p("altri", "it", R, Q, 1),       // other
    p("altre", "it", R, Q, 1),       // other
    p("ultim*", "it", R, Q, 1),      // latest
    p("recenti", "it", R, Q, 1),     // recent
    p("popolari", "it", R, Q, 1),    // popular
    p("correlat*", "it", R, Q, 1),   // related
    p("simili", "it", R, Q, 1),      // similar
    p("consigliat*", "it", R, Q, 1), // recommended
    // ---- pt ----
    p("artigos", "pt", R, N, 1),     // articles
    p("notícias", "pt", R, N, 1),    // news
    p("matérias", "pt", R, N, 1),    // stories
    p("publicações", "pt", R, N, 1), // posts
    p("mais", "pt", R, Q, 1),        // more
    p("outras", "pt", R, Q, 1),      // other
    p("recentes", "pt", R, Q, 1),    // recent
    // ---- nl ----
    p("berichten", "nl", R, N, 1),     // posts, news items
    p("nieuws", "nl", R, N, 1),        // news
    p("verhalen", "nl", R, N, 1),      // stories
    p("meer", "nl", R, Q, 1),          // more
    p("laatste", "nl", R, Q, 1),       // latest
    p("recente", "nl", R, Q, 1),       // recent
    p("populaire", "nl", R, Q, 1),     // popular
    p("gerelateerde", "nl", R, Q, 1),  // related
    p("vergelijkbare", "nl", R, Q, 1), // similar
    // ---- pl ----
    p("artykuły", "pl", R, N, 1),   // articles
    p("wiadomości", "pl", R, N, 1), // news
    p("wpisy", "pl", R, N, 1),      // posts
    p("więcej", "pl", R, Q, 1),     // more
    p("inne", "pl", R, Q, 1),       // other
    p("najnowsze", "pl", R, Q, 1),  // newest
    p("popularne", "pl", R, Q, 1),  // popular
    p("powiązane", "pl", R, Q, 1),  // related
    p("podobne", "pl", R, Q, 1),    // similar
    p("polecane", "pl", R, Q, 1),   // recommended
    // ---- ru ----
    p("статьи", "ru", R, N, 1),     // articles
    p("новости", "ru", R, N, 1),    // news
    p("материалы", "ru", R, N, 1),  // stories
    p("публикации", "ru", R, N, 1), // publications
    p("записи", "ru", R, N, 1),     // posts
    p("ещё", "ru", R, Q, 1),        // more
    p("еще", "ru", R, Q, 1),        // more
    p("другие", "ru", R, Q, 1),     // other
    p("последние", "ru", R, Q, 1),  // latest
    p("популярн*", "ru", R, Q, 1),  // popular (also uk)
    p("похожие", "ru", R, Q, 1),    // similar
    p("связанн*", "ru", R, Q, 1),   // related
    p("рекоменд*", "ru", R, Q, 1),  // recommended
    // ---- uk ----
    p("статті", "uk", R, N, 1),    // articles
    p("новини", "uk", R, N, 1),    // news
    p("матеріали", "uk", R, N, 1), // stories
    p("інші", "uk", R, Q, 1),      // other
    p("останні", "uk", R, Q, 1),   // latest
    p("схожі", "uk", R, Q, 1),     // similar
    // ---- cs, sk ----
    p("články", "cs", R, N, 1),      // articles
    p("zprávy", "cs", R, N, 1),      // news
    p("další", "cs", R, Q, 1),       // more
    p("nejnovější", "cs", R, Q, 1),  // newest
    p("související", "cs", R, Q, 1), // related
    p("podobné", "cs", R, Q, 1),     // similar
    p("nejčtenější", "cs", R, Q, 1), // most read
    p("súvisiace", "sk", R, Q, 1),   // related
    // ---- sv, da, no ----
    p("artiklar", "sv", R, N, 1),   // articles
    p("nyheter", "sv", R, N, 1),    // news (also no)
    p("artikler", "da", R, N, 1),   // articles (also no)
    p("nyheder", "da", R, N, 1),    // news
    p("fler", "sv", R, Q, 1),       // more
    p("flere", "da", R, Q, 1),      // more (also no)
    p("senaste", "sv", R, Q, 1),    // latest
    p("seneste", "da", R, Q, 1),    // latest
    p("siste", "no", R, Q, 1),      // latest
    p("relaterade", "sv", R, Q, 1), // related
    p("relaterede", "da", R, Q, 1), // related
    p("relaterte", "no", R, Q, 1),  // related
    p("liknande", "sv", R, Q, 1),   // similar
    // ---- fi ----
    p("artikkel*", "fi", R, N, 1), // articles
    p("uutis*", "fi", R, N, 1),    // news
    p("lisää", "fi", R, Q, 1),     // more
    p("uusimmat", "fi", R, Q, 1),  // newest
    p("suositu*", "fi", R, Q, 1),  // popular
    // ---- hu, ro, el, tr ----
    p("cikkek", "hu", R, N, 1),      // articles
    p("hírek", "hu", R, N, 1),       // news
    p("további", "hu", R, Q, 1),     // more
    p("kapcsolódó", "hu", R, Q, 1),  // related
    p("legfrissebb", "hu", R, Q, 1), // latest
    p("articole", "ro", R, N, 1),    // articles
    p("știri", "ro", R, N, 1),       // news
    p("alte", "ro", R, Q, 1),        // other
    p("ultimele", "ro", R, Q, 1),    // latest
    p("similare", "ro", R, Q, 1),    // similar
    p("άρθρα", "el", R, N, 1),       // articles
    p("ειδήσεις", "el", R, N, 1),    // news
    p("σχετικά", "el", R, Q, 1),     // related
    p("περισσότερα", "el", R, Q, 1), // more
    p("haberler", "tr", R, N, 1),    // news
    p("yazılar", "tr", R, N, 1),     // posts
    p("makaleler", "tr", R, N, 1),   // articles
    p("diğer", "tr", R, Q, 1),       // other
    p("ilgili", "tr", R, Q, 1),      // related
    p("benzer", "tr", R, Q, 1),      // similar
    // ---- id, ms, vi ----
    p("berita", "id", R, N, 1),     // news
    p("tulisan", "id", R, N, 1),    // writings, posts
    p("lainnya", "id", R, Q, 1),    // other
    p("terbaru", "id", R, Q, 1),    // latest
    p("terkait", "id", R, Q, 1),    // related
    p("terpopuler", "id", R, Q, 1), // most popular
    p("bài viết", "vi", R, N, 1),   // articles
    p("tin", "vi", R, N, 1),        // news
    p("liên quan", "vi", R, Q, 1),  // related
    p("mới nhất", "vi", R, Q, 1),   // latest
    p("khác", "vi", R, Q, 1),       // other
    // ---- ja, zh, ko ----
    p("記事", "ja", R, N, 1),     // articles
    p("ニュース", "ja", R, N, 1), // news
    p("関連", "ja", R, Q, 1),     // related
    p("人気", "ja", R, Q, 1),     // popular
    p("おすすめ", "ja", R, Q, 1), // recommended
    p("文章", "zh", R, N, 1),     // articles
    p("新闻", "zh", R, N, 1),     // news
    p("新聞", "zh", R, N, 1),     // news (traditional)
    p("资讯", "zh", R, N, 1),     // news items
    p("相关", "zh", R, Q, 1),     // related
    p("相關", "zh", R, Q, 1),     // related (traditional)
    p("热门", "zh", R, Q, 1),     // popular
    p("熱門", "zh", R, Q, 1),     // popular (traditional)
    p("推荐", "zh", R, Q, 1),     // recommended
    p("推薦", "zh", R, Q, 1),     // recommended (traditional)
    p("更多", "zh", R, Q, 1),     // more
    p("最新", "zh", R, Q, 1),     // latest (also ja)
    p("기사", "ko", R, N, 1),     // articles
    p("뉴스", "ko", R, N, 1),     // news
    p("관련", "ko", R, Q, 1),     // related
    p("인기", "ko", R, Q, 1),     // popular
    p("추천", "ko", R, Q, 1),     // recommended
    // ---- ar, he, fa, hi ----
    p("مقالات", "ar", R, N, 1),   // articles
    p("أخبار", "ar", R, N, 1),   // news
    p("المزيد", "ar", R, Q, 1),  // more
    p("ذات صلة", "ar", R, Q, 1), // related
    p("أخرى", "ar", R, Q, 1),    // other
    p("כתבות", "he", R, N, 1),   // articles
    p("עוד", "he", R, Q, 1),     // more
    p("נוספות", "he", R, Q, 1),  // further
    p("مطالب", "fa", R, N, 1),   // articles
    p("مرتبط", "fa", R, Q, 1),   // related
    p("लेख", "hi", R, N, 1),      // articles
    p("खबरें", "hi", R, N, 1),     // news
    p("संबंधित", "hi", R, Q, 1),   // related
];
