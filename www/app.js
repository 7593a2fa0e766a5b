/*
 * Boilerfold demo: the extension's own pieces, run on a page shown in a sandboxed iframe.
 *
 *   sample / file / paste ──checks──> iframe.srcdoc (sandbox, no scripts)
 *        ──BoilerfoldCollect.collect(body)──> page table ──wasm_bindgen.classifyWire──> verdict
 *        ──> attributes + one injected stylesheet in the iframe (outlines, fold bars)
 *        ──> legend counts, "why" panel, article text (all built with textContent)
 *
 * Page text never becomes markup in this page: the only way a page's HTML is parsed is the
 * iframe's srcdoc, which renders the page itself, sandboxed, with this page's CSP inherited.
 * State for the tests: <html data-state="loading|ready|error" data-sample="…" data-run="N">.
 */
/* global wasm_bindgen, BoilerfoldCollect */

const LABELS = ['article', 'donation', 'related', 'comment', 'other'];
const LABEL_NAMES = {
  article: 'Article',
  donation: 'Donation appeal',
  related: 'Related links',
  comment: 'Comments',
  other: 'Other',
};
const LIMIT_BYTES = 8 * 1024 * 1024;
const LIMIT_TEXT = '8 MB';
const LARGE_CHARS = 2 * 1024 * 1024; // above this, warn that rendering will take a while
const DEFAULT_SAMPLE = 'de-wordpress';
const OPTIONS_JSON = '{"include_text":true}';

