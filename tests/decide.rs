//! Hand-built pages, one per decision rule added for unseen sites: each test could fail, and
//! says which rule it holds.

use boilerfold::{classify, Config, Label, Verdict};

fn run(html: &str) -> Verdict {
    let parsed = boilerfold::html::parse_html(html.as_bytes()).expect("parses");
    classify(&parsed.page, &Config::default())
}

/// The label of the fold holding `text`, if any.
fn folded(v: &Verdict, text: &str) -> Option<Label> {
    v.folds.iter().find_map(|f| {
        f.block_ids.iter().any(|&b| v.blocks[b as usize].text.contains(text)).then_some(f.label)
    })
}

fn para(i: usize) -> String {
    format!(
        "Paragraph {i} of the story, in which the council met again on Tuesday, heard from \
         residents about the new bridge, and agreed, after a long debate, to publish the costs \
         of every option before the vote next month."
    )
}

fn article(inner: &str, extra: &str) -> String {
    format!(
        "<!doctype html><html><head><title>t</title></head><body><header><nav><a href=/>Home</a>\
         </nav></header><main><article><h1>The bridge</h1>{inner}</article>{extra}</main>\
         <footer>© Example</footer></body></html>"
    )
}

#[test]
fn a_paywall_class_on_article_paragraphs_does_not_fold_them() {
    let body: String = (0..8).map(|i| format!("<p class=\"paywall\">{}</p>", para(i))).collect();
    let v = run(&article(&body, ""));
    for i in 0..8 {
        assert_eq!(folded(&v, &format!("Paragraph {i} of")), None, "paragraph {i} folded");
    }
}

#[test]
fn a_paywall_box_with_its_wording_still_folds() {
    let body: String = (0..6).map(|i| format!("<p>{}</p>", para(i))).collect();
    let prompt = "<div class=\"paywall\"><h3>Subscribe to continue reading</h3><p>Support \
                  independent journalism: subscribe now for just $1 a month.</p>\
                  <a href=\"/subscribe\">Subscribe now</a></div>";
    let v = run(&article(&body, prompt));
    assert_eq!(folded(&v, "Subscribe to continue reading"), Some(Label::Donation));
    assert_eq!(folded(&v, "Paragraph 2 of"), None);
}

#[test]
fn component_names_read_as_class_names_and_never_fold_prose() {
    // `data-component` and `data-testid` name a sign-up box and a share bar as a class would.
    let body: String = (0..6).map(|i| format!("<p>{}</p>", para(i))).collect();
    let extra = "<div data-component=\"newsletterSignUp\"><h3>Morning briefing</h3><p>Every \
                 weekday, the news that matters.</p><a href=\"/briefing\">Get it</a></div>\
                 <ul data-testid=\"share-tools\"><li><a href=\"/s/1\">Facebook</a></li>\
                 <li><a href=\"/s/2\">Twitter</a></li></ul>";
    let v = run(&article(&body, extra));
    assert_eq!(folded(&v, "Morning briefing"), Some(Label::Newsletter));
    assert_eq!(folded(&v, "Facebook"), Some(Label::Share));
    // The same rule as for class tokens: a component name never outweighs article prose.
    let body: String = (0..8)
        .map(|i| format!("<p data-component=\"paywall\" aria-label=\"Comments\">{}</p>", para(i)))
        .collect();
    let v = run(&article(&body, ""));
    for i in 0..8 {
        assert_eq!(folded(&v, &format!("Paragraph {i} of")), None, "paragraph {i} folded");
    }
}

