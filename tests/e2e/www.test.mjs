/*
 * The demo page (build/www/, `make www`) in headless Chromium.
 *
 * The verdict the demo shows is checked against a second, independent run of the same core in
 * the same page: the sample's HTML parsed with DOMParser, collected with collect.js and
 * classified with classifyWire. The seed page's known clutter (tests/fixtures/seed/*.labels.json)
 * must be flagged with the right label, and the article must stay.
 *
 * Screenshots go to tests/e2e/artifacts/www-*.png. The one for the README,
 * docs/screenshots/www-demo.png, is refreshed when it is missing or UPDATE_SCREENSHOTS=1.
 */
/* global BoilerfoldCollect, wasm_bindgen -- defined in the demo page, used by code run inside it */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { SHARED } from './lib/pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = path.join(ROOT, 'build/www');
const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const README_SHOT = path.join(ROOT, 'docs/screenshots/www-demo.png');
const SEED = 'de-wordpress';
const SEED_LABELS = JSON.parse(fs.readFileSync(path.join(ROOT, `tests/fixtures/seed/${SEED}.labels.json`), 'utf8'));
const LABELS = SHARED.labels.map((l) => l.id);

let server;
let browser;
let page;

before(async () => {
  if (!fs.existsSync(path.join(WWW, 'index.html')) || !fs.existsSync(path.join(WWW, 'pkg/boilerfold_bg.wasm'))) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-www.mjs')], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(r.status, 0, 'scripts/build-www.mjs failed');
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ root: WWW });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

/** Wait until the demo has shown and classified the page `sample` (run > afterRun). */
async function waitReady(sample, afterRun = 0) {
  await page.waitForFunction(
    ({ sample, afterRun }) => {
      const d = document.documentElement.dataset;
      return d.state === 'ready' && d.sample === sample && Number(d.run) > afterRun;
    },
    { sample, afterRun },
    { timeout: 30000 },
  );
}

function currentRun() {
  return page.evaluate(() => Number(document.documentElement.dataset.run || 0));
}

/** The same core, run again on `html` parsed outside the demo's iframe. */
function independentVerdict(html) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const { parents, packed } = BoilerfoldCollect.collect(doc.body);
    return JSON.parse(wasm_bindgen.classifyWire(parents, packed, '{"include_text":true}'));
  }, html);
}

/**
 * Compare what the demo shows with a verdict: legend counts, fold count, and for every block
 * and fold the attribute on the matching element of the iframe (found by its element-child
 * path from <body>, skipping the demo's own fold bars). Returns a list of mismatches.
 */
function compareWithDisplay(html, verdict) {
  return page.evaluate(
    ({ html, verdict, labels }) => {
      const problems = [];
      const counts = Object.fromEntries(labels.map((l) => [l, 0]));
      for (const b of verdict.blocks) counts[b.label]++;
      for (const l of labels) {
        const shown = document.getElementById(`count-${l}`).textContent.trim();
        if (shown !== String(counts[l])) problems.push(`legend ${l}: shows ${shown}, verdict has ${counts[l]}`);
      }
      const foldsShown = document.getElementById('count-folds').textContent.trim();
      if (foldsShown !== String(verdict.folds.length)) problems.push(`folds: shows ${foldsShown}, verdict has ${verdict.folds.length}`);

      const doc = new DOMParser().parseFromString(html, 'text/html');
      const { nodes } = BoilerfoldCollect.collect(doc.body);
      const frameDoc = document.getElementById('view').contentDocument;
      const kids = (el) => [...el.children].filter((c) => c.localName !== 'bf-demo-bar');
      const pathOf = (el) => {
        const p = [];
        while (el && el !== doc.body) {
          p.unshift([...el.parentElement.children].indexOf(el));
          el = el.parentElement;
        }
        return p;
      };
      const resolve = (p) => p.reduce((el, i) => (el ? kids(el)[i] : null), frameDoc.body);
      const firstLabel = new Map();
      for (const b of verdict.blocks) if (!firstLabel.has(b.node)) firstLabel.set(b.node, b.label);
      for (const [node, label] of firstLabel) {
        const el = resolve(pathOf(nodes[node]));
        const shown = el ? el.getAttribute('data-bf-label') : null;
        if (shown !== label) problems.push(`block at node ${node}: shown ${shown}, verdict ${label}`);
      }
      for (const f of verdict.folds) {
        const el = resolve(pathOf(nodes[f.node]));
        const shown = el ? el.getAttribute('data-bf-fold') : null;
        if (shown !== f.label) problems.push(`fold at node ${f.node}: shown ${shown}, verdict ${f.label}`);
      }
      const foldEls = frameDoc.querySelectorAll('[data-bf-fold]').length;
      if (foldEls !== verdict.folds.length) problems.push(`iframe has ${foldEls} fold roots, verdict ${verdict.folds.length}`);
      return problems;
    },
    { html, verdict, labels: LABELS },
  );
}

