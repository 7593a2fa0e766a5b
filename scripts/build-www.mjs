#!/usr/bin/env node
/*
 * Build the demo page into build/www/:
 *
 *   www/*                          → build/www/            (the page itself)
 *   build/wasm/boilerfold{.js,_bg.wasm} → build/www/pkg/   (the same core the extension ships)
 *   extension/content/collect.js   → build/www/collect.js  (the same browser adapter, not a copy in git)
 *   build/wasm/shared.js, extension/common/reasons.js, extension/_locales/en/messages.json
 *                                  → build/www/            (registry, reason words)
 *   tests/fixtures/seed/*.html     → build/www/samples/    (hand-made seed pages, first)
 *   tests/corpus/<set>/*.html.gz   → build/www/samples/    (a dozen real pages, decompressed,
 *                                                             <script> elements removed)
 *   + build/www/samples/index.json  [{id, file, title, source, licence, kind, bytes}]
 *
 * Runs scripts/build-wasm.sh first when build/wasm/ is missing (`make www` depends on `make wasm`).
 * Samples are picked at build time from what exists, so the build works on a partial tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'build/www');
const WASM_DIR = path.join(ROOT, 'build/wasm');
const SEED_DIR = path.join(ROOT, 'tests/fixtures/seed');
const CORPUS_DIR = path.join(ROOT, 'tests/corpus');
const ANNOTATIONS_DIR = path.join(ROOT, 'tests/annotations');

// Seed pages in the order the picker lists them; the first is the default sample.
const SEED_ORDER = ['de-wordpress', 'en-original', 'ru-variant'];
// What each seed page shows, for the picker (tests/fixtures/seed/README.md has the details).
const SEED_TITLES = {
  'de-wordpress': 'German WordPress blog — appeal in the article, related link, comment form',
  'en-original': 'English news site — support banner, related card, reader comments',
  'ru-variant': 'Russian aggregator — appeal between paragraphs, «Читайте также», comment form',
};
// Corpus sets and how many pages to take from each.
const CORPUS_SETS = [
  { set: 'aeb', take: 6, name: 'article-extraction-benchmark' },
  { set: 'readability', take: 6, name: 'Mozilla Readability test pages' },
];

/** The categories of the core's registry, from the generated build/wasm/shared.js. */
function sharedLabels() {
  const scope = {};
  new Function('globalThis', fs.readFileSync(path.join(WASM_DIR, 'shared.js'), 'utf8'))(scope);
  return scope.BoilerfoldShared.labels;
}

function log(msg) {
  console.log(`build-www: ${msg}`);
}

function ensureWasm() {
  const files = ['boilerfold.js', 'boilerfold_bg.wasm', 'shared.js'];
  if (files.every((f) => fs.existsSync(path.join(WASM_DIR, f)))) return;
  log('build/wasm/ is missing: running scripts/build-wasm.sh');
  const r = spawnSync(path.join(ROOT, 'scripts/build-wasm.sh'), [WASM_DIR], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build-wasm.sh failed');
}

function copyTree(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(src, dst);
    else if (entry.isFile()) fs.copyFileSync(src, dst);
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', raquo: '»', laquo: '«' };

/** Decode the few entities a <title> usually holds. */
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return Object.hasOwn(ENTITIES, e.toLowerCase()) ? ENTITIES[e.toLowerCase()] : m;
  });
}

function titleOf(html, fallback) {
  const m = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  const t = m ? decodeEntities(m[1]).replace(/\s+/g, ' ').trim() : '';
  if (!t) return fallback;
  return t.length > 90 ? t.slice(0, 89) + '…' : t;
}

/**
 * Decode page bytes to a string: a BOM or a <meta charset> in the first 2 KB decides, else UTF-8.
 * The samples are written back as UTF-8 (the page fetches them with Response.text()).
 */
function decodePage(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = bytes.subarray(0, 2048).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  let label = m ? m[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    label = 'utf-8';
    return new TextDecoder(label).decode(bytes);
  }
}

/**
 * Remove <script> elements (their content ends at the first `</script`, as the HTML tokenizer
 * has it for all but pathological pages). The demo's iframe runs no script anyway; this only
 * keeps the samples small and quiet. Also drop the <meta charset> (the sample is now UTF-8).
 */
function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*>[\s\S]*$/i, '')
    .replace(/<meta[^>]+charset\s*=[^>]*>/gi, '');
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function licenceLine(dir) {
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENCE', 'COPYING']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) {
      const lines = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.length === 0) continue;
      // "Apache License" / "Version 2.0, January 2004": keep the version.
      const text = /^version\s/i.test(lines[1] || '') ? `${lines[0]}, ${lines[1].split(',')[0]}` : lines[0];
      return { text, file: path.relative(ROOT, file) };
    }
  }
  return null;
}