// The stylesheet injected into the sample's document. Colours match style.css's legend.
const OVERLAY_CSS = `
html { --bf-article: #1f9d55; --bf-donation: #c2189b; --bf-related: #2563eb; --bf-comment: #e0590b; --bf-other: #8a9099; }
html[data-bf-mode="flagged"] [data-bf-label="article"] { outline: 2px solid var(--bf-article) !important; outline-offset: 1px; }
html[data-bf-mode="flagged"] [data-bf-label="donation"] { outline: 2px solid var(--bf-donation) !important; outline-offset: 1px; }
html[data-bf-mode="flagged"] [data-bf-label="related"] { outline: 2px solid var(--bf-related) !important; outline-offset: 1px; }
html[data-bf-mode="flagged"] [data-bf-label="comment"] { outline: 2px solid var(--bf-comment) !important; outline-offset: 1px; }
html[data-bf-mode="flagged"] [data-bf-label="other"] { outline: 1px dashed var(--bf-other) !important; outline-offset: 1px; }
html[data-bf-mode="flagged"] [data-bf-fold] { outline-width: 3px !important; outline-style: solid !important; outline-offset: 2px; }
html[data-bf-mode="flagged"] [data-bf-fold="donation"] { outline-color: var(--bf-donation) !important; background-color: rgba(194, 24, 155, 0.07) !important; }
html[data-bf-mode="flagged"] [data-bf-fold="related"] { outline-color: var(--bf-related) !important; background-color: rgba(37, 99, 235, 0.07) !important; }
html[data-bf-mode="flagged"] [data-bf-fold="comment"] { outline-color: var(--bf-comment) !important; background-color: rgba(224, 89, 11, 0.07) !important; }
html[data-bf-mode="flagged"] [data-bf-fold]::before {
  content: attr(data-bf-fold) " · would be folded"; display: block; width: max-content; max-width: 100%;
  margin: 0 0 4px; padding: 1px 7px; border-radius: 3px; color: #fff !important;
  font: 600 12px/1.6 system-ui, sans-serif !important; letter-spacing: 0; text-transform: none; float: none;
}
html[data-bf-mode="flagged"] [data-bf-fold="donation"]::before { background: var(--bf-donation); }
html[data-bf-mode="flagged"] [data-bf-fold="related"]::before { background: var(--bf-related); }
html[data-bf-mode="flagged"] [data-bf-fold="comment"]::before { background: var(--bf-comment); }
html[data-bf-mode="flagged"] [data-bf-current] { background-color: rgba(250, 204, 21, 0.45) !important; }
html[data-bf-mode="flagged"] [data-bf-fold]:focus-visible { box-shadow: 0 0 0 6px #111, 0 0 0 9px #facc15 !important; }
html[data-bf-mode="folded"] [data-bf-fold]:not([data-bf-open]) { display: none !important; }
img[data-bf-noimg] { width: auto !important; height: auto !important; max-width: 240px !important; max-height: 40px !important; }
html[data-bf-mode="flagged"] bf-demo-bar { display: none !important; }
bf-demo-bar {
  display: flex; align-items: center; gap: 10px; margin: 6px 0; padding: 4px 10px;
  border: 1px solid #c9ced6; border-left: 4px solid var(--bf-other); border-radius: 4px;
  background: #f4f5f7; color: #23272e; font: 13px/1.5 system-ui, sans-serif; text-align: left;
}
bf-demo-bar[data-label="donation"] { border-left-color: var(--bf-donation); }
bf-demo-bar[data-label="related"] { border-left-color: var(--bf-related); }
bf-demo-bar[data-label="comment"] { border-left-color: var(--bf-comment); }
bf-demo-bar > button {
  margin-left: auto; font: inherit; padding: 1px 10px; border: 1px solid #8a9099; border-radius: 4px;
  background: #fff; color: #23272e; cursor: pointer;
}
bf-demo-bar > button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;

const $ = (id) => document.getElementById(id);
const view = $('view');
const state = {
  run: 0, // increases with every page shown; a stale load never overwrites a newer one
  mode: 'flagged',
  samples: [],
  current: null, // { name, verdict, nodes, doc, blocksOf: Map<Element, block[]>, foldOf: Map<Element, fold> }
  highlighted: null,
  focusLock: false, // keyboard focus owns the "why" panel until the pointer moves
  pointerAt: '',
};

// ---------------------------------------------------------------- messages and state

function message(text, kind = 'info') {
  const el = $('message');
  el.textContent = text;
  el.dataset.kind = kind;
}

function setState(s) {
  document.documentElement.dataset.state = s;
}

function formatMB(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? formatMB(bytes) : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// ---------------------------------------------------------------- input checks

class InputError extends Error {}

function tooLarge(bytes) {
  return new InputError(
    `This page is too large for the demo (${formatMB(bytes)}, limit ${LIMIT_TEXT}) — use the boilerfold CLI: boilerfold classify PAGE.html`,
  );
}

/** Known binary signatures, for a more helpful message than "binary". */
function binaryKind(b) {
  const starts = (...sig) => sig.every((v, i) => b[i] === v);
  if (starts(0x1f, 0x8b)) return 'a gzip-compressed file (unpack it first)';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x00, 0x61, 0x73, 0x6d)) return 'a WebAssembly module';
  return '';
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), else ''. */
function declaredCharset(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1] : '';
}

/** Bytes of a file → page text, or an InputError saying why not. */
function decodeFileBytes(bytes) {
  if (bytes.length === 0) throw new InputError('That file is empty: nothing to classify.');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`That file is ${kind}, not an HTML page.`);
  if (bytes.indexOf(0) !== -1) {
    throw new InputError('That file looks binary (it contains NUL bytes), not an HTML page.');
  }
  let decoder;
  try {
    decoder = new TextDecoder(declaredCharset(bytes) || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  checkLooksLikeText(text);
  return text;
}

/** Reject text that is mostly control characters or undecodable bytes. */
function checkLooksLikeText(text) {
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  if (sample.length > 0 && bad / sample.length > 0.02) {
    throw new InputError("That doesn't look like text (too many control characters or undecodable bytes), so it can't be an HTML page.");
  }
}

function checkPastedText(text) {
  if (text.trim() === '') throw new InputError('Nothing to classify: the paste box is empty. Paste the HTML source of a page first.');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMIT_BYTES) throw tooLarge(bytes);
  if (text.includes('\u0000')) throw new InputError('That paste looks binary (it contains NUL characters), not HTML.');
  checkLooksLikeText(text);
  return text;
}

async function readFileChecked(file) {
  if (file.size > LIMIT_BYTES) throw tooLarge(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeFileBytes(bytes);
  if (text.trim() === '') throw new InputError('That file holds only whitespace: nothing to classify.');
  return text;
}

// ---------------------------------------------------------------- showing a page

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
async function showPage(html, meta) {
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

function clearResults() {
  state.current = null;
  state.highlighted = null;
  for (const label of LABELS) $(`count-${label}`).textContent = '0';
  $('count-folds').textContent = '0';
  $('folds-words').textContent = 'regions would be folded.';
  $('timing').textContent = '';
  $('article-text').replaceChildren();
  showHint();
}

// ---------------------------------------------------------------- decorating the sample

/** Mark blocks and fold roots with attributes, add the stylesheet and the fold bars. */
function decorate(cur) {
  const { doc, nodes, verdict } = cur;
  // Remote images are blocked (the demo makes no request off this server): shrink their empty
  // boxes so a 1024×576 hole does not push the story off screen.
  for (const img of doc.images) {
    if (img.complete && img.naturalWidth === 0) img.setAttribute('data-bf-noimg', '');
  }
  const style = doc.createElement('style');
  style.setAttribute('data-bf-demo', '');
  style.textContent = OVERLAY_CSS;
  (doc.head || doc.documentElement).appendChild(style);

  cur.blocksOf = new Map();
  cur.foldOf = new Map();
  cur.folds = [];
  for (const block of verdict.blocks) {
    const el = nodes[block.node];
    if (!el || el.nodeType !== 1) continue;
    const list = cur.blocksOf.get(el);
    if (list) list.push(block);
    else {
      cur.blocksOf.set(el, [block]);
      el.setAttribute('data-bf-label', block.label);
    }
  }
  for (const fold of verdict.folds) {
    const el = nodes[fold.node];
    if (!el || el.nodeType !== 1) continue;
    el.setAttribute('data-bf-fold', fold.label);
    cur.foldOf.set(el, fold);
    cur.folds.push({ el, fold, bar: makeBar(doc, el, fold) });
  }
}

function makeBar(doc, el, fold) {
  if (!el.parentNode) return null;
  const bar = doc.createElement('bf-demo-bar');
  bar.setAttribute('data-label', fold.label);
  const text = doc.createElement('span');
  const blocks = fold.block_ids.length;
  text.textContent =
    `${LABEL_NAMES[fold.label] || fold.label} folded · ${blocks} ${blocks === 1 ? 'block' : 'blocks'}, ${fold.chars} characters`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Show';
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    const open = !el.hasAttribute('data-bf-open');
    if (open) el.setAttribute('data-bf-open', '');
    else el.removeAttribute('data-bf-open');
    button.textContent = open ? 'Hide' : 'Show';
    button.setAttribute('aria-expanded', String(open));
  });
  bar.append(text, button);
  el.parentNode.insertBefore(bar, el);
  return bar;
}

function applyMode() {
  const cur = state.current;
  if (!cur) return;
  cur.doc.documentElement.setAttribute('data-bf-mode', state.mode);
  for (const { el } of cur.folds) {
    // Fold roots are focusable (so their "why" can be read from the keyboard) only while shown.
    if (state.mode === 'flagged') {
      el.setAttribute('tabindex', '0');
      el.setAttribute('aria-label', `${LABEL_NAMES[el.getAttribute('data-bf-fold')]}: would be folded`);
    } else {
      el.removeAttribute('tabindex');
      el.removeAttribute('aria-label');
    }
  }
  setHighlight(null);
}

function wireFrameEvents(doc) {
  // After keyboard focus, the page scrolls under a resting pointer and the browser sends
  // mouseover for whatever lands there; the focused region keeps the panel until the pointer
  // really moves (its screen position changes).
  doc.addEventListener('mouseover', (event) => {
    if (!state.focusLock) inspect(event.target, false);
  });
  doc.addEventListener('mousemove', (event) => {
    const at = `${event.screenX},${event.screenY}`;
    if (state.focusLock && at !== state.pointerAt) {
      state.focusLock = false;
      inspect(event.target, false);
    }
    state.pointerAt = at;
  });
  doc.addEventListener('focusin', (event) => {
    state.focusLock = true;
    inspect(event.target, true);
  });
  // Links and forms in a sample go nowhere: this is a picture of a page, not a browser.
  doc.addEventListener('click', (event) => {
    const t = event.target;
    if (t && t.closest && t.closest('a[href], area[href]')) event.preventDefault();
  }, true);
  doc.addEventListener('submit', (event) => event.preventDefault(), true);
  doc.addEventListener('dragover', onDragOver);
  doc.addEventListener('dragleave', onDragLeave);
  doc.addEventListener('drop', onDrop);
}

// ---------------------------------------------------------------- the "why" panel

function showHint() {
  const box = $('details');
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = 'Point at an outlined block, or press Tab to step through the flagged regions.';
  box.replaceChildren(p);
}

function setHighlight(el) {
  if (state.highlighted && state.highlighted !== el) state.highlighted.removeAttribute('data-bf-current');
  state.highlighted = el;
  if (el) el.setAttribute('data-bf-current', '');
}

/** Show the verdict for the block (and fold region) under `target`. */
function inspect(target, fromFocus) {
  const cur = state.current;
  if (!cur || state.mode !== 'flagged' || !target || target.nodeType !== 1) return;
  let el = target;
  let blockEl = null;
  let foldEl = null;
  while (el && el.nodeType === 1) {
    if (!blockEl && cur.blocksOf.has(el)) blockEl = el;
    if (!foldEl && cur.foldOf.has(el)) foldEl = el;
    if (blockEl && foldEl) break;
    el = el.parentElement;
  }
  // Focus lands on a fold root, which owns no text itself: describe the region.
  if (fromFocus && foldEl === target) blockEl = null;
  if (!blockEl && !foldEl) return;
  if (blockEl === state.highlighted || (!blockEl && foldEl === state.highlighted)) return;
  setHighlight(blockEl || foldEl);
  renderDetails(blockEl ? cur.blocksOf.get(blockEl) : [], foldEl ? cur.foldOf.get(foldEl) : null, blockEl || foldEl);
}

function labelBadge(label) {
  const span = document.createElement('span');
  span.className = 'badge';
  span.dataset.label = label;
  span.textContent = LABEL_NAMES[label] || label;
  return span;
}

function reasonsList(reasons) {
  if (!reasons || reasons.length === 0) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'No signal recorded.';
    return p;
  }
  const ul = document.createElement('ul');
  ul.className = 'reasons';
  for (const r of reasons) {
    const li = document.createElement('li');
    li.textContent = r;
    ul.append(li);
  }
  return ul;
}

function excerpt(text, max = 180) {
  const t = (text || '').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function renderDetails(blocks, fold, el) {
  const box = $('details');
  const parts = [];
  for (const block of blocks) {
    const head = document.createElement('p');
    head.className = 'details-head';
    const conf = document.createElement('span');
    conf.className = 'confidence';
    conf.textContent = `confidence ${Math.round(block.confidence * 100)}%`;
    head.append(labelBadge(block.label), ' ', conf);
    parts.push(head);
    if (block.text) {
      const q = document.createElement('blockquote');
      q.textContent = excerpt(block.text);
      parts.push(q);
    }
    parts.push(reasonsList(block.reasons));
  }
  if (fold) {
    const head = document.createElement('p');
    head.className = 'details-head';
    const n = fold.block_ids.length;
    head.append(
      labelBadge(fold.label),
      ` region would be folded: ${n} ${n === 1 ? 'block' : 'blocks'}, ${fold.chars} characters.`,
    );
    parts.push(head);
    if (blocks.length === 0) parts.push(reasonsList(fold.reasons));
  }
  const path = (blocks[0] && blocks[0].path) || (fold && fold.path) || describeElement(el);
  if (path) {
    const code = document.createElement('code');
    code.className = 'path';
    code.textContent = path;
    parts.push(code);
  }
  box.replaceChildren(...parts);
}

function describeElement(el) {
  if (!el || el.nodeType !== 1) return '';
  let s = el.localName;
  if (el.id) s += `#${el.id}`;
  const cls = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  for (const c of cls) s += `.${c}`;
  return s;
}

