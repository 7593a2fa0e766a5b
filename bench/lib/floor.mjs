/**
 * The floor every figure is compared with: one TreeWalker pass over the body reading each
 * element's id and class and each text node's data — the least any classifier of the live page
 * must read. It runs in the page, so callers send its source (`String(floor)`); chromium.mjs and
 * firefox.mjs hold the same pass inside their in-page functions, which the drivers serialise
 * whole.
 */
/* global document, NodeFilter */
export function floor() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let n = walker.currentNode; n !== null; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      const id = n.getAttribute('id');
      const cls = n.getAttribute('class');
      sum += (id === null ? 0 : id.length) + (cls === null ? 0 : cls.length);
    } else {
      sum += n.data.length;
    }
  }
  return sum;
}