#[test]
fn a_price_without_a_currency_sign_counts_as_an_amount() {
    // "99 cents" and "1,90 pro Monat" are prices: next to "subscribe" they make an offer.
    let body: String = (0..6).map(|i| format!("<p>{}</p>", para(i))).collect();
    for offer in [
        "<div class=\"cta\"><a href=\"/checkout\">Subscribe today! All access for just 99 cents!</a></div>",
        "<div class=\"cta\"><a href=\"/abo/\">Ab nur 1,90 pro Monat gibt es uns ohne Werbung</a></div>",
    ] {
        let v = run(&article(&body, offer));
        let first = offer.split('>').nth(2).unwrap_or_default().split('<').next().unwrap_or_default();
        assert_eq!(folded(&v, first), Some(Label::Donation), "{offer}");
    }
    // A price in the article's prose is the story's: one amount does not outweigh a paragraph.
    let toll = "<p>Residents who subscribe to the toll plan pay 3 per month, the council said, \
                and the number of drivers on the plan has doubled since it began last spring.</p>";
    let v = run(&article(&format!("{body}{toll}"), ""));
    assert_eq!(folded(&v, "3 per month"), None);
}

fn post(i: usize) -> String {
    format!(
        "<div class=\"comment\"><span>user{i}</span> <time>2 h</time><p>I think reply {i} is \
         right: the bridge should have been rebuilt years ago, and the costs only grew while \
         the council waited for a better offer.</p><a href=\"?replytocom={i}\">Reply</a></div>"
    )
}

#[test]
fn a_discussion_page_keeps_its_posts() {
    // A link post: a title and a one-line text, then the thread.
    let thread: String = (0..12).map(post).collect();
    let html = format!(
        "<!doctype html><html><body><h1>Bridge finally rebuilt</h1><p>Link: example.org</p>\
         <div class=\"comments\">{thread}</div></body></html>"
    );
    let v = run(&html);
    assert_eq!(folded(&v, "I think reply 3 is right"), None);
}

#[test]
fn an_article_with_a_thread_folds_the_thread() {
    let body: String = (0..8).map(|i| format!("<p>{}</p>", para(i))).collect();
    let thread: String = (0..12).map(post).collect();
    let v = run(&article(
        &body,
        &format!("<section class=\"comments\"><h2>12 Comments</h2>{thread}</section>"),
    ));
    assert_eq!(folded(&v, "I think reply 3 is right"), Some(Label::Comment));
    assert_eq!(folded(&v, "Paragraph 5 of"), None);
}

#[test]
fn a_link_to_a_payment_platform_completes_an_appeal_box() {
    let body: String = (0..6).map(|i| format!("<p>{}</p>", para(i))).collect();
    // Neutral markup: only the words and the link's target say what the box is.
    let appeal = "<div class=\"c7a\"><p class=\"x1\">Dear readers,</p><p class=\"x2\">We are \
                  an independent newsroom.</p><p class=\"x3\"><a \
                  href=\"https://www.patreon.com/example\">Join us</a></p></div>";
    let with = run(&article(&body, appeal));
    assert_eq!(folded(&with, "an independent newsroom"), Some(Label::Donation));
    let plain = appeal.replace("https://www.patreon.com/example", "/about");
    let without = run(&article(&body, &plain));
    assert_eq!(folded(&without, "an independent newsroom"), None);
}

#[test]
fn a_link_to_a_donation_page_alone_folds_nothing() {
    // A headline about donations links to a slug with the word in it: not an appeal.
    let body: String = (0..6).map(|i| format!("<p>{}</p>", para(i))).collect();
    let teaser = "<p class=\"k2\"><a href=\"/2024/05/12/more-political-donations-to-the-party\">\
                  More political donations to the party are linked to the bridge</a></p>";
    let v = run(&article(&body, teaser));
    assert_ne!(folded(&v, "More political donations"), Some(Label::Donation));
}

#[test]
fn links_into_the_page_are_not_a_teaser_list() {
    // Lyrics or footnotes whose lines link to notes on the same page.
    let lines: String = (0..8)
        .map(|i| format!("<a href=\"#note-{i}\">this is line number {i} of the song here</a><br>"))
        .collect();
    let html = format!(
        "<!doctype html><html><body><h1>Song</h1><div class=\"lyrics\">{lines}</div>\
         <div class=\"side\"><p>About the song: written in 1984, recorded in one take, and \
         released the next summer to wide acclaim from critics and listeners.</p></div>\
         </body></html>"
    );
    let v = run(&html);
    assert_eq!(folded(&v, "line number 3"), None);
}

