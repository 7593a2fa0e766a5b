//! Unit tests of the block and element evidence.
use super::*;

fn block(text: &str, link_chars: u32) -> Block {
    let chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
    Block { text: text.into(), chars, link_chars, words: 0, ..Default::default() }
}

#[test]
fn heading_families_pair_a_noun_and_a_qualifier_close_together() {
    let family = |t: &str| match block_info(&block(t, 0)).heading {
        Some((label, Why::Family { .. })) => Some(label),
        _ => None,
    };
    for yes in [
        "Our Latest Stories",
        "Beliebteste Beiträge",
        "Autres vidéos de la semaine",
        "MOONGIFTの関連記事",
    ] {
        assert_eq!(family(yes), Some(Label::Related), "{yes}");
    }
    for no in [
        "Stories",
        "The latest",
        "More of our reporters filed stories from the front.",
        "Latest figures show that nine out of ten stories",
    ] {
        assert_eq!(family(no), None, "{no}");
    }
    // A listed heading phrase wins over a family ("Related Posts" is the table's).
    assert!(matches!(
        block_info(&block("Related Posts", 0)).heading,
        Some((Label::Related, Why::Phrase { .. }))
    ));
}

#[test]
fn appeal_families_add_wording_in_an_appeal_sized_block() {
    let appeal = |t: &str| block_info(&block(t, 0)).score[DONATION];
    for yes in [
        "Support Honest News.",
        "Soutenez notre rédaction",
        "Поддержите нас",
        "Subscribe for unlimited access",
    ] {
        assert!(appeal(yes) >= FAMILY_WEIGHT, "{yes}");
    }
    assert_eq!(appeal("Support for the news team met weekly"), FAMILY_WEIGHT);
    assert_eq!(appeal("Support was given, the farmers said; in the end the news came late"), 0);
    let long = format!("{} support independent farmers.", "The ministry said it would ".repeat(12));
    assert_eq!(appeal(&long), 0, "a long paragraph is not an appeal's");
}

#[test]
fn headings_leads_and_counts() {
    assert_eq!(block_info(&block("Leave a Reply", 0)).heading.map(|h| h.0), Some(Label::Comment));
    assert_eq!(block_info(&block("3 Comments", 0)).heading.map(|h| h.0), Some(Label::Comment));
    assert_eq!(block_info(&block("Kommentare (12)", 0)).heading.map(|h| h.0), Some(Label::Comment));
    assert_eq!(block_info(&block("Related Posts", 0)).heading.map(|h| h.0), Some(Label::Related));
    assert!(block_info(&block("Related Topics", 0)).heading.is_none());
    let lead = "Related article: Russian and U.S. Officials Meet in Istanbul for Embassy Talks";
    assert!(block_info(&block(lead, 60)).lead.is_some());
    // The same words without a link are not an inline story link.
    assert!(block_info(&block(lead, 0)).lead.is_none());
}

#[test]
fn appeal_scores_and_article_wording() {
    let appeal =
        "If you can, please support us monthly starting from just $2. Every contribution matters.";
    let b = block_info(&block(appeal, 0));
    assert!(b.score[DONATION] >= 5, "{:?}", b.score);
    let news = "The minister declined to comment on reports that the fund would support us exporters monthly.";
    assert_eq!(block_info(&block(news, 0)).score, [0; CLUTTER]);
}
