/*
 * Showing a page: its HTML into the sandboxed iframe (srcdoc, no scripts), then the extension's
 * adapter and core on its body, then the overlay and the side panel.
 *
 *   html ──iframe.srcdoc──> document ──BoilerfoldCollect.collect(body)──> page table
 *        ──wasm_bindgen.classifyWire──> verdict ──> overlay (overlay.js), panel (results.js)
 */
/* global wasm_bindgen, BoilerfoldCollect */
import { $, state, message, setState, formatMB } from './ui.js';
import { decorate, applyMode } from './overlay.js';
import { watchPointer } from './inspect.js';
import { clearResults, renderResults } from './results.js';

const LARGE_CHARS = 2 * 1024 * 1024; // above this, warn that rendering will take a while
const OPTIONS_JSON = '{"include_text":true}';

const view = $('view');

// Drops onto the shown page load a new page, and the code for that (sources.js) shows pages
// through this module: app.js hands it in rather than the two modules importing each other.
let frameReady = () => {};

/** `fn(doc)` runs on each page's document once it is shown, before it is classified. */
export function onFrameReady(fn) {
  frameReady = fn;
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Put `html` into the sandboxed iframe and resolve with its document once it has loaded. */
function loadIntoFrame(html) {
  return new Promise((resolve) => {
    view.addEventListener('load', () => resolve(view.contentDocument), { once: true });
    view.srcdoc = html;
  });
}

/**
 * Show and classify a page. `meta`: { id, name, sourceText }.
 * Errors in classification leave the page shown, undecorated, with a message.
 */
export async function showPage(html, meta) {
  const run = ++state.run;
  setState('loading');
  // Chromium parses and lays out a srcdoc on this page's thread: measured, a 7.8 MB page of
  // 224 000 nodes blocked it for 10–17 s, a 2 MB one for 0.5 s. Say so before it starts.
  const size = html.length;
  message(size > LARGE_CHARS
    ? `Loading ${meta.name} (${formatMB(size)} of text): a page this large takes a few seconds to render…`
    : `Loading ${meta.name}…`);
  clearResults();
  $('sample-source').textContent = meta.sourceText;
  if (size > LARGE_CHARS) await nextFrame();
  if (run !== state.run) return;
  const doc = await loadIntoFrame(html);
  if (run !== state.run) return;
  if (!doc) {
    setState('error');
    message('The page could not be shown in the frame.', 'error');
    return;
  }
  wireFrameEvents(doc);
  message(`Classifying ${meta.name}…`);
  await nextFrame();
  if (run !== state.run) return;
  let result;
  try {
    result = classifyDocument(doc);
  } catch (err) {
    setState('error');
    message(`The classifier failed on this page: ${err && err.message ? err.message : err}`, 'error');
    return;
  }
  state.current = { ...result, doc, name: meta.name, id: meta.id };
  decorate(state.current);
  applyMode();
  renderResults(state.current);
  scrollToArticle(state.current);
  const { verdict, timing } = result;
  $('timing').textContent =
    `Collect ${timing.collect.toFixed(1)} ms, classify ${timing.classify.toFixed(1)} ms (${result.nodes.length} nodes).`;
  const folds = verdict.folds.length;
  message(`${meta.name}: ${verdict.blocks.length} blocks, ${folds} ${folds === 1 ? 'region' : 'regions'} to fold.`, 'ok');
  document.documentElement.dataset.sample = meta.id;
  document.documentElement.dataset.run = String(run);
  setState('ready');
}

function classifyDocument(doc) {
  const t0 = performance.now();
  const { nodes, parents, packed } = BoilerfoldCollect.collect(doc.body || doc.documentElement);
  const t1 = performance.now();
  const json = wasm_bindgen.classifyWire(parents, packed, OPTIONS_JSON);
  const t2 = performance.now();
  const verdict = JSON.parse(json);
  return { nodes, verdict, timing: { collect: t1 - t0, classify: t2 - t1 } };
}

function wireFrameEvents(doc) {
  watchPointer(doc);
  // Links and forms in a sample go nowhere: this is a picture of a page, not a browser.
  doc.addEventListener('click', (event) => {
    const t = event.target;
    if (t && t.closest && t.closest('a[href], area[href]')) event.preventDefault();
  }, true);
  doc.addEventListener('submit', (event) => event.preventDefault(), true);
  frameReady(doc);
}

/** Start the view at the story (its headline, else its first paragraph), not at the site's menus. */
function scrollToArticle(cur) {
  const blocks = cur.verdict.blocks;
  const first = blocks.findIndex((b) => b.label === 'article');
  if (first < 0) return;
  let target = cur.nodes[blocks[first].node];
  for (let i = first - 1; i >= 0; i--) {
    const el = cur.nodes[blocks[i].node];
    if (el && el.localName === 'h1' && blocks[i].label !== 'article' && !cur.foldOf.has(el)) {
      target = el;
      break;
    }
  }
  if (!target || target.nodeType !== 1) return;
  const win = cur.doc.defaultView;
  const para = cur.nodes[blocks[first].node];
  if (target !== para && para && para.nodeType === 1 &&
      para.getBoundingClientRect().top - target.getBoundingClientRect().top > win.innerHeight * 0.6) {
    target = para;
  }
  const top = target.getBoundingClientRect().top + win.scrollY - 12;
  if (top > win.innerHeight / 3) win.scrollTo(0, top);
}
