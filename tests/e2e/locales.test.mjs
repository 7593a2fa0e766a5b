/*
 * The extension's catalogues cover the core's registry: every category has its list name
 * (cat_<id>) and bar title (bar_<id>), every reason code its sentence (reason_<code>) with a
 * placeholder for the category ($1) and for each argument in order ($2…), in every locale, and
 * no locale but English shows an English sentence. Reads the generated build/wasm/shared.js.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO, SHARED } from './lib/pages.mjs';

const LOCALES = path.join(REPO, 'extension/_locales');
const catalogues = Object.fromEntries(
  fs.readdirSync(LOCALES).map((l) => [l, JSON.parse(fs.readFileSync(path.join(LOCALES, l, 'messages.json'), 'utf8'))]),
);

test('shared.js is built', () => assert.ok(SHARED, 'run `make wasm` first'));

for (const [locale, messages] of Object.entries(catalogues)) {
  test(`${locale}: categories and reason codes have their words`, () => {
    const missing = [];
    for (const l of SHARED.labels.filter((l) => l.clutter)) {
      for (const key of [`cat_${l.id}`, `bar_${l.id}`]) if (!messages[key]) missing.push(key);
    }
    if (!messages.bar_other) missing.push('bar_other');
    for (const [code, args] of Object.entries(SHARED.reasonCodes)) {
      const m = messages[`reason_${code}`];
      if (!m) {
        missing.push(`reason_${code}`);
        continue;
      }
      const names = ['category', ...args];
      const ph = m.placeholders || {};
      names.forEach((name, i) => assert.equal(ph[name]?.content, `$${i + 1}`, `${locale} reason_${code}: placeholder ${name} = $${i + 1}`));
      for (const [, used] of m.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
        assert.ok(names.includes(used.toLowerCase()), `${locale} reason_${code} uses $${used}$, which is not one of ${names}`);
      }
    }
    assert.deepEqual(missing, [], `${locale} lacks these messages`);
  });
}

test('no locale but English shows an English reason or category', () => {
  const en = catalogues.en;
  const same = [];
  for (const [locale, messages] of Object.entries(catalogues)) {
    if (locale === 'en') continue;
    for (const key of Object.keys(en)) {
      if (!/^(reason|cat|bar)_/.test(key)) continue;
      if (messages[key] && messages[key].message === en[key].message) same.push(`${locale} ${key}`);
    }
  }
  assert.deepEqual(same, []);
});

// Every string of the interface (popup, options, first-run page, bar), not only the core's.
const SAME_IN_EVERY_LANGUAGE = new Set(['extName']);

test('every locale has every English message, with the same placeholders', () => {
  const en = catalogues.en;
  const problems = [];
  for (const [locale, messages] of Object.entries(catalogues)) {
    for (const [key, entry] of Object.entries(en)) {
      const m = messages[key];
      if (!m || typeof m.message !== 'string' || m.message.trim() === '') {
        problems.push(`${locale} lacks ${key}`);
        continue;
      }
      const names = (e) => Object.keys(e.placeholders || {}).sort().join(',');
      if (names(m) !== names(entry)) problems.push(`${locale} ${key}: placeholders ${names(m)} vs English ${names(entry)}`);
      for (const [, used] of m.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
        if (!(used.toLowerCase() in (entry.placeholders || {}))) problems.push(`${locale} ${key} uses $${used}$, not a placeholder`);
      }
    }
    for (const key of Object.keys(messages)) if (!(key in en)) problems.push(`${locale} has ${key}, which English lacks`);
  }
  assert.deepEqual(problems, []);
});

test('no locale but English shows any English message', () => {
  const same = [];
  for (const [locale, messages] of Object.entries(catalogues)) {
    if (locale === 'en') continue;
    for (const [key, entry] of Object.entries(catalogues.en)) {
      if (SAME_IN_EVERY_LANGUAGE.has(key)) continue;
      if (messages[key] && messages[key].message === entry.message) same.push(`${locale} ${key}`);
    }
  }
  assert.deepEqual(same, []);
});
