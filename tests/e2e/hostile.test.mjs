/*
 * Hostile pages, in Chromium and in Firefox ESR with the extension (issue "Hostile pages and bad
 * input", part 2). The pages are generated at test time by tests/fixtures/hostile/pages.mjs:
 *
 *    1 deep      200 000 nested <div>s (the parsers cap the depth: ~512 levels in Chromium)
 *    2 big       ~50 MB: the story, then sidebar widgets and comment threads
 *    3 links     100 000 links in a site index
 *    4 ticker    rewrites itself every 50 ms for 10 s
 *    5 infinite  appends a story (article + "Related" + comment form) every 250 ms for FEED_MS,
 *                keeping the newest 40 (virtualised)
 *    6 spa       swaps its view (article + comments) with history.pushState; Back pops one
 *    7 shadow    an open shadow root (never entered) and a same-origin iframe
 *    8 poison    Array.prototype, JSON, querySelector/getAttribute, MutationObserver,
 *                performance.now and WebAssembly replaced in the page's world by throwing traps
 *    9 typed     a comment form and a contenteditable box typed into with real key events, and
 *                late reply forms that take the focus
 *   10 csp       served with `script-src 'self'`
 *   11 churn     a big page (its table goes to the background, the fold roots are found again by
 *                position) that keeps moving its elements for 3 s: no fold on a wrong element
 *
 * For every page: Boilerfold reaches data-boilerfold-state="ready", the page's own self-test
 * passes (tests/fixtures/hostile/common.js: data-selftest="pass", which includes "no uncaught
 * error in the page"), none of the story's sentences is folded, the fold count on <html> matches
 * the folds in the page and every bar sits before its fold. On big, the site is also turned off
 * and on again through the popup (offCheck).
 *
 * Main-thread time. The shim does its work in slices, each one task and one User Timing measure:
 * boilerfold:collect, :classify and :fold for the first pass (the collection and the folding cut
 * into slices of ~12 ms, 8 ms on a big page; a big table is sent to the background in parts and
 * classified there, boilerfold:background measuring the wait, which is not the page's time),
 * boilerfold:fragment for late content. Chromium also gets a 'longtask' PerformanceObserver from an
 * init script that runs before any page or extension script; the longest long task overlapping one
 * of those measures is reported. What is ASSERTED is the measures' own durations, not wall-clock
 * gaps (robust on a slow, shared CI machine): on every page each measure of the page's thread
 * working for Boilerfold must be under TASK_LIMIT_MS (50 ms × BOILERFOLD_E2E_SLOW, default 3 →
 * 150 ms: Firefox measured one 97 ms fragment among sixty 1–10 ms ones, a GC pause most likely, so
 * the bound is generous); on the three huge pages the first pass's 95th percentile (see
 * HUGE_TASK_LIMIT_MS for why not its maximum). The median, 95th percentile and maximum are printed,
 * and so is the first pass's wall time from the first slice to the last.
 * Layout: on the pages that never change themselves (`still`: deep, big, links) the page's own
 * ResizeObserver on <html> (common.js) must see no change of height while the first pass makes
 * its folds, before the slices that show them (detail.revealing): every change there is a relayout
 * of the whole page, 0.6-0.9 s each on the 50 MB page in Chromium (extension/content/fold.js).
 * Memory, on the two pages that keep changing for a while (checkMemory): the ticker before and
 * after its 200 rewrites, the infinite feed before it starts, once it is full (40 stories,
 * dropping the oldest) and at its end, each after forced garbage collection. Chromium: the JS
 * heap (CDP Runtime.getHeapUsage: the page's world and the shim's) and the live DOM nodes,
 * attached or not (Memory.getDOMCounters); Firefox: Boilerfold's content-script realm and the
 * page's DOM in bytes, orphan nodes included (the memory reporters about:memory shows).
 * Asserted: the JS figure at the end < 5× the start, the DOM figure < 1.5× the ticker's start
 * and the full feed's.
 *
 * Run: make e2e (or, after make ext: node --test tests/e2e/hostile.test.mjs)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { By, until } from 'selenium-webdriver';
import { startServer } from '../../scripts/serve.mjs';
import { hostilePages } from '../fixtures/hostile/pages.mjs';
import { articleSentences } from '../fixtures/hostile/parts.mjs';
import { settledState } from './lib/checks.mjs';
import { launchChromiumWithExtension } from './lib/chromium-driver.mjs';
import { EXT_DIR, TIMEOUT, requireBuild, waitFor } from './lib/common.mjs';
import { launchFirefoxWithExtension } from './lib/firefox-driver.mjs';
import { startupPath } from './lib/inpage.mjs';
import { LONGTASK_INIT, armOffProbe, foldAround, foldProbe, foldedLabels, offProbe, selfTest, sentenceProbe, timingProbe, wrongFolds } from './lib/hostile-probes.mjs';
import { summarizeTimings, table } from './lib/hostile-report.mjs';
import { startRecordingProxy } from './lib/proxy.mjs';

const SLOW = Number(process.env.BOILERFOLD_E2E_SLOW || 3);
const TASK_LIMIT_MS = 50 * SLOW;
/**
 * On the three huge pages, Chromium's garbage collector may still stretch one slice now and
 * then (single tasks of 61-138 ms measured, among 80-480 with a 95th percentile of 12-31 ms):
 * V8 marks the page's DOM inside whatever task runs, and a content script's isolated world
 * holds each DOM wrapper it made by a weak handle that a major GC visits. Serialized mode
 * (collect.js) made far fewer of them; before it, traces of the links page showed single V8.GCFinalizeMC pauses of 58-117 ms
 * and tasks of up to 185 ms. There the 95th percentile must be under TASK_LIMIT_MS and the
 * longest task under HUGE_TASK_LIMIT_MS, which the old one-task first pass fails on all three
 * (0.7-5 s). Not lower: with another browser test running beside it on the 2 cores, one links
 * task took 382 ms once.
 */