/** For each snippet: the fold label of the innermost iframe element holding it (null: not folded). */
function foldLabelsOf(snippets) {
  return page.evaluate((snippets) => {
    const doc = document.getElementById('view').contentDocument;
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const out = {};
    for (const snippet of snippets) {
      let best = null;
      for (const el of doc.body.querySelectorAll('*')) {
        if (el.localName === 'bf-demo-bar' || el.closest('bf-demo-bar')) continue;
        if (norm(el.textContent).includes(snippet)) best = el; // later = deeper (document order)
      }
      if (!best) out[snippet] = 'NOT FOUND';
      else {
        const root = best.closest('[data-bf-fold]');
        out[snippet] = root ? root.getAttribute('data-bf-fold') : null;
      }
    }
    return out;
  }, snippets);
}

function shot(name) {
  return page.screenshot({ path: path.join(ARTIFACTS, `www-${name}.png`) });
}

/** Tests after the first may run alone (--test-name-pattern): open the seed page if needed. */
async function ensureSeed() {
  const d = await page.evaluate(() => ({ ...document.documentElement.dataset })).catch(() => ({}));
  if (d.state === 'ready' && d.sample === SEED) return;
  await page.goto(server.url);
  await waitReady(SEED);
}

const SEED_HTML = () => fs.readFileSync(path.join(WWW, `samples/${SEED}.html`), 'utf8');

test('the demo opens on the German seed page and shows the core\'s verdict', { timeout: 90000 }, async () => {
  await page.goto(server.url);
  await waitReady(SEED);
  assert.equal(await page.inputValue('#sample'), SEED, 'the German seed page is selected by default');
  assert.match(await page.textContent('#core-version'), /^core \d+\.\d+/);

  const html = SEED_HTML();
  const verdict = await independentVerdict(html);
  assert.ok(verdict.blocks.length > 20, `the seed page has blocks (${verdict.blocks.length})`);
  assert.deepEqual(await compareWithDisplay(html, verdict), [], 'the demo shows exactly the verdict');
  const shownText = await page.evaluate(() =>
    [...document.querySelectorAll('#article-text p')].map((p) => p.textContent).join('\n'));
  assert.equal(shownText, verdict.article_text, 'the article text panel shows article_text');

  // Nothing was requested from anywhere but the demo's own server (the CSP blocks the sample's
  // remote images and styles; the sandbox blocks its scripts).
  for (const entry of server.log) assert.ok(entry.url.startsWith('/'), entry.url);
});

test('the seed page\'s appeal, related link and comment form are flagged, the article is not', { timeout: 60000 }, async () => {
  await ensureSeed();
  const snippets = {
    donation: ['Dear readers,', 'please support us monthly starting from just $2'],
    related: ['Related article: Russian and U.S. Officials Meet in Istanbul for Embassy Talks'],
    comment: ['Schreibe einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht.'],
  };
  const all = Object.values(snippets).flat();
  const found = await foldLabelsOf([...all, ...SEED_LABELS.must_stay]);
  const wrong = [];
  for (const [label, list] of Object.entries(snippets)) {
    for (const s of list) if (found[s] !== label) wrong.push(`${JSON.stringify(s)}: ${found[s]}, expected ${label}`);
  }
  for (const s of SEED_LABELS.must_stay) if (found[s] !== null) wrong.push(`article text ${JSON.stringify(s.slice(0, 50))} is in a ${found[s]} fold`);
  assert.deepEqual(wrong, []);

  // The form itself sits in the comment fold root, which is focusable and explains itself.
  const formFold = await page.evaluate(() => {
    const form = document.getElementById('view').contentDocument.getElementById('commentform');
    const root = form.closest('[data-bf-fold]');
    return root ? { label: root.getAttribute('data-bf-fold'), tabindex: root.getAttribute('tabindex') } : null;
  });
  assert.deepEqual(formFold, { label: 'comment', tabindex: '0' });
});

