//! The phrases of the ten languages the project started with: en, de, fr, es, it, pt, ru,
//! uk, pl, nl. Every entry carries a comment (an English gloss for the others).

use super::Place::{Anywhere as Any, Heading as H, Lead as L};
use super::{p, Phrase};
use crate::verdict::Label::{
    Comment as C, Donation as D, Newsletter as N, Other as O, Related as R,
};

/// The table.
pub(super) const PHRASES: &[Phrase] = &[
    // ---- related: widget headings ----
    p("related", "en", R, H, 3), // "Related", "Related posts", "Related stories"
    p("more from", "en", R, H, 3), // "More from The Times", "More from this author"
    p("more in", "en", R, H, 3), // "More in Politics"
    p("more on this", "en", R, H, 3), // "More on this story"
    p("more stories", "en", R, H, 3), // "More stories"
    p("more news", "en", R, H, 3), // "More news"
    p("most read", "en", R, H, 3), // "Most read"
    p("most popular", "en", R, H, 3), // "Most popular"
    p("most viewed", "en", R, H, 3), // "Most viewed"
    p("popular posts", "en", R, H, 3), // blog widget
    p("popular stories", "en", R, H, 3), // "Popular stories"
    p("recent posts", "en", R, H, 3), // WordPress widget
    p("latest news", "en", R, H, 3), // "Latest news" list
    p("latest stories", "en", R, H, 3), // "Latest stories"
    p("trending now", "en", R, H, 3), // "Trending now"
    p("trending", "en", R, H, 3), // "Trending:" topic/story bars
    p("top stories", "en", R, H, 3), // "Top stories"
    p("you may also like", "en", R, H, 3), // recommendation slot
    p("you might also like", "en", R, H, 3), // recommendation slot
    p("you may like", "en", R, H, 3), // "You may like these posts"
    p("recommended", "en", R, H, 3), // "Recommended", "Recommended for you"
    p("we recommend", "en", R, H, 3), // "We recommend"
    p("read these next", "en", R, H, 3), // "Read these next"
    p("read next", "en", R, H, 3), // "Read next"
    p("up next", "en", R, H, 3), // "Up next"
    p("editor s picks", "en", R, H, 3), // "Editor's picks"
    p("further reading", "en", R, H, 3), // "Further reading"
    p("ähnliche beiträge", "de", R, H, 3), // similar posts
    p("ähnliche artikel", "de", R, H, 3), // similar articles
    p("neueste beiträge", "de", R, H, 3), // recent posts (WP widget)
    p("das könnte sie auch interessieren", "de", R, H, 3), // you may also be interested in
    p("meistgelesen", "de", R, H, 3), // most read
    p("mehr zum thema", "de", R, H, 3), // more on the topic
    p("weitere artikel", "de", R, H, 3), // more articles
    p("articles similaires", "fr", R, H, 3), // similar articles
    p("à lire aussi", "fr", R, H, 3), // also to read
    p("les plus lus", "fr", R, H, 3), // most read
    p("articles récents", "fr", R, H, 3), // recent posts
    p("sur le même sujet", "fr", R, H, 3), // on the same subject
    p("artículos relacionados", "es", R, H, 3), // related articles
    p("noticias relacionadas", "es", R, H, 3), // related news
    p("lo más leído", "es", R, H, 3), // most read
    p("entradas recientes", "es", R, H, 3), // recent posts
    p("articoli correlati", "it", R, H, 3), // related articles
    p("potrebbe interessarti", "it", R, H, 3), // you might be interested
    p("i più letti", "it", R, H, 3), // most read
    p("articoli recenti", "it", R, H, 3), // recent articles
    p("artigos relacionados", "pt", R, H, 3), // related articles
    p("posts relacionados", "pt", R, H, 3), // related posts
    p("mais lidas", "pt", R, H, 3), // most read
    p("posts recentes", "pt", R, H, 3), // recent posts
    p("похожие статьи", "ru", R, H, 3), // similar articles
    p("самое читаемое", "ru", R, H, 3), // most read
    p("популярное", "ru", R, H, 3), // popular
    p("свежие записи", "ru", R, H, 3), // recent posts (WP widget)
    p("другие новости", "ru", R, H, 3), // other news
    p("схожі статті", "uk", R, H, 3), // similar articles
    p("найпопулярніше", "uk", R, H, 3), // most popular
    p("популярне", "uk", R, H, 3), // popular
    p("свіжі записи", "uk", R, H, 3), // recent posts (WP widget)
    p("podobne artykuły", "pl", R, H, 3), // similar articles
    p("najczęściej czytane", "pl", R, H, 3), // most read
    p("najnowsze wpisy", "pl", R, H, 3), // recent posts
    p("zobacz też", "pl", R, H, 3), // see also
    p("gerelateerde artikelen", "nl", R, H, 3), // related articles
    p("meest gelezen", "nl", R, H, 3), // most read
    p("recente berichten", "nl", R, H, 3), // recent posts
    p("lees ook", "nl", R, H, 3), // read also
    // ---- related: inline story links inside the article ----
    p("related article", "en", R, L, 3), // "Related article: <link>"
    p("related", "en", R, L, 3),         // "Related: <link>", "[Related: …]"
    p("read more", "en", R, L, 3),       // "Read more: <link>"
    p("read also", "en", R, L, 3),       // "Read also: <link>"
    p("see also", "en", R, L, 3),        // "See also: <link>"
    p("also read", "en", R, L, 3),       // "Also read: <link>"
    p("lesen sie auch", "de", R, L, 3),  // read also
    p("auch interessant", "de", R, L, 3), // also interesting
    p("mehr dazu", "de", R, L, 3),       // more about it
    p("lire aussi", "fr", R, L, 3),      // read also
    p("à lire", "fr", R, L, 3),          // to read
    p("voir aussi", "fr", R, L, 3),      // see also
    p("lee también", "es", R, L, 3),     // read also
    p("te puede interesar", "es", R, L, 3), // you may be interested
    p("leggi anche", "it", R, L, 3),     // read also
    p("leia também", "pt", R, L, 3),     // read also
    p("leia mais", "pt", R, L, 3),       // read more
    p("читайте также", "ru", R, L, 3),   // read also
    p("по теме", "ru", R, L, 3),         // on the topic
    p("читайте також", "uk", R, L, 3),   // read also
    p("czytaj także", "pl", R, L, 3),    // read also
    p("czytaj też", "pl", R, L, 3),      // read also
    p("czytaj więcej", "pl", R, L, 3),   // read more
    p("lees ook", "nl", R, L, 3),        // read also
    p("lees meer", "nl", R, L, 3),       // read more
    // ---- related: previous / next story links (LABELS.md: with titles, they are related) ----
    p("previous post", "en", R, L, 3), // "Previous Post: <title>"
    p("next post", "en", R, L, 3),     // "Next Post: <title>"
    p("previous article", "en", R, L, 3), // "Previous article <title>"
    p("next article", "en", R, L, 3),  // "Next article <title>"
    p("previous story", "en", R, L, 3), // "Previous story <title>"
    p("next story", "en", R, L, 3),    // "Next story <title>"
    p("up next", "en", R, L, 3),       // "Up next <title>"
    p("vorheriger beitrag", "de", R, L, 3), // previous post
    p("nächster beitrag", "de", R, L, 3), // next post
    p("vorheriger artikel", "de", R, L, 3), // previous article
    p("nächster artikel", "de", R, L, 3), // next article
    p("article précédent", "fr", R, L, 3), // previous article
    p("article suivant", "fr", R, L, 3), // next article
    p("lire", "fr", R, L, 3),          // "Lire : <link>" (read)
    p("artículo anterior", "es", R, L, 3), // previous article
    p("siguiente artículo", "es", R, L, 3), // next article
    p("más sobre", "es", R, L, 3),     // "Más sobre <topic link>" (more on)
    p("articolo precedente", "it", R, L, 3), // previous article
    p("articolo successivo", "it", R, L, 3), // next article
    p("artigo anterior", "pt", R, L, 3), // previous article
    p("próximo artigo", "pt", R, L, 3), // next article
    p("post anterior", "pt", R, L, 3), // previous post
    p("próximo post", "pt", R, L, 3),  // next post
    p("предыдущая статья", "ru", R, L, 3), // previous article
    p("следующая статья", "ru", R, L, 3), // next article
    p("предыдущая запись", "ru", R, L, 3), // previous post (WordPress)
    p("следующая запись", "ru", R, L, 3), // next post (WordPress)
    p("попередня стаття", "uk", R, L, 3), // previous article
    p("наступна стаття", "uk", R, L, 3), // next article
    p("попередній запис", "uk", R, L, 3), // previous post (WordPress)
    p("наступний запис", "uk", R, L, 3), // next post (WordPress)
    p("poprzedni artykuł", "pl", R, L, 3), // previous article
    p("następny artykuł", "pl", R, L, 3), // next article
    p("poprzedni wpis", "pl", R, L, 3), // previous post
    p("następny wpis", "pl", R, L, 3), // next post
    p("vorig artikel", "nl", R, L, 3), // previous article
    p("volgend artikel", "nl", R, L, 3), // next article
    // ---- comment: headings, buttons, counts ----
    p("leave a reply", "en", C, H, 3),   // WordPress form title
    p("leave a comment", "en", C, H, 3), // form title / link
    p("post comment", "en", C, H, 3),    // button / link "Post Comment"
    p("post a comment", "en", C, H, 3),  // Blogger form title
    p("add a comment", "en", C, H, 3),   // form title
    p("join the conversation", "en", C, H, 3), // comment section heading
    p("join the discussion", "en", C, H, 3), // comment section heading
    p("comments", "en", C, H, 3),        // "Comments", "Comments (4)"
    p("view comments", "en", C, H, 3),   // button
    p("show comments", "en", C, H, 3),   // button
    p("no comments", "en", C, H, 3),     // "No comments yet"
    p("responses to", "en", C, H, 3),    // "3 Responses to “…”"
    p("thoughts on", "en", C, H, 3),     // "2 thoughts on “…”"
    p("loading comments", "en", C, H, 3), // Disqus placeholder
    p("cancel reply", "en", C, H, 3),    // WordPress
    p("schreibe einen kommentar", "de", C, H, 3), // write a comment
    p("kommentar schreiben", "de", C, H, 3), // write a comment
    p("kommentare", "de", C, H, 3),      // comments
    p("keine kommentare", "de", C, H, 3), // no comments
    p("antworten", "de", C, H, 3),       // reply (button)
    p("laisser un commentaire", "fr", C, H, 3), // leave a comment
    p("laisser une réponse", "fr", C, H, 3), // leave a reply
    p("commentaires", "fr", C, H, 3),    // comments
    p("aucun commentaire", "fr", C, H, 3), // no comments
    p("deja un comentario", "es", C, H, 3), // leave a comment
    p("deja una respuesta", "es", C, H, 3), // leave a reply
    p("comentarios", "es", C, H, 3),     // comments
    p("lascia un commento", "it", C, H, 3), // leave a comment
    p("lascia una risposta", "it", C, H, 3), // leave a reply
    p("commenti", "it", C, H, 3),        // comments
    p("nessun commento", "it", C, H, 3), // no comments
    p("deixe uma resposta", "pt", C, H, 3), // leave a reply
    p("deixe um comentário", "pt", C, H, 3), // leave a comment
    p("comentários", "pt", C, H, 3),     // comments
    p("добавить комментарий", "ru", C, H, 3), // add a comment
    p("оставить комментарий", "ru", C, H, 3), // leave a comment
    p("комментарии", "ru", C, H, 3),     // comments
    p("нет комментариев", "ru", C, H, 3), // no comments
    p("додати коментар", "uk", C, H, 3), // add a comment
    p("залишити коментар", "uk", C, H, 3), // leave a comment
    p("коментарі", "uk", C, H, 3),       // comments
    p("dodaj komentarz", "pl", C, H, 3), // add a comment
    p("skomentuj", "pl", C, H, 3),       // comment (verb)
    p("komentarze", "pl", C, H, 3),      // comments
    p("brak komentarzy", "pl", C, H, 3), // no comments
    p("laat een reactie achter", "nl", C, H, 3), // leave a reply
    p("reacties", "nl", C, H, 3),        // comments
    p("geen reacties", "nl", C, H, 3),   // no comments
    // ---- comment: form notes and placeholders, anywhere ----
    p("your email address will not be published", "en", C, Any, 3), // WordPress form note
    p("required fields are marked", "en", C, Any, 2),               // WordPress form note
    p("comments powered by disqus", "en", C, Any, 3),               // Disqus placeholder
    p("enable javascript to view the comments", "en", C, Any, 3),   // Disqus noscript text
    p("you must be logged in to post a comment", "en", C, Any, 3),  // WordPress
    p("save my name email and website in this browser", "en", C, Any, 3), // WP cookie consent
    p("deine e mail adresse wird nicht veröffentlicht", "de", C, Any, 3), // your e-mail will not be published
    p("ihre e mail adresse wird nicht veröffentlicht", "de", C, Any, 3),  // (formal) same
    p("erforderliche felder sind mit", "de", C, Any, 2), // required fields are marked
    p("meinen namen e mail und website in diesem browser speichern", "de", C, Any, 3), // WP consent
    p("votre adresse e mail ne sera pas publiée", "fr", C, Any, 3), // your e-mail will not be published
    p("les champs obligatoires sont indiqués", "fr", C, Any, 2),    // required fields are marked
    p("tu dirección de correo electrónico no será publicada", "es", C, Any, 3), // e-mail not published
    p("los campos obligatorios están marcados", "es", C, Any, 2), // required fields are marked
    p("il tuo indirizzo email non sarà pubblicato", "it", C, Any, 3), // e-mail not published
    p("i campi obbligatori sono contrassegnati", "it", C, Any, 2), // required fields are marked
    p("o seu endereço de email não será publicado", "pt", C, Any, 3), // e-mail not published
    p("o seu endereço de e mail não será publicado", "pt", C, Any, 3), // e-mail not published (hyphenated)
    p("campos obrigatórios são marcados", "pt", C, Any, 2),            // required fields are marked
    p("ваш адрес email не будет опубликован", "ru", C, Any, 3),        // e-mail not published
    p("обязательные поля помечены", "ru", C, Any, 2),                  // required fields are marked
    p("ваша адреса електронної пошти не буде опублікована", "uk", C, Any, 3), // e-mail not published
    p("обов язкові поля позначені", "uk", C, Any, 2), // required fields are marked
    p("twój adres e mail nie zostanie opublikowany", "pl", C, Any, 3), // e-mail not published
    p("wymagane pola są oznaczone", "pl", C, Any, 2), // required fields are marked
    p("je e mailadres wordt niet gepubliceerd", "nl", C, Any, 3), // e-mail not published
    p("vereiste velden zijn gemarkeerd", "nl", C, Any, 2), // required fields are marked
    // ---- other: headings that look like clutter but are page chrome (LABELS.md) ----
    p("related topics", "en", O, H, 3),   // tag list, not stories
    p("related tags", "en", O, H, 3),     // tag list
    p("related searches", "en", O, H, 3), // search suggestions
    p("read more about", "en", O, H, 3),  // "Read more about: <topic links>", a tag list
    p("comments policy", "en", O, H, 1),  // policy link in the menu (not the section)
    p("comment rss", "en", O, H, 3),      // comment feed link
    p("comments rss", "en", O, H, 3),     // comment feed link
    p("declined to comment", "en", O, Any, 3), // article wording, never a comment block
    p("did not respond to a request for comment", "en", O, Any, 3), // article wording
    p("newsletter", "en", N, H, 3),       // newsletter sign-up box
    p("subscribe to this blog", "en", N, Any, 3), // e-mail subscription to a blog
    p("via email", "en", N, Any, 3),      // "Subscribe via email": a sign-up box
    p("newsletter", "en", N, Any, 3),     // a box that mentions the newsletter is a sign-up box
    p("newsletters", "en", N, Any, 3),    // "Subscribe to our other newsletters"
    p("sign up for our newsletter", "en", N, Any, 3), // newsletter sign-up box
    p("subscribe to our newsletter", "en", N, Any, 3), // newsletter sign-up box
    p("newsletter abonnieren", "de", N, H, 3), // subscribe to the newsletter
    p("abonnez vous à notre newsletter", "fr", N, Any, 3), // subscribe to our newsletter
    p("suscríbete a nuestro boletín", "es", N, Any, 3), // subscribe to our newsletter
    p("iscriviti alla newsletter", "it", N, Any, 3), // subscribe to the newsletter
    p("assine a newsletter", "pt", N, Any, 3), // subscribe to the newsletter
    p("подпишитесь на рассылку", "ru", N, Any, 3), // subscribe to the mailing
    p("підпишіться на розсилку", "uk", N, Any, 3), // subscribe to the mailing
    p("zapisz się do newslettera", "pl", N, Any, 3), // subscribe to the newsletter
    p("schrijf je in voor de nieuwsbrief", "nl", N, Any, 3), // subscribe to the newsletter
    // ---- donation: strong appeals ----
    p("support us", "en", D, Any, 2), // "please support us"
    p("support our journalism", "en", D, Any, 3), // appeal
    p("support independent journalism", "en", D, Any, 3), // appeal
    p("support our work", "en", D, Any, 3), // appeal
    p("make a contribution", "en", D, Any, 3), // appeal
    p("make a donation", "en", D, Any, 3), // appeal
    p("donate now", "en", D, Any, 3), // button
    p("donate", "en", D, Any, 2),     // "Donate", "donate today"
    p("become a member", "en", D, Any, 2), // membership offer
    p("become a supporter", "en", D, Any, 3), // membership offer
    p("become a patron", "en", D, Any, 3), // Patreon
    p("subscribe to continue reading", "en", D, Any, 3), // paywall prompt
    p("to continue reading", "en", D, Any, 2), // paywall prompt
    p("subscribers only", "en", D, Any, 2), // paywall prompt
    p("every contribution", "en", D, Any, 2), // appeal
    p("dear readers", "en", D, Any, 1), // salutation of appeals
    p("dear reader", "en", D, Any, 1), // salutation of appeals
    p("remind me later", "en", D, Any, 2), // appeal dismiss button
    p("not ready to support", "en", D, Any, 2), // appeal dismiss text
    p("we need your help", "en", D, Any, 1), // appeal
    p("independent journalism", "en", D, Any, 1), // appeal wording
    p("per month", "en", D, Any, 1),  // price wording
    p("monthly", "en", D, Any, 1),    // price wording
    p("contribute", "en", D, Any, 1), // "Contribute" button or link
    p("subscribe", "en", D, Any, 1),  // "Subscribe" button or link
    p("needs your help", "en", D, Any, 2), // "<site> needs your help"
    p("funded by readers", "en", D, Any, 2), // reader-funded appeal
    p("make a difference", "en", D, Any, 1), // appeal wording
    p("subscribe now", "en", D, Any, 2), // subscription offer
    p("subscribe to", "en", D, Any, 2), // "Subscribe to <magazine>" (newsletters are vetoed)
    p("become a subscriber", "en", D, Any, 2), // subscription offer
    p("unlimited access", "en", D, Any, 2), // subscription offer
    p("read the full story", "en", D, Any, 2), // paywall prompt
    p("subscription", "en", D, Any, 1), // offer wording
    p("magazine", "en", D, Any, 1),   // magazine-subscription boxes
    p("first month", "en", D, Any, 1), // price wording
    p("ad free", "en", D, Any, 2),    // "Go ad-free", "ad-free access": a paid tier's offer
    p("will you support", "en", D, Any, 2), // the question an appeal opens with
    p("you can help", "en", D, Any, 1), // appeal wording ("you can help by subscribing")
    p("jetzt spenden", "de", D, Any, 3), // donate now
    p("spenden", "de", D, Any, 2),    // donate
    p("unterstützen sie uns", "de", D, Any, 2), // support us (formal)
    p("unterstütze uns", "de", D, Any, 2), // support us
    p("liebe leserinnen und leser", "de", D, Any, 1), // dear readers
    p("unabhängigen journalismus", "de", D, Any, 1), // independent journalism
    p("pro monat", "de", D, Any, 1),  // per month
    p("digitalabo", "de", D, Any, 3), // digital subscription offer
    p("abonnieren sie", "de", D, Any, 2), // subscribe (formal)
    p("im abo", "de", D, Any, 2),     // in a subscription
    p("faire un don", "fr", D, Any, 3), // make a donation
    p("soutenez nous", "fr", D, Any, 2), // support us
    p("chers lecteurs", "fr", D, Any, 1), // dear readers
    p("par mois", "fr", D, Any, 1),   // per month
    p("abonnez vous", "fr", D, Any, 2), // subscribe
    p("premier mois", "fr", D, Any, 1), // first month
    p("haz una donación", "es", D, Any, 3), // make a donation
    p("dona ahora", "es", D, Any, 3), // donate now
    p("apóyanos", "es", D, Any, 2),   // support us
    p("queridos lectores", "es", D, Any, 1), // dear readers
    p("al mes", "es", D, Any, 1),     // per month
    p("fai una donazione", "it", D, Any, 3), // make a donation
    p("dona ora", "it", D, Any, 3),   // donate now
    p("sostienici", "it", D, Any, 2), // support us
    p("cari lettori", "it", D, Any, 1), // dear readers
    p("al mese", "it", D, Any, 1),    // per month
    p("faça uma doação", "pt", D, Any, 3), // make a donation
    p("doe agora", "pt", D, Any, 3),  // donate now
    p("apoie nos", "pt", D, Any, 2),  // support us
    p("caros leitores", "pt", D, Any, 1), // dear readers
    p("por mês", "pt", D, Any, 1),    // per month
    p("поддержите нас", "ru", D, Any, 2), // support us
    p("поддержать нас", "ru", D, Any, 2), // to support us
    p("пожертвовать", "ru", D, Any, 3), // donate
    p("дорогие читатели", "ru", D, Any, 1), // dear readers
    p("в месяц", "ru", D, Any, 1),    // per month
    p("підтримайте нас", "uk", D, Any, 2), // support us
    p("задонатити", "uk", D, Any, 3), // donate
    p("дорогі читачі", "uk", D, Any, 1), // dear readers
    p("на місяць", "uk", D, Any, 1),  // per month
    p("wesprzyj nas", "pl", D, Any, 2), // support us
    p("przekaż darowiznę", "pl", D, Any, 3), // make a donation
    p("drodzy czytelnicy", "pl", D, Any, 1), // dear readers
    p("miesięcznie", "pl", D, Any, 1), // monthly
    p("steun ons", "nl", D, Any, 2),  // support us
    p("doneer nu", "nl", D, Any, 3),  // donate now
    p("beste lezers", "nl", D, Any, 1), // dear readers
    p("per maand", "nl", D, Any, 1),  // per month
];

/// Words that count comments after or before a number ("12 comments", "Kommentare (3)").
pub(super) const COMMENT_COUNT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "responses",
    "replies", // en
    "kommentar",
    "kommentare", // de
    "commentaire",
    "commentaires", // fr
    "comentario",
    "comentarios", // es
    "commento",
    "commenti", // it
    "comentário",
    "comentários", // pt
    "комментарий",
    "комментария",
    "комментариев", // ru
    "коментар",
    "коментарі",
    "коментарів", // uk
    "komentarz",
    "komentarze",
    "komentarzy", // pl
    "reactie",
    "reacties", // nl
];
