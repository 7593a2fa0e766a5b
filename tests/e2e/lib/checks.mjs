/*
 * The checks both browser suites run on every page, written once against a small driver
 * interface (chromium-driver.mjs, firefox-driver.mjs):
 *
 *   driver.name, driver.uiLocale, driver.goto(url), driver.eval(fn, arg),
 *   driver.clickBar(index, selector), driver.pressKey(key), driver.setSiteEnabled(on),
 *   driver.screenshot(file)
 *
 * A page's checks collect every problem into a list (so one run shows all of them) and return a
 * summary row; the test then asserts the list is empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cliClassify, cliFolds } from './cli.mjs';
import { ARTIFACTS, PAGE_RULES, REPO, SHARED, TIMEOUT, waitFor } from './common.mjs';
import { barState, firstUsableBar, inspectPage, outerHtml, pageState, scrollToBar, scrollToText, startupPath } from './inpage.mjs';

export const CLUTTER = SHARED.labels.filter((l) => l.clutter).map((l) => l.id);

const squeeze = (s) => s.replace(/\s+/g, '');
const short = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Wait until the shim has settled on a state (ready, off or error) and return it. */
export async function settledState(driver, want = null) {
  const done = await waitFor(
    want ? `data-boilerfold-state="${want}"` : 'data-boilerfold-state to be set (ready/off/error)',
    async () => {
      const s = await driver.eval(pageState);
      if (want ? s.state === want : ['ready', 'off', 'error'].includes(s.state)) return s;
      return false;
    },
  );
  return done;
}

/** Where two strings first differ, with context: for readable failure messages. */
export function firstDifference(a, b) {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return (
    `lengths ${a.length} vs ${b.length}, first difference at offset ${i}:\n` +
    `    expected …${JSON.stringify(a.slice(from, i + 120))}\n` +
    `    actual   …${JSON.stringify(b.slice(from, i + 120))}`
  );
}

/**
 * Snippet checks on an inspected page. Returns counts and adds problems to `fail` (and to
 * `warn` for annotation problems on corpus pages, which are not the extension's fault).
 */
function snippetChecks(page, report, fail, warn) {
  const strict = page.kind === 'seed';
  const annotationProblem = strict ? fail : warn;
  let clutter = 0;
  let folded = 0;
  let left = 0;
  const missed = [];
  for (const label of CLUTTER) {
    for (const { snippet, hits } of report.snippets[label] || []) {
      if (hits.length === 0) {
        annotationProblem.push(`${label} snippet not found in the page: ${JSON.stringify(short(snippet))}`);
        continue;
      }
      clutter++;
      if (hits.some((h) => h.fold === label)) {
        folded++;
      } else if (hits.some((h) => h.left === label)) {
        // Left unfolded on purpose by the placement rules (place.js: a crumb no taller than a
        // bar, inside a link or line, or not rendered): not folded, and not a miss of the core.
        left++;
      } else {
        const where = [...new Set(hits.map((h) => h.fold || 'not folded'))].join(', ');
        missed.push(`${label} snippet ${JSON.stringify(short(snippet))} is not in a ${label} fold (${where})`);
      }
    }
  }
  let hidden = 0;
  const keepVisible = (kind) => {
    for (const { snippet, hits } of report.snippets[kind] || []) {
      if (hits.length === 0) {
        annotationProblem.push(`${kind} sentence not found in the page: ${JSON.stringify(short(snippet))}`);
        continue;
      }
      const visibleSomewhere = hits.some((h) => h.rendered && h.fold === null);
      const foldedSomewhere = hits.some((h) => h.fold !== null);
      if (!visibleSomewhere && foldedSomewhere) {
        if (kind === 'must_stay') hidden++;
        const where = [...new Set(hits.map((h) => h.fold || 'not folded'))].join(', ');
        fail.push(`${kind} text hidden by a fold (${where}): ${JSON.stringify(short(snippet))}`);
      } else if (!visibleSomewhere) {
        warn.push(`${kind} text not rendered even outside folds (page's own CSS): ${JSON.stringify(short(snippet))}`);
      }
    }
  };
  keepVisible('must_stay');
  if (strict) keepVisible('other_must_not_fold');
  if (strict) {
    fail.push(...missed);
    // Exactly the labelled blocks: every fold must hold at least one snippet of its label.
    for (const f of report.folds) {
      const keys = (page.labels[f.label] || []).map(squeeze);
      if (!keys.some((k) => k !== '' && f.key.includes(k))) {
        fail.push(`fold holds no labelled ${f.label} snippet (nothing else may be folded): <${f.tag}> ${JSON.stringify(short(f.preview))}`);
      }
    }
  } else {
    warn.push(...missed);
  }
  return { clutter, folded, left, hidden };
}