// ---------------------------------------------------------------- legend and article text

function renderResults(cur) {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  for (const b of cur.verdict.blocks) counts[b.label] = (counts[b.label] || 0) + 1;
  for (const label of LABELS) $(`count-${label}`).textContent = String(counts[label]);
  const folds = cur.verdict.folds.length;
  $('count-folds').textContent = String(folds);
  $('folds-words').textContent = folds === 1 ? 'region would be folded.' : 'regions would be folded.';
  // One paragraph per line of article_text (the article blocks, joined by \n).
  const text = cur.verdict.article_text || '';
  const box = $('article-text');
  if (!text) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = '(No article text found on this page.)';
    box.replaceChildren(p);
    return;
  }
  box.replaceChildren(...text.split('\n').map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }));
}

/** The article as Markdown: headings for h1–h6 blocks, list items, quotes, paragraphs. */
function articleMarkdown(cur) {
  let out = headlineMarkdown(cur);
  let previous = out ? 'h1' : '';
  for (const b of cur.verdict.blocks) {
    if (b.label !== 'article' || !b.text) continue;
    const el = cur.nodes[b.node];
    const tag = el && el.nodeType === 1 ? el.localName : '';
    const heading = /^h([1-6])$/.exec(tag);
    let line;
    if (heading) line = `${'#'.repeat(Number(heading[1]))} ${b.text}`;
    else if (tag === 'li') line = `- ${b.text}`;
    else if (tag === 'blockquote' || (el && el.closest && el.closest('blockquote'))) line = `> ${b.text}`;
    else if (tag === 'pre') line = '```\n' + b.text + '\n```';
    else line = b.text;
    // Items of one list stay together; everything else is its own paragraph.
    if (out) out += tag === 'li' && previous === 'li' ? '\n' : '\n\n';
    out += line;
    previous = tag;
  }
  return out + '\n';
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

/**
 * The headline often is not an article block (LABELS.md: it "may go either way"), but a Markdown
 * copy of the article wants it: the last h1 before the first article block, unless it is clutter.
 */
function headlineMarkdown(cur) {
  const blocks = cur.verdict.blocks;
  const first = blocks.findIndex((b) => b.label === 'article');
  if (first < 0) return '';
  const el0 = cur.nodes[blocks[first].node];
  if (el0 && el0.localName === 'h1') return '';
  for (let i = first - 1; i >= 0; i--) {
    const b = blocks[i];
    const el = cur.nodes[b.node];
    if (el && el.localName === 'h1' && b.text && b.label === 'other') return `# ${b.text}`;
  }
  return '';
}

function fileStem() {
  const cur = state.current;
  const base = cur ? cur.id || cur.name : 'page';
  return String(base).replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '-').slice(0, 60) || 'page';
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function copyArticle() {
  const cur = state.current;
  if (!cur) return;
  const text = cur.verdict.article_text || '';
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Fallback: select the text and use the legacy copy command.
    const range = document.createRange();
    range.selectNodeContents($('article-text'));
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const ok = document.execCommand('copy');
    sel.removeAllRanges();
    if (!ok) {
      message('Copying is blocked here: select the article text and copy it by hand.', 'error');
      return;
    }
  }
  message(`Copied the article text (${text.length} characters).`, 'ok');
}