function seedSamples() {
  if (!fs.existsSync(SEED_DIR)) return [];
  const names = fs.readdirSync(SEED_DIR).filter((n) => n.endsWith('.html')).map((n) => n.slice(0, -5));
  names.sort((a, b) => {
    const ia = SEED_ORDER.indexOf(a);
    const ib = SEED_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  return names.map((id) => {
    const html = fs.readFileSync(path.join(SEED_DIR, `${id}.html`), 'utf8');
    return {
      id,
      html,
      title: SEED_TITLES[id] || titleOf(html, id),
      source: `tests/fixtures/seed/${id}.html, a page made by hand for Boilerfold's tests (see tests/fixtures/seed/README.md)`,
      licence: 'Markup, site and comments are invented; the story and the appeal are The Moscow Times\' text, kept as test data.',
      kind: 'seed',
    };
  });
}

/** Pages with annotated clutter first (more to see), then by name: deterministic. */
function rankCorpus(files, annotations) {
  const CLUTTER = sharedLabels().filter((l) => l.clutter).map((l) => l.id);
  const score = (id) => {
    const a = annotations && annotations[id];
    if (!a) return 0;
    return CLUTTER.filter((l) => Array.isArray(a[l]) && a[l].length > 0).length;
  };
  return files
    .map((f) => ({ f, id: f.replace(/\.html\.gz$/, ''), s: score(f.replace(/\.html\.gz$/, '')) }))
    .sort((x, y) => y.s - x.s || x.id.localeCompare(y.id));
}

function corpusSamples() {
  const out = [];
  for (const { set, take, name } of CORPUS_SETS) {
    const dir = path.join(CORPUS_DIR, set);
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((n) => n.endsWith('.html.gz'));
    const annotations = readJson(path.join(ANNOTATIONS_DIR, `${set}.json`));
    const truth = readJson(path.join(dir, 'ground-truth.json'));
    const licence = licenceLine(dir);
    const seenHosts = new Set();
    for (const { f, id } of rankCorpus(files, annotations)) {
      if (out.filter((s) => s.set === set).length >= take) break;
      const url = (annotations && annotations[id] && annotations[id].url) || (truth && truth[id] && truth[id].url) || '';
      let host;
      try {
        host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
      } catch {
        host = '';
      }
      // One page per site: a dozen different sites show more than six pages of one.
      if (host && seenHosts.has(host)) continue;
      if (host) seenHosts.add(host);
      let html;
      try {
        html = stripScripts(decodePage(zlib.gunzipSync(fs.readFileSync(path.join(dir, f)))));
      } catch (err) {
        log(`skipping ${set}/${f}: ${err.message}`);
        continue;
      }
      const short = id.length > 16 ? id.slice(0, 12) : id;
      out.push({
        id: `${set}-${short}`,
        set,
        html,
        title: titleOf(html, host || id) + (host ? ` (${host})` : ''),
        source: url ? `${url} — via ${name}, tests/corpus/${set}/${f}` : `${name} (${id}), tests/corpus/${set}/${f}`,
        licence: licence
          ? `${name}: ${licence.text} (${licence.file}). The page's own text belongs to its publisher; shown unchanged except that scripts are removed.`
          : `${name}. The page's own text belongs to its publisher; shown unchanged except that scripts are removed.`,
        kind: 'corpus',
      });
    }
  }
  return out;
}

function main() {
  ensureWasm();
  fs.rmSync(OUT, { recursive: true, force: true });
  copyTree(path.join(ROOT, 'www'), OUT);
  fs.mkdirSync(path.join(OUT, 'pkg'), { recursive: true });
  for (const f of ['boilerfold.js', 'boilerfold_bg.wasm']) {
    fs.copyFileSync(path.join(WASM_DIR, f), path.join(OUT, 'pkg', f));
  }
  fs.copyFileSync(path.join(ROOT, 'extension/content/collect.js'), path.join(OUT, 'collect.js'));
  // The rules generated from the core's tables, and the reasons' English words and renderer.
  fs.copyFileSync(path.join(WASM_DIR, 'shared.js'), path.join(OUT, 'shared.js'));
  fs.copyFileSync(path.join(ROOT, 'extension/common/reasons.js'), path.join(OUT, 'reasons.js'));
  fs.copyFileSync(path.join(ROOT, 'extension/_locales/en/messages.json'), path.join(OUT, 'messages-en.json'));

  const samplesDir = path.join(OUT, 'samples');
  fs.mkdirSync(samplesDir, { recursive: true });
  const index = [];
  for (const s of [...seedSamples(), ...corpusSamples()]) {
    const file = `${s.id}.html`;
    fs.writeFileSync(path.join(samplesDir, file), s.html);
    index.push({
      id: s.id,
      file: `samples/${file}`,
      title: s.title,
      source: s.source,
      licence: s.licence,
      kind: s.kind,
      bytes: Buffer.byteLength(s.html),
    });
  }
  fs.writeFileSync(path.join(samplesDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  const seeds = index.filter((s) => s.kind === 'seed').length;
  log(`build/www/ ready: ${seeds} seed and ${index.length - seeds} corpus samples`);
}

main();
