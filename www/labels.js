/*
 * The labels the classifier gives blocks, in the order the demo lists them, with their display
 * names and colours. The demo's scripts take their per-label data from this table.
 *
 * role: 'article' — kept, its text is the extracted article;
 *       'fold'    — clutter the extension folds away;
 *       'other'   — neither (menus, footers…), drawn quietly.
 *
 * style.css (--article, --donation, …) and index.html's legend cannot import this module, so they
 * keep their own copies of the colours and names.
 */

export const LABEL_DATA = [
  { id: 'article', name: 'Article', colour: '#1f9d55', role: 'article' },
  { id: 'donation', name: 'Donation appeal', colour: '#c2189b', role: 'fold' },
  { id: 'related', name: 'Related links', colour: '#2563eb', role: 'fold' },
  { id: 'comment', name: 'Comments', colour: '#e0590b', role: 'fold' },
  { id: 'other', name: 'Other', colour: '#8a9099', role: 'other' },
];

export const LABELS = LABEL_DATA.map((l) => l.id);
export const LABEL_NAMES = Object.fromEntries(LABEL_DATA.map((l) => [l.id, l.name]));
export const LABEL_COLOURS = Object.fromEntries(LABEL_DATA.map((l) => [l.id, l.colour]));
export const FOLD_LABELS = LABEL_DATA.filter((l) => l.role === 'fold').map((l) => l.id);