const HUGE_TASK_LIMIT_MS = 200 * SLOW;
const HUGE = new Set(['deep', 'big', 'links']);
/** How long the infinite feed appends (30 s: the whole suite must stay within ~6 minutes). */
const FEED_MS = Number(process.env.BOILERFOLD_E2E_FEED_MS || 30_000);
/** Late content is classified at most MAX_WAIT_MS (2 s) after it arrived; allow for a slow machine. */
const LATE_MS = 15_000;
const HEAP_GROWTH_LIMIT = 5;
const NODE_GROWTH_LIMIT = 1.5;

const MANIFEST = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8'));
const ALL_FRAMES = MANIFEST.content_scripts.some((c) => c.all_frames === true);

function actionsFor(driver) {
  if (driver.name === 'chromium') {
    const page = driver.page;
    return {
      click: (selector) => page.locator(selector).first().click({ timeout: TIMEOUT }),
      clickInShadow: (host, selector) => page.locator(host).locator(selector).click({ timeout: TIMEOUT }),
      type: async (selector, text) => {
        await page.locator(selector).first().click({ timeout: TIMEOUT });
        await page.keyboard.type(text, { delay: 5 });
      },
      typeFocused: (text) => page.keyboard.type(text, { delay: 5 }),
      back: () => page.goBack({ timeout: TIMEOUT }).catch(() => null),
      /** Wait for a selector without running anything in the page's world (Playwright's utility world). */
      waitNative: (selector, timeout) => page.locator(selector).waitFor({ state: 'attached', timeout }),
      async heap() {
        const cdp = await driver.context.newCDPSession(page);
        try {
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          // Live DOM nodes, attached or not: nodes Boilerfold kept after the page dropped them count.
          const { nodes } = await cdp.send('Memory.getDOMCounters');
          return { heap: usedSize, nodes };
        } finally {
          await cdp.detach().catch(() => {});
        }
      },
      heapNames: { heap: 'JS heap', nodes: 'live DOM nodes', nodesText: String },
    };
  }
  const wd = driver.webdriver;
  const main = () => driver.eval(() => 0); // the driver switches back to the page's tab
  return {
    async click(selector) {
      await main();
      await (await wd.findElement(By.css(selector))).click();
    },
    async clickInShadow(host, selector) {
      await main();
      const root = await (await wd.findElement(By.css(host))).getShadowRoot();
      await (await root.findElement(By.css(selector))).click();
    },
    async type(selector, text) {
      await main();
      const el = await wd.findElement(By.css(selector));
      await el.click();
      await el.sendKeys(text);
    },
    async typeFocused(text) {
      await main();
      await wd.switchTo().activeElement().sendKeys(text);
    },
    async back() {
      await main();
      await wd.navigate().back();
    },
    /** WebDriver finds elements itself, without the page's builtins. */
    async waitNative(selector, timeout) {
      await wd.wait(until.elementLocated(By.css(selector)), timeout);
    },
    /** Firefox's memory reporters: the shim's own realm, and the page's DOM (orphan nodes included). */
    async heap() {
      const { shim, dom } = await driver.memory();
      return { heap: shim, nodes: dom };
    },
    heapNames: { heap: "Boilerfold's content-script realm", nodes: 'DOM memory', nodesText: (b) => `${Math.round(b / 1024)} KB` },
  };
}

