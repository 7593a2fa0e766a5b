/*
 * The side panel's results for the page shown: block counts per label, the fold count, the
 * article text; and what can be taken away: copy, .txt, Markdown, the verdict as JSON.
 * Page text is set with textContent only.
 */
import { $, state, message } from './ui.js';
import { LABELS, LABEL_DATA } from './labels.js';
import { showHint } from './inspect.js';

/**
 * The legend (one row per label: chip, name, count) and every label's colour as `--c` on the
 * elements that carry a data-label, from the registry; the heading names the clutter labels.
 */
export function buildLegend() {
  const legend = $('legend');
  for (const l of LABEL_DATA) {
    const li = document.createElement('li');
    li.dataset.label = l.id;
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = l.role === 'other' ? `${l.name} (menus, footer…)` : l.name;
    const count = document.createElement('span');
    count.className = 'count';
    count.id = `count-${l.id}`;
    count.textContent = '0';
    li.append(chip, name, count);
    legend.append(li);
  }
  const colours = Object.fromEntries(LABEL_DATA.map((l) => [l.id, l.colour]));
  for (const el of document.querySelectorAll('[data-label]')) {
    if (colours[el.dataset.label]) el.style.setProperty('--c', colours[el.dataset.label]);
  }
  const clutter = LABEL_DATA.filter((l) => l.role === 'fold').map((l) => l.name.toLowerCase());
  $('clutter-names').textContent = clutter.join(', ');
}

/** Empty the panel while a new page loads. */
export function clearResults() {
  state.current = null;
  state.highlighted = null;
  for (const label of LABELS) $(`count-${label}`).textContent = '0';
  $('count-folds').textContent = '0';
  $('folds-words').textContent = 'regions would be folded.';
  $('timing').textContent = '';
  $('article-text').replaceChildren();
  showHint();
}

export function renderResults(cur) {
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

/** Save the current page's result: 'txt' (article text), 'md' (article as Markdown) or 'json' (verdict). */
export function save(kind) {
  const cur = state.current;
  if (!cur) return;
  if (kind === 'txt') download(`${fileStem()}.txt`, 'text/plain;charset=utf-8', cur.verdict.article_text + '\n');
  else if (kind === 'md') download(`${fileStem()}.md`, 'text/markdown;charset=utf-8', articleMarkdown(cur));
  else if (kind === 'json') download(`${fileStem()}.verdict.json`, 'application/json', JSON.stringify(cur.verdict, null, 2) + '\n');
}

export async function copyArticle() {
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
