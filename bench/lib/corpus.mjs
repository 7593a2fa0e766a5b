/*
 * The benchmark corpus: tests/corpus/aeb/*.html.gz and tests/corpus/readability/*.html.gz,
 * decompressed, with <script> elements stripped (the pages are served from 127.0.0.1 without
 * their scripts, as the browser tests do). Bytes are kept as they are otherwise (the pages carry
 * their own <meta charset>; the server sends no charset so the browser sniffs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIRS = ['tests/corpus/aeb', 'tests/corpus/readability'].map((d) => path.join(REPO, d));

/** Remove script elements; works on bytes read as latin1 so every other byte is kept. */
export function stripScripts(buf) {
  const s = buf.toString('latin1');
  const out = s
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    // A page may forbid what the benchmark injects (Readability.js) through a CSP meta tag.
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy[^>]*>/gi, '');
  return Buffer.from(out, 'latin1');
}

/** [{name, slug, file, raw (decompressed bytes), html (scripts stripped)}], in a fixed order. */
export function loadCorpus() {
  const pages = [];
  for (const dir of CORPUS_DIRS) {
    const set = path.basename(dir);
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) {
      const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, f)));
      const base = f.replace(/\.html\.gz$/, '');
      const short = set === 'aeb' ? base.slice(0, 10) : base;
      pages.push({ name: `${set}/${short}`, slug: `${set}-${short}`, file: path.join(dir, f), raw, html: stripScripts(raw) });
    }
  }
  return pages;
}
