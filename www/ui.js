/*
 * What the demo's modules share: element lookup, the state of the page shown, and the status line.
 * State for the tests: <html data-state="loading|ready|error" data-sample="…" data-run="N">.
 */

export const $ = (id) => document.getElementById(id);

export const state = {
  run: 0, // increases with every page shown; a stale load never overwrites a newer one
  mode: 'flagged',
  samples: [],
  current: null, // { name, id, verdict, nodes, doc, blocksOf: Map<Element, block[]>, foldOf: Map<Element, fold>, folds }
  highlighted: null,
};

export function message(text, kind = 'info') {
  const el = $('message');
  el.textContent = text;
  el.dataset.kind = kind;
}

export function setState(s) {
  document.documentElement.dataset.state = s;
}

export function formatMB(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? formatMB(bytes) : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