// ---------------------------------------------------------------- inputs: samples, file, paste, drop

function sampleMeta(s) {
  return { id: s.id, name: s.title, sourceText: `Source: ${s.source}. ${s.licence}` };
}

async function showSample(id) {
  const s = state.samples.find((x) => x.id === id) || state.samples[0];
  if (!s) return;
  $('sample').value = s.id;
  history.replaceState(null, '', `#sample=${encodeURIComponent(s.id)}`);
  let html;
  try {
    const res = await fetch(s.file);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    html = await res.text();
  } catch (err) {
    setState('error');
    message(`Could not load the sample ${s.title}: ${err.message}`, 'error');
    return;
  }
  await showPage(html, sampleMeta(s));
}

async function showFile(file) {
  message(`Reading ${file.name}…`);
  let text;
  try {
    text = await readFileChecked(file);
  } catch (err) {
    reportInputError(err);
    return;
  }
  $('sample').value = '';
  history.replaceState(null, '', location.pathname);
  await showPage(text, {
    id: 'file',
    name: file.name,
    sourceText: `Your file: ${file.name} (${formatSize(file.size)}). It stays in your browser; nothing is uploaded.`,
  });
}

async function showPasted(text) {
  try {
    checkPastedText(text);
  } catch (err) {
    reportInputError(err);
    return;
  }
  $('sample').value = '';
  history.replaceState(null, '', location.pathname);
  await showPage(text, {
    id: 'pasted',
    name: 'Pasted HTML',
    sourceText: `Pasted HTML (${formatSize(new TextEncoder().encode(text).length)}). It stays in your browser; nothing is uploaded.`,
  });
}

