/*
 * The pre-check: is this page probably an article? Run on the live DOM before anything else of
 * the shim's (no wasm compiled, no MutationObserver until it says yes), and bounded: it reads
 * MAX_TEXT_NODES text nodes at most and stops when BUDGET_MS is spent; a check cut short by
 * either bound says yes (the shim then works as if there were no pre-check: a wrong "no" hides
 * nothing, but it leaves an article's clutter unfolded, so doubt goes to "yes").
 *
 * What it looks for first: prose, clustered. It walks the body's text (TreeWalker, text nodes
 * only) and adds each run of text to its block, the nearest ancestor that is not an inline
 * element (a <p>, or a <div> or <td> holding text between <br>s), keeping apart the characters
 * inside links. A block is prose once it holds PROSE_CHARS characters of which links hold less
 * than LINK_SHARE, and it is not hidden; its characters are then credited to its parent, and
 * to its grandparent when the parent only wraps it, and the page's prose is the best credited
 * element's. A section front's teasers, a search result's snippets and a video page's
 * comments are each a short block in a card of their own, so no element gathers much; an
 * article's body gathers its paragraphs, and the walk stops there (most articles are decided
 * within their first paragraphs). Chinese, Japanese and Korean text says as much in fewer
 * characters: such a run counts CJK_WEIGHT times its length. Metadata that says "article"
 * (og:type, JSON-LD @type, schema.org markup or <article> around the prose) lowers the bar,
 * never replaces it.
 *
 * Without a cluster, the page gets the benefit of the doubt unless it shows a sign of a
 * non-article (the PRECHECK table lists them): the labelled corpus has short news items,
 * forum threads, tweets and test fragments that no cluster rule would pass. Some margins are
 * narrow on the pages at hand: LONG_BLOCK_CHARS (170) sits between the written search and mail
 * fixtures' longest snippets (145, 148) and a labelled tweet page's longest tweet (179).
 *
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldPrecheck` on the
 * global object of whatever loads it (the content script; the e2e tests and the benchmark load
 * it into pages too).
 */