/** The tallest a closed bar may be (issue 18: one slim line at every width). */
export const MAX_BAR_PX = 28;

/**
 * The bars a reader sees: no taller than MAX_BAR_PX, never inside a link, button, label or
 * toolbar, and never two with nothing between them (adjacent folds share one bar).
 */
export function barChecks(report, fail) {
  for (const b of report.bars.filter((x) => x.rendered)) {
    if (b.height > MAX_BAR_PX) fail.push(`a bar is ${b.height} px tall (at most ${MAX_BAR_PX}): ${JSON.stringify(short(b.text))}`);
    if (b.inside) fail.push(`a bar is inside <${b.inside}>: ${JSON.stringify(short(b.text))}`);
  }
  for (const i of report.adjacentBars) {
    fail.push(`two bars with nothing between them: ${JSON.stringify(short(report.bars[i].text))} and ${JSON.stringify(short(report.bars[i + 1].text))}`);
  }
}

/** The extension's folds must be the CLI's folds on the same bytes: same labels and texts. */
export function cliParity(page, report, fail) {
  const verdict = cliClassify(page.body);
  const expected = cliFolds(verdict).map((f) => ({ label: f.label, key: squeeze(f.text), text: f.text }));
  // The shim's folds, and the core's folds it left unfolded on purpose (place.js).
  const actual = [...report.folds, ...report.left].map((f) => ({ ...f, used: false }));
  const unmatched = [];
  for (const e of expected) {
    const m = actual.find((a) => !a.used && a.label === e.label && a.key === e.key);
    if (m) m.used = true;
    else unmatched.push(e);
  }
  const extra = actual.filter((a) => !a.used);
  if (expected.length !== actual.length || unmatched.length > 0 || extra.length > 0) {
    const lines = [`browser folds differ from \`boilerfold classify\` (CLI ${expected.length}, browser ${report.folds.length} folded + ${report.left.length} left)`];
    for (const e of unmatched) lines.push(`  only in CLI:     ${e.label} ${JSON.stringify(short(e.text))}`);
    for (const a of extra) lines.push(`  only in browser: ${a.label} ${JSON.stringify(short(a.preview))}`);
    fail.push(lines.join('\n'));
    return false;
  }
  return expected.length;
}

/**
 * The sentences a locale's catalogue can make for a fold's reasons, as patterns: every
 * `reason_<code>` template with its placeholders as wildcards, and "no reason recorded".
 */