function reportInputError(err) {
  if (err instanceof InputError) message(err.message, 'error');
  else message(`Could not read that input: ${err && err.message ? err.message : err}`, 'error');
  // The page shown before stays as it was.
  if (!state.current) setState('error');
}

function onDragOver(event) {
  if (!event.dataTransfer) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  $('drop-zone').classList.add('dragging');
}

function onDragLeave() {
  $('drop-zone').classList.remove('dragging');
}

function onDrop(event) {
  event.preventDefault();
  $('drop-zone').classList.remove('dragging');
  const dt = event.dataTransfer;
  if (!dt) return;
  if (dt.files && dt.files.length > 0) {
    showFile(dt.files[0]);
    return;
  }
  const text = dt.getData('text/html') || dt.getData('text/plain');
  if (text) showPasted(text);
  else message('Nothing usable was dropped: drop an .html file.', 'error');
}

function setPasteOpen(open) {
  $('paste-panel').hidden = !open;
  $('paste-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('paste').focus();
}

function populateSamples(samples) {
  const select = $('sample');
  const groups = [
    ['seed', 'Example pages'],
    ['corpus', 'Real pages (test corpus)'],
  ];
  for (const [kind, title] of groups) {
    const list = samples.filter((s) => s.kind === kind);
    if (list.length === 0) continue;
    const group = document.createElement('optgroup');
    group.label = title;
    for (const s of list) {
      const option = document.createElement('option');
      option.value = s.id;
      option.textContent = s.title;
      group.append(option);
    }
    select.append(group);
  }
  const own = document.createElement('option');
  own.value = '';
  own.textContent = '(your own page)';
  own.disabled = true;
  select.append(own);
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
  $('download-txt').addEventListener('click', () => {
    if (state.current) download(`${fileStem()}.txt`, 'text/plain;charset=utf-8', state.current.verdict.article_text + '\n');
  });
  $('download-md').addEventListener('click', () => {
    if (state.current) download(`${fileStem()}.md`, 'text/markdown;charset=utf-8', articleMarkdown(state.current));
  });
  $('download-json').addEventListener('click', () => {
    if (state.current) download(`${fileStem()}.verdict.json`, 'application/json', JSON.stringify(state.current.verdict, null, 2) + '\n');
  });
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);
  // A link to #sample=ID opens that sample.
  window.addEventListener('hashchange', () => {
    const id = new URLSearchParams(location.hash.slice(1)).get('sample');
    if (id && state.samples.some((x) => x.id === id) && (!state.current || state.current.id !== id)) showSample(id);
  });
}

async function main() {
  setState('loading');
  wireControls();
  message('Loading the classifier…');
  try {
    await wasm_bindgen({ module_or_path: 'pkg/boilerfold_bg.wasm' });
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