test('hover and keyboard focus show a block\'s label, confidence and reasons', { timeout: 60000 }, async () => {
  await ensureSeed();
  const frame = page.frameLocator('#view');
  const appeal = frame.locator('p', { hasText: 'Dear readers,' }).first();
  await appeal.scrollIntoViewIfNeeded();
  await appeal.hover();
  const details = page.locator('#details');
  await details.locator('.badge').first().waitFor();
  const text = await details.textContent();
  assert.ok(text.includes(SHARED.labels.find((l) => l.id === 'donation').name), `details: ${text}`);
  assert.match(text, /confidence \d+%/);
  assert.match(text, /Dear readers,/);
  assert.ok((await details.locator('.reasons li').count()) > 0, 'at least one reason is listed');
  // Screenshot for the README: the inline related line and the appeal in view, "why" filled in.
  await page.evaluate(() => {
    const doc = document.getElementById('view').contentDocument;
    const related = [...doc.querySelectorAll('p')].find((p) => p.textContent.includes('Related article:'));
    if (related) related.scrollIntoView({ block: 'start' });
    doc.defaultView.scrollBy(0, -120);
  });
  await appeal.hover();
  await shot('flagged');
  if (!fs.existsSync(README_SHOT) || process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.dirname(README_SHOT), { recursive: true });
    fs.copyFileSync(path.join(ARTIFACTS, 'www-flagged.png'), README_SHOT);
  }

  // Keyboard: Tab from the last control before the frame walks into the page; every fold root
  // is a tab stop, and focusing one describes the region.
  await page.focus('#mode-flagged');
  let reached = null;
  for (let i = 0; i < 200 && reached !== 'comment'; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const active = document.getElementById('view').contentDocument.activeElement;
      return active && active.getAttribute('data-bf-fold');
    });
  }
  assert.equal(reached, 'comment', 'Tab reaches the comment fold root');
  const focused = await details.textContent();
  assert.match(focused, /Comments region would be folded/, `details after focus: ${focused}`);
});

test('folded mode hides the clutter behind bars and keeps the article visible', { timeout: 60000 }, async () => {
  await ensureSeed();
  await page.click('label[for="mode-folded"]');
  const frame = page.frameLocator('#view');
  const bars = frame.locator('bf-demo-bar');
  const folds = Number(await page.textContent('#count-folds'));
  assert.ok(folds >= 3, `the seed page has at least 3 fold regions (${folds})`);
  assert.equal(await bars.count(), folds);
  assert.equal(await bars.first().isVisible(), true);
  for (const snippet of ['Dear readers,', 'Related article:', 'Schreibe einen Kommentar']) {
    assert.equal(await frame.getByText(snippet).first().isVisible(), false, `${snippet} is folded away`);
  }
  for (const s of SEED_LABELS.must_stay.slice(0, 6)) {
    assert.equal(await frame.getByText(s, { exact: false }).first().isVisible(), true, `${s.slice(0, 40)} stays visible`);
  }
  await page.evaluate(() => {
    const bar = document.getElementById('view').contentDocument.querySelector('bf-demo-bar');
    bar.scrollIntoView({ block: 'start' });
    bar.ownerDocument.defaultView.scrollBy(0, -240);
  });
  await shot('folded');

  // A bar's Show button opens its region again.
  const commentBar = frame.locator('bf-demo-bar[data-label="comment"]').first();
  await commentBar.scrollIntoViewIfNeeded();
  await commentBar.locator('button').click();
  assert.equal(await commentBar.locator('button').getAttribute('aria-expanded'), 'true');
  assert.equal(await frame.getByText('Schreibe einen Kommentar').first().isVisible(), true);
  await page.click('label[for="mode-flagged"]');
});