const mb = (bytes) => (bytes / 1048576).toFixed(1);

/**
 * Memory at a page's start, at its `steady` state if it has one (named `steadyName`) and at its
 * end, each from act.heap() (after a garbage collection). At the end the JS figure must stay
 * under HEAP_GROWTH_LIMIT × the start, and the DOM figure (nodes attached or not) under
 * NODE_GROWTH_LIMIT × the steady state's (or the start's): the page then holds no more than it
 * did, so more means someone, Boilerfold or the page, keeps what the page dropped.
 */
function checkMemory(act, { start, steady, steadyName, end }, { fail, notes }) {
  const { heap: heapName, nodes: nodesName, nodesText } = act.heapNames;
  const steps = steady ? [start, steady, end] : [start, end];
  const named = (i) => (steady && i === 1 ? ` (${steadyName})` : '');
  notes.push(
    `${heapName} ${steps.map((m, i) => mb(m.heap) + named(i)).join(' → ')} MB, ${nodesName} ${steps.map((m, i) => nodesText(m.nodes) + named(i)).join(' → ')}`,
  );
  if (end.heap > start.heap * HEAP_GROWTH_LIMIT) fail.push(`${heapName} grew from ${mb(start.heap)} MB to ${mb(end.heap)} MB (> ${HEAP_GROWTH_LIMIT}×)`);
  const base = steady || start;
  if (end.nodes > base.nodes * NODE_GROWTH_LIMIT) fail.push(`${nodesName} grew from ${nodesText(base.nodes)} to ${nodesText(end.nodes)} (> ${NODE_GROWTH_LIMIT}×)`);
}

// ── the figures ────────────────────────────────────────────────────────────────────────────────




// ── the suite ──────────────────────────────────────────────────────────────────────────────────

const { routes } = hostilePages();

/**
 * The pages and what each does beyond the common checks. `run(ctx)` gets
 * {driver, act, fail, notes, url} and may push problems to `fail` and figures to `notes`.
 */