fn story(n: usize) -> String {
    (0..n).map(|i| format!("<p>{}</p>", para(i))).collect()
}

#[test]
fn a_form_asking_only_for_an_email_address_folds_as_newsletter_with_its_box() {
    let signup = "<aside><h3>The morning brief</h3><p>Five stories before breakfast.</p>\
                  <form action=\"/x\"><input type=\"email\" name=\"addr\"><button>Go</button>\
                  </form></aside>";
    let v = run(&article(&story(6), signup));
    assert_eq!(folded(&v, "The morning brief"), Some(Label::Newsletter));
    assert_eq!(folded(&v, "Five stories before breakfast"), Some(Label::Newsletter));
    assert_eq!(folded(&v, "Paragraph 3 of"), None);
}

#[test]
fn login_contact_and_comment_forms_are_not_newsletters() {
    let login = "<aside><h3>Members</h3><form><input type=\"email\" name=\"user\">\
                 <input type=\"password\" name=\"pw\"><button>Log in</button></form></aside>";
    let contact = "<aside><h3>Write to the desk</h3><form><input type=\"email\" name=\"from\">\
                   <textarea name=\"msg\"></textarea><button>Send</button></form></aside>";
    let comment = "<div id=\"respond\"><h3>Your view</h3><form action=\"/wp-comments-post.php\">\
                   <textarea name=\"comment\"></textarea><input name=\"author\">\
                   <input type=\"email\" name=\"email\"><button>Post</button></form></div>";
    let v = run(&article(&story(6), &format!("{login}{contact}{comment}")));
    assert_ne!(folded(&v, "Members"), Some(Label::Newsletter));
    assert_ne!(folded(&v, "Write to the desk"), Some(Label::Newsletter));
    assert_eq!(folded(&v, "Your view"), Some(Label::Comment));
}

#[test]
fn a_bar_of_share_links_folds_as_share_and_a_sentence_naming_networks_stays() {
    let bar = "<div class=\"x1\"><span>Pass it on</span> \
               <a href=\"https://www.facebook.com/sharer/sharer.php?u=1\">Facebook</a> \
               <a href=\"https://twitter.com/intent/tweet?url=1\">X</a> \
               <a href=\"mailto:?subject=The%20bridge\">E-mail</a></div>";
    let closing = "<p>Follow the council on <a href=\"https://twitter.com/council\">Twitter</a> \
                   and <a href=\"https://www.facebook.com/council\">Facebook</a>.</p>";
    let v = run(&article(&format!("{}{closing}", story(6)), bar));
    assert_eq!(folded(&v, "Pass it on"), Some(Label::Share));
    assert_eq!(folded(&v, "Follow the council on"), None);
}

#[test]
fn a_share_button_inside_a_comment_thread_stays_with_the_thread() {
    let thread: String = (0..4)
        .map(|i| {
            format!(
                "<div class=\"comment\"><b>user{i}</b><p>Reply {i}: the costs only grew while the \
                 council waited.</p><div class=\"share\"><a href=\"https://twitter.com/intent/tweet\">\
                 Tweet</a></div></div>"
            )
        })
        .collect();
    let v = run(&article(&story(6), &format!("<section id=\"comments\">{thread}</section>")));
    assert_eq!(folded(&v, "Reply 2:"), Some(Label::Comment));
    assert_eq!(folded(&v, "Tweet"), Some(Label::Comment));
}

// One page per remaining step of classify/mod.rs, in its order.