export function reasonPatterns(locale) {
  const file = path.join(REPO, 'extension/_locales', locale, 'messages.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
  const esc = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pats = [];
  for (const [key, m] of Object.entries(messages)) {
    if (!key.startsWith('reason_') && key !== 'barNoReasons') continue;
    const parts = m.message.split(/\$[A-Za-z_]+\$/);
    pats.push(new RegExp(`^${parts.map(esc).join('.+?')}$`, 's'));
  }
  return pats;
}

/** Open bar `index`'s small menu (Why?, Not clutter) unless it is open. */
async function openMenu(driver, index) {
  if (!(await driver.eval(barState, index)).menuOpen) await driver.clickBar(index, 'button.more');
}

async function toggleChecks(driver, report, fail, shots) {
  if (report.folds.length === 0) return;
  const index = await driver.eval(firstUsableBar);
  if (index < 0) {
    fail.push('folds exist but no bar is rendered with a Show button before a fold with text');
    return;
  }
  const before = await driver.eval(barState, index);
  if (before.expanded !== 'false' || before.open || before.rendered) {
    fail.push(`a closed fold should be hidden with aria-expanded="false": ${JSON.stringify(before)}`);
  }
  // Why?, from the bar's menu: the reasons in the browser's UI language, as sentences of its
  // catalogue (never a code or a selector).
  await openMenu(driver, index);
  await driver.clickBar(index, 'button.why');
  const reasons = (await driver.eval(barState, index)).reasons;
  const patterns = reasonPatterns(driver.uiLocale || 'en');
  if (reasons.length === 0) fail.push('Why? listed no reasons');
  for (const r of reasons) {
    if (!patterns.some((p) => p.test(r))) fail.push(`a reason is not a sentence of the ${driver.uiLocale || 'en'} catalogue: ${JSON.stringify(r)}`);
  }
  await driver.clickBar(index, 'button.toggle');
  try {
    await waitFor('Show to open the fold', async () => {
      const s = await driver.eval(barState, index);
      return s.expanded === 'true' && s.open && s.rendered ? s : false;
    });
  } catch (err) {
    fail.push(`Show: ${err.message}`);
    return;
  }
  const opened = await driver.eval(barState, index);
  if (!opened.endAfter) fail.push('a shown fold has no end line (<boilerfold-end>) after its last block');
  if (shots) {
    await driver.eval(scrollToBar, index);
    await driver.screenshot(path.join(ARTIFACTS, `${shots}-bar-open.png`));
  }
  await driver.clickBar(index, 'button.toggle');
  try {
    await waitFor('Hide to fold again', async () => {
      const s = await driver.eval(barState, index);
      return s.expanded === 'false' && !s.open && !s.rendered && !s.endAfter ? s : false;
    });
  } catch (err) {
    fail.push(`Hide: ${err.message}`);
    return;
  }
  // Not clutter, then Undo: the block shows with a note that holds the focus; Undo folds it
  // again with the same label and the note goes.
  await openMenu(driver, index);
  await driver.clickBar(index, 'button.keep');
  try {
    await waitFor('Not clutter to leave a note with Undo', async () => {
      const s = await driver.eval(barState, index);
      return s.note && s.noteFocused && !s.folded ? s : false;
    });
    // From the keyboard: the focus is on Undo (a click could land on the page's sticky header).
    await driver.pressKey('Enter');
    await waitFor('Undo to fold the block again', async () => {
      const s = await driver.eval(barState, index);
      return !s.note && s.folded && s.label === before.label && !s.rendered ? s : false;
    });
  } catch (err) {
    fail.push(`Not clutter / Undo: ${err.message}`);
  }
}

/**
 * Turning the site off through the popup must restore the page exactly: the serialization after
 * the toggle equals the serialization of a fresh load of the same bytes with the site off (both
 * carry data-boilerfold-state="off"; nothing else of Boilerfold's may remain).
 */
async function restoreCheck(driver, url, fail, shots, anchor, folds) {
  await driver.setSiteEnabled(false);
  let restored;
  try {
    await settledState(driver, 'off');
    const afterToggle = await driver.eval(outerHtml);
    await driver.goto(url);
    await settledState(driver, 'off');
    if (shots) {
      // "Before": the same place as the folded screenshot, with Boilerfold off.
      await driver.eval(scrollToText, anchor);
      await driver.screenshot(path.join(ARTIFACTS, `${shots}-off.png`));
    }
    const freshOff = await driver.eval(outerHtml);
    const diff = firstDifference(freshOff, afterToggle);
    if (diff) fail.push(`turning off did not restore the page (fresh load with the site off vs after the toggle): ${diff}`);
    restored = !diff;
  } finally {
    await driver.setSiteEnabled(true);
  }
  // Ticking the box again folds the open page again, as before (this also makes sure the
  // setting has landed before the next page loads).
  const again = await settledState(driver, 'ready');
  if (again.folds !== String(folds)) fail.push(`turned back on: ${again.folds} folds, ${folds} before`);
  return restored;
}

/**
 * Run every check on one page. `url` is where the server serves `page.body`. Returns
 * { row, fail, warn }.
 */
export async function checkPage(driver, page, url, { screenshots = null } = {}) {
  const fail = [];
  const warn = [];
  const row = { page: page.name, kind: page.kind, browser: driver.name, clutter: 0, folded: 0, left: 0, hidden: 0, folds: 0, cli: '-', restore: '-', core: '-' };
  await driver.goto(url);
  const st = await settledState(driver);
  if (st.state !== 'ready') {
    fail.push(`data-boilerfold-state is "${st.state}", expected "ready"`);
    return { row, fail, warn };
  }
  const report = await driver.eval(inspectPage, { labels: page.labels, rules: PAGE_RULES });
  row.folds = report.folds.length;
  row.core = (await driver.eval(startupPath)) || '?';
  if (row.core !== 'content') {
    fail.push(`the core was loaded by "${row.core}", expected the content script's own copy ("content") on a page whose CSP allows wasm`);
  }
  if (String(report.folds.length) !== report.foldsAttr) {
    fail.push(`data-boilerfold-folds="${report.foldsAttr}" but ${report.folds.length} [data-boilerfold] elements`);
  }
  const badBars = report.bars.filter((b) => !b.shadow || !b.beforeFold);
  const barFolds = report.bars.reduce((n, b) => n + b.count, 0);
  if (barFolds !== report.folds.length || badBars.length > 0) {
    fail.push(`expected <boilerfold-bar>s with an open shadow root right before their folds, standing for all ${report.folds.length} folds; found ${report.bars.length} bars for ${barFolds}, ${badBars.length} misplaced or closed`);
  }
  barChecks(report, fail);
  const open = report.folds.filter((f) => f.open || f.rendered);
  if (open.length > 0) fail.push(`${open.length} folds are rendered right after classification`);
  const counts = snippetChecks(page, report, fail, warn);
  Object.assign(row, counts);
  try {
    const n = cliParity(page, report, fail);
    row.cli = n === false ? 'FAIL' : `ok(${n})`;
  } catch (err) {
    row.cli = 'ERR';
    fail.push(err.message);
  }
  // Screenshots start at the last must-stay sentence (the article's end, where clutter follows).
  const anchor = page.labels.must_stay[page.labels.must_stay.length - 1] || '';
  if (screenshots) {
    await driver.eval(scrollToText, anchor);
    await driver.screenshot(path.join(ARTIFACTS, `${screenshots}-folded.png`));
  }
  await toggleChecks(driver, report, fail, screenshots);
  row.restore = (await restoreCheck(driver, url, fail, screenshots, anchor, report.folds.length)) ? 'ok' : 'FAIL';
  return { row, fail, warn };
}

/** The per-page table the lead reads, and the totals. */
export function summaryTable(rows) {
  const head = ['page', 'browser', 'clutter', 'folded', 'left', 'must-stay hidden', 'folds', 'cli parity', 'restore', 'core'];
  const body = rows.map((r) => [r.page, r.browser, r.clutter, r.folded, r.left, r.hidden, r.folds, r.cli, r.restore, r.core].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  for (const kind of ['seed', 'corpus']) {
    const rs = rows.filter((r) => r.kind === kind);
    if (rs.length === 0) continue;
    const clutter = rs.reduce((n, r) => n + r.clutter, 0);
    const folded = rs.reduce((n, r) => n + r.folded, 0);
    const hidden = rs.reduce((n, r) => n + r.hidden, 0);
    const left = rs.reduce((n, r) => n + r.left, 0);
    const share = clutter ? ((100 * folded) / clutter).toFixed(1) : 'n/a';
    out.push(`${kind}: ${rs.length} page visits, labelled clutter folded ${folded}/${clutter} (${share}%), left unfolded by the bar rules ${left}, must-stay sentences hidden ${hidden}`);
  }
  return out.join('\n');
}

export { TIMEOUT };
