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
