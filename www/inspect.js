/*
 * The "Why?" panel: which block (and fold region) is under the pointer or keyboard focus in the
 * shown page, its label, confidence, text excerpt and the classifier's reasons. Page text only
 * ever reaches this page through textContent.
 */
import { $, state } from './ui.js';
import { LABEL_NAMES } from './labels.js';
import { reasonText } from './words.js';

let focusLock = false; // keyboard focus owns the panel until the pointer moves
let pointerAt = '';

/** Follow the pointer and keyboard focus in the shown page's document. */
export function watchPointer(doc) {
  // After keyboard focus, the page scrolls under a resting pointer and the browser sends
  // mouseover for whatever lands there; the focused region keeps the panel until the pointer
  // really moves (its screen position changes).
  doc.addEventListener('mouseover', (event) => {
    if (!focusLock) inspect(event.target, false);
  });
  doc.addEventListener('mousemove', (event) => {
    const at = `${event.screenX},${event.screenY}`;
    if (focusLock && at !== pointerAt) {
      focusLock = false;
      inspect(event.target, false);
    }
    pointerAt = at;
  });
  doc.addEventListener('focusin', (event) => {
    focusLock = true;
    inspect(event.target, true);
  });
}

export function showHint() {
  const box = $('details');
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = 'Point at an outlined block, or press Tab to step through the flagged regions.';
  box.replaceChildren(p);
}

export function setHighlight(el) {
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
    li.textContent = reasonText(r);
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
