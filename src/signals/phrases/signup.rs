//! Phrases of newsletter sign-up boxes and of share and follow bars, in the European languages
//! (and Turkish); Asia and the Middle East are in [`super::signup_asia`]. Every entry carries a
//! comment with an English gloss.
//!
//! Headings name the widget by themselves ("Share this", "Our newsletters", "Folgen Sie uns").
//! `Anywhere` entries are the pitch of a sign-up box ("delivered to your inbox", "unsubscribe at
//! any time") and the buttons of a share bar ("share on facebook", "copy link"): wording that
//! article prose seldom uses. Words that name the newsletter itself ("newsletter", "nyhetsbrev")
//! inside a box are in the older tables as `Other` (a veto) and are not repeated here.
//!
//! An entry shared by two languages (same words, place and label) is written once, under the
//! first language, and its gloss names the others: a phrase matches whatever the page's language.

use super::Place::{Anywhere as Any, Heading as H};
use super::{p, Phrase};
use crate::verdict::Label::{Newsletter as N, Share as S};

/// The table.
pub const PHRASES: &[Phrase] = &[
    // ======== en: English ========
    p("our newsletters", "en", N, H, 3),    // our newsletters
    p("our newsletter", "en", N, H, 3),     // our newsletter
    p("email newsletters", "en", N, H, 3),  // e-mail newsletters
    p("newsletter sign up", "en", N, H, 3), // newsletter sign-up
    p("newsletter signup", "en", N, H, 3),  // newsletter signup
    p("sign up for our", "en", N, H, 3),    // "Sign up for our daily briefing"
    p("sign up to our", "en", N, H, 3),     // "Sign up to our newsletter"
    p("sign up for newsletter*", "en", N, H, 3), // sign up for newsletters
    p("subscribe to newsletter*", "en", N, H, 3), // subscribe to newsletters
    p("get our newsletter*", "en", N, H, 3), // get our newsletter(s)
    p("get the newsletter", "en", N, H, 3), // get the newsletter
    p("get our morning briefing", "en", N, H, 3), // get our morning briefing
    p("email alerts", "en", N, H, 3),       // e-mail alerts (sign-up)
    p("sign me up", "en", N, H, 3),         // sign me up (button)
    p("delivered to your inbox", "en", N, Any, 3), // delivered to your inbox
    p("straight to your inbox", "en", N, Any, 3), // straight to your inbox
    p("directly to your inbox", "en", N, Any, 3), // directly to your inbox
    p("direct to your inbox", "en", N, Any, 3), // direct to your inbox
    p("in your inbox every", "en", N, Any, 2), // "in your inbox every morning"
    p("enter your email", "en", N, Any, 2), // enter your e-mail
    p("enter your e mail", "en", N, Any, 2), // enter your e-mail (hyphenated)
    p("email address", "en", N, Any, 1),    // e-mail address (also in comment forms)
    p("e mail address", "en", N, Any, 1),   // e-mail address (hyphenated)
    p("unsubscribe at any time", "en", N, Any, 3), // unsubscribe at any time
    p("unsubscribe anytime", "en", N, Any, 3), // unsubscribe anytime
    p("opt out at any time", "en", N, Any, 2), // opt out at any time
    p("by signing up you agree", "en", N, Any, 3), // consent line of a sign-up form
    p("thanks for signing up", "en", N, Any, 3), // confirmation
    p("thank you for signing up", "en", N, Any, 3), // confirmation
    p("please enter a valid email", "en", N, Any, 2), // form validation
    p("share", "en", S, H, 3),              // "Share", "Share:"
    p("share this", "en", S, H, 3),         // "Share this:" (WordPress Jetpack)
    p("share this article", "en", S, H, 3), // share this article
    p("share this story", "en", S, H, 3),   // share this story
    p("share this post", "en", S, H, 3),    // share this post
    p("share this page", "en", S, H, 3),    // share this page
    p("share article", "en", S, H, 3),      // share article
    p("share on", "en", S, H, 3),           // "Share on: <icons>"
    p("share via", "en", S, H, 3),          // "Share via: <icons>"
    p("spread the word", "en", S, H, 3),    // spread the word
    p("follow us", "en", S, H, 3),          // follow us
    p("connect with us", "en", S, H, 3),    // connect with us
    p("find us on", "en", S, H, 3),         // find us on
    p("share on facebook", "en", S, Any, 3), // share on Facebook
    p("share on twitter", "en", S, Any, 3), // share on Twitter
    p("share on x", "en", S, Any, 3),       // share on X
    p("share on linkedin", "en", S, Any, 3), // share on LinkedIn
    p("share on whatsapp", "en", S, Any, 3), // share on WhatsApp
    p("share on reddit", "en", S, Any, 3),  // share on Reddit
    p("share on pinterest", "en", S, Any, 3), // share on Pinterest
    p("share on bluesky", "en", S, Any, 3), // share on Bluesky
    p("share via email", "en", S, Any, 3),  // share via e-mail
    p("share by email", "en", S, Any, 3),   // share by e-mail
    p("click to share on", "en", S, Any, 3), // "Click to share on X (Opens in new window)"
    p("share this article", "en", S, Any, 2), // share this article
    p("email this article", "en", S, Any, 2), // e-mail this article
    p("gift this article", "en", S, Any, 3), // gift this article (gift link)
    p("copy link", "en", S, Any, 3),        // copy link
    p("link copied", "en", S, Any, 3),      // link copied
    p("copy to clipboard", "en", S, Any, 2), // copy to clipboard
    p("follow us on", "en", S, Any, 2),     // follow us on
    p("like us on facebook", "en", S, Any, 3), // like us on Facebook
    // ======== de: German ========
    p("unsere newsletter", "de", N, H, 3),    // our newsletters
    p("newsletter anmeldung", "de", N, H, 3), // newsletter sign-up
    p("newsletter bestellen", "de", N, H, 3), // order the newsletter
    p("zum newsletter anmelden", "de", N, H, 3), // sign up for the newsletter
    p("jetzt newsletter abonnieren", "de", N, H, 3), // subscribe to the newsletter now
    p("abonnieren sie unseren newsletter", "de", N, H, 3), // subscribe to our newsletter
    p("abonniere unseren newsletter", "de", N, H, 3), // subscribe to our newsletter (informal)
    p("melden sie sich für unseren newsletter an", "de", N, H, 3), // sign up for our newsletter
    p("e mail adresse", "de", N, Any, 1),     // e-mail address
    p("e mail adresse eingeben", "de", N, Any, 2), // enter e-mail address
    p("jederzeit abbestell*", "de", N, Any, 3), // can be cancelled at any time
    p("jederzeit wieder abbestell*", "de", N, Any, 3), // can be cancelled again at any time
    p("jederzeit abmelde*", "de", N, Any, 2), // unsubscribe at any time
    p("jederzeit wieder abmelde*", "de", N, Any, 2), // unsubscribe again at any time
    p("abmeldung jederzeit möglich", "de", N, Any, 3), // unsubscribing possible at any time
    p("direkt in ihr postfach", "de", N, Any, 3), // straight to your inbox
    p("direkt in dein postfach", "de", N, Any, 3), // straight to your inbox (informal)
    p("in ihren posteingang", "de", N, Any, 2), // to your inbox
    p("teilen", "de", S, H, 3),               // share
    p("teilen mit", "de", S, H, 3),           // "Teilen mit:" (share with, Jetpack)
    p("artikel teilen", "de", S, H, 3),       // share article
    p("diesen artikel teilen", "de", S, H, 3), // share this article
    p("teile diesen artikel", "de", S, H, 3), // share this article (informal)
    p("beitrag teilen", "de", S, H, 3),       // share post
    p("jetzt teilen", "de", S, H, 3),         // share now
    p("folgen sie uns", "de", S, H, 3),       // follow us
    p("folge uns", "de", S, H, 3),            // follow us (informal)
    p("folgt uns", "de", S, H, 3),            // follow us (plural)
    p("auf facebook teilen", "de", S, Any, 3), // share on Facebook
    p("auf twitter teilen", "de", S, Any, 3), // share on Twitter
    p("auf x teilen", "de", S, Any, 3),       // share on X
    p("auf linkedin teilen", "de", S, Any, 3), // share on LinkedIn
    p("auf whatsapp teilen", "de", S, Any, 3), // share on WhatsApp
    p("per whatsapp teilen", "de", S, Any, 3), // share via WhatsApp
    p("per e mail teilen", "de", S, Any, 3),  // share by e-mail
    p("per mail teilen", "de", S, Any, 3),    // share by mail
    p("link kopieren", "de", S, Any, 3),      // copy link
    p("link kopiert", "de", S, Any, 3),       // link copied
    p("folgen sie uns auf", "de", S, Any, 2), // follow us on
    p("folge uns auf", "de", S, Any, 2),      // follow us on (informal)
    // ======== fr: French ========
    p("nos newsletters", "fr", N, H, 3),       // our newsletters
    p("lettre d information", "fr", N, H, 3),  // newsletter
    p("lettres d information", "fr", N, H, 3), // newsletters
    p("recevez notre newsletter", "fr", N, H, 3), // get our newsletter
    p("recevez nos newsletters", "fr", N, H, 3), // get our newsletters
    p("recevez notre lettre d information", "fr", N, H, 3), // get our newsletter
    p("inscrivez vous à notre newsletter", "fr", N, H, 3), // sign up for our newsletter
    p("inscrivez vous à nos newsletters", "fr", N, H, 3), // sign up for our newsletters
    p("abonnez vous à nos newsletters", "fr", N, H, 3), // subscribe to our newsletters
    p("inscription à la newsletter", "fr", N, H, 3), // newsletter sign-up
    p("adresse e mail", "fr", N, Any, 1),      // e-mail address
    p("adresse email", "fr", N, Any, 1),       // e-mail address
    p("adresse mail", "fr", N, Any, 1),        // mail address
    p("entrez votre adresse e mail", "fr", N, Any, 2), // enter your e-mail address
    p("entrez votre e mail", "fr", N, Any, 3), // enter your e-mail
    p("entrez votre email", "fr", N, Any, 3),  // enter your e-mail
    p("saisissez votre adresse", "fr", N, Any, 2), // type in your address
    p("désinscrire à tout moment", "fr", N, Any, 3), // unsubscribe at any time
    p("désabonner à tout moment", "fr", N, Any, 3), // unsubscribe at any time
    p("lien de désinscription", "fr", N, Any, 3), // unsubscribe link
    p("dans votre boîte mail", "fr", N, Any, 2), // in your mailbox
    p("dans votre boîte de réception", "fr", N, Any, 2), // in your inbox
    p("partager", "fr", S, H, 3),              // share
    p("partagez", "fr", S, H, 3),              // share (imperative)
    p("partager cet article", "fr", S, H, 3),  // share this article
    p("partagez cet article", "fr", S, H, 3),  // share this article (imperative)
    p("partager sur", "fr", S, H, 3),          // share on
    p("suivez nous", "fr", S, H, 3),           // follow us
    p("retrouvez nous sur", "fr", S, H, 3),    // find us on
    p("partager sur facebook", "fr", S, Any, 3), // share on Facebook
    p("partager sur twitter", "fr", S, Any, 3), // share on Twitter
    p("partager sur x", "fr", S, Any, 3),      // share on X
    p("partager sur linkedin", "fr", S, Any, 3), // share on LinkedIn
    p("partager sur whatsapp", "fr", S, Any, 3), // share on WhatsApp
    p("partager par e mail", "fr", S, Any, 3), // share by e-mail
    p("partager par email", "fr", S, Any, 3),  // share by e-mail
    p("copier le lien", "fr", S, Any, 3),      // copy the link
    p("lien copié", "fr", S, Any, 3),          // link copied
    p("suivez nous sur", "fr", S, Any, 2),     // follow us on
    // ======== es: Spanish ========
    p("nuestros boletines", "es", N, H, 3), // our newsletters
    p("nuestras newsletters", "es", N, H, 3), // our newsletters
    p("boletín de noticias", "es", N, H, 3), // news bulletin (newsletter)
    p("suscríbete al boletín", "es", N, H, 3), // subscribe to the newsletter
    p("suscríbete a nuestra newsletter", "es", N, H, 3), // subscribe to our newsletter
    p("suscríbete a nuestros boletines", "es", N, H, 3), // subscribe to our newsletters
    p("suscríbase a nuestro boletín", "es", N, H, 3), // subscribe to our newsletter (formal)
    p("recibe nuestro boletín", "es", N, H, 3), // get our newsletter
    p("recibe nuestra newsletter", "es", N, H, 3), // get our newsletter
    p("apúntate a nuestra newsletter", "es", N, H, 3), // sign up for our newsletter
    p("introduce tu correo", "es", N, Any, 3), // enter your e-mail
    p("introduce tu email", "es", N, Any, 3), // enter your e-mail
    p("ingresa tu correo", "es", N, Any, 3), // enter your e-mail (Latin America)
    p("ingresa tu email", "es", N, Any, 3), // enter your e-mail (Latin America)
    p("tu correo electrónico", "es", N, Any, 1), // your e-mail
    p("dirección de correo electrónico", "es", N, Any, 1), // e-mail address
    p("darte de baja en cualquier momento", "es", N, Any, 3), // unsubscribe at any time
    p("darse de baja en cualquier momento", "es", N, Any, 3), // unsubscribe at any time
    p("en tu bandeja de entrada", "es", N, Any, 2), // in your inbox
    p("compartir", "es", S, H, 3),          // share (also ca)
    p("comparte", "es", S, H, 3),           // share (imperative)
    p("compartir este artículo", "es", S, H, 3), // share this article
    p("comparte este artículo", "es", S, H, 3), // share this article (imperative)
    p("compartir en", "es", S, H, 3),       // share on
    p("síguenos", "es", S, H, 3),           // follow us
    p("compartir en facebook", "es", S, Any, 3), // share on Facebook
    p("compartir en twitter", "es", S, Any, 3), // share on Twitter
    p("compartir en x", "es", S, Any, 3),   // share on X
    p("compartir en whatsapp", "es", S, Any, 3), // share on WhatsApp
    p("compartir en linkedin", "es", S, Any, 3), // share on LinkedIn
    p("compartir por correo", "es", S, Any, 3), // share by e-mail
    p("compartir por email", "es", S, Any, 3), // share by e-mail
    p("copiar enlace", "es", S, Any, 3),    // copy link
    p("enlace copiado", "es", S, Any, 3),   // link copied
    p("síguenos en", "es", S, Any, 2),      // follow us on
    // ======== it: Italian ========
    p("le nostre newsletter", "it", N, H, 3), // our newsletters
    p("iscriviti alla nostra newsletter", "it", N, H, 3), // subscribe to our newsletter
    p("iscriviti alle nostre newsletter", "it", N, H, 3), // subscribe to our newsletters
    p("iscrizione alla newsletter", "it", N, H, 3), // newsletter sign-up
    p("ricevi la newsletter", "it", N, H, 3), // get the newsletter
    p("indirizzo email", "it", N, Any, 1),    // e-mail address
    p("indirizzo e mail", "it", N, Any, 1),   // e-mail address (hyphenated)
    p("inserisci la tua email", "it", N, Any, 3), // enter your e-mail
    p("inserisci la tua e mail", "it", N, Any, 3), // enter your e-mail (hyphenated)
    p("inserisci il tuo indirizzo", "it", N, Any, 2), // enter your address
    p("disiscriverti in qualsiasi momento", "it", N, Any, 3), // unsubscribe at any time
    p("cancellarti in qualsiasi momento", "it", N, Any, 3), // unsubscribe at any time
    p("nella tua casella di posta", "it", N, Any, 2), // in your mailbox
    p("nella tua inbox", "it", N, Any, 2),    // in your inbox
    p("condividi", "it", S, H, 3),            // share
    p("condividi questo articolo", "it", S, H, 3), // share this article
    p("condividi l articolo", "it", S, H, 3), // share the article
    p("condividi su", "it", S, H, 3),         // share on
    p("seguici", "it", S, H, 3),              // follow us
    p("condividi su facebook", "it", S, Any, 3), // share on Facebook
    p("condividi su twitter", "it", S, Any, 3), // share on Twitter
    p("condividi su x", "it", S, Any, 3),     // share on X
    p("condividi su whatsapp", "it", S, Any, 3), // share on WhatsApp
    p("condividi su linkedin", "it", S, Any, 3), // share on LinkedIn
    p("condividi via email", "it", S, Any, 3), // share by e-mail
    p("copia link", "it", S, Any, 3),         // copy link
    p("copia il link", "it", S, Any, 3),      // copy the link
    p("link copiato", "it", S, Any, 3),       // link copied
    p("seguici su", "it", S, Any, 2),         // follow us on
    // ======== pt: Portuguese (Brazil and Portugal) ========
    p("assine nossa newsletter", "pt", N, H, 3), // subscribe to our newsletter (BR)
    p("assine a nossa newsletter", "pt", N, H, 3), // subscribe to our newsletter
    p("subscreva a nossa newsletter", "pt", N, H, 3), // subscribe to our newsletter (PT)
    p("receba nossa newsletter", "pt", N, H, 3), // get our newsletter (BR)
    p("inscreva se na nossa newsletter", "pt", N, H, 3), // sign up for our newsletter
    p("nossas newsletters", "pt", N, H, 3),      // our newsletters (BR)
    p("as nossas newsletters", "pt", N, H, 3),   // our newsletters (PT)
    p("digite seu e mail", "pt", N, Any, 3),     // type your e-mail (BR)
    p("digite seu email", "pt", N, Any, 3),      // type your e-mail (BR)
    p("insira o seu e mail", "pt", N, Any, 3),   // enter your e-mail
    p("insira seu email", "pt", N, Any, 3),      // enter your e-mail
    p("endereço de e mail", "pt", N, Any, 1),    // e-mail address
    p("endereço de email", "pt", N, Any, 1),     // e-mail address
    p("na sua caixa de entrada", "pt", N, Any, 2), // in your inbox
    p("cancelar a inscrição a qualquer momento", "pt", N, Any, 3), // unsubscribe at any time
    p("cancelar a subscrição a qualquer momento", "pt", N, Any, 3), // unsubscribe (PT)
    p("compartilhar", "pt", S, H, 3),            // share (BR)
    p("compartilhe", "pt", S, H, 3),             // share (BR, imperative)
    p("compartilhe este artigo", "pt", S, H, 3), // share this article (BR)
    p("partilhar", "pt", S, H, 3),               // share (PT)
    p("partilhe", "pt", S, H, 3),                // share (PT, imperative)
    p("partilhar este artigo", "pt", S, H, 3),   // share this article (PT)
    p("siga nos", "pt", S, H, 3),                // follow us
    p("compartilhar no facebook", "pt", S, Any, 3), // share on Facebook
    p("compartilhe no facebook", "pt", S, Any, 3), // share on Facebook
    p("compartilhar no whatsapp", "pt", S, Any, 3), // share on WhatsApp
    p("compartilhe no whatsapp", "pt", S, Any, 3), // share on WhatsApp
    p("compartilhar no twitter", "pt", S, Any, 3), // share on Twitter
    p("compartilhar por e mail", "pt", S, Any, 3), // share by e-mail
    p("partilhar no facebook", "pt", S, Any, 3), // share on Facebook (PT)
    p("partilhar no whatsapp", "pt", S, Any, 3), // share on WhatsApp (PT)
    p("partilhar por e mail", "pt", S, Any, 3),  // share by e-mail (PT)
    p("copiar link", "pt", S, Any, 3),           // copy link
    p("link copiado", "pt", S, Any, 3),          // link copied
    p("siga nos nas redes sociais", "pt", S, Any, 2), // follow us on social media
    // ======== nl: Dutch ========
    p("nieuwsbrief", "nl", N, H, 3),        // newsletter
    p("onze nieuwsbrieven", "nl", N, H, 3), // our newsletters
    p("meld je aan voor onze nieuwsbrief", "nl", N, H, 3), // sign up for our newsletter
    p("meld je aan voor de nieuwsbrief", "nl", N, H, 3), // sign up for the newsletter
    p("abonneer je op de nieuwsbrief", "nl", N, H, 3), // subscribe to the newsletter
    p("ontvang onze nieuwsbrief", "nl", N, H, 3), // get our newsletter
    p("aanmelden nieuwsbrief", "nl", N, H, 3), // newsletter sign-up
    p("e mailadres", "nl", N, Any, 1),      // e-mail address (also da)
    p("vul je e mailadres in", "nl", N, Any, 3), // fill in your e-mail address
    p("in je mailbox", "nl", N, Any, 2),    // in your mailbox
    p("in uw mailbox", "nl", N, Any, 2),    // in your mailbox (formal)
    p("altijd weer afmelden", "nl", N, Any, 3), // unsubscribe again at any time
    p("afmelden kan altijd", "nl", N, Any, 3), // unsubscribing is always possible
    p("deel dit artikel", "nl", S, H, 3),   // share this article
    p("deel dit bericht", "nl", S, H, 3),   // share this post
    p("artikel delen", "nl", S, H, 3),      // share article
    p("delen via", "nl", S, H, 3),          // share via
    p("delen op", "nl", S, H, 3),           // share on
    p("volg ons", "nl", S, H, 3),           // follow us
    p("delen op facebook", "nl", S, Any, 3), // share on Facebook
    p("deel op facebook", "nl", S, Any, 3), // share on Facebook
    p("delen op x", "nl", S, Any, 3),       // share on X
    p("delen via whatsapp", "nl", S, Any, 3), // share via WhatsApp
    p("delen via e mail", "nl", S, Any, 3), // share by e-mail
    p("link kopiëren", "nl", S, Any, 3),    // copy link
    p("kopieer link", "nl", S, Any, 3),     // copy link
    p("link gekopieerd", "nl", S, Any, 3),  // link copied
    p("volg ons op", "nl", S, Any, 2),      // follow us on
    // ======== pl: Polish ========
    p("zapisz się na newsletter", "pl", N, H, 3), // sign up for the newsletter
    p("zapisz się do naszego newslettera", "pl", N, H, 3), // sign up for our newsletter
    p("nasze newslettery", "pl", N, H, 3),        // our newsletters
    p("zamów newsletter", "pl", N, H, 3),         // order the newsletter
    p("subskrybuj newsletter", "pl", N, H, 3),    // subscribe to the newsletter
    p("adres e mail", "pl", N, Any, 1),           // e-mail address
    p("podaj swój adres", "pl", N, Any, 2),       // give your (e-mail) address
    p("wpisz swój adres", "pl", N, Any, 2),       // type your (e-mail) address
    p("na twoją skrzynkę", "pl", N, Any, 2),      // to your mailbox
    p("w każdej chwili zrezygnować", "pl", N, Any, 3), // opt out at any moment
    p("wypisać się w każdej chwili", "pl", N, Any, 3), // unsubscribe at any moment
    p("udostępnij", "pl", S, H, 3),               // share
    p("udostępnij artykuł", "pl", S, H, 3),       // share the article
    p("obserwuj nas", "pl", S, H, 3),             // follow us
    p("udostępnij na facebooku", "pl", S, Any, 3), // share on Facebook
    p("udostępnij na twitterze", "pl", S, Any, 3), // share on Twitter
    p("udostępnij przez e mail", "pl", S, Any, 3), // share by e-mail
    p("kopiuj link", "pl", S, Any, 3),            // copy link
    p("skopiuj link", "pl", S, Any, 3),           // copy link
    p("link skopiowany", "pl", S, Any, 3),        // link copied
    p("obserwuj nas na", "pl", S, Any, 2),        // follow us on
    // ======== ru: Russian ========
    p("подпишитесь на нашу рассылку", "ru", N, H, 3), // subscribe to our mailing
    p("подписаться на рассылку", "ru", N, H, 3),      // subscribe to the mailing
    p("подписка на рассылку", "ru", N, H, 3),         // mailing subscription
    p("подписка на новости", "ru", N, H, 3),          // news subscription
    p("наши рассылки", "ru", N, H, 3),                // our mailings
    p("ваш e mail", "ru", N, Any, 1),                 // your e-mail (also uk)
    p("введите ваш e mail", "ru", N, Any, 2),         // enter your e-mail
    p("введите ваш email", "ru", N, Any, 3),          // enter your e-mail
    p("введите email", "ru", N, Any, 3),              // enter e-mail
    p("адрес электронной почты", "ru", N, Any, 1),    // e-mail address
    p("отписаться можно в любой момент", "ru", N, Any, 3), // you can unsubscribe at any time
    p("отписаться в любой момент", "ru", N, Any, 3),  // unsubscribe at any time
    p("поделиться", "ru", S, H, 3),                   // share
    p("поделиться статьей", "ru", S, H, 3),           // share the article
    p("поделиться новостью", "ru", S, H, 3),          // share the news
    p("мы в соцсетях", "ru", S, H, 3),                // we are on social networks
    p("мы в социальных сетях", "ru", S, H, 3),        // we are on social networks
    p("следите за нами", "ru", S, H, 3),              // follow us
    p("подписывайтесь на нас", "ru", S, H, 3),        // follow us
    p("читайте нас в", "ru", S, H, 3),                // "Читайте нас в Telegram" (read us on)
    p("поделиться в вконтакте", "ru", S, Any, 3),     // share on VK
    p("поделиться в telegram", "ru", S, Any, 3),      // share on Telegram
    p("поделиться в whatsapp", "ru", S, Any, 3),      // share on WhatsApp
    p("поделиться в одноклассниках", "ru", S, Any, 3), // share on Odnoklassniki
    p("скопировать ссылку", "ru", S, Any, 3),         // copy the link
    p("копировать ссылку", "ru", S, Any, 3),          // copy link
    p("ссылка скопирована", "ru", S, Any, 3),         // link copied
    p("читайте нас в", "ru", S, Any, 2),              // read us on (a channel)
    // ======== uk: Ukrainian ========
    p("підпишіться на нашу розсилку", "uk", N, H, 3), // subscribe to our mailing
    p("підписатися на розсилку", "uk", N, H, 3),      // subscribe to the mailing
    p("підписка на розсилку", "uk", N, H, 3),         // mailing subscription
    p("підписка на новини", "uk", N, H, 3),           // news subscription
    p("наші розсилки", "uk", N, H, 3),                // our mailings
    p("введіть ваш e mail", "uk", N, Any, 2),         // enter your e-mail
    p("введіть email", "uk", N, Any, 3),              // enter e-mail
    p("адреса електронної пошти", "uk", N, Any, 1),   // e-mail address
    p("відписатися можна в будь який момент", "uk", N, Any, 3), // unsubscribe at any time
    p("поділитися", "uk", S, H, 3),                   // share
    p("поділитися статтею", "uk", S, H, 3),           // share the article
    p("ми в соцмережах", "uk", S, H, 3),              // we are on social networks
    p("ми в соціальних мережах", "uk", S, H, 3),      // we are on social networks
    p("слідкуйте за нами", "uk", S, H, 3),            // follow us
    p("стежте за нами", "uk", S, H, 3),               // follow us
    p("підписуйтесь на нас", "uk", S, H, 3),          // follow us
    p("читайте нас у", "uk", S, H, 3),                // "Читайте нас у Telegram" (read us on)
    p("поділитися у facebook", "uk", S, Any, 3),      // share on Facebook
    p("поділитися в telegram", "uk", S, Any, 3),      // share on Telegram
    p("скопіювати посилання", "uk", S, Any, 3),       // copy the link
    p("копіювати посилання", "uk", S, Any, 3),        // copy link
    p("посилання скопійовано", "uk", S, Any, 3),      // link copied
    p("читайте нас у", "uk", S, Any, 2),              // read us on (a channel)
];

