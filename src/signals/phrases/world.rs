//! Phrases of the other European languages (sv, da, nb, fi, cs, sk, hu, ro, bg, hr, sr, sl, lt,
//! lv, et, el, tr, ca); Asia and the Middle East are in [`super::asia`], more variants of the
//! first ten in [`super::families`]. Every entry carries a comment with an English gloss.
//!
//! An entry shared by two languages (same words, place and label) is written once, under the
//! first language, and its gloss names the others: a phrase matches whatever the page's language.

use super::Place::{Anywhere as Any, Heading as H, Lead as L};
use super::{p, Phrase};
use crate::verdict::Label::{Comment as C, Donation as D, Newsletter as N, Related as R};

/// The table.
pub(super) const PHRASES: &[Phrase] = &[
    // ======== sv: Swedish ========
    p("relaterade artiklar", "sv", R, H, 3), // related articles
    p("läs också", "sv", R, H, 3),           // read also
    p("mest läst", "sv", R, H, 3),           // most read
    p("senaste nytt", "sv", R, H, 3),        // latest news
    p("fler nyheter", "sv", R, H, 3),        // more news
    p("mer från", "sv", R, H, 3),            // more from
    p("du kanske också gillar", "sv", R, H, 3), // you may also like
    p("rekommenderat", "sv", R, H, 3),       // recommended
    p("liknande artiklar", "sv", R, H, 3),   // similar articles
    p("läs också", "sv", R, L, 3),           // read also
    p("läs mer", "sv", R, L, 3),             // read more
    p("se även", "sv", R, L, 3),             // see also
    p("kommentarer", "sv", C, H, 3),         // comments (also da, nb)
    p("lämna ett svar", "sv", C, H, 3),      // leave a reply (WP)
    p("lämna en kommentar", "sv", C, H, 3),  // leave a comment
    p("skriv en kommentar", "sv", C, H, 3),  // write a comment (also da, nb)
    p("inga kommentarer", "sv", C, H, 3),    // no comments
    p("kommentera", "sv", C, H, 3),          // comment (verb)
    p("din e postadress kommer inte publiceras", "sv", C, Any, 3), // e-mail not published (WP)
    p("obligatoriska fält är märkta", "sv", C, Any, 2), // required fields are marked
    p("stöd oss", "sv", D, Any, 2),          // support us
    p("stöd vår journalistik", "sv", D, Any, 3), // support our journalism
    p("bli månadsgivare", "sv", D, Any, 3),  // become a monthly donor
    p("skänk en gåva", "sv", D, Any, 3),     // donate a gift
    p("bli medlem", "sv", D, Any, 1), // become a member (also nb; "bli medlem i Nato" in prose)
    p("bli prenumerant", "sv", D, Any, 2), // become a subscriber
    p("prenumerera nu", "sv", D, Any, 2), // subscribe now
    p("för att läsa vidare", "sv", D, Any, 2), // to continue reading (paywall)
    p("kära läsare", "sv", D, Any, 1), // dear readers
    p("per månad", "sv", D, Any, 1),  // per month
    p("oberoende journalistik", "sv", D, Any, 1), // independent journalism
    p("prenumerera på vårt nyhetsbrev", "sv", N, Any, 3), // newsletter sign-up
    // ======== da: Danish ========
    p("relaterede artikler", "da", R, H, 3), // related articles
    p("læs også", "da", R, H, 3),            // read also
    p("mest læste", "da", R, H, 3),          // most read
    p("seneste nyt", "da", R, H, 3),         // latest news
    p("flere nyheder", "da", R, H, 3),       // more news
    p("mere fra", "da", R, H, 3),            // more from
    p("du vil måske også kunne lide", "da", R, H, 3), // you may also like
    p("anbefalet", "da", R, H, 3),           // recommended
    p("seneste indlæg", "da", R, H, 3),      // recent posts (WP)
    p("læs også", "da", R, L, 3),            // read also
    p("læs mere", "da", R, L, 3),            // read more
    p("se også", "da", R, L, 3),             // see also (also nb)
    p("skriv et svar", "da", C, H, 3),       // leave a reply (WP)
    p("efterlad en kommentar", "da", C, H, 3), // leave a comment
    p("ingen kommentarer", "da", C, H, 3),   // no comments (also nb)
    p("din e mailadresse vil ikke blive publiceret", "da", C, Any, 3), // e-mail not published
    p("krævede felter er markeret med", "da", C, Any, 2), // required fields are marked
    p("støt os", "da", D, Any, 2),           // support us
    p("støt vores journalistik", "da", D, Any, 3), // support our journalism
    p("giv et bidrag", "da", D, Any, 3),     // give a contribution
    p("bliv medlem", "da", D, Any, 2),       // become a member
    p("bliv abonnent", "da", D, Any, 2),     // become a subscriber
    p("køb abonnement", "da", D, Any, 2),    // buy a subscription
    p("kære læser", "da", D, Any, 1),        // dear reader
    p("kære læsere", "da", D, Any, 1),       // dear readers
    p("om måneden", "da", D, Any, 1),        // per month
    p("uafhængig journalistik", "da", D, Any, 1), // independent journalism
    p("tilmeld dig vores nyhedsbrev", "da", N, Any, 3), // newsletter sign-up
    // ======== nb: Norwegian Bokmål ========
    p("relaterte artikler", "nb", R, H, 3), // related articles
    p("les også", "nb", R, H, 3),           // read also
    p("mest lest", "nb", R, H, 3),          // most read
    p("siste nytt", "nb", R, H, 3),         // latest news
    p("flere nyheter", "nb", R, H, 3),      // more news
    p("mer fra", "nb", R, H, 3),            // more from
    p("anbefalt", "nb", R, H, 3),           // recommended
    p("siste innlegg", "nb", R, H, 3),      // recent posts (WP)
    p("du vil kanskje også like", "nb", R, H, 3), // you may also like
    p("les også", "nb", R, L, 3),           // read also
    p("les mer", "nb", R, L, 3),            // read more
    p("legg igjen en kommentar", "nb", C, H, 3), // leave a comment
    p("legg igjen et svar", "nb", C, H, 3), // leave a reply (WP)
    p("vis kommentarer", "nb", C, H, 3),    // show comments (also da)
    p("e postadressen din vil ikke bli publisert", "nb", C, Any, 3), // e-mail not published
    p("obligatoriske felt er merket med", "nb", C, Any, 2), // required fields are marked
    p("støtt oss", "nb", D, Any, 2),        // support us
    p("støtt vår journalistikk", "nb", D, Any, 3), // support our journalism
    p("gi et bidrag", "nb", D, Any, 2),     // give a contribution
    p("bli abonnent", "nb", D, Any, 2),     // become a subscriber
    p("kjære leser", "nb", D, Any, 1),      // dear reader
    p("per måned", "nb", D, Any, 1),        // per month
    p("uavhengig journalistikk", "nb", D, Any, 1), // independent journalism
    p("meld deg på vårt nyhetsbrev", "nb", N, Any, 3), // newsletter sign-up
    // ======== fi: Finnish ========
    p("aiheeseen liittyvät", "fi", R, H, 3),    // related
    p("lue myös", "fi", R, H, 3),               // read also
    p("luetuimmat", "fi", R, H, 3),             // most read
    p("suosituimmat", "fi", R, H, 3),           // most popular
    p("uusimmat uutiset", "fi", R, H, 3),       // latest news
    p("lisää aiheesta", "fi", R, H, 3),         // more on the topic
    p("sinua voisi kiinnostaa", "fi", R, H, 3), // you might be interested
    p("lue myös", "fi", R, L, 3),               // read also
    p("lue lisää", "fi", R, L, 3),              // read more
    p("katso myös", "fi", R, L, 3),             // see also
    p("kommentit", "fi", C, H, 3),              // comments
    p("kommentoi", "fi", C, H, 3),              // comment (verb)
    p("jätä kommentti", "fi", C, H, 3),         // leave a comment
    p("lisää kommentti", "fi", C, H, 3),        // add a comment
    p("ei kommentteja", "fi", C, H, 3),         // no comments
    p("sähköpostiosoitettasi ei julkaista", "fi", C, Any, 3), // e-mail not published (WP)
    p("pakolliset kentät on merkitty", "fi", C, Any, 2), // required fields are marked
    p("tue meitä", "fi", D, Any, 2),            // support us
    p("lahjoita nyt", "fi", D, Any, 3),         // donate now
    p("tee lahjoitus", "fi", D, Any, 3),        // make a donation
    p("tue journalismia", "fi", D, Any, 2),     // support journalism
    p("ryhdy tilaajaksi", "fi", D, Any, 2),     // become a subscriber
    p("tilaa nyt", "fi", D, Any, 2),            // subscribe now
    p("vain tilaajille", "fi", D, Any, 2),      // subscribers only
    p("hyvä lukija", "fi", D, Any, 1),          // dear reader
    p("riippumatonta journalismia", "fi", D, Any, 1), // independent journalism
    p("tilaa uutiskirjeemme", "fi", N, Any, 3), // newsletter sign-up
    // ======== cs: Czech ========
    p("související", "cs", R, H, 3),          // related
    p("čtěte také", "cs", R, H, 3),           // read also
    p("nejčtenější", "cs", R, H, 3),          // most read
    p("nejnovější zprávy", "cs", R, H, 3),    // latest news
    p("další zprávy", "cs", R, H, 3),         // more news
    p("mohlo by vás zajímat", "cs", R, H, 3), // you might be interested
    p("doporučujeme", "cs", R, H, 3),         // we recommend
    p("čtěte také", "cs", R, L, 3),           // read also
    p("přečtěte si také", "cs", R, L, 3),     // read also
    p("související článek", "cs", R, L, 3),   // related article
    p("komentáře", "cs", C, H, 3),            // comments
    p("přidat komentář", "cs", C, H, 3),      // add a comment
    p("napsat komentář", "cs", C, H, 3),      // write a comment (WP)
    p("žádné komentáře", "cs", C, H, 3),      // no comments
    p("vaše e mailová adresa nebude zveřejněna", "cs", C, Any, 3), // e-mail not published
    p("vyžadované informace jsou označeny", "cs", C, Any, 2), // required fields are marked (WP)
    p("podpořte nás", "cs", D, Any, 2),       // support us
    p("podpořit nás", "cs", D, Any, 2),       // to support us
    p("podpořte nezávislou žurnalistiku", "cs", D, Any, 3), // support independent journalism
    p("přispějte na", "cs", D, Any, 2),       // contribute to
    p("staňte se předplatitelem", "cs", D, Any, 2), // become a subscriber
    p("milí čtenáři", "cs", D, Any, 1),       // dear readers
    p("nezávislou žurnalistiku", "cs", D, Any, 1), // independent journalism
    // ======== sk: Slovak ========
    p("súvisiace", "sk", R, H, 3),             // related
    p("čítajte aj", "sk", R, H, 3),            // read also
    p("najčítanejšie", "sk", R, H, 3),         // most read
    p("najnovšie správy", "sk", R, H, 3),      // latest news
    p("ďalšie správy", "sk", R, H, 3),         // more news
    p("mohlo by vás zaujímať", "sk", R, H, 3), // you might be interested
    p("odporúčame", "sk", R, H, 3),            // we recommend
    p("čítajte aj", "sk", R, L, 3),            // read also
    p("čítajte tiež", "sk", R, L, 3),          // read also
    p("prečítajte si aj", "sk", R, L, 3),      // read also
    p("komentáre", "sk", C, H, 3),             // comments
    p("diskusia", "sk", C, H, 3),              // discussion (comment section)
    p("pridať komentár", "sk", C, H, 3),       // add a comment
    p("napísať komentár", "sk", C, H, 3),      // write a comment
    p("žiadne komentáre", "sk", C, H, 3),      // no comments
    p("vaša e mailová adresa nebude zverejnená", "sk", C, Any, 3), // e-mail not published
    p("povinné polia sú označené", "sk", C, Any, 2), // required fields are marked
    p("podporte nás", "sk", D, Any, 2),        // support us
    p("podporiť nás", "sk", D, Any, 2),        // to support us
    p("podporte nezávislú žurnalistiku", "sk", D, Any, 3), // support independent journalism
    p("staňte sa predplatiteľom", "sk", D, Any, 2), // become a subscriber
    p("milí čitatelia", "sk", D, Any, 1),      // dear readers
    p("nezávislú žurnalistiku", "sk", D, Any, 1), // independent journalism
    p("prihláste sa na odber newslettera", "sk", N, Any, 3), // newsletter sign-up
    // ======== hu: Hungarian ========
    p("kapcsolódó", "hu", R, H, 3),                          // related
    p("ezt is ajánljuk", "hu", R, H, 3),                     // we also recommend this
    p("legolvasottabb", "hu", R, H, 3),                      // most read
    p("legfrissebb hírek", "hu", R, H, 3),                   // latest news
    p("további hírek", "hu", R, H, 3),                       // more news
    p("legnépszerűbb", "hu", R, H, 3),                       // most popular
    p("ezek is érdekelhetik", "hu", R, H, 3),                // these may interest you
    p("olvassa el ezt is", "hu", R, L, 3),                   // read this too (formal)
    p("olvasd el ezt is", "hu", R, L, 3),                    // read this too
    p("kapcsolódó cikk", "hu", R, L, 3),                     // related article
    p("lásd még", "hu", R, L, 3),                            // see also
    p("hozzászólások", "hu", C, H, 3),                       // comments
    p("vélemény hozzászólás", "hu", C, H, 3), // "Vélemény, hozzászólás?" (WP leave a reply)
    p("szólj hozzá", "hu", C, H, 3),          // join in (comment)
    p("nincs hozzászólás", "hu", C, H, 3),    // no comments
    p("az e mail címet nem tesszük közzé", "hu", C, Any, 3), // e-mail not published (WP)
    p("a kötelező mezőket", "hu", C, Any, 2), // required fields (are marked)
    p("támogass minket", "hu", D, Any, 2),    // support us
    p("támogasson minket", "hu", D, Any, 2),  // support us (formal)
    p("támogasd a független újságírást", "hu", D, Any, 3), // support independent journalism
    p("legyél előfizető", "hu", D, Any, 2),   // become a subscriber
    p("fizess elő", "hu", D, Any, 2),         // subscribe
    p("kedves olvasóink", "hu", D, Any, 1),   // dear readers
    p("független újságírás", "hu", D, Any, 1), // independent journalism
    p("iratkozz fel hírlevelünkre", "hu", N, Any, 3), // newsletter sign-up
    p("iratkozzon fel hírlevelünkre", "hu", N, Any, 3), // newsletter sign-up (formal)
    // ======== ro: Romanian (ș/ş and ț/ţ both occur) ========
    p("articole similare", "ro", R, H, 3),  // similar articles
    p("citește și", "ro", R, H, 3),         // read also
    p("cele mai citite", "ro", R, H, 3),    // most read
    p("ultimele știri", "ro", R, H, 3),     // latest news
    p("mai multe știri", "ro", R, H, 3),    // more news
    p("pe aceeași temă", "ro", R, H, 3),    // on the same topic
    p("citește și", "ro", R, L, 3),         // read also
    p("citeşte şi", "ro", R, L, 3),         // read also (cedilla letters)
    p("citeste si", "ro", R, L, 3),         // read also (no diacritics)
    p("vezi și", "ro", R, L, 3),            // see also
    p("comentarii", "ro", C, H, 3),         // comments
    p("lasă un comentariu", "ro", C, H, 3), // leave a comment
    p("lasă un răspuns", "ro", C, H, 3),    // leave a reply (WP)
    p("adaugă un comentariu", "ro", C, H, 3), // add a comment
    p("niciun comentariu", "ro", C, H, 3),  // no comments
    p("adresa ta de email nu va fi publicată", "ro", C, Any, 3), // e-mail not published (WP)
    p("câmpurile obligatorii sunt marcate", "ro", C, Any, 2), // required fields are marked
    p("susține ne", "ro", D, Any, 2),       // support us
    p("sprijină ne", "ro", D, Any, 2),      // support us
    p("fă o donație", "ro", D, Any, 3),     // make a donation
    p("donează acum", "ro", D, Any, 3),     // donate now
    p("susține jurnalismul independent", "ro", D, Any, 3), // support independent journalism
    p("abonează te", "ro", D, Any, 1),      // subscribe
    p("dragi cititori", "ro", D, Any, 1),   // dear readers
    p("jurnalism independent", "ro", D, Any, 1), // independent journalism
    // ======== bg: Bulgarian ========
    p("свързани статии", "bg", R, H, 3),       // related articles
    p("свързани новини", "bg", R, H, 3),       // related news
    p("най четени", "bg", R, H, 3),            // most read
    p("последни новини", "bg", R, H, 3),       // latest news
    p("още новини", "bg", R, H, 3),            // more news
    p("още от", "bg", R, H, 3),                // more from
    p("препоръчано", "bg", R, H, 3),           // recommended
    p("може да ви интересува", "bg", R, H, 3), // may interest you
    p("прочетете още", "bg", R, H, 3),         // read more
    p("прочетете още", "bg", R, L, 3),         // read more
    p("вижте още", "bg", R, L, 3),             // see more
    p("още по темата", "bg", R, L, 3),         // more on the topic
    p("коментари", "bg", C, H, 3),             // comments (also sr Cyrillic)
    p("добави коментар", "bg", C, H, 3),       // add a comment
    p("оставете коментар", "bg", C, H, 3),     // leave a comment
    p("оставете отговор", "bg", C, H, 3),      // leave a reply
    p("няма коментари", "bg", C, H, 3),        // no comments
    p("имейл адресът ви няма да бъде публикуван", "bg", C, Any, 3), // e-mail not published
    p("задължителните полета са отбелязани", "bg", C, Any, 2), // required fields are marked
    p("подкрепете ни", "bg", D, Any, 2),       // support us
    p("направете дарение", "bg", D, Any, 3),   // make a donation
    p("дарете сега", "bg", D, Any, 3),         // donate now
    p("скъпи читатели", "bg", D, Any, 1),      // dear readers
    p("независима журналистика", "bg", D, Any, 1), // independent journalism
    p("абонирайте се за нашия бюлетин", "bg", N, Any, 3), // newsletter sign-up
    // ======== hr: Croatian (entries shared with Serbian Latin and Bosnian are here) ========
    p("povezani članci", "hr", R, H, 3),    // related articles
    p("vezani članci", "hr", R, H, 3),      // related articles
    p("pročitajte još", "hr", R, H, 3),     // read more (also sr)
    p("najčitanije", "hr", R, H, 3),        // most read (also sr)
    p("najnovije vijesti", "hr", R, H, 3),  // latest news
    p("više vijesti", "hr", R, H, 3),       // more news
    p("preporučujemo", "hr", R, H, 3),      // we recommend (also sr)
    p("možda vas zanima", "hr", R, H, 3),   // may interest you (also sr)
    p("pročitajte još", "hr", R, L, 3),     // read more (also sr)
    p("pročitajte i", "hr", R, L, 3),       // read also (also sr)
    p("pročitajte također", "hr", R, L, 3), // read also
    p("komentari", "hr", C, H, 3),          // comments (also sr, bs)
    p("ostavite komentar", "hr", C, H, 3),  // leave a comment (also sr)
    p("napišite komentar", "hr", C, H, 3),  // write a comment (also sr)
    p("dodaj komentar", "hr", C, H, 3),     // add a comment (also sr, sl)
    p("komentiraj", "hr", C, H, 3),         // comment (verb; also sl)
    p("nema komentara", "hr", C, H, 3),     // no comments (also sr)
    p("vaša adresa e pošte neće biti objavljena", "hr", C, Any, 3), // e-mail not published
    p("obavezna polja su označena", "hr", C, Any, 2), // required fields are marked (also sr)
    p("podržite nas", "hr", D, Any, 2),     // support us (also sr)
    p("donirajte", "hr", D, Any, 2),        // donate (imperative; also sr)
    p("doniraj sada", "hr", D, Any, 3),     // donate now
    p("uplatite donaciju", "hr", D, Any, 3), // make a donation
    p("dragi čitatelji", "hr", D, Any, 1),  // dear readers
    p("neovisno novinarstvo", "hr", D, Any, 1), // independent journalism
    // ======== sr: Serbian, Latin and Cyrillic ========
    p("povezane vesti", "sr", R, H, 3),   // related news
    p("najnovije vesti", "sr", R, H, 3),  // latest news
    p("još vesti", "sr", R, H, 3),        // more news
    p("ostavite odgovor", "sr", C, H, 3), // leave a reply (WP)
    p("vaša imejl adresa neće biti objavljena", "sr", C, Any, 3), // e-mail not published
    p("podržite nezavisno novinarstvo", "sr", D, Any, 3), // support independent journalism
    p("dragi čitaoci", "sr", D, Any, 1),  // dear readers
    p("nezavisno novinarstvo", "sr", D, Any, 1), // independent journalism
    p("повезане вести", "sr", R, H, 3),   // related news
    p("најчитаније", "sr", R, H, 3),      // most read
    p("најновије вести", "sr", R, H, 3),  // latest news
    p("још вести", "sr", R, H, 3),        // more news
    p("препоручујемо", "sr", R, H, 3),    // we recommend
    p("можда вас занима", "sr", R, H, 3), // may interest you
    p("прочитајте још", "sr", R, H, 3),   // read more
    p("прочитајте још", "sr", R, L, 3),   // read more
    p("прочитајте и", "sr", R, L, 3),     // read also
    p("оставите коментар", "sr", C, H, 3), // leave a comment
    p("оставите одговор", "sr", C, H, 3), // leave a reply (WP)
    p("додај коментар", "sr", C, H, 3),   // add a comment
    p("нема коментара", "sr", C, H, 3),   // no comments
    p("ваша адреса е поште неће бити објављена", "sr", C, Any, 3), // e-mail not published (WP)
    p("обавезна поља су означена", "sr", C, Any, 2), // required fields are marked
    p("подржите нас", "sr", D, Any, 2),   // support us
    p("донирајте", "sr", D, Any, 2),      // donate (imperative)
    p("драги читаоци", "sr", D, Any, 1),  // dear readers
    p("независно новинарство", "sr", D, Any, 1), // independent journalism
    // ======== sl: Slovenian ========
    p("sorodni članki", "sl", R, H, 3),    // related articles
    p("sorodne novice", "sl", R, H, 3),    // related news
    p("preberite tudi", "sl", R, H, 3),    // read also
    p("najbolj brano", "sl", R, H, 3),     // most read
    p("najnovejše novice", "sl", R, H, 3), // latest news
    p("več novic", "sl", R, H, 3),         // more news
    p("priporočamo", "sl", R, H, 3),       // we recommend
    p("preberite tudi", "sl", R, L, 3),    // read also
    p("preberi tudi", "sl", R, L, 3),      // read also
    p("komentarji", "sl", C, H, 3),        // comments
    p("oddaj komentar", "sl", C, H, 3),    // post a comment
    p("oddaj odgovor", "sl", C, H, 3),     // leave a reply (WP)
    p("ni komentarjev", "sl", C, H, 3),    // no comments
    p("vaš e naslov ne bo objavljen", "sl", C, Any, 3), // e-mail not published (WP)
    p("zahtevana polja so označena", "sl", C, Any, 2), // required fields are marked
    p("podprite nas", "sl", D, Any, 2),    // support us
    p("donirajte zdaj", "sl", D, Any, 3),  // donate now
    p("dragi bralci", "sl", D, Any, 1),    // dear readers
    p("neodvisno novinarstvo", "sl", D, Any, 1), // independent journalism
    p("prijavite se na e novice", "sl", N, Any, 3), // newsletter sign-up
    // ======== lt: Lithuanian ========
    p("susiję straipsniai", "lt", R, H, 3), // related articles
    p("susijusios naujienos", "lt", R, H, 3), // related news
    p("taip pat skaitykite", "lt", R, H, 3), // read also
    p("skaitomiausi", "lt", R, H, 3),       // most read
    p("naujausios naujienos", "lt", R, H, 3), // latest news
    p("daugiau naujienų", "lt", R, H, 3),   // more news
    p("populiariausi", "lt", R, H, 3),      // most popular
    p("rekomenduojame", "lt", R, H, 3),     // we recommend
    p("taip pat skaitykite", "lt", R, L, 3), // read also
    p("skaitykite taip pat", "lt", R, L, 3), // read also
    p("komentarai", "lt", C, H, 3),         // comments
    p("palikite komentarą", "lt", C, H, 3), // leave a comment
    p("parašykite komentarą", "lt", C, H, 3), // write a comment
    p("komentuoti", "lt", C, H, 3),         // to comment
    p("komentarų nėra", "lt", C, H, 3),     // no comments
    p("el pašto adresas nebus skelbiamas", "lt", C, Any, 3), // e-mail not published (WP)
    p("būtini laukeliai pažymėti", "lt", C, Any, 2), // required fields are marked
    p("paremkite mus", "lt", D, Any, 2),    // support us
    p("tapkite rėmėju", "lt", D, Any, 3),   // become a supporter
    p("mieli skaitytojai", "lt", D, Any, 1), // dear readers
    p("nepriklausomą žurnalistiką", "lt", D, Any, 1), // independent journalism
    p("užsiprenumeruokite naujienlaiškį", "lt", N, Any, 3), // newsletter sign-up
    // ======== lv: Latvian ========
    p("saistītie raksti", "lv", R, H, 3),    // related articles
    p("lasi arī", "lv", R, H, 3),            // read also
    p("visvairāk lasītie", "lv", R, H, 3),   // most read
    p("jaunākās ziņas", "lv", R, H, 3),      // latest news
    p("populārākie", "lv", R, H, 3),         // most popular
    p("iesakām", "lv", R, H, 3),             // we recommend
    p("lasi arī", "lv", R, L, 3),            // read also
    p("lasiet arī", "lv", R, L, 3),          // read also (formal)
    p("komentāri", "lv", C, H, 3),           // comments
    p("atstāt komentāru", "lv", C, H, 3),    // leave a comment
    p("pievienot komentāru", "lv", C, H, 3), // add a comment
    p("nav komentāru", "lv", C, H, 3),       // no comments
    p("jūsu e pasta adrese netiks publicēta", "lv", C, Any, 3), // e-mail not published
    p("obligātie lauki ir atzīmēti", "lv", C, Any, 2), // required fields are marked
    p("atbalsti mūs", "lv", D, Any, 2),      // support us
    p("atbalstiet mūs", "lv", D, Any, 2),    // support us (formal)
    p("ziedot tagad", "lv", D, Any, 3),      // donate now
    p("dārgie lasītāji", "lv", D, Any, 1),   // dear readers
    p("neatkarīgu žurnālistiku", "lv", D, Any, 1), // independent journalism
    // ======== et: Estonian ========
    p("seotud artiklid", "et", R, H, 3),   // related articles
    p("loe ka", "et", R, H, 3),            // read also
    p("loetumad", "et", R, H, 3),          // most read
    p("viimased uudised", "et", R, H, 3),  // latest news
    p("sarnased artiklid", "et", R, H, 3), // similar articles
    p("soovitame", "et", R, H, 3),         // we recommend
    p("loe ka", "et", R, L, 3),            // read also
    p("vaata ka", "et", R, L, 3),          // see also
    p("loe lisaks", "et", R, L, 3),        // read more
    p("kommentaarid", "et", C, H, 3),      // comments
    p("lisa kommentaar", "et", C, H, 3),   // add a comment
    p("jäta kommentaar", "et", C, H, 3),   // leave a comment
    p("jäta vastus", "et", C, H, 3),       // leave a reply (WP)
    p("kommenteeri", "et", C, H, 3),       // comment (verb)
    p("sinu e posti aadressi ei avaldata", "et", C, Any, 3), // e-mail not published
    p("sinu e postiaadressi ei avaldata", "et", C, Any, 3), // e-mail not published (WP)
    p("kohustuslikud väljad on tähistatud", "et", C, Any, 2), // required fields are marked
    p("toeta meid", "et", D, Any, 2),      // support us
    p("anneta nüüd", "et", D, Any, 3),     // donate now
    p("hakka tellijaks", "et", D, Any, 2), // become a subscriber
    p("kallid lugejad", "et", D, Any, 1),  // dear readers
    p("sõltumatut ajakirjandust", "et", D, Any, 1), // independent journalism
    p("liitu uudiskirjaga", "et", N, Any, 3), // newsletter sign-up
    // ======== el: Greek ========
    p("σχετικά άρθρα", "el", R, H, 3),     // related articles
    p("σχετικα αρθρα", "el", R, H, 3),     // related articles (capitals, no accents)
    p("σχετικές ειδήσεις", "el", R, H, 3), // related news
    p("διαβάστε επίσης", "el", R, H, 3),   // read also
    p("τα πιο δημοφιλή", "el", R, H, 3),   // most popular
    p("πιο δημοφιλή", "el", R, H, 3),      // most popular
    p("τα πιο διαβασμένα", "el", R, H, 3), // most read
    p("τελευταία νέα", "el", R, H, 3),     // latest news
    p("περισσότερα νέα", "el", R, H, 3),   // more news
    p("μπορεί να σας ενδιαφέρει", "el", R, H, 3), // may interest you
    p("σας προτείνουμε", "el", R, H, 3),   // we recommend
    p("διαβάστε επίσης", "el", R, L, 3),   // read also
    p("διαβάστε ακόμη", "el", R, L, 3),    // read also
    p("δείτε επίσης", "el", R, L, 3),      // see also
    p("σχόλια", "el", C, H, 3),            // comments
    p("σχολια", "el", C, H, 3),            // comments (capitals, no accents)
    p("αφήστε ένα σχόλιο", "el", C, H, 3), // leave a comment
    p("αφήστε μια απάντηση", "el", C, H, 3), // leave a reply (WP)
    p("δεν υπάρχουν σχόλια", "el", C, H, 3), // no comments
    p("η διεύθυνση email σας δεν δημοσιεύεται", "el", C, Any, 3), // e-mail not published (WP)
    p("τα υποχρεωτικά πεδία σημειώνονται", "el", C, Any, 2), // required fields are marked
    p("στηρίξτε μας", "el", D, Any, 2),    // support us
    p("κάντε μια δωρεά", "el", D, Any, 3), // make a donation
    p("κάντε δωρεά", "el", D, Any, 3),     // donate
    p("γίνετε συνδρομητής", "el", D, Any, 2), // become a subscriber
    p("αγαπητοί αναγνώστες", "el", D, Any, 1), // dear readers
    p("ανεξάρτητη δημοσιογραφία", "el", D, Any, 1), // independent journalism
    // ======== tr: Turkish ("İ" lower-cases to "i" + dot above, hence the second spellings) ========
    p("ilgili haberler", "tr", R, H, 3),           // related news
    p("i\u{307}lgili haberler", "tr", R, H, 3),    // related news (from "İlgili")
    p("benzer haberler", "tr", R, H, 3),           // similar news
    p("ilginizi çekebilir", "tr", R, H, 3),        // may interest you
    p("i\u{307}lginizi çekebilir", "tr", R, H, 3), // may interest you (from "İlginizi")
    p("bunlar da ilginizi çekebilir", "tr", R, H, 3), // these may interest you too
    p("en çok okunanlar", "tr", R, H, 3),          // most read
    p("en çok okunan", "tr", R, H, 3),             // most read
    p("son haberler", "tr", R, H, 3),              // latest news
    p("daha fazla haber", "tr", R, H, 3),          // more news
    p("ayrıca okuyun", "tr", R, L, 3),             // read also
    p("ilgili haber", "tr", R, L, 3),              // related story
    p("i\u{307}lgili haber", "tr", R, L, 3),       // related story (from "İlgili")
    p("yorumlar", "tr", C, H, 3),                  // comments
    p("yorum yap", "tr", C, H, 3),                 // make a comment
    p("yorum yazın", "tr", C, H, 3),               // write a comment
    p("bir yanıt yazın", "tr", C, H, 3),           // leave a reply (WP)
    p("henüz yorum yok", "tr", C, H, 3),           // no comments yet
    p("e posta adresiniz yayınlanmayacak", "tr", C, Any, 3), // e-mail not published (WP)
    p("gerekli alanlar ile işaretlenmişlerdir", "tr", C, Any, 2), // required fields are marked (WP)
    p("bizi destekleyin", "tr", D, Any, 2),        // support us
    p("bağış yapın", "tr", D, Any, 3),             // make a donation
    p("şimdi bağış yap", "tr", D, Any, 3),         // donate now
    p("destek ol", "tr", D, Any, 2),               // support (imperative button)
    p("bağımsız gazeteciliğe destek olun", "tr", D, Any, 3), // support independent journalism
    p("değerli okurlarımız", "tr", D, Any, 1),     // dear readers
    p("bağımsız gazetecilik", "tr", D, Any, 1),    // independent journalism
    p("bültenimize abone olun", "tr", N, Any, 3),  // newsletter sign-up
    // ======== ca: Catalan ========
    p("articles relacionats", "ca", R, H, 3), // related articles
    p("notícies relacionades", "ca", R, H, 3), // related news
    p("el més llegit", "ca", R, H, 3),        // most read
    p("les més llegides", "ca", R, H, 3),     // most read
    p("últimes notícies", "ca", R, H, 3),     // latest news
    p("més notícies", "ca", R, H, 3),         // more news
    p("també et pot interessar", "ca", R, H, 3), // may also interest you
    p("entrades recents", "ca", R, H, 3),     // recent posts (WP)
    p("llegiu també", "ca", R, L, 3),         // read also
    p("llegeix també", "ca", R, L, 3),        // read also
    p("també et pot interessar", "ca", R, L, 3), // may also interest you
    p("vegeu també", "ca", R, L, 3),          // see also
    p("comentaris", "ca", C, H, 3),           // comments
    p("deixa un comentari", "ca", C, H, 3),   // leave a comment
    p("deixa una resposta", "ca", C, H, 3),   // leave a reply (WP)
    p("afegeix un comentari", "ca", C, H, 3), // add a comment
    p("l adreça electrònica no es publicarà", "ca", C, Any, 3), // e-mail not published (WP)
    p("els camps necessaris estan marcats", "ca", C, Any, 2), // required fields are marked
    p("fes una donació", "ca", D, Any, 3),    // make a donation
    p("fes te soci", "ca", D, Any, 2),        // become a member
    p("fes te subscriptor", "ca", D, Any, 2), // become a subscriber
    p("benvolguts lectors", "ca", D, Any, 1), // dear readers
    p("periodisme independent", "ca", D, Any, 1), // independent journalism
    p("subscriu te al butlletí", "ca", N, Any, 3), // newsletter sign-up
];