const PAGES = [
  { name: 'deep', url: '/hostile/deep.html', sentences: articleSentences(0), still: true },
  { name: 'big', url: '/hostile/big.html', sentences: articleSentences(0), still: true, turnOff: true },
  { name: 'links', url: '/hostile/links.html', sentences: articleSentences(0), still: true },
  {
    name: 'ticker',
    url: '/hostile/ticker.html',
    sentences: articleSentences(0),
    async run({ driver, act, fail, notes }) {
      const heap0 = await act.heap();
      await driver.eval(() => window.startTicker());
      await waitFor('the ticker to finish (10 s)', () => driver.eval(() => document.documentElement.getAttribute('data-ticker-done')), 60_000);
      // Let the last mutations be classified before the common checks.
      await new Promise((r) => setTimeout(r, 2500));
      const s = await driver.eval(() => window.tickerStats());
      notes.push(`${s.ticks} ticks, longest gap ${s.maxGap} ms`);
      // The page replaced its list ~200 times and holds as many nodes as before: so must memory.
      checkMemory(act, { start: heap0, end: await act.heap() }, { fail, notes });
    },
  },
  {
    name: 'infinite',
    url: '/hostile/infinite.html',
    sentences: articleSentences(0),
    async run({ driver, act, fail, notes, row }) {
      // Before the feed starts: the page's own story only.
      const heap0 = await act.heap();
      await driver.eval((ms) => window.startFeed(ms), FEED_MS);
      // Steady state: the feed is full (40 stories) and starts dropping the oldest.
      await waitFor('the feed to recycle its first story', async () => (await driver.eval(() => window.feedStats())).removed > 0, FEED_MS);
      const heapSteady = await act.heap();
      await waitFor(`the feed to finish (${FEED_MS / 1000} s)`, () => driver.eval(() => document.documentElement.getAttribute('data-feed-done')), FEED_MS + 60_000);
      const stats = await driver.eval(() => window.feedStats());
      // Every story still in the page: its related list and comment form folded, its text not.
      const probe = (n) => {
        const out = [];
        for (const item of document.querySelectorAll('#feed > .feed-item')) {
          const fold = (sel) => {
            const el = item.querySelector(sel);
            const f = el ? el.closest('[data-boilerfold]') : null;
            return f ? f.getAttribute('data-boilerfold') : null;
          };
          const paras = [...item.querySelectorAll('article p')];
          out.push({
            id: item.id,
            related: fold('.related-posts'),
            comment: fold('.comment-respond'),
            articleFolded: paras.filter((p) => p.closest('[data-boilerfold]') !== null || !p.checkVisibility()).length,
            paras: paras.length,
          });
        }
        return out.slice(-n);
      };
      let items;
      try {
        items = await waitFor('the newest stories to be folded', async () => {
          const list = await driver.eval(probe, 1000);
          return list.length > 0 && list.every((i) => i.related === 'related' && i.comment === 'comment') ? list : false;
        }, LATE_MS);
      } catch (err) {
        items = await driver.eval(probe, 1000);
        const bad = items.filter((i) => i.related !== 'related' || i.comment !== 'comment');
        fail.push(`${bad.length} of ${items.length} stories in the feed not folded as expected, e.g. ${JSON.stringify(bad.slice(0, 3))} (${err.message.split('\n')[0]})`);
      }
      const hiddenArticle = items.reduce((n, i) => n + i.articleFolded, 0);
      if (hiddenArticle > 0) fail.push(`${hiddenArticle} paragraphs of appended stories are folded or not rendered`);
      if (items.some((i) => i.paras !== 6)) fail.push('an appended story lost paragraphs');
      row.hidden += hiddenArticle;
      notes.push(`${stats.appended} appended, ${stats.removed} recycled, ${items.length} in page, all ${items.filter((i) => i.related === 'related' && i.comment === 'comment').length} folded`);
      // Once full, the page holds a constant number of stories: its DOM must stay level.
      checkMemory(act, { start: heap0, steady: heapSteady, steadyName: 'feed full', end: await act.heap() }, { fail, notes });
    },
  },
  {
    name: 'spa',
    url: '/hostile/spa.html',
    sentences: articleSentences(3), // the view shown at the end (after Back)
    async run({ driver, act, fail, notes, row }) {
      const checkView = async (n) => {
        try {
          await waitFor(`view ${n}'s comments to be folded`, async () => {
            const f = await driver.eval(foldAround, `#v${n}-comments`);
            return f.exists && f.fold === 'comment';
          }, LATE_MS);
        } catch (err) {
          fail.push(`view ${n}: ${err.message}`);
        }
        const probe = await driver.eval(sentenceProbe, articleSentences(n));
        const hidden = probe.filter((s) => !s.hits.some((h) => h.fold === null && h.rendered));
        row.hidden += hidden.length;
        if (hidden.length) fail.push(`view ${n}: ${hidden.length} article sentences hidden or missing`);
        const f = await driver.eval(foldProbe);
        if (String(f.folds) !== f.attr || f.strayBars > 0) fail.push(`view ${n}: folds ${f.folds}, attribute ${f.attr}, stray bars ${f.strayBars}`);
      };
      for (const n of [1, 2, 3, 4]) {
        await act.click(`a[data-view="${n}"]`);
        await checkView(n);
      }
      await act.back();
      await waitFor('Back to show view 3', () => driver.eval(() => document.documentElement.getAttribute('data-view') === '3'));
      await checkView(3);
      const s = await driver.eval(() => window.spaStats());
      notes.push(`${s.renders} renders, back → view ${s.current}`);
    },
  },
  {
    name: 'shadow+iframe',
    url: '/hostile/shadow.html',
    sentences: articleSentences(0),
    async run({ driver, act, fail, notes }) {
      await act.clickInShadow('#widget', 'button.like');
      const s = await driver.eval(() => {
        const frame = document.querySelector('iframe');
        const doc = frame.contentDocument;
        const host = document.getElementById('widget');
        return {
          frameState: doc ? doc.documentElement.getAttribute('data-boilerfold-state') : 'no document',
          frameFolds: doc ? doc.querySelectorAll('[data-boilerfold]').length : -1,
          frameBars: doc ? doc.querySelectorAll('boilerfold-bar').length : -1,
          hostFolded: host.closest('[data-boilerfold]') !== null,
          frameFolded: frame.closest('[data-boilerfold]') !== null,
          likes: window.shadowStats().likes,
        };
      });
      if (s.hostFolded) fail.push('the shadow host was folded');
      if (s.frameFolded) fail.push('the iframe element was folded');
      if (!ALL_FRAMES) {
        // The manifest keeps the content script out of frames: the frame must be untouched.
        if (s.frameState !== null || s.frameFolds !== 0 || s.frameBars !== 0) fail.push(`all_frames is false but the frame was touched: ${JSON.stringify(s)}`);
      } else if (s.frameState !== 'ready') {
        fail.push(`all_frames is true but the frame's state is ${s.frameState}`);
      }
      notes.push(`all_frames=${ALL_FRAMES}, frame state ${s.frameState}, ${s.frameFolds} frame folds, ${s.likes} like`);
    },
  },
  { name: 'poison', url: '/hostile/poison.html', sentences: articleSentences(0), armed: true, async run({ driver, fail, notes }) {
    const late = await driver.eval(foldAround, '#late-comments');
    if (late.fold !== 'comment') fail.push(`the late comment section (appended while the builtins were poisoned) is not folded: ${JSON.stringify(late)}`);
    const hits = await driver.eval(() => window.poisonHits());
    notes.push(`poisoned builtins called ${Object.keys(hits).length ? JSON.stringify(hits) : 'never'}`);
  } },
  {
    name: 'typed',
    url: '/hostile/typed.html',
    sentences: articleSentences(0),
    async run({ driver, act, fail, notes }) {
      const before = await driver.eval(foldAround, '#c0-comment');
      if (before.fold === 'comment') {
        // Folded on load (the comment section): open it with its bar's Show button, as a reader
        // would. Its bar is the last one before its fold root (adjacent folds share one bar).
        const index = await driver.eval(() => {
          const root = document.getElementById('c0-comment').closest('[data-boilerfold]');
          let at = -1;
          document.querySelectorAll('boilerfold-bar').forEach((b, i) => {
            if (b.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING) at = i;
          });
          return at;
        });
        await driver.clickBar(index, 'button.toggle');
        await waitFor('the comment section to open', async () => (await driver.eval(foldAround, '#c0-comment')).rendered);
      }
      const TEXT = 'Typed with a real keyboard.';
      const RICH = 'Rich text typed here.';
      await act.type('#c0-comment', TEXT);
      await act.type('#rich-editor', RICH);
      // A re-classification from scratch: the site off and on again through the popup.
      await driver.setSiteEnabled(false);
      await settledState(driver, 'off');
      await driver.setSiteEnabled(true);
      await settledState(driver, 'ready');
      const after1 = await driver.eval(() => ({
        form: document.getElementById('c0-comment').closest('[data-boilerfold]') !== null,
        rich: document.getElementById('rich-editor').closest('[data-boilerfold]') !== null,
        value: document.getElementById('c0-comment').value,
        richText: document.getElementById('rich-editor').textContent,
        active: document.activeElement ? document.activeElement.id || document.activeElement.localName : null,
        activeFolded: document.activeElement ? document.activeElement.closest('[data-boilerfold]') !== null : false,
      }));
      if (after1.form) fail.push('the comment form with typed text was folded again after re-classification');
      if (after1.rich) fail.push('the contenteditable box with typed text was folded again after re-classification');
      if (after1.value !== TEXT) fail.push(`the textarea holds ${JSON.stringify(after1.value)}`);
      if (after1.richText !== RICH) fail.push(`the contenteditable holds ${JSON.stringify(after1.richText)}`);
      if (after1.activeFolded) fail.push(`the focused element (${after1.active}) is folded`);
      // Late content that takes the focus: a reply form opened under a comment; type at once.
      const REPLY = 'Quick reply typed at once.';
      await act.click('a.open-reply');
      await act.typeFocused(REPLY);
      await new Promise((r) => setTimeout(r, 3000)); // past the debounce (at most 2 s)
      const reply = await driver.eval(() => {
        const form = document.getElementById('reply-form-1');
        return {
          exists: form !== null,
          folded: form ? form.closest('[data-boilerfold]') !== null : null,
          value: form ? form.querySelector('textarea').value : null,
          focused: form ? form.contains(document.activeElement) : false,
          fragments: performance.getEntriesByName('boilerfold:fragment').length,
        };
      });
      if (!reply.exists) fail.push('the reply form did not open');
      else {
        if (reply.folded) fail.push('the reply form holding the focus and typed text was folded');
        if (reply.value !== REPLY) fail.push(`the reply box holds ${JSON.stringify(reply.value)}`);
        if (!reply.focused) fail.push('the reply form lost the focus');
      }
      const all = await driver.eval(() => {
        const active = document.activeElement;
        return active && active !== document.body ? active.closest('[data-boilerfold]') !== null : false;
      });
      if (all) fail.push('the element holding the focus is inside a fold');
      notes.push(`c0 ${before.fold ? 'folded, opened, ' : ''}typed; after re-run form ${after1.form ? 'FOLDED' : 'kept'}; reply ${reply.folded ? 'FOLDED' : 'kept'} (${reply.fragments} fragments)`);
    },
  },
  {
    name: 'csp',
    url: '/hostile/csp.html',
    sentences: articleSentences(0),
    async run({ driver, fail, notes }) {
      try {
        await waitFor('the late comment section to be folded', async () => (await driver.eval(foldAround, '#late-comments')).fold === 'comment', LATE_MS);
      } catch (err) {
        fail.push(err.message);
      }
      const core = await driver.eval(startupPath);
      if (driver.name === 'chromium' && core !== 'background') fail.push(`expected the background fallback under script-src 'self' in Chromium, got "${core}"`);
      if (driver.name === 'firefox' && core !== 'content') fail.push(`expected the content script's own core in Firefox, got "${core}"`);
      const v = await driver.eval(() => window.cspStats().violations);
      notes.push(`core: ${core}; CSP violation events: ${v.length ? v.join(', ') : 'none'}`);
    },
  },
  {
    name: 'churn',
    url: '/hostile/churn.html',
    sentences: articleSentences(0),
    async run({ driver, fail, notes }) {
      await waitFor('the churn to end', () => driver.eval(() => document.documentElement.getAttribute('data-churn-done')), 60_000);
      // Roots lost to the churn are looked for again once the page is quiet (RETRY_MS, 1 s).
      try {
        await waitFor('the donation box, related list and comments to be folded', async () => {
          const l = await driver.eval(foldedLabels);
          return l.donation && l.related && l.comment;
        }, LATE_MS);
      } catch (err) {
        fail.push(err.message);
      }
      const wrong = await driver.eval(wrongFolds);
      if (wrong.length) fail.push(`folds on elements not of their label: ${wrong.join('; ')}`);
      const passes = await driver.eval(() => performance.getEntriesByName('boilerfold:fold').length);
      notes.push(`${passes} fold slices (passes and retries)`);
    },
  },
];

