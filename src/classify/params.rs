//! Every number of the decision, in one table (see [`super`] for the steps that read them).

/// Tunable numbers of the decision, in one place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DecideParams {
    /// Appeal wording score that makes a block a donation seed on its own.
    pub appeal_seed: u8,
    /// Form-note wording score that makes a block a comment seed.
    pub comment_seed: u8,
    /// Sign-up wording score that makes a block a newsletter seed.
    pub newsletter_seed: u8,
    /// A sign-up form takes the box around it while the box adds at most this many characters
    /// (its heading and pitch).
    pub signup_box_extra_chars: u32,
    /// A share bar has at least this many share or profile links…
    pub share_min_links: u32,
    /// …making at least this share of its links…
    pub share_link_share: f32,
    /// …and at most this many characters outside its links ("Share this:", "Follow us on").
    pub share_max_plain_chars: u32,
    /// An element named a share bar holds at most that and this many characters in all.
    pub share_token_max_chars: u32,
    /// A share bar holds no block of this many words that is mostly plain text.
    pub share_plain_block_words: u32,
    /// A widget may grow into an element while blocks with evidence hold at least this share
    /// of its text.
    pub widget_evidence_share: f32,
    /// A seed with fewer words than this needs more than the seed score.
    pub short_seed_words: u32,
    /// Wording score a prose paragraph inside the article region needs to seed.
    pub seed_in_prose: u8,
    /// A wording seed has at least this many words.
    pub seed_min_words: u32,
    /// An appeal box is found at most this many levels above a block with appeal wording…
    pub box_levels: usize,
    /// …and holds at most this many words.
    pub box_max_words: u32,
    /// Blocks of at most this many words next to an appeal run join it (buttons, "Continue").
    pub run_edge_words: u32,
    /// Gaps of at most this many blocks between two appeal blocks are part of the appeal.
    pub run_gap: usize,
    /// Link lists: blocks with more link text than this share and at most
    /// [`DecideParams::link_list_words`] words are not article.
    pub link_list_density: f32,
    /// See [`DecideParams::link_list_density`].
    pub link_list_words: u32,
    /// A link reads like a headline with at least this many words…
    pub headline_min_words: u32,
    /// …or this many characters…
    pub headline_min_chars: u32,
    /// …or this many characters of a script written without spaces (Han, kana, hangul).
    pub headline_min_unspaced: u32,
    /// A block with more link text than this share is a link or a button, not wording.
    pub link_block_density: f32,
    /// A paragraph of the article region with at least this share of its text in one link
    /// that reads like a headline is an inline story link.
    pub story_link_density: f32,
    /// An element inside the article's top candidate with more than this share of its text is
    /// the article too (a wrapper with a clutter class); navigation holding more than this share
    /// of the page's prose is a layout wrapper, not a menu.
    pub majority_share: f32,
    /// An element holds the article's prose when its open prose is more than this share of the
    /// top candidate's text.
    pub holds_prose_share: f32,
    /// A teaser list has at least this many headline links…
    pub teaser_min_links: u32,
    /// …holding at least this share of its text.
    pub teaser_share: f32,
    /// A class/id token is dropped when its element's text is at least this share plain text
    /// (blocks under [`DecideParams::plain_link_density`])…
    pub token_prose_share: f32,
    /// A related heading does not take an element whose text is more than this share prose
    /// with little link text.
    pub related_box_max_prose: f32,
    /// A block with less link text than this share is plain text.
    pub plain_link_density: f32,
    /// …(for a comment token: this share prose, as a thread has names and dates between its
    /// posts)…
    pub token_prose_share_comment: f32,
    /// …and holds at least this many characters of prose (see [`evidence`]).
    pub token_prose_min_chars: u32,
    /// A discussion page: prose under comment markup is at least this many times the rest…
    pub discussion_ratio: f32,
    /// …the rest is at most this many characters…
    pub discussion_max_article_chars: u32,
    /// …and the discussion at least this many…
    pub discussion_min_chars: u32,
    /// …counting text blocks of at least this many words.
    pub discussion_post_words: u32,
}

/// How sure each step is of the label it gives (the verdict's `confidence`): the reader sees
/// none of these, the JSON and `--explain` do, and no decision reads them back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Confidence {
    /// Named by markup (class, id, role, form shape); an inline story link.
    pub markup: f32,
    /// A heading that names its widget, and a share heading.
    pub heading: f32,
    /// The blocks of a widget a heading or a form took; a share bar; a sign-up box.
    pub widget: f32,
    /// A link or button that names a label on its own; links after a lone heading.
    pub button: f32,
    /// A heading whose widget could not be found (it alone is labelled).
    pub lone_heading: f32,
    /// A teaser list; an appeal box found from its spread wording; chrome.
    pub list: f32,
    /// A wording seed: `seed_base + seed_per_point × score`, at most `seed_max`; its widget
    /// one `widget_step` less.
    pub seed_base: f32,
    pub seed_per_point: f32,
    pub seed_max: f32,
    pub widget_step: f32,
    /// The paragraphs of a flat appeal, and the short blocks at its edges.
    pub appeal_run: f32,
    pub appeal_edge: f32,
    /// Article prose in the region; other text in the region.
    pub article_prose: f32,
    pub article_other: f32,
    /// Outside the region: plain text, text with no region at all, link lists.
    pub outside: f32,
    pub no_region: f32,
}

/// The confidences.
pub const CONFIDENCE: Confidence = Confidence {
    markup: 0.9,
    heading: 0.85,
    widget: 0.8,
    button: 0.75,
    lone_heading: 0.6,
    list: 0.7,
    seed_base: 0.5,
    seed_per_point: 0.08,
    seed_max: 0.95,
    widget_step: 0.1,
    appeal_run: 0.6,
    appeal_edge: 0.55,
    article_prose: 0.9,
    article_other: 0.7,
    outside: 0.6,
    no_region: 0.5,
};

/// The defaults.
pub const PARAMS: DecideParams = DecideParams {
    appeal_seed: 3,
    comment_seed: 3,
    newsletter_seed: 3,
    signup_box_extra_chars: 400,
    share_min_links: 2,
    share_link_share: 0.6,
    share_max_plain_chars: 120,
    share_token_max_chars: 600,
    share_plain_block_words: 5,
    seed_min_words: 5,
    seed_in_prose: 5,
    short_seed_words: 8,
    box_levels: 4,
    box_max_words: 80,
    widget_evidence_share: 0.5,
    run_edge_words: 8,
    run_gap: 2,
    link_list_density: 0.5,
    link_list_words: 25,
    headline_min_words: 5,
    headline_min_chars: 24,
    headline_min_unspaced: 10,
    teaser_min_links: 3,
    link_block_density: 0.5,
    story_link_density: 0.9,
    majority_share: 0.5,
    holds_prose_share: 2.0 / 3.0,
    teaser_share: 0.7,
    token_prose_share: 0.8,
    plain_link_density: 0.3,
    related_box_max_prose: 0.5,
    token_prose_share_comment: 0.97,
    token_prose_min_chars: 200,
    discussion_ratio: 3.0,
    discussion_max_article_chars: 500,
    discussion_min_chars: 1000,
    discussion_post_words: 5,
};