(function (global) {
  'use strict';

  /** Every number of the pre-check, with why it has the value it has. */
  const PRECHECK = Object.freeze({
    // A block is prose from this many characters: about two sentences. A teaser's blurb, a
    // caption, a product bullet, a form's labels or a search snippet is usually shorter.
    PROSE_CHARS: 80,
    // …and only while links hold less than this share of its characters (a block of
    // headlines or a link list is links).
    LINK_SHARE: 0.5,
    // The page is an article once one element gathers this many characters of prose…
    ARTICLE_CHARS: 600,
    // …or this many when the page's metadata says it is an article (a short news brief).
    HINTED_CHARS: 200,
    // Without such a cluster the page is still given the benefit of the doubt (a short news
    // item, a forum thread, a tweet, a test page) unless it shows what a non-article is made of,
    // in this order:
    // - hardly any text (EMPTY_CHARS, links included) while scripts are there to draw it later:
    //   an app shell (with no script, such a page is a bare document: yes);
    EMPTY_CHARS: 200,
    // - og:type naming a product, a video, a profile… (NOT_ARTICLE_OG below);
    // - a password field on a page of less than FORM_PAGE_CHARS of text: a login form;
    FORM_PAGE_CHARS: 1500,
    // - prose only in short pieces, each apart: at least LIST_BLOCKS prose blocks, none of
    //   LONG_BLOCK_CHARS and no cluster of two such (a search engine cuts its snippets at about
    //   160 characters, a mail box its previews at the width of a row; a forum post or a tweet
    //   is as often longer);
    LIST_BLOCKS: 6,
    LONG_BLOCK_CHARS: 170,
    // - links holding at least LINKY_SHARE of the text and no prose block of LONG_BLOCK_CHARS:
    //   a section front of headlines.
    LINKY_SHARE: 0.5,
    // A CJK character counts this many times: a sentence takes about a third of the characters
    // it takes in a European language.
    CJK_WEIGHT: 3,
    // Text nodes read, at most; past it the check says yes (a page with that much text and no
    // cluster of prose in it so far is not one we can judge cheaply).
    MAX_TEXT_NODES: 6000,
    // Time budget of one check, read every CLOCK_EVERY text nodes; past it the check says yes.
    // MAX_TEXT_NODES is the bound that counts; this one is for a machine so slow or so loaded
    // that even those would hold the page's thread too long (a long task is 50 ms). In
    // Firefox every DOM read of a content script crosses a wrapper, and on a loaded machine a
    // few hundred text nodes took 10 ms.
    BUDGET_MS: 40,
    CLOCK_EVERY: 32,
    // JSON-LD scripts read for an @type, at most, and characters read of each.
    MAX_LD_SCRIPTS: 8,
    MAX_LD_CHARS: 20000,
    // A skipped page is checked once more after this long, when the browser is idle (a
    // single-page app may draw its article after the shim's first look); then never again.
    RECHECK_MS: 3000,
    RECHECK_IDLE_MS: 2000, // the longest the re-check waits for an idle moment
  });

  // og:type values and JSON-LD / schema.org types that mean an article.
  const ARTICLE_OG = /^(article|blog|news)/i;
  const NOT_ARTICLE_OG = /^(product|video|music|profile|book|business|place|restaurant)/i;
  const ARTICLE_TYPE =
    /"@type"\s*:\s*(\[[^\]]*)?"(NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)"/;
  const ARTICLE_MARKUP = 'article, [itemprop="articleBody"], [itemtype*="Article"], [itemtype*="BlogPosting"]';
  // Elements that sit inside a line of text: their text belongs to the block around them.
  const INLINE = new Set(
    'a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp small span strike strong sub sup time tt u var'.split(' '),
  );
  // Text that is not prose the reader sees.
  const NOT_TEXT = new Set('script style noscript template textarea title select option button svg'.split(' '));
  const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

  // The attributes the page-table rule hides by: only elements that carry one are read.
  const HIDING = '[hidden], [aria-hidden], [style]';

  /**
   * Whether `el` is hidden by the page-table rule (src/page.rs, through the generated shared.js:
   * the `hidden` attribute, aria-hidden, an inline display:none or visibility:hidden) on it or
   * an ancestor below the body (`above`: the body and its ancestors): what the core itself
   * leaves out. Not the computed style, whose first read would lay out the page before the
   * page is ready to. The ancestors that carry none of those attributes (nearly all) are
   * passed over by closest(), natively, in one call: reading three attributes of each
   * ancestor of each block was most of a small page's check in Firefox, where every DOM call
   * of a content script crosses a wrapper.
   */
  function hidden(el, above, style) {
    for (let e = el.closest(HIDING); e !== null && !above.has(e); e = e.parentElement && e.parentElement.closest(HIDING)) {
      const aria = e.getAttribute('aria-hidden');
      const inline = e.getAttribute('style');
      if (e.hasAttribute('hidden') || (aria !== null && aria.trim().toLowerCase() === 'true') || (inline !== null && style.test(inline))) return true;
    }
    return false;
  }

  /** The og:type of the page, lower-case ('' if none). */
  function ogType(doc) {
    const og = doc.head && doc.head.querySelector('meta[property="og:type"], meta[name="og:type"]');
    return og ? (og.getAttribute('content') || '').trim().toLowerCase() : '';
  }

  /** Whether the page's JSON-LD names an article (the first MAX_LD_SCRIPTS, head or body). */
  function ldArticle(doc) {
    const scripts = doc.getElementsByTagName('script');
    let read = 0;
    for (let i = 0; i < scripts.length && read < PRECHECK.MAX_LD_SCRIPTS; i++) {
      const s = scripts[i];
      if ((s.getAttribute('type') || '').trim().toLowerCase() !== 'application/ld+json') continue;
      read += 1;
      if (ARTICLE_TYPE.test((s.textContent || '').slice(0, PRECHECK.MAX_LD_CHARS))) return true;
    }
    return false;
  }

  /**
   * Judge `doc`. Returns {article, why, prose, texts, chars, links, ms}:
   * - yes: `why` is 'prose' (a cluster of ARTICLE_CHARS), 'hinted' (metadata and a cluster of
   *   HINTED_CHARS), 'bare' (a page of a few words and no script), 'doubt' (no sign of a
   *   non-article), or 'budget' / 'nodes' (a bound cut the check short);
   * - no: 'empty', 'og', 'password', 'list' or 'linky' (the sign of a non-article it found), or
   *   'no-body'.
   * `prose` is the best cluster's weighted characters, `texts` the text nodes read, `chars` and
   * `links` the weighted characters outside and inside links, `blocks` the prose blocks and
   * `longest` the longest one's characters. `budgetMs` overrides BUDGET_MS
   * (the tests judge the rules themselves, whatever the machine's speed).
   */
  function check(doc, { budgetMs = PRECHECK.BUDGET_MS } = {}) {
    const start = performance.now();
    let best = 0;
    let bestEl = null;
    let texts = 0;
    let total = 0; // weighted characters outside links
    let linked = 0; // …and inside links
    let proseBlocks = 0;
    let longest = 0; // the longest prose block's characters outside links
    const done = (article, why) => ({ article, why, prose: best, texts, chars: total, links: linked, blocks: proseBlocks, longest, ms: performance.now() - start });
    const body = doc.body;
    if (!body) return done(false, 'no-body');
    const shared = global.BoilerfoldShared;
    const style = new RegExp(shared ? shared.hiddenStyle : 'display\\s*:\\s*none|visibility\\s*:\\s*hidden', 'i');
    const above = new Set();
    for (let e = body; e !== null; e = e.parentElement) above.add(e);
    const blocks = new Map(); // block element → {chars, links, credited, shown, linked}
    const credit = new Map(); // element → prose characters credited to it
    const add = (el, chars) => {
      if (!el || el === doc.documentElement) return;
      const sum = (credit.get(el) || 0) + chars;
      credit.set(el, sum);
      if (sum > best) {
        best = sum;
        bestEl = el;
      }
    };
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (++texts > PRECHECK.MAX_TEXT_NODES) return done(true, 'nodes');
      if (texts % PRECHECK.CLOCK_EVERY === 0 && performance.now() - start > budgetMs) return done(true, 'budget');
      const data = node.data;
      let chars = data.trim().length;
      if (chars === 0) continue;
      if (CJK.test(data)) chars *= PRECHECK.CJK_WEIGHT;
      // Its block, and whether a link holds it on the way up.
      let el = node.parentElement;
      if (!el) continue;
      // Each DOM property read once (in Firefox every read of a content script crosses a
      // wrapper).
      let tag = el.localName;
      if (NOT_TEXT.has(tag)) continue;
      let link = false;
      while (INLINE.has(tag)) {
        const up = el.parentElement;
        if (!up) break;
        if (tag === 'a') link = true;
        el = up;
        tag = el.localName;
      }
      let b = blocks.get(el);
      if (!b) {
        // A block inside a link (a teaser's heading, a result's title) is all link.
        b = { chars: 0, links: 0, credited: 0, shown: !hidden(el, above, style), linked: el.closest('a') !== null };
        blocks.set(el, b);
      }
      if (!b.shown) continue;
      link = link || b.linked;
      b.chars += chars;
      if (link) {
        b.links += chars;
        linked += chars;
      } else {
        total += chars;
      }
      if (b.chars < PRECHECK.PROSE_CHARS || b.links >= b.chars * PRECHECK.LINK_SHARE) continue;
      // A prose block's new characters go to its parent, and to its grandparent when the parent
      // only wraps it (an article whose paragraphs each sit in a wrapper of their own); not
      // when the parent holds more (a teaser card's heading and blurb: the grid above it would
      // gather every card's blurb).
      const own = b.chars - b.links;
      if (b.credited === 0) proseBlocks += 1;
      if (own > longest) longest = own;
      const gain = own - b.credited;
      b.credited = own;
      const parent = el.parentElement;
      add(parent, gain);
      if (parent && parent.childElementCount === 1) add(parent.parentElement, gain);
      if (best >= PRECHECK.ARTICLE_CHARS) return done(true, 'prose');
    }
    const og = ogType(doc);
    const hinted = ARTICLE_OG.test(og) || (bestEl && bestEl.closest(ARTICLE_MARKUP)) || ldArticle(doc);
    if (hinted && best >= PRECHECK.HINTED_CHARS) return done(true, 'hinted');
    const text = total + linked;
    if (text < PRECHECK.EMPTY_CHARS) return doc.getElementsByTagName('script').length > 0 ? done(false, 'empty') : done(true, 'bare');
    if (NOT_ARTICLE_OG.test(og)) return done(false, 'og');
    if (text < PRECHECK.FORM_PAGE_CHARS && body.querySelector('input[type="password" i]')) return done(false, 'password');
    const long = PRECHECK.LONG_BLOCK_CHARS;
    if (proseBlocks >= PRECHECK.LIST_BLOCKS && longest < long && best < 2 * long) return done(false, 'list');
    if (linked >= text * PRECHECK.LINKY_SHARE && best < long) return done(false, 'linky');
    return done(true, 'doubt');
  }

  global.BoilerfoldPrecheck = Object.freeze({ check, PRECHECK });
})(globalThis);
