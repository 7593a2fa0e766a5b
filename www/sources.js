/*
 * Where a page comes from: a built-in sample (samples/index.json, made by scripts/build-www.mjs),
 * a file picked or dropped, or pasted HTML. Each ends in showPage; bad input gets a message and
 * leaves the page shown before as it was.
 */
import { $, state, message, setState, formatSize } from './ui.js';
import { InputError, checkPastedText, readFileChecked } from './input.js';
import { showPage } from './frame.js';

// ---------------------------------------------------------------- samples

/** Fill the sample picker: seed pages, then corpus pages, then a placeholder for the user's own. */
export function populateSamples(samples) {
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

function sampleMeta(s) {
  return { id: s.id, name: s.title, sourceText: `Source: ${s.source}. ${s.licence}` };
}

export async function showSample(id) {
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

// ---------------------------------------------------------------- the user's own page

export async function showFile(file) {
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

export async function showPasted(text) {
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

// ---------------------------------------------------------------- drag and drop

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

/** Take files and HTML dropped on `target` (this page's document, or the shown page's). */
export function acceptDrops(target) {
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('dragleave', onDragLeave);
  target.addEventListener('drop', onDrop);
}