#[cfg(test)]
mod tests {
    use super::super::{all, compile, phrase, signup_asia, signup_world, words};
    use super::super::{split_words, Phrase, PhraseIndex, Place, Word};
    use crate::verdict::Label;

    /// The languages of the three sign-up and share tables.
    const LANGS: [&str; 39] = [
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "sv", "da", "nb", "fi", "et",
        "lv", "lt", "cs", "sk", "hu", "ro", "bg", "hr", "sr", "sl", "el", "tr", "ca", "ar", "he",
        "fa", "hi", "ja", "zh", "ko", "id", "ms", "vi", "th",
    ];

    /// Every entry of the three tables.
    fn entries() -> impl Iterator<Item = &'static Phrase> {
        [super::PHRASES, signup_world::PHRASES, signup_asia::PHRASES].into_iter().flatten()
    }

    /// The hits of the sign-up and share tables in a text: (phrase text, place).
    fn hits(idx: &PhraseIndex, text: &str) -> Vec<(&'static str, Place)> {
        let lower = text.to_lowercase();
        let (mut w, mut hits) = (Vec::new(), Vec::new());
        split_words(&lower, &mut w);
        idx.find(&w, &mut hits);
        hits.iter()
            .map(|h| phrase(h.phrase))
            .filter(|p| matches!(p.label, Label::Newsletter | Label::Share))
            .map(|p| (p.text, p.place))
            .collect()
    }

    #[test]
    fn every_language_has_a_heading_for_each_label() {
        for lang in LANGS {
            for label in [Label::Newsletter, Label::Share] {
                assert!(
                    entries()
                        .any(|p| p.lang == lang && p.label == label && p.place == Place::Heading),
                    "no {label:?} heading for {lang}"
                );
            }
        }
        for p in entries() {
            assert!(LANGS.contains(&p.lang), "{:?}: language {:?} is not listed", p.text, p.lang);
            assert!(matches!(p.label, Label::Newsletter | Label::Share), "{:?}", p.text);
            assert!(p.place != Place::Lead, "{:?}: no lead phrases here", p.text);
            assert!((1..=3).contains(&p.weight), "{:?}: weight {}", p.text, p.weight);
            assert!(p.place != Place::Heading || p.weight == 3, "{:?}: heading weight", p.text);
        }
    }

    #[test]
    fn no_duplicates_and_no_veto_texts() {
        let mut seen = std::collections::HashSet::new();
        for p in entries() {
            // Stricter than (text, lang, label, place): a phrase matches whatever the page's
            // language, so an entry shared by two languages is written once.
            assert!(seen.insert((p.text, p.label, p.place as u8)), "duplicate {:?}", p.text);
        }
        // The newsletter wording of the older tables is `Other` (a veto) for now.
        for o in all().iter().filter(|p| p.label == Label::Other) {
            assert!(!entries().any(|p| p.text == o.text), "{:?} is in an older table", o.text);
        }
    }

    #[test]
    fn stems_have_four_letters() {
        for p in entries() {
            for part in p.text.split_whitespace() {
                match part.strip_suffix('*') {
                    Some(body) => {
                        let last = words(body).pop().unwrap_or_default();
                        assert!(!body.contains('*'), "{:?}", p.text);
                        assert!(last.chars().count() >= 4, "short stem in {:?}", p.text);
                    }
                    None => assert!(!part.contains('*'), "a stem ends a word: {:?}", p.text),
                }
            }
            for w in compile(p.text) {
                if let Word::Stem(x) = w {
                    assert!(x.chars().count() >= 4, "short stem {x:?} in {:?}", p.text);
                }
            }
        }
    }

    #[test]
    fn finds_widget_wording() {
        let idx = PhraseIndex::new();
        for (text, want) in [
            ("Share this:", "share this"),
            ("Teilen mit:", "teilen mit"),
            ("Поделиться", "поделиться"),
            ("Deine E-Mail-Adresse eingeben", "e mail adresse eingeben"),
            ("Der Newsletter kann jederzeit abbestellt werden.", "jederzeit abbestell*"),
            ("Vous pouvez vous désinscrire à tout moment.", "désinscrire à tout moment"),
            ("Suivez-nous sur Instagram", "suivez nous"),
            ("Siga-nos", "siga nos"),
            ("Facebook'ta paylaş", "facebook ta paylaş"),
            ("ΑΚΟΛΟΥΘΗΣΤΕ ΜΑΣ", "ακολουθηστε μας"),
            ("分享到微信", "分享到微信"),
            ("この記事をシェアする", "この記事をシェア"),
            ("링크 복사", "링크 복사"),
            ("اشتراک‌گذاری", "اشتراک گذاری"),
            ("शेयर करें", "शेयर करें"),
            ("แชร์", "แชร์"),
        ] {
            let found = hits(&idx, text);
            assert!(found.iter().any(|&(t, _)| t == want), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn article_sentences_add_no_evidence() {
        let idx = PhraseIndex::new();
        for text in [
            "The company said it would share its findings with regulators on Friday.",
            "Shares in the firm fell 5% after it said it would follow its rivals.",
            "The minister declined to share details and urged people to follow the rules.",
            "Die Regierung will die Kosten mit den Ländern teilen, sagte der Minister.",
            "Le ministre a refusé de partager ses projets avec la presse.",
            "Los investigadores compartieron sus resultados en una revista.",
            "Он отказался поделиться подробностями расследования.",
            "Policja udostępniła nagranie z monitoringu.",
            "Hükümet yeni verileri paylaştı.",
        ] {
            let found: Vec<_> =
                hits(&idx, text).into_iter().filter(|h| h.1 == Place::Anywhere).collect();
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    }
}
