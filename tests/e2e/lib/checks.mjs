/*
 * The checks both browser suites run on every page, written once against a small driver
 * interface (chromium-driver.mjs, firefox-driver.mjs):
 *
 *   driver.name, driver.goto(url), driver.eval(fn, arg), driver.clickBar(index, selector),
 *   driver.setSiteEnabled(on), driver.screenshot(file)
 *
 * A page's checks collect every problem into a list (so one run shows all of them) and return a
 * summary row; the test then asserts the list is empty.
 */
import path from 'node:path';
import { cliClassify, cliFolds } from './cli.mjs';
import { ARTIFACTS, PAGE_RULES, SHARED, TIMEOUT, waitFor } from './common.mjs';
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
  return { clutter, folded, hidden };
}

/** The extension's folds must be the CLI's folds on the same bytes: same labels and texts. */
export function cliParity(page, report, fail) {
  const verdict = cliClassify(page.body);
  const expected = cliFolds(verdict).map((f) => ({ label: f.label, key: squeeze(f.text), text: f.text }));
  const actual = report.folds.map((f) => ({ ...f, used: false }));
  const unmatched = [];
  for (const e of expected) {
    const m = actual.find((a) => !a.used && a.label === e.label && a.key === e.key);
    if (m) m.used = true;
    else unmatched.push(e);
  }
  const extra = actual.filter((a) => !a.used);
  if (expected.length !== report.folds.length || unmatched.length > 0 || extra.length > 0) {
    const lines = [`browser folds differ from \`boilerfold classify\` (CLI ${expected.length}, browser ${report.folds.length})`];
    for (const e of unmatched) lines.push(`  only in CLI:     ${e.label} ${JSON.stringify(short(e.text))}`);
    for (const a of extra) lines.push(`  only in browser: ${a.label} ${JSON.stringify(short(a.preview))}`);
    fail.push(lines.join('\n'));
    return false;
  }
  return expected.length;
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
  if (shots) {
    await driver.eval(scrollToBar, index);
    await driver.screenshot(path.join(ARTIFACTS, `${shots}-bar-open.png`));
  }
  await driver.clickBar(index, 'button.toggle');
  try {
    await waitFor('Hide to fold again', async () => {
      const s = await driver.eval(barState, index);
      return s.expanded === 'false' && !s.open && !s.rendered ? s : false;
    });
  } catch (err) {
    fail.push(`Hide: ${err.message}`);
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
  const row = { page: page.name, kind: page.kind, browser: driver.name, clutter: 0, folded: 0, hidden: 0, folds: 0, cli: '-', restore: '-', core: '-' };
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
  if (report.bars.length !== report.folds.length || badBars.length > 0) {
    fail.push(`expected one <boilerfold-bar> with an open shadow root right before each of the ${report.folds.length} folds; found ${report.bars.length} bars, ${badBars.length} misplaced or closed`);
  }
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
  const head = ['page', 'browser', 'clutter', 'folded', 'must-stay hidden', 'folds', 'cli parity', 'restore', 'core'];
  const body = rows.map((r) => [r.page, r.browser, r.clutter, r.folded, r.hidden, r.folds, r.cli, r.restore, r.core].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  for (const kind of ['seed', 'corpus']) {
    const rs = rows.filter((r) => r.kind === kind);
    if (rs.length === 0) continue;
    const clutter = rs.reduce((n, r) => n + r.clutter, 0);
    const folded = rs.reduce((n, r) => n + r.folded, 0);
    const hidden = rs.reduce((n, r) => n + r.hidden, 0);
    const share = clutter ? ((100 * folded) / clutter).toFixed(1) : 'n/a';
    out.push(`${kind}: ${rs.length} page visits, labelled clutter folded ${folded}/${clutter} (${share}%), must-stay sentences hidden ${hidden}`);
  }
  return out.join('\n');
}

export { TIMEOUT };
