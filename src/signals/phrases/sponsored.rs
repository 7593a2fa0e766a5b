//! Headings of sponsored recommendation widgets ("Around the web", "Promoted stories"):
//! related, with a reason of their own ([`crate::reason`] names them `sponsored`).

use super::Place::Heading as H;
use super::{p, Phrase};
use crate::verdict::Label::Related as R;

pub const PHRASES: &[Phrase] = &[
    p("around the web", "en", R, H, 3),          // partner link slots
    p("promoted stories", "en", R, H, 3),        // Outbrain/Taboola heading
    p("sponsored stories", "en", R, H, 3),       // sponsored teaser grid
    p("from around the web", "en", R, H, 3),     // partner links
    p("more from the web", "en", R, H, 3),       // partner links
    p("recommended by", "en", R, H, 3),          // "Recommended by Outbrain"
    p("paid stories", "en", R, H, 3),            // sponsored teasers
    p("aus dem netz", "de", R, H, 3),            // from the web
    p("mehr aus dem netz", "de", R, H, 3),       // more from the web
    p("gesponserte inhalte", "de", R, H, 3),     // sponsored content
    p("sur le web", "fr", R, H, 3),              // on the web
    p("ailleurs sur le web", "fr", R, H, 3),     // elsewhere on the web
    p("contenus sponsorisés", "fr", R, H, 3),    // sponsored content
    p("contenido patrocinado", "es", R, H, 3),   // sponsored content
    p("en la red", "es", R, H, 3),               // on the web
    p("contenuti sponsorizzati", "it", R, H, 3), // sponsored content
    p("dal web", "it", R, H, 3),                 // from the web
    p("conteúdo patrocinado", "pt", R, H, 3),    // sponsored content
    p("da web", "pt", R, H, 3),                  // from the web
    p("новости партнеров", "ru", R, H, 3),       // partners' news
    p("новости партнёров", "ru", R, H, 3),       // partners' news (with ё)
    p("интересное в сети", "ru", R, H, 3),       // interesting on the web
    p("gesponsorde inhoud", "nl", R, H, 3),      // sponsored content
    p("treści sponsorowane", "pl", R, H, 3),     // sponsored content
];

/// Is this one of the sponsored-widget headings?
pub fn is_sponsored(phrase: &Phrase) -> bool {
    PHRASES.iter().any(|q| std::ptr::eq(q, phrase))
}
