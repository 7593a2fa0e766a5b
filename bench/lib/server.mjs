/*
 * The benchmark's pages on 127.0.0.1 (scripts/serve.mjs, routes only):
 *   /page/<slug>.html   a corpus page, scripts stripped, sent as `text/html` without a charset
 *                       (the page's own <meta charset> decides, as it would on the web);
 *   /csp/<slug>.html    the same bytes with `Content-Security-Policy: script-src 'self'`;
 *   /assets/shared.js, /assets/collect.js  the page-table rules and the extension's browser
 *                       adapter (for the plain-tab boundary benchmark);
 *   /assets/websys/*    the `bench-websys` wasm build (bench/out/websys/);
 *   /nonarticle/<name>.html  tests/fixtures/nonarticle/<name>.html as it is (pages the pre-check
 *                       skips: what the shim costs where it does nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { REPO } from './corpus.mjs';

export const WEBSYS_DIR = path.join(REPO, 'bench/out/websys');

export const NONARTICLE_DIR = path.join(REPO, 'tests/fixtures/nonarticle');

/** The non-article fixtures: [{name, path}]. */
export function nonArticleFixtures() {
  return fs
    .readdirSync(NONARTICLE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), path: `nonarticle/${f}` }));
}

export async function serveCorpus(corpus) {
  const routes = {};
  for (const f of nonArticleFixtures()) {
    routes[`/${f.path}`] = { body: fs.readFileSync(path.join(NONARTICLE_DIR, `${f.name}.html`)), type: 'text/html; charset=utf-8' };
  }
  for (const p of corpus) {
    routes[`/page/${p.slug}.html`] = { body: p.html, type: 'text/html' };
    routes[`/csp/${p.slug}.html`] = {
      body: p.html,
      type: 'text/html',
      headers: { 'Content-Security-Policy': "script-src 'self'" },
    };
  }
  // collect.js reads the page-table rules from the generated shared.js, loaded first.
  routes['/assets/shared.js'] = {
    body: fs.readFileSync(path.join(REPO, 'build/wasm/shared.js')),
    type: 'text/javascript; charset=utf-8',
  };
  routes['/assets/collect.js'] = {
    body: fs.readFileSync(path.join(REPO, 'extension/content/collect.js')),
    type: 'text/javascript; charset=utf-8',
  };
  for (const f of ['boilerfold.js', 'boilerfold_bg.wasm']) {
    const file = path.join(WEBSYS_DIR, f);
    if (fs.existsSync(file)) routes[`/assets/websys/${f}`] = { body: fs.readFileSync(file) };
  }
  return startServer({ routes });
}
