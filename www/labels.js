/*
 * The labels the classifier gives blocks, in registry order, with their names and colours: the
 * core's registry (src/category.rs), loaded as shared.js before the modules.
 *
 * role: 'article' — kept, its text is the extracted article;
 *       'fold'    — clutter the extension folds away;
 *       'other'   — neither (menus, footers…), drawn quietly.
 */
const SHARED = globalThis.BoilerfoldShared;

export const LABEL_DATA = SHARED.labels.map((l) => ({
  id: l.id,
  name: l.name,
  colour: l.colour,
  role: l.clutter ? 'fold' : l.id === 'article' ? 'article' : 'other',
}));

export const LABELS = LABEL_DATA.map((l) => l.id);
export const LABEL_NAMES = Object.fromEntries(LABEL_DATA.map((l) => [l.id, l.name]));
export const LABEL_COLOURS = Object.fromEntries(LABEL_DATA.map((l) => [l.id, l.colour]));
export const FOLD_LABELS = LABEL_DATA.filter((l) => l.role === 'fold').map((l) => l.id);