test('the article downloads as Markdown with its headline as a heading', { timeout: 60000 }, async () => {
  await ensureSeed();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-md')]);
  const file = await download.path();
  const md = fs.readFileSync(file, 'utf8');
  assert.match(md, /^# Kremlin Rules Out Returning Annexed Ukrainian Regions in Future Peace Talks$/m);
  assert.match(md, /^The Kremlin on Thursday ruled out relinquishing control/m);
  assert.doesNotMatch(md, /Dear readers/, 'the appeal is not part of the article');
  assert.equal(download.suggestedFilename(), `${SEED}.md`);
});

test('pasted HTML is classified: a paragraph stays, a WordPress comment form is flagged', { timeout: 60000 }, async () => {
  const snippet = `<!DOCTYPE html><html lang="en"><head><title>Pasted</title></head><body>
<article class="post"><h1 class="entry-title">Harbour ferry returns after winter repairs</h1>
<div class="entry-content">
<p>The harbour ferry resumed its regular crossings on Monday morning after eleven weeks in dry dock, where engineers replaced both propeller shafts and rebuilt the passenger deck.</p>
<p>Commuters queued from half past six, and the first crossing left on time with more than two hundred passengers on board, according to the operator's figures.</p>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://example.org/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name</label> <input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email</label> <input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
</form></div></div></body></html>`;
  const run = await currentRun();
  await page.click('#paste-toggle');
  await page.fill('#paste', snippet);
  await page.click('#paste-run');
  await waitReady('pasted', run);
  const verdict = await independentVerdict(snippet);
  assert.deepEqual(await compareWithDisplay(snippet, verdict), []);
  const found = await foldLabelsOf(['Leave a Reply', 'Your email address will not be published.', 'The harbour ferry resumed', 'Commuters queued']);
  assert.deepEqual(found, {
    'Leave a Reply': 'comment',
    'Your email address will not be published.': 'comment',
    'The harbour ferry resumed': null,
    'Commuters queued': null,
  });
  assert.match(await page.textContent('#article-text'), /The harbour ferry resumed its regular crossings/);
  assert.doesNotMatch(await page.textContent('#article-text'), /Leave a Reply/);
  await shot('pasted');
});

test('bad input gets a clear message and the page stays usable', { timeout: 60000 }, async () => {
  const run = await currentRun();
  const sampleBefore = await page.evaluate(() => document.documentElement.dataset.sample);
  const message = page.locator('#message');

  // An empty paste.
  await page.fill('#paste', '   \n ');
  await page.click('#paste-run');
  assert.match(await message.textContent(), /Nothing to classify: the paste box is empty/);
  assert.equal(await message.getAttribute('data-kind'), 'error');
  assert.equal(await message.getAttribute('aria-live'), 'polite');
  await page.click('#paste-cancel');

  // A binary file dropped on the page.
  const binary = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    dt.items.add(new File([bytes], 'photo.raw', { type: 'application/octet-stream' }));
    return dt;
  });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: binary });
  await page.waitForFunction(() => /binary/.test(document.getElementById('message').textContent));
  assert.match(await message.textContent(), /looks binary \(it contains NUL bytes\), not an HTML page/);
  await shot('error');

  // A 30 MB file.
  const big = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(30 * 1024 * 1024).fill(0x61)], 'huge.html', { type: 'text/html' }));
    return dt;
  });
  const t0 = Date.now();
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: big });
  await page.waitForFunction(() => /too large/.test(document.getElementById('message').textContent));
  assert.match(await message.textContent(), /too large for the demo \(30\.0 MB, limit 8 MB\) — use the boilerfold CLI/);
  assert.ok(Date.now() - t0 < 5000, 'the size check answers at once');

  // None of it replaced the page shown before, and the page still answers.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.sample), sampleBefore);
  assert.equal(await currentRun(), run);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready');

  // A good file through the file input still works afterwards.
  await page.setInputFiles('#file', {
    name: 'good.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<!DOCTYPE html><html><body><p>One paragraph of ordinary article text that should simply stay where it is.</p></body></html>'),
  });
  await waitReady('file', run);
  assert.match(await page.textContent('#sample-source'), /good\.html/);
});

test('dark mode follows the system and the page still shows the verdict', { timeout: 60000 }, async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('about:blank');
  await page.goto(`${server.url}#sample=${SEED}`);
  await waitReady(SEED);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background (${bg})`);
  assert.ok(Number(await page.textContent('#count-article')) > 0);
  await shot('dark');
  await page.emulateMedia({ colorScheme: 'light' });
});
