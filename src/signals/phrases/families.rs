//! Families for the first ten languages: the variants of [`super::europe`]'s phrases that
//! publishers also write ("à lire également" beside "lire aussi"). Every entry carries a comment
//! with an English gloss.

use super::Place::{Anywhere as Any, Heading as H, Lead as L};
use super::{p, Phrase};
use crate::verdict::Label::{Comment as C, Donation as D, Related as R};

/// The table.
pub(super) const PHRASES: &[Phrase] = &[
    // ---- en ----
    p("what to read next", "en", R, H, 3), // what to read next
    p("popular now", "en", R, H, 3),       // popular now
    p("you may be interested in", "en", R, H, 3), // you may be interested in
    p("in case you missed it", "en", R, H, 3), // in case you missed it
    p("editors picks", "en", R, H, 3),     // editors' picks
    p("more like this", "en", R, H, 3),    // more like this
    p("read this next", "en", R, H, 3),    // read this next
    p("don t miss", "en", R, L, 3),        // "Don't miss: <link>"
    p("further reading", "en", R, L, 3),   // "Further reading: <link>"
    p("conversation", "en", C, H, 3),      // "Conversation" (comment section, "Conversation 12")
    p("thought on", "en", C, H, 3),        // "1 thought on “…”"
    p("write a comment", "en", C, H, 3),   // write a comment
    p("be the first to comment", "en", C, H, 3), // be the first to comment
    p("your email will not be published", "en", C, Any, 3), // form note variant
    p("notify me of follow up comments", "en", C, Any, 3), // subscription checkbox of a comment form
    p("chip in", "en", D, Any, 2),                         // chip in
    p("give monthly", "en", D, Any, 3),                    // give monthly
    p("big or small", "en", D, Any, 1),                    // "every contribution, big or small"
    p("reader funded", "en", D, Any, 2),                   // reader-funded
    p("reader supported", "en", D, Any, 2),                // reader-supported
    p("readers like you", "en", D, Any, 2),                // "support from readers like you"
    p("join today", "en", D, Any, 1),                      // "Join today" membership button
    p("support quality journalism", "en", D, Any, 3),      // appeal
    p("support local journalism", "en", D, Any, 3),        // appeal
    p("support local news", "en", D, Any, 3),              // appeal
    p("keep our journalism free", "en", D, Any, 3),        // appeal
    p("one off contribution", "en", D, Any, 3),            // "one-off contribution"
    p("already a subscriber", "en", D, Any, 2),            // paywall prompt
    p("this article is for subscribers", "en", D, Any, 3), // paywall prompt
    // ---- de ----
    p("das könnte dich auch interessieren", "de", R, H, 3), // you may also be interested (informal)
    p("das könnte ihnen auch gefallen", "de", R, H, 3),     // you might also like
    p("auch interessant", "de", R, H, 3),                   // also interesting
    p("lesen sie auch", "de", R, H, 3),                     // read also
    p("weitere beiträge", "de", R, H, 3),                   // more posts
    p("weitere nachrichten", "de", R, H, 3),                // more news
    p("mehr aus", "de", R, H, 3), // "Mehr aus dem Ressort", "Mehr aus Berlin"
    p("meistgelesene", "de", R, H, 3), // most read ("Meistgelesene Artikel")
    p("passend zum thema", "de", R, H, 3), // on the topic
    p("lesen sie dazu", "de", R, L, 3), // read on this
    p("mehr zum thema", "de", R, L, 3), // more on the topic
    p("siehe auch", "de", R, L, 3), // see also
    p("diskutieren sie mit", "de", C, H, 3), // join the discussion
    p("kommentieren", "de", C, H, 3), // comment (verb)
    p("schreiben sie einen kommentar", "de", C, H, 3), // write a comment (formal, WP)
    p("hinterlasse einen kommentar", "de", C, H, 3), // leave a comment
    p("die e mail adresse wird nicht veröffentlicht", "de", C, Any, 3), // e-mail not published
    p("pflichtfelder sind mit", "de", C, Any, 2), // required fields are marked
    p("jetzt unterstützen", "de", D, Any, 3), // support now
    p("unterstützen sie unsere arbeit", "de", D, Any, 3), // support our work
    p("unterstützen sie unseren journalismus", "de", D, Any, 3), // support our journalism
    p("spende jetzt", "de", D, Any, 3), // donate now (informal)
    p("werden sie mitglied", "de", D, Any, 3), // become a member
    p("werde mitglied", "de", D, Any, 2), // become a member (informal)
    p("mitglied werden", "de", D, Any, 2), // become a member
    p("jetzt abonnieren", "de", D, Any, 2), // subscribe now
    p("bereits abonnent", "de", D, Any, 2), // already a subscriber (paywall)
    p("unabhängiger journalismus", "de", D, Any, 1), // independent journalism
    p("abo sichern", "de", D, Any, 2), // secure a subscription ("Jetzt Abo sichern")
    p("noch kein abo", "de", D, Any, 2), // not a subscriber yet (paywall prompt)
    p("ohne werbung", "de", D, Any, 2), // without ads: a paid tier's offer
    p("werbefrei", "de", D, Any, 2), // ad-free: a paid tier's offer
    p("spendenfinanziert", "de", D, Any, 2), // funded by donations
    // ---- fr ----
    p("à lire également", "fr", R, H, 3),      // also to read
    p("lire également", "fr", R, H, 3),        // read also
    p("lire aussi", "fr", R, H, 3),            // read also
    p("sur le même thème", "fr", R, H, 3),     // on the same theme
    p("dans la même rubrique", "fr", R, H, 3), // in the same section
    p("les plus populaires", "fr", R, H, 3),   // most popular
    p("à voir aussi", "fr", R, H, 3),          // also to see
    p("vous aimerez aussi", "fr", R, H, 3),    // you will also like
    p("vous aimerez peut être aussi", "fr", R, H, 3), // you may also like
    p("à voir aussi", "fr", R, L, 3),          // also to see
    p("voir également", "fr", R, L, 3),        // see also
    p("sur le même sujet", "fr", R, L, 3),     // on the same subject
    p("réagir", "fr", C, H, 3),                // react (comment)
    p("réagissez", "fr", C, H, 3),             // react (comment)
    p("ajouter un commentaire", "fr", C, H, 3), // add a comment
    p("commenter", "fr", C, H, 3),             // comment (verb)
    p("annuler la réponse", "fr", C, H, 3),    // cancel reply (WP)
    p("votre adresse de messagerie ne sera pas publiée", "fr", C, Any, 3), // e-mail not published (older WP)
    p("vous devez être connecté pour publier un commentaire", "fr", C, Any, 3), // login to comment
    p("faites un don", "fr", D, Any, 3),                                   // make a donation
    p("je fais un don", "fr", D, Any, 3),                                  // I donate (button)
    p("soutenez*", "fr", D, Any, 2), // "soutenez", "soutenez-nous" (support, imperative)
    p("nous soutenir", "fr", D, Any, 2), // to support us
    p("soutenir le journalisme", "fr", D, Any, 2), // support journalism
    p("soutenir notre rédaction", "fr", D, Any, 3), // support our newsroom
    p("réservé aux abonnés", "fr", D, Any, 2), // subscribers only (paywall)
    p("déjà abonné", "fr", D, Any, 2), // already a subscriber (paywall)
    p("don défiscalisé", "fr", D, Any, 2), // tax-deductible donation
    p("pour lire la suite", "fr", D, Any, 2), // to read the rest (paywall)
    p("journalisme indépendant", "fr", D, Any, 1), // independent journalism
    // ---- es ----
    p("también te puede interesar", "es", R, H, 3), // may also interest you
    p("te puede interesar", "es", R, H, 3),         // may interest you
    p("te recomendamos", "es", R, H, 3),            // we recommend
    p("lo más visto", "es", R, H, 3),               // most viewed
    p("más leídas", "es", R, H, 3),                 // most read
    p("las más leídas", "es", R, H, 3),             // most read
    p("últimas noticias", "es", R, H, 3),           // latest news
    p("más noticias", "es", R, H, 3),               // more news
    p("ver también", "es", R, L, 3),                // see also
    p("te recomendamos", "es", R, L, 3),            // we recommend
    p("noticia relacionada", "es", R, L, 3),        // related story
    p("comentar", "es", C, H, 3),                   // comment (verb; also pt)
    p("deja tu comentario", "es", C, H, 3),         // leave your comment
    p("escribe un comentario", "es", C, H, 3),      // write a comment
    p("ver comentarios", "es", C, H, 3),            // view comments
    p("cancelar respuesta", "es", C, H, 3),         // cancel reply (WP)
    p("su dirección de correo electrónico no será publicada", "es", C, Any, 3), // e-mail not published
    p("guarda mi nombre correo electrónico y web en este navegador", "es", C, Any, 3), // WP consent
    p("haz tu donación", "es", D, Any, 3), // make your donation
    p("hazte socio", "es", D, Any, 2),     // become a member
    p("apoya nuestro periodismo", "es", D, Any, 3), // support our journalism
    p("apoya el periodismo independiente", "es", D, Any, 3), // support independent journalism
    p("suscríbete ahora", "es", D, Any, 2), // subscribe now
    p("periodismo independiente", "es", D, Any, 1), // independent journalism
    // ---- it ----
    p("leggi anche", "it", R, H, 3),             // read also
    p("ti potrebbe interessare", "it", R, H, 3), // may interest you
    p("ultime notizie", "it", R, H, 3),          // latest news
    p("più letti", "it", R, H, 3),               // most read
    p("notizie correlate", "it", R, H, 3),       // related news
    p("vedi anche", "it", R, L, 3),              // see also
    p("potrebbe interessarti", "it", R, L, 3),   // may interest you
    p("articolo correlato", "it", R, L, 3),      // related article
    p("commenta", "it", C, H, 3),                // comment (verb)
    p("scrivi un commento", "it", C, H, 3),      // write a comment
    p("aggiungi un commento", "it", C, H, 3),    // add a comment
    p("annulla risposta", "it", C, H, 3),        // cancel reply (WP)
    p("salva il mio nome email e sito web in questo browser", "it", C, Any, 3), // WP consent
    p("sostieni*", "it", D, Any, 2),             // "sostieni", "sostienici" (support, imperative)
    p("sostieni il giornalismo indipendente", "it", D, Any, 3), // support independent journalism
    p("dona adesso", "it", D, Any, 3),           // donate now
    p("abbonati ora", "it", D, Any, 2),          // subscribe now
    p("diventa socio", "it", D, Any, 2),         // become a member
    p("riservato agli abbonati", "it", D, Any, 2), // subscribers only (paywall)
    p("giornalismo indipendente", "it", D, Any, 1), // independent journalism
    // ---- pt ----
    p("leia também", "pt", R, H, 3),             // read also
    p("veja também", "pt", R, H, 3),             // see also
    p("mais lidos", "pt", R, H, 3),              // most read
    p("últimas notícias", "pt", R, H, 3),        // latest news
    p("notícias relacionadas", "pt", R, H, 3),   // related news
    p("você também pode gostar", "pt", R, H, 3), // you may also like
    p("veja também", "pt", R, L, 3),             // see also
    p("saiba mais", "pt", R, L, 3),              // learn more
    p("deixe seu comentário", "pt", C, H, 3),    // leave your comment
    p("escreva um comentário", "pt", C, H, 3),   // write a comment
    p("cancelar resposta", "pt", C, H, 3),       // cancel reply (WP)
    p("seu endereço de e mail não será publicado", "pt", C, Any, 3), // e-mail not published
    p("seu endereço de email não será publicado", "pt", C, Any, 3), // e-mail not published
    p("apoie o jornalismo", "pt", D, Any, 2),    // support journalism
    p("apoie o nosso trabalho", "pt", D, Any, 3), // support our work
    p("apoie nosso trabalho", "pt", D, Any, 3),  // support our work (br)
    p("assine agora", "pt", D, Any, 2),          // subscribe now
    p("exclusivo para assinantes", "pt", D, Any, 2), // subscribers only (paywall)
    p("jornalismo independente", "pt", D, Any, 1), // independent journalism
    // ---- ru ----
    p("материалы по теме", "ru", R, H, 3), // materials on the topic
    p("новости по теме", "ru", R, H, 3),   // news on the topic
    p("читайте также", "ru", R, H, 3),     // read also
    p("по теме", "ru", R, H, 3),           // on the topic
    p("последние новости", "ru", R, H, 3), // latest news
    p("вам может быть интересно", "ru", R, H, 3), // may interest you
    p("рекомендуем", "ru", R, H, 3),       // we recommend
    p("самое популярное", "ru", R, H, 3),  // most popular
    p("похожие новости", "ru", R, H, 3),   // similar news
    p("смотрите также", "ru", R, L, 3),    // see also
    p("читайте по теме", "ru", R, L, 3),   // read on the topic
    p("еще по теме", "ru", R, L, 3),       // more on the topic
    p("ещё по теме", "ru", R, L, 3),       // more on the topic (ё)
    p("также читайте", "ru", R, L, 3),     // also read
    p("материалы по теме", "ru", R, L, 3), // materials on the topic
    p("написать комментарий", "ru", C, H, 3), // write a comment
    p("оставьте комментарий", "ru", C, H, 3), // leave a comment
    p("комментариев нет", "ru", C, H, 3),  // no comments
    p("отменить ответ", "ru", C, H, 3),    // cancel reply (WP)
    p("ваш e mail не будет опубликован", "ru", C, Any, 3), // e-mail not published
    p("ваш адрес электронной почты не будет опубликован", "ru", C, Any, 3), // e-mail not published
    p("поддержите*", "ru", D, Any, 2),     // "поддержите" (support, imperative)
    p("пожертвова*", "ru", D, Any, 1),     // "пожертвовать", "пожертвование" (donate; also in news)
    p("сделать пожертвование", "ru", D, Any, 3), // make a donation
    p("оформить подписку", "ru", D, Any, 2), // take out a subscription
    p("поддержать проект", "ru", D, Any, 2), // support the project
    p("поддержать редакцию", "ru", D, Any, 3), // support the newsroom
    p("независимую журналистику", "ru", D, Any, 1), // independent journalism
    // ---- uk ----
    p("читайте також", "uk", R, H, 3),        // read also
    p("по темі", "uk", R, H, 3),              // on the topic
    p("матеріали за темою", "uk", R, H, 3),   // materials on the topic
    p("останні новини", "uk", R, H, 3),       // latest news
    p("вам може бути цікаво", "uk", R, H, 3), // may interest you
    p("рекомендуємо", "uk", R, H, 3),         // we recommend
    p("по темі", "uk", R, L, 3),              // on the topic
    p("дивіться також", "uk", R, L, 3),       // see also
    p("також читайте", "uk", R, L, 3),        // also read
    p("написати коментар", "uk", C, H, 3),    // write a comment
    p("залиште коментар", "uk", C, H, 3),     // leave a comment
    p("скасувати відповідь", "uk", C, H, 3),  // cancel reply (WP)
    p("немає коментарів", "uk", C, H, 3),     // no comments
    p("ваша адреса e mail не буде опублікована", "uk", C, Any, 3), // e-mail not published
    p("підтримайте*", "uk", D, Any, 2),       // "підтримайте" (support, imperative)
    p("пожертвува*", "uk", D, Any, 1), // "пожертвувати", "пожертвування" (donate; also in news)
    p("зробіть внесок", "uk", D, Any, 3), // make a contribution
    p("оформити підписку", "uk", D, Any, 2), // take out a subscription
    p("незалежну журналістику", "uk", D, Any, 1), // independent journalism
    // ---- pl ----
    p("czytaj także", "pl", R, H, 3),              // read also
    p("czytaj też", "pl", R, H, 3),                // read also
    p("zobacz także", "pl", R, H, 3),              // see also
    p("najnowsze artykuły", "pl", R, H, 3),        // latest articles
    p("polecamy", "pl", R, H, 3),                  // we recommend
    p("może cię zainteresować", "pl", R, H, 3),    // may interest you
    p("najpopularniejsze", "pl", R, H, 3),         // most popular
    p("powiązane artykuły", "pl", R, H, 3),        // related articles
    p("zobacz także", "pl", R, L, 3),              // see also
    p("zobacz też", "pl", R, L, 3),                // see also
    p("przeczytaj także", "pl", R, L, 3),          // read also
    p("polecamy", "pl", R, L, 3),                  // we recommend
    p("napisz komentarz", "pl", C, H, 3),          // write a comment
    p("zostaw komentarz", "pl", C, H, 3),          // leave a comment
    p("anuluj pisanie odpowiedzi", "pl", C, H, 3), // cancel reply (WP)
    p("twój adres email nie zostanie opublikowany", "pl", C, Any, 3), // e-mail not published
    p("wesprzyj*", "pl", D, Any, 2), // "wesprzyj", "wesprzyjcie" (support, imperative)
    p("wpłać darowiznę", "pl", D, Any, 3), // make a donation
    p("zostań patronem", "pl", D, Any, 3), // become a patron
    p("kup prenumeratę", "pl", D, Any, 2), // buy a subscription
    p("niezależne dziennikarstwo", "pl", D, Any, 1), // independent journalism
    // ---- nl ----
    p("gerelateerde berichten", "nl", R, H, 3), // related posts
    p("meer nieuws", "nl", R, H, 3),            // more news
    p("meest bekeken", "nl", R, H, 3),          // most viewed
    p("laatste nieuws", "nl", R, H, 3),         // latest news
    p("aanbevolen", "nl", R, H, 3),             // recommended
    p("dit vind je misschien ook leuk", "nl", R, H, 3), // you may also like
    p("meer over", "nl", R, H, 3),              // more about
    p("bekijk ook", "nl", R, L, 3),             // see also
    p("zie ook", "nl", R, L, 3),                // see also
    p("ook interessant", "nl", R, L, 3),        // also interesting
    p("reageer", "nl", C, H, 3),                // react (comment)
    p("plaats een reactie", "nl", C, H, 3),     // post a comment
    p("geef een reactie", "nl", C, H, 3),       // leave a comment
    p("reactie annuleren", "nl", C, H, 3),      // cancel reply (WP)
    p("uw e mailadres wordt niet gepubliceerd", "nl", C, Any, 3), // e-mail not published (formal)
    p("doneer", "nl", D, Any, 2),               // donate (imperative)
    p("word lid", "nl", D, Any, 2),             // become a member
    p("word abonnee", "nl", D, Any, 2),         // become a subscriber
    p("steun onze journalistiek", "nl", D, Any, 3), // support our journalism
    p("maak een donatie", "nl", D, Any, 3),     // make a donation
    p("al abonnee", "nl", D, Any, 2),           // already a subscriber (paywall)
    p("onafhankelijke journalistiek", "nl", D, Any, 1), // independent journalism
];