#[test]
fn step_2_a_heading_takes_the_widget_it_heads() {
    let widget = "<aside><h3>Lire aussi</h3><ul><li><a href=\"/a\">Le pont ferme pour travaux \
                  jusqu'en mars prochain</a></li><li><a href=\"/b\">La mairie publie enfin le \
                  coût de chaque option</a></li></ul></aside>";
    let v = run(&article(&story(6), widget));
    assert_eq!(folded(&v, "Lire aussi"), Some(Label::Related));
    assert_eq!(folded(&v, "Le pont ferme pour travaux"), Some(Label::Related));
    assert_eq!(folded(&v, "Paragraph 4 of"), None);
}

#[test]
fn step_3_an_inline_story_link_between_paragraphs_folds_alone() {
    let body = format!(
        "{}<p>Read more: <a href=\"/bridge-vote\">Council delays the bridge vote again</a></p>{}",
        story(3),
        (3..6).map(|i| format!("<p>{}</p>", para(i))).collect::<String>()
    );
    let v = run(&article(&body, ""));
    assert_eq!(folded(&v, "Council delays the bridge vote"), Some(Label::Related));
    assert_eq!(folded(&v, "Paragraph 2 of"), None);
    assert_eq!(folded(&v, "Paragraph 3 of"), None);
}

#[test]
fn step_3b_a_list_of_headline_links_after_the_article_is_a_teaser_list() {
    let list: String = (0..4)
        .map(|i| {
            format!(
                "<li><a href=\"/story-{i}\">Headline number {i} about the harbour works</a></li>"
            )
        })
        .collect();
    let v = run(&article(&story(6), &format!("<div class=\"x9\"><ul>{list}</ul></div>")));
    assert_eq!(folded(&v, "Headline number 2 about"), Some(Label::Related));
    assert_eq!(folded(&v, "Paragraph 5 of"), None);
}

#[test]
fn step_4_a_flat_appeal_between_paragraphs_folds_and_the_story_stays() {
    let appeal = "<p>Dear readers, our newsroom depends on you. Please support independent \
                  journalism with a monthly donation, starting from just $2.</p>\
                  <p><a href=\"/donate\">Donate now</a></p>";
    let body = format!(
        "{}{appeal}{}",
        story(3),
        (3..6).map(|i| format!("<p>{}</p>", para(i))).collect::<String>()
    );
    let v = run(&article(&body, ""));
    assert_eq!(folded(&v, "Dear readers, our newsroom"), Some(Label::Donation));
    for i in 0..6 {
        assert_eq!(folded(&v, &format!("Paragraph {i} of")), None, "paragraph {i}");
    }
}

#[test]
fn step_5_a_plain_article_stays_whole_and_nothing_folds() {
    let v = run(&article(&story(6), ""));
    assert!(v.folds.is_empty(), "{:?}", v.folds);
    assert!(v.article_text.contains("Paragraph 5 of the story"));
}

#[test]
fn a_paragraph_that_is_one_headline_link_folds_as_related_and_linked_sentences_stay() {
    let mut body: String = (0..3).map(|i| format!("<p>{}</p>", para(i))).collect();
    body.push_str("<p><a href=\"/2016/11/28/politics/recount-wisconsin\">Recount begins in the state as two more could come soon</a></p>");
    body.push_str(
        "<p><a href=\"/report.pdf\">Read the council's full report on the bridge here.</a></p>",
    );
    body.push_str("<h2><a href=\"https://example.org/bridges\">Why old bridges cost more than new ones</a></h2>");
    body.push_str("<p><a href=\"https://twitter.com/someone/status/1\">Tweet may have been deleted (opens in a new tab)</a></p>");
    body.extend((3..6).map(|i| format!("<p>{}</p>", para(i))));
    let v = run(&article(&body, ""));
    assert_eq!(folded(&v, "Recount begins"), Some(Label::Related));
    assert_eq!(folded(&v, "full report"), None, "a linked sentence is the article's");
    assert_eq!(folded(&v, "Why old bridges"), None, "a linked section heading is the article's");
    assert_eq!(folded(&v, "Tweet may have been"), None, "an embedded post is not a story link");
    assert_eq!(folded(&v, "Paragraph 3 of"), None);
}