/**
 * Turn the site off through the popup and back on (issue 6: taking 8 249 folds back was one
 * task of 198 ms in Chromium, 663 ms in Firefox). Off must leave nothing of Boilerfold's in the
 * page, show every sentence and take no task over TASK_LIMIT_MS; after its first slice no bar
 * left may be rendered and no root left hidden (armOffProbe); on again must fold as many blocks
 * as before.
 */
async function offCheck(driver, def, fail, notes, folds) {
  const start = await driver.eval(armOffProbe);
  await driver.setSiteEnabled(false);
  try {
    await settledState(driver, 'off');
    const off = await driver.eval(offProbe);
    const longest = Math.max(0, ...off.slices);
    notes.push(`off: ${off.slices.length} slices, longest ${longest.toFixed(1)} ms`);
    if (off.slices.length === 0) fail.push('off: no boilerfold:off measure');
    if (longest > TASK_LIMIT_MS) fail.push(`off: a task took ${longest.toFixed(1)} ms (limit ${TASK_LIMIT_MS} ms)`);
    if (off.bars || off.attrs || off.styles) fail.push(`off: ${off.bars} bars, ${off.attrs} marked elements, ${off.styles} stylesheets of Boilerfold's left`);
    if (off.elements !== start.elements - start.ours) fail.push(`off: ${off.elements} elements, ${start.elements - start.ours} expected (${start.elements} with ${start.ours} bars and stylesheets of Boilerfold's before)`);
    const p = off.probe;
    if (!p) fail.push('off: no bar was taken out');
    else if (p.bars === 0) notes.push('off: done in one slice');
    else {
      notes.push(`off: after its first slice ${p.bars} bars and ${p.roots} roots left`);
      if (p.barsShown || p.rootsHidden) fail.push(`off: after the first slice ${p.barsShown} of ${p.bars} bars left rendered, ${p.rootsHidden} of ${p.roots} roots hidden`);
    }
    const hidden = (await driver.eval(sentenceProbe, def.sentences)).filter((s) => !s.hits.some((h) => h.fold === null && h.rendered));
    if (hidden.length) fail.push(`off: ${hidden.length} sentences not shown, e.g. ${hidden[0].sentence}`);
  } finally {
    await driver.setSiteEnabled(true);
  }
  const again = await settledState(driver, 'ready');
  if (again.folds !== String(folds)) fail.push(`on again: ${again.folds} folds, ${folds} before`);
}

