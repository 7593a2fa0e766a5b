/*
 * Boilerfold demo: the extension's own pieces, run on a page shown in a sandboxed iframe.
 *
 *   sources.js   sample / file / paste / drop, checked by input.js
 *   frame.js     ──> iframe.srcdoc (sandbox, no scripts) ──collect.js + wasm core──> verdict
 *   overlay.js   ──> attributes + one injected stylesheet in the iframe (outlines, fold bars)
 *   results.js   ──> legend counts, article text, copy and downloads
 *   inspect.js   ──> the "why" panel for the block under the pointer or focus
 *   labels.js    the labels, their names and colours
 *
 * Page text never becomes markup in this page: the only way a page's HTML is parsed is the
 * iframe's srcdoc, which renders the page itself, sandboxed, with this page's CSP inherited.
 * This module wires the controls and starts the demo.
 */
/* global wasm_bindgen */
import { $, state, message, setState } from './ui.js';
import { onFrameReady } from './frame.js';
import { loadWords } from './words.js';
import { applyMode } from './overlay.js';
import { showHint } from './inspect.js';
import { buildLegend, copyArticle, save } from './results.js';
import { acceptDrops, populateSamples, showFile, showPasted, showSample } from './sources.js';

const DEFAULT_SAMPLE = 'de-wordpress';

function setPasteOpen(open) {
  $('paste-panel').hidden = !open;
  $('paste-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('paste').focus();
}

function wireControls() {
  $('sample').addEventListener('change', (e) => {
    if (e.target.value) showSample(e.target.value);
  });
  $('file').addEventListener('change', (e) => {
    const file = e.target.files && e.target.files[0];
    if (file) showFile(file);
    e.target.value = '';
  });
  $('paste-toggle').addEventListener('click', () => setPasteOpen($('paste-panel').hidden));
  $('paste-cancel').addEventListener('click', () => {
    setPasteOpen(false);
    $('paste-toggle').focus();
  });
  $('paste-run').addEventListener('click', () => showPasted($('paste').value));
  for (const input of document.querySelectorAll('input[name="mode"]')) {
    input.addEventListener('change', () => {
      state.mode = input.value;
      applyMode();
      if (state.mode === 'folded') showHint();
    });
  }
  $('copy').addEventListener('click', copyArticle);
  $('download-txt').addEventListener('click', () => save('txt'));
  $('download-md').addEventListener('click', () => save('md'));
  $('download-json').addEventListener('click', () => save('json'));
  acceptDrops(document);
  onFrameReady(acceptDrops);
  // A link to #sample=ID opens that sample.
  window.addEventListener('hashchange', () => {
    const id = new URLSearchParams(location.hash.slice(1)).get('sample');
    if (id && state.samples.some((x) => x.id === id) && (!state.current || state.current.id !== id)) showSample(id);
  });
}

async function main() {
  setState('loading');
  buildLegend();
  wireControls();
  message('Loading the classifier…');
  try {
    await Promise.all([wasm_bindgen({ module_or_path: 'pkg/boilerfold_bg.wasm' }), loadWords()]);
    $('core-version').textContent = `core ${wasm_bindgen.version()}`;
    const res = await fetch('samples/index.json');
    if (!res.ok) throw new Error(`samples/index.json: HTTP ${res.status}`);
    state.samples = await res.json();
  } catch (err) {
    setState('error');
    message(`The demo could not start: ${err.message}`, 'error');
    return;
  }
  populateSamples(state.samples);
  const wanted = new URLSearchParams(location.hash.slice(1)).get('sample');
  const first = state.samples.find((s) => s.id === wanted) || state.samples.find((s) => s.id === DEFAULT_SAMPLE) || state.samples[0];
  if (first) await showSample(first.id);
  else message('No samples were built: open or paste a page.', 'info');
}

main();
