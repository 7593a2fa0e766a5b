/*
 * What the demo adds to the shown page: label and fold attributes on the classified elements,
 * one stylesheet (outlines per label, fold tints, the "would be folded" tags) and a bar before
 * each fold region with a Show/Hide button, as the extension's own bar has.
 */
import { state } from './ui.js';
import { LABEL_DATA, LABEL_NAMES } from './labels.js';
import { setHighlight } from './inspect.js';

const FLAGGED = 'html[data-bf-mode="flagged"]';
// Bars of a label without a colour of its own take the quiet one.
const QUIET = LABEL_DATA.find((l) => l.role === 'other');

/** '#c2189b' → '194, 24, 155' */
function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ');
}

/** The stylesheet injected into the shown page: one rule per label, per fold label, and the rest. */
function overlayCss() {
  const folding = LABEL_DATA.filter((l) => l.role === 'fold');
  const each = (labels, rule) => labels.map(rule).join('\n');
  return `
html { ${LABEL_DATA.map((l) => `--bf-${l.id}: ${l.colour};`).join(' ')} }
${each(LABEL_DATA, (l) =>
    `${FLAGGED} [data-bf-label="${l.id}"] { outline: ${l.role === 'other' ? '1px dashed' : '2px solid'} var(--bf-${l.id}) !important; outline-offset: 1px; }`)}
${FLAGGED} [data-bf-fold] { outline-width: 3px !important; outline-style: solid !important; outline-offset: 2px; }
${each(folding, (l) =>
    `${FLAGGED} [data-bf-fold="${l.id}"] { outline-color: var(--bf-${l.id}) !important; background-color: rgba(${rgb(l.colour)}, 0.07) !important; }`)}
${FLAGGED} [data-bf-fold]::before {
  content: attr(data-bf-fold) " · would be folded"; display: block; width: max-content; max-width: 100%;
  margin: 0 0 4px; padding: 1px 7px; border-radius: 3px; color: #fff !important;
  font: 600 12px/1.6 system-ui, sans-serif !important; letter-spacing: 0; text-transform: none; float: none;
}
${each(folding, (l) => `${FLAGGED} [data-bf-fold="${l.id}"]::before { background: var(--bf-${l.id}); }`)}
${FLAGGED} [data-bf-current] { background-color: rgba(250, 204, 21, 0.45) !important; }
${FLAGGED} [data-bf-fold]:focus-visible { box-shadow: 0 0 0 6px #111, 0 0 0 9px #facc15 !important; }
html[data-bf-mode="folded"] [data-bf-fold]:not([data-bf-open]) { display: none !important; }
img[data-bf-noimg] { width: auto !important; height: auto !important; max-width: 240px !important; max-height: 40px !important; }
${FLAGGED} bf-demo-bar { display: none !important; }
bf-demo-bar {
  display: flex; align-items: center; gap: 10px; margin: 6px 0; padding: 4px 10px;
  border: 1px solid #c9ced6; border-left: 4px solid var(--bf-${QUIET.id}); border-radius: 4px;
  background: #f4f5f7; color: #23272e; font: 13px/1.5 system-ui, sans-serif; text-align: left;
}
${each(folding, (l) => `bf-demo-bar[data-label="${l.id}"] { border-left-color: var(--bf-${l.id}); }`)}
bf-demo-bar > button {
  margin-left: auto; font: inherit; padding: 1px 10px; border: 1px solid #8a9099; border-radius: 4px;
  background: #fff; color: #23272e; cursor: pointer;
}
bf-demo-bar > button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;
}

const OVERLAY_CSS = overlayCss();

/** Mark blocks and fold roots with attributes, add the stylesheet and the fold bars. */
export function decorate(cur) {
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

/** Show the current page flagged (outlines, tags) or folded (regions hidden behind bars). */
export function applyMode() {
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
