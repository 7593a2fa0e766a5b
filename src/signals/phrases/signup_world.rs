//! Newsletter and share phrases of the other European languages (sv, da, nb, fi, et, lv, lt, cs,
//! sk, hu, ro, bg, hr, sr, sl, el, tr, ca); see [`super::signup`] for what they are. Every entry
//! carries a comment with an English gloss; an entry shared by two languages is written once,
//! under the first, and its gloss names the others.

use super::Place::{Anywhere as Any, Heading as H};
use super::{p, Phrase};
use crate::verdict::Label::{Newsletter as N, Share as S};

/// The table.
pub const PHRASES: &[Phrase] = &[
    // ======== sv: Swedish ========
    p("nyhetsbrev", "sv", N, H, 3),      // newsletter (also nb)
    p("våra nyhetsbrev", "sv", N, H, 3), // our newsletters
    p("prenumerera på nyhetsbrevet", "sv", N, H, 3), // subscribe to the newsletter
    p("anmäl dig till vårt nyhetsbrev", "sv", N, H, 3), // sign up for our newsletter
    p("få vårt nyhetsbrev", "sv", N, H, 3), // get our newsletter
    p("e postadress", "sv", N, Any, 1),  // e-mail address
    p("ange din e postadress", "sv", N, Any, 2), // enter your e-mail address
    p("fyll i din e postadress", "sv", N, Any, 2), // fill in your e-mail address
    p("avregistrera dig när som helst", "sv", N, Any, 3), // unsubscribe at any time
    p("direkt i din inkorg", "sv", N, Any, 3), // straight to your inbox
    p("dela", "sv", S, H, 3),            // share
    p("dela artikeln", "sv", S, H, 3),   // share the article
    p("följ oss", "sv", S, H, 3),        // follow us
    p("dela på facebook", "sv", S, Any, 3), // share on Facebook
    p("dela på x", "sv", S, Any, 3),     // share on X
    p("dela via e post", "sv", S, Any, 3), // share by e-mail
    p("kopiera länk", "sv", S, Any, 3),  // copy link
    p("kopiera länken", "sv", S, Any, 3), // copy the link
    p("följ oss på", "sv", S, Any, 2),   // follow us on
    // ======== da: Danish ========
    p("nyhedsbrev", "da", N, H, 3),               // newsletter
    p("vores nyhedsbreve", "da", N, H, 3),        // our newsletters
    p("tilmeld dig nyhedsbrevet", "da", N, H, 3), // sign up for the newsletter
    p("få vores nyhedsbrev", "da", N, H, 3),      // get our newsletter
    p("indtast din e mail", "da", N, Any, 3),     // enter your e-mail
    p("til enhver tid afmelde", "da", N, Any, 3), // unsubscribe at any time
    p("i din indbakke", "da", N, Any, 2),         // in your inbox
    p("del artiklen", "da", S, H, 3),             // share the article
    p("del denne artikel", "da", S, H, 3),        // share this article
    p("del på", "da", S, H, 3),                   // share on (also nb)
    p("følg os", "da", S, H, 3),                  // follow us
    p("del på facebook", "da", S, Any, 3),        // share on Facebook (also nb)
    p("del på linkedin", "da", S, Any, 3),        // share on LinkedIn (also nb)
    p("kopier link", "da", S, Any, 3),            // copy link
    p("link kopieret", "da", S, Any, 3),          // link copied
    p("følg os på", "da", S, Any, 2),             // follow us on
    // ======== nb: Norwegian Bokmål ========
    p("våre nyhetsbrev", "nb", N, H, 3), // our newsletters
    p("meld deg på nyhetsbrevet", "nb", N, H, 3), // sign up for the newsletter
    p("abonner på nyhetsbrev*", "nb", N, H, 3), // subscribe to the newsletter
    p("e postadresse", "nb", N, Any, 1), // e-mail address
    p("skriv inn e postadressen din", "nb", N, Any, 2), // enter your e-mail address
    p("når som helst melde deg av", "nb", N, Any, 3), // unsubscribe at any time
    p("i innboksen din", "nb", N, Any, 2), // in your inbox
    p("del artikkelen", "nb", S, H, 3),  // share the article
    p("del denne saken", "nb", S, H, 3), // share this story
    p("følg oss", "nb", S, H, 3),        // follow us
    p("kopier lenke", "nb", S, Any, 3),  // copy link
    p("lenken er kopiert", "nb", S, Any, 3), // the link is copied
    p("følg oss på", "nb", S, Any, 2),   // follow us on
    // ======== fi: Finnish ========
    p("uutiskirje", "fi", N, H, 3),                   // newsletter
    p("uutiskirjeet", "fi", N, H, 3),                 // newsletters
    p("tilaa uutiskirje", "fi", N, H, 3),             // subscribe to the newsletter
    p("sähköpostiosoit*", "fi", N, Any, 1),           // e-mail address (any case)
    p("syötä sähköpostiosoitteesi", "fi", N, Any, 2), // enter your e-mail address
    p("anna sähköpostiosoitteesi", "fi", N, Any, 2),  // give your e-mail address
    p("suoraan sähköpostiisi", "fi", N, Any, 3),      // straight to your e-mail
    p("peruuttaa uutiskirjeen", "fi", N, Any, 3),     // cancel the newsletter
    p("jaa", "fi", S, H, 3),                          // share
    p("jaa artikkeli", "fi", S, H, 3),                // share the article
    p("jaa juttu", "fi", S, H, 3),                    // share the story
    p("seuraa meitä", "fi", S, H, 3),                 // follow us
    p("jaa facebookissa", "fi", S, Any, 3),           // share on Facebook
    p("jaa whatsappissa", "fi", S, Any, 3),           // share on WhatsApp
    p("jaa sähköpostilla", "fi", S, Any, 3),          // share by e-mail
    p("kopioi linkki", "fi", S, Any, 3),              // copy link
    p("linkki kopioitu", "fi", S, Any, 3),            // link copied
    // ======== et: Estonian ========
    p("uudiskiri", "et", N, H, 3),                     // newsletter
    p("telli uudiskiri", "et", N, H, 3),               // subscribe to the newsletter
    p("meie uudiskirjad", "et", N, H, 3),              // our newsletters
    p("e posti aadress", "et", N, Any, 1),             // e-mail address
    p("sisesta oma e posti aadress", "et", N, Any, 2), // enter your e-mail address
    p("loobuda igal ajal", "et", N, Any, 3),           // opt out at any time
    p("jaga", "et", S, H, 3),                          // share
    p("jaga artiklit", "et", S, H, 3),                 // share the article
    p("jälgi meid", "et", S, H, 3),                    // follow us
    p("jaga facebookis", "et", S, Any, 3),             // share on Facebook
    p("kopeeri link", "et", S, Any, 3),                // copy link
    // ======== lv: Latvian ========
    p("jaunumu vēstule", "lv", N, H, 3),       // newsletter
    p("pieraksties jaunumiem", "lv", N, H, 3), // sign up for news
    p("piesakies jaunumiem", "lv", N, H, 3),   // sign up for news
    p("abonē jaunumu vēstuli", "lv", N, H, 3), // subscribe to the newsletter
    p("e pasta adrese", "lv", N, Any, 1),      // e-mail address
    p("ievadi savu e pasta adresi", "lv", N, Any, 2), // enter your e-mail address
    p("ievadiet savu e pasta adresi", "lv", N, Any, 2), // enter your e-mail address (formal)
    p("dalīties", "lv", S, H, 3),              // share
    p("dalies", "lv", S, H, 3),                // share (imperative)
    p("seko mums", "lv", S, H, 3),             // follow us
    p("sekojiet mums", "lv", S, H, 3),         // follow us (formal)
    p("dalīties facebook", "lv", S, Any, 3),   // share on Facebook
    p("kopēt saiti", "lv", S, Any, 3),         // copy link
    // ======== lt: Lithuanian ========
    p("naujienlaiškis", "lt", N, H, 3),               // newsletter
    p("prenumeruokite naujienlaiškį", "lt", N, H, 3), // subscribe to the newsletter
    p("naujienlaiškio prenumerata", "lt", N, H, 3),   // newsletter subscription
    p("el pašto adresas", "lt", N, Any, 1),           // e-mail address
    p("įveskite savo el pašto adresą", "lt", N, Any, 2), // enter your e-mail address
    p("bet kada galite atsisakyti", "lt", N, Any, 3), // you can opt out at any time
    p("dalintis", "lt", S, H, 3),                     // share
    p("pasidalinkite", "lt", S, H, 3),                // share (imperative)
    p("sekite mus", "lt", S, H, 3),                   // follow us
    p("dalintis facebook", "lt", S, Any, 3),          // share on Facebook
    p("kopijuoti nuorodą", "lt", S, Any, 3),          // copy link
    p("nuoroda nukopijuota", "lt", S, Any, 3),        // link copied
    // ======== cs: Czech ========
    p("přihlaste se k odběru newsletteru", "cs", N, H, 3), // sign up for the newsletter
    p("odebírejte náš newsletter", "cs", N, H, 3),         // subscribe to our newsletter
    p("odběr newsletteru", "cs", N, H, 3),                 // newsletter subscription
    p("naše newslettery", "cs", N, H, 3),                  // our newsletters
    p("e mailová adresa", "cs", N, Any, 1),                // e-mail address
    p("zadejte svůj e mail", "cs", N, Any, 3),             // enter your e-mail
    p("zadejte váš e mail", "cs", N, Any, 3),              // enter your e-mail
    p("odhlásit se můžete kdykoliv", "cs", N, Any, 3),     // you can unsubscribe at any time
    p("do vaší e mailové schránky", "cs", N, Any, 3),      // to your mailbox
    p("sdílet", "cs", S, H, 3),                            // share
    p("sdílejte", "cs", S, H, 3),                          // share (imperative)
    p("sdílet článek", "cs", S, H, 3),                     // share the article
    p("sledujte nás", "cs", S, H, 3),                      // follow us (also sk)
    p("sdílet na facebooku", "cs", S, Any, 3),             // share on Facebook
    p("sdílet e mailem", "cs", S, Any, 3),                 // share by e-mail
    p("kopírovat odkaz", "cs", S, Any, 3),                 // copy link
    p("zkopírovat odkaz", "cs", S, Any, 3),                // copy the link
    p("sledujte nás na", "cs", S, Any, 2),                 // follow us on (also sk)
    // ======== sk: Slovak ========
    p("prihláste sa na odber", "sk", N, H, 3), // sign up for (the newsletter)
    p("odoberajte náš newsletter", "sk", N, H, 3), // subscribe to our newsletter
    p("odber newslettera", "sk", N, H, 3),     // newsletter subscription
    p("zadajte svoj e mail", "sk", N, Any, 3), // enter your e-mail
    p("odhlásiť sa môžete kedykoľvek", "sk", N, Any, 3), // you can unsubscribe at any time
    p("zdieľať", "sk", S, H, 3),               // share
    p("zdieľajte", "sk", S, H, 3),             // share (imperative)
    p("zdieľať článok", "sk", S, H, 3),        // share the article
    p("zdieľať na facebooku", "sk", S, Any, 3), // share on Facebook
    p("kopírovať odkaz", "sk", S, Any, 3),     // copy link
    p("skopírovať odkaz", "sk", S, Any, 3),    // copy the link
    // ======== hu: Hungarian ========
    p("hírlevél", "hu", N, H, 3),                  // newsletter
    p("hírleveleink", "hu", N, H, 3),              // our newsletters
    p("hírlevél feliratkozás", "hu", N, H, 3),     // newsletter sign-up
    p("feliratkozás hírlevélre", "hu", N, H, 3),   // sign-up for the newsletter
    p("e mail cím", "hu", N, Any, 1),              // e-mail address
    p("add meg az e mail címed", "hu", N, Any, 2), // give your e-mail address
    p("adja meg e mail címét", "hu", N, Any, 2),   // give your e-mail address (formal)
    p("bármikor leiratkozhatsz", "hu", N, Any, 3), // you can unsubscribe at any time
    p("bármikor leiratkozhat", "hu", N, Any, 3),   // you can unsubscribe at any time (formal)
    p("megosztás", "hu", S, H, 3),                 // share
    p("megosztom", "hu", S, H, 3),                 // I share (button)
    p("kövess minket", "hu", S, H, 3),             // follow us
    p("kövessen minket", "hu", S, H, 3),           // follow us (formal)
    p("megosztás a facebookon", "hu", S, Any, 3),  // share on Facebook
    p("link másolása", "hu", S, Any, 3),           // copy link
    p("kövess minket a", "hu", S, Any, 2),         // follow us on
    // ======== ro: Romanian ========
    p("abonează te la newsletter*", "ro", N, H, 3), // subscribe to the newsletter
    p("aboneaza te la newsletter*", "ro", N, H, 3), // subscribe (no diacritics)
    p("abonare newsletter", "ro", N, H, 3),         // newsletter subscription
    p("adresa de email", "ro", N, Any, 1),          // e-mail address
    p("adresa de e mail", "ro", N, Any, 1),         // e-mail address (hyphenated)
    p("introduceți adresa de email", "ro", N, Any, 2), // enter the e-mail address
    p("dezabona oricând", "ro", N, Any, 3),         // unsubscribe at any time
    p("dezabona oricand", "ro", N, Any, 3),         // unsubscribe at any time (no diacritics)
    p("distribuie", "ro", S, H, 3),                 // share
    p("distribuie articolul", "ro", S, H, 3),       // share the article
    p("urmărește ne", "ro", S, H, 3),               // follow us
    p("urmăriți ne", "ro", S, H, 3),                // follow us (formal)
    p("urmareste ne", "ro", S, H, 3),               // follow us (no diacritics)
    p("distribuie pe facebook", "ro", S, Any, 3),   // share on Facebook
    p("copiază linkul", "ro", S, Any, 3),           // copy the link
    p("link copiat", "ro", S, Any, 3),              // link copied
    p("urmărește ne pe", "ro", S, Any, 2),          // follow us on
    // ======== bg: Bulgarian ========
    p("абонирайте се за бюлетина", "bg", N, H, 3), // subscribe to the newsletter
    p("абонамент за бюлетин", "bg", N, H, 3),      // newsletter subscription
    p("нашите бюлетини", "bg", N, H, 3),           // our newsletters
    p("имейл адрес", "bg", N, Any, 1),             // e-mail address
    p("въведете вашия имейл", "bg", N, Any, 3),    // enter your e-mail
    p("въведете имейл", "bg", N, Any, 3),          // enter e-mail
    p("отпишете по всяко време", "bg", N, Any, 3), // unsubscribe at any time
    p("сподели", "bg", S, H, 3),                   // share
    p("споделете", "bg", S, H, 3),                 // share (imperative)
    p("сподели статията", "bg", S, H, 3),          // share the article
    p("последвайте ни", "bg", S, H, 3),            // follow us
    p("сподели във facebook", "bg", S, Any, 3),    // share on Facebook
    p("копирай линка", "bg", S, Any, 3),           // copy the link
    p("последвайте ни в", "bg", S, Any, 2),        // follow us on
    // ======== hr: Croatian (entries shared with Serbian Latin and Bosnian are here) ========
    p("prijavite se na newsletter", "hr", N, H, 3), // sign up for the newsletter (also sr, bs)
    p("pretplatite se na newsletter", "hr", N, H, 3), // subscribe to the newsletter (also sr)
    p("prijava na newsletter", "hr", N, H, 3),      // newsletter sign-up (also sr, bs)
    p("e mail adresa", "hr", N, Any, 1),            // e-mail address (also sr, bs)
    p("unesite svoju e mail adresu", "hr", N, Any, 2), // enter your e-mail address (also sr)
    p("odjaviti u bilo kojem trenutku", "hr", N, Any, 3), // unsubscribe at any time (also bs)
    p("podijeli", "hr", S, H, 3),                   // share
    p("podijelite", "hr", S, H, 3),                 // share (imperative)
    p("podijeli članak", "hr", S, H, 3),            // share the article
    p("pratite nas", "hr", S, H, 3),                // follow us (also sr, bs)
    p("podijeli na facebooku", "hr", S, Any, 3),    // share on Facebook
    p("kopiraj poveznicu", "hr", S, Any, 3),        // copy link
    p("kopiraj link", "hr", S, Any, 3),             // copy link (also sr, bs)
    p("pratite nas na", "hr", S, Any, 2),           // follow us on (also sr, bs)
    // ======== sr: Serbian, Latin and Cyrillic ========
    p("prijavite se za newsletter", "sr", N, H, 3), // sign up for the newsletter
    p("пријавите се за билтен", "sr", N, H, 3),     // sign up for the newsletter
    p("imejl adresa", "sr", N, Any, 1),             // e-mail address
    p("имејл адреса", "sr", N, Any, 1),             // e-mail address
    p("odjaviti u bilo kom trenutku", "sr", N, Any, 3), // unsubscribe at any time
    p("podeli", "sr", S, H, 3),                     // share
    p("podelite", "sr", S, H, 3),                   // share (imperative)
    p("подели", "sr", S, H, 3),                     // share
    p("поделите", "sr", S, H, 3),                   // share (imperative)
    p("пратите нас", "sr", S, H, 3),                // follow us
    p("podeli na facebooku", "sr", S, Any, 3),      // share on Facebook
    p("копирај линк", "sr", S, Any, 3),             // copy link
    // ======== sl: Slovenian ========
    p("e novice", "sl", N, H, 3),                // e-news (newsletter)
    p("naročite se na e novice", "sl", N, H, 3), // subscribe to the e-news
    p("prijava na e novice", "sl", N, H, 3),     // e-news sign-up
    p("e poštni naslov", "sl", N, Any, 1),       // e-mail address
    p("vnesite svoj e poštni naslov", "sl", N, Any, 2), // enter your e-mail address
    p("kadarkoli odjavite", "sl", N, Any, 3),    // unsubscribe at any time
    p("delite", "sl", S, H, 3),                  // share (imperative)
    p("deli članek", "sl", S, H, 3),             // share the article
    p("deli na", "sl", S, H, 3),                 // share on
    p("sledite nam", "sl", S, H, 3),             // follow us
    p("deli na facebooku", "sl", S, Any, 3),     // share on Facebook
    p("kopiraj povezavo", "sl", S, Any, 3),      // copy link
    // ======== el: Greek ========
    p("εγγραφείτε στο newsletter", "el", N, H, 3), // subscribe to the newsletter
    p("εγγραφή στο newsletter", "el", N, H, 3),    // newsletter sign-up
    p("ενημερωτικό δελτίο", "el", N, H, 3),        // newsletter (information bulletin)
    p("διεύθυνση email", "el", N, Any, 1),         // e-mail address
    p("εισάγετε το email σας", "el", N, Any, 3),   // enter your e-mail
    p("συμπληρώστε το email σας", "el", N, Any, 3), // fill in your e-mail
    p("διαγραφείτε ανά πάσα στιγμή", "el", N, Any, 3), // unsubscribe at any time
    p("κοινοποίηση", "el", S, H, 3),               // share
    p("κοινοποιηση", "el", S, H, 3),               // share (capitals, no accents)
    p("μοιραστείτε", "el", S, H, 3),               // share (imperative)
    p("ακολουθήστε μας", "el", S, H, 3),           // follow us
    p("ακολουθηστε μας", "el", S, H, 3),           // follow us (capitals, no accents)
    p("κοινοποίηση στο facebook", "el", S, Any, 3), // share on Facebook
    p("αντιγραφή συνδέσμου", "el", S, Any, 3),     // copy link
    p("ακολουθήστε μας στο", "el", S, Any, 2),     // follow us on
    // ======== tr: Turkish ("İ" lower-cases to "i" + dot above) ========
    p("e bülten", "tr", N, H, 3),                   // e-newsletter
    p("bülten", "tr", N, H, 3),                     // newsletter
    p("haber bülteni", "tr", N, H, 3),              // news bulletin (newsletter)
    p("e bültene abone ol", "tr", N, H, 3),         // subscribe to the e-newsletter
    p("bültene kaydol", "tr", N, H, 3),             // sign up for the newsletter
    p("e posta adres*", "tr", N, Any, 1),           // e-mail address (any suffix)
    p("e posta adresinizi girin", "tr", N, Any, 2), // enter your e-mail address
    p("istediğiniz zaman abonelikten çıkabilirsiniz", "tr", N, Any, 3), // unsubscribe any time
    p("paylaş", "tr", S, H, 3),                     // share
    p("paylaşın", "tr", S, H, 3),                   // share (imperative)
    p("bu haberi paylaş", "tr", S, H, 3),           // share this story
    p("bizi takip edin", "tr", S, H, 3),            // follow us
    p("bizi takip et", "tr", S, H, 3),              // follow us (informal)
    p("facebook ta paylaş", "tr", S, Any, 3),       // share on Facebook ("Facebook'ta")
    p("whatsapp ile paylaş", "tr", S, Any, 3),      // share via WhatsApp
    p("e posta ile paylaş", "tr", S, Any, 3),       // share by e-mail
    p("bağlantıyı kopyala", "tr", S, Any, 3),       // copy the link
    p("linki kopyala", "tr", S, Any, 3),            // copy the link
    p("bizi takip edin", "tr", S, Any, 2),          // follow us
    // ======== ca: Catalan ========
    p("el nostre butlletí", "ca", N, H, 3),   // our newsletter
    p("butlletins", "ca", N, H, 3),           // newsletters
    p("rep el butlletí", "ca", N, H, 3),      // get the newsletter
    p("adreça electrònica", "ca", N, Any, 1), // e-mail address
    p("introdueix el teu correu", "ca", N, Any, 3), // enter your e-mail
    p("comparteix", "ca", S, H, 3),           // share
    p("comparteix aquest article", "ca", S, H, 3), // share this article
    p("segueix nos", "ca", S, H, 3),          // follow us
    p("comparteix a facebook", "ca", S, Any, 3), // share on Facebook
    p("copia l enllaç", "ca", S, Any, 3),     // copy the link
];