/// Words that count comments after or before a number, in these languages ("12 kommentarer",
/// "Yorumlar (3)"). Scripts without spaces need none: "3条评论" is a heading phrase above.
#[rustfmt::skip]
pub(super) const COMMENT_COUNT_WORDS: &[&str] = &[
    "kommentarer", "kommentti", "kommenttia", "kommentteja", // sv da nb, fi
    "komentář", "komentáře", "komentářů", "komentár", "komentáre", "komentárov", // cs, sk
    "hozzászólás", "hozzászólások", "komment", "comentariu", "comentarii", // hu, ro
    "коментара", "коментари", "komentar", "komentara", "komentari", // bg sr, hr sr bs id ms
    "komentarji", "komentarjev", "komentaras", "komentarai", "komentarų", // sl, lt
    "komentārs", "komentāri", "komentāru", "kommentaar", "kommentaari", "kommentaarid", // lv, et
    "σχόλιο", "σχόλια", "σχολιο", "σχολια", "yorum", "yorumlar", "comentari", "comentaris", // el tr ca
    "تعليق", "تعليقات", "تعليقا", "תגובה", "תגובות", "نظر", "دیدگاه", // ar, he, fa
    "komen", "कमेंट", "réaction", "réactions", // ms, hi ("कमेंट्स" splits at the virama), fr
];

