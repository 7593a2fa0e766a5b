/*
 * The pages the pre-check suite (precheck.test.mjs) judges, and the in-page function that runs
 * extension/content/precheck.js on one of them.
 *
 * - Article pages: every labelled page with article sentences (`must_stay`): the four corpus
 *   sets of tests/annotations/, the challenge set and the labelled fixtures. They are served as
 *   the browser suites serve corpus pages: scripts stripped, and no page script allowed.
 * - Non-article pages: tests/fixtures/nonarticle/*.html, written for this check (a section
 *   front, search results, a login form, an app shell, a product page, a video page, a web
 *   mail), served as they are, their own scripts included.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { NO_PAGE_SCRIPT, REPO, SHARED_SRC, makePage, readJson, seedPages } from './pages.mjs';

/** precheck.js with the rules it reads (the generated shared.js: the hidden-style rule). */
export const PRECHECK_SRC = `${SHARED_SRC}\n;\n${fs.readFileSync(path.join(REPO, 'extension/content/precheck.js'), 'utf8')}`;
export const NONARTICLE_DIR = path.join(REPO, 'tests/fixtures/nonarticle');

const SETS = ['aeb', 'readability', 'postlight', 'trafilatura'];

function hasArticle(entry) {
  return Array.isArray(entry.must_stay) && entry.must_stay.some((s) => typeof s === 'string' && s.trim() !== '');
}

/** Every labelled page whose labels hold article sentences, as served to the browsers. */
export function articlePages() {
  const out = [];
  for (const set of SETS) {
    const ann = readJson(path.join(REPO, 'tests/annotations', `${set}.json`));
    for (const id of Object.keys(ann).sort()) {
      const file = path.join(REPO, 'tests/corpus', set, `${id}.html.gz`);
      if (!hasArticle(ann[id]) || !fs.existsSync(file)) continue;
      out.push(
        makePage({
          kind: 'corpus',
          name: `${set}-${id.slice(0, 24)}`,
          source: path.relative(REPO, file),
          bytes: zlib.gunzipSync(fs.readFileSync(file)),
          labels: {},
          strip: true,
          headers: NO_PAGE_SCRIPT,
        }),
      );
    }
  }
  const challenge = readJson(path.join(REPO, 'tests/challenge/labels.json'));
  for (const id of Object.keys(challenge).sort()) {
    const file = path.join(REPO, 'tests/challenge/pages', `${id}.html`);
    if (!hasArticle(challenge[id]) || !fs.existsSync(file)) continue;
    out.push(
      makePage({
        kind: 'challenge',
        name: id,
        source: path.relative(REPO, file),
        bytes: fs.readFileSync(file),
        labels: {},
        strip: true,
        headers: NO_PAGE_SCRIPT,
      }),
    );
  }
  out.push(...seedPages().filter((p) => p.labels.must_stay.length > 0));
  return out;
}

/** The pages written to be no article: tests/fixtures/nonarticle/*.html, scripts kept. */
export function nonArticlePages() {
  return fs
    .readdirSync(NONARTICLE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) =>
      makePage({
        kind: 'nonarticle',
        name: f.replace(/\.html$/, ''),
        source: path.relative(REPO, path.join(NONARTICLE_DIR, f)),
        bytes: fs.readFileSync(path.join(NONARTICLE_DIR, f)),
        labels: {},
        strip: false,
      }),
    );
}

/**
 * In the page (main world; self-contained, see inpage.mjs): load precheck.js from its source
 * into a scope of its own and judge the document.
 */
export function runPrecheck({ src, budgetMs }) {
  const scope = {};
  new Function('globalThis', src)(scope);
  return scope.BoilerfoldPrecheck.check(document, budgetMs === null ? {} : { budgetMs: budgetMs ?? Infinity });
}