let server;
let proxy;
const rows = [];

before(async () => {
  requireBuild();
  server = await startServer({ routes });
  proxy = await startRecordingProxy();
});

after(async () => {
  if (server) await server.close();
  if (proxy) await proxy.close();
  if (rows.length) console.log(`\nHostile pages: summary\n${table(rows)}\n`);
});

for (const [browserName, launch] of [
  ['chromium', launchChromiumWithExtension],
  ['firefox', launchFirefoxWithExtension],
]) {
  describe(`hostile pages in ${browserName}`, { timeout: TIMEOUT * 30 }, () => {
    let driver;
    let act;
    const pageErrors = [];
    const consoleLines = [];

    before(async () => {
      driver = await launch({ proxyPort: proxy.port, requests: [] });
      act = actionsFor(driver);
      if (driver.name === 'chromium') {
        await driver.context.addInitScript(LONGTASK_INIT);
        driver.page.on('pageerror', (err) => pageErrors.push(err.message));
        driver.page.on('console', (m) => {
          if (m.text().includes('Boilerfold')) consoleLines.push(m.text());
        });
        driver.page.on('crash', () => pageErrors.push('the page crashed'));
      }
    });

    after(async () => {
      if (driver) await driver.close();
    });

    for (const def of PAGES) {
      it(def.name, { timeout: TIMEOUT * 4 }, async () => {
        const fail = [];
        const notes = [];
        const row = { page: def.name, browser: browserName, folds: '-', corePath: '-', firstWall: null, firstMax: null, fragments: 0, fragMax: null, longTask: null, gap: null, hidden: 0, selftest: '-', notes: '' };
        rows.push(row);
        pageErrors.length = 0;
        consoleLines.length = 0;
        const t0 = Date.now();
        await driver.goto(server.url + def.url.slice(1));
        const loaded = Date.now() - t0;
        if (def.armed) {
          // Nothing may run in the page's world until it disarms its traps.
          await act.waitNative('html[data-armed="done"]', TIMEOUT);
        }
        const st = await settledState(driver);
        if (st.state !== 'ready') fail.push(`data-boilerfold-state is "${st.state}", expected "ready"`);
        if (def.run) await def.run({ driver, act, fail, notes, row, url: server.url + def.url.slice(1) });

        row.selftest = String(await driver.eval(selfTest));
        if (row.selftest !== 'pass') fail.push(`page self-test: ${row.selftest}`);
        const probe = await driver.eval(sentenceProbe, def.sentences);
        for (const s of probe) {
          if (s.hits.length === 0) fail.push(`sentence not in the page: ${s.sentence}`);
          else if (!s.hits.some((h) => h.fold === null && h.rendered)) {
            row.hidden += 1;
            fail.push(`article sentence hidden (${s.hits.map((h) => h.fold || 'not rendered').join(', ')}): ${s.sentence}`);
          }
        }
        const f = await driver.eval(foldProbe);
        row.folds = f.folds;
        if (String(f.folds) !== f.attr) fail.push(`data-boilerfold-folds="${f.attr}" but ${f.folds} folds in the page`);
        if (f.bars !== f.folds || f.strayBars > 0) fail.push(`${f.bars} bars for ${f.folds} folds (${f.strayBars} not before a fold)`);
        if (f.renderedFolds > 0) fail.push(`${f.renderedFolds} closed folds are rendered`);
        if (f.folds === 0) fail.push('nothing folded (each page carries a donation appeal, a related list and comments)');

        const timing = summarizeTimings(await driver.eval(timingProbe));
        Object.assign(row, { corePath: timing.corePath, firstWall: timing.firstWall, firstMax: timing.firstMax, fragments: timing.fragments, fragMax: timing.fragMax, longTask: timing.longTask, gap: timing.gap });
        notes.push(`first pass ${timing.firstSlices}: ${timing.firstDist}; longest ${timing.worst} ms`);
        if (timing.fragDist) notes.push(`fragments ${timing.fragDist}`);
        if (timing.firstMax === null) fail.push('no boilerfold:collect/fold measures');
        else if (HUGE.has(def.name)) {
          if (timing.firstP95 > TASK_LIMIT_MS) fail.push(`95th percentile of the first pass's tasks ${timing.firstP95.toFixed(1)} ms (limit ${TASK_LIMIT_MS} ms)`);
          if (timing.firstMax > HUGE_TASK_LIMIT_MS) fail.push(`a first-pass task took ${timing.firstMax.toFixed(1)} ms (limit ${HUGE_TASK_LIMIT_MS} ms on a huge page)`);
        } else if (timing.firstMax > TASK_LIMIT_MS) fail.push(`a first-pass task took ${timing.firstMax.toFixed(1)} ms (limit ${TASK_LIMIT_MS} ms)`);
        if (timing.fragMax > TASK_LIMIT_MS) fail.push(`a late-content task took ${timing.fragMax.toFixed(1)} ms (limit ${TASK_LIMIT_MS} ms)`);
        if (timing.relayouts !== null) notes.push(`page height changed ${timing.relayouts}× in ${timing.foldSlices - timing.revealSlices} fold slices before the ${timing.revealSlices} showing the folds`);
        else if (def.still) fail.push('no boilerfold:fold measure says it showed the folds (detail.revealing)');
        if (def.still && timing.relayouts > 0) fail.push(`the page's height changed ${timing.relayouts} times while the first pass made its folds, before it showed them`);
        if (def.turnOff) await offCheck(driver, def, fail, notes, f.folds);
        if (pageErrors.length) fail.push(`page errors: ${pageErrors.join(' | ')}`);
        if (consoleLines.length) notes.push(`console: ${consoleLines.join(' | ').slice(0, 200)}`);
        notes.unshift(`load ${(loaded / 1000).toFixed(1)} s`);
        row.notes = notes.join('; ');
        console.log(`${browserName} ${def.name}: ${JSON.stringify({ ...f, ...timing, selftest: row.selftest, notes: row.notes })}`);
        assert.deepEqual(fail, [], `${browserName} ${def.name}:\n  - ${fail.join('\n  - ')}`);
      });
    }
  });
}