#[cfg(test)]
mod tests {
    use super::super::{phrase, split_words, words, PhraseIndex, Place};
    use crate::verdict::Label;

    #[test]
    fn covers_twenty_five_more_languages_for_each_label() {
        let first_ten = ["en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl"];
        let has = |lang: &str, label| {
            super::super::all().iter().any(|p| p.lang == lang && p.label == label)
        };
        let mut langs: Vec<_> = super::super::all().iter().map(|p| p.lang).collect();
        langs.sort();
        langs.dedup();
        langs.retain(|l| !first_ten.contains(l));
        let labels = [Label::Related, Label::Comment, Label::Donation];
        langs.retain(|l| labels.iter().all(|&b| has(l, b)));
        assert!(langs.len() >= 25, "{} languages have all three labels: {langs:?}", langs.len());
    }

    #[test]
    fn anywhere_phrases_are_not_lone_short_words() {
        for p in super::super::all().iter().filter(|p| p.place == Place::Anywhere) {
            let n = words(p.text.trim_end_matches('*')).len();
            assert!(n >= 2 || p.text.chars().count() >= 6, "too short: {:?}", p.text);
        }
    }

    #[test]
    fn finds_phrases_in_other_scripts() {
        let idx = PhraseIndex::new();
        for (text, want) in [
            ("3件のコメント", "件のコメント"),
            ("5条评论", "条评论"),
            ("관련기사", "관련 기사"),
            ("İlgili Haberler", "i\u{307}lgili haberler"),
            ("لن يتم نشر عنوان بريدك الإلكتروني.", "لن يتم نشر عنوان بريدك الإلكتروني"),
            ("यह भी पढ़ें: ...", "यह भी पढ़ें"),
            ("ความคิดเห็น", "ความคิดเห็น"),
            ("Komentari (3)", "komentari"),
        ] {
            let lower = text.to_lowercase();
            let (mut w, mut hits) = (Vec::new(), Vec::new());
            split_words(&lower, &mut w);
            idx.find(&w, &mut hits);
            let texts: Vec<_> = hits.iter().map(|h| phrase(h.phrase).text).collect();
            assert!(texts.contains(&want), "{text:?}: {texts:?}");
        }
    }
}
