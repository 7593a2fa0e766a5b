/*
 * Boilerfold browser adapter: the live DOM → the page table, in the wire format of src/page.rs.
 *
 * One iterative pre-order pass over the DOM (no recursion: pages nest very deep). The rules
 * (what is skipped, which attributes, when a node is hidden) are the ones src/page.rs documents;
 * src/html.rs follows the same rules for saved HTML, and a test checks the two agree.
 *
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldCollect` on the
 * global object of the world it runs in (the extension's isolated world, the demo page, or a test).
 */
(function (global) {
  'use strict';

  const RECORD_SEP = '\u001e';
  const FIELD_SEP = '\u001f';
  const SEPARATORS = /[\u001e\u001f]/g;
  const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

  // Subtrees never visible as text (src/page.rs SKIPPED_TAGS).
  const SKIPPED = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'math',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'picture',
    'source', 'track', 'map', 'param', 'dialog',
  ]);
  // Kept, but their children are a control's value, not page text (CHILDLESS_TAGS).
  const CHILDLESS = new Set(['textarea', 'select']);

  function attr(el, name) {
    const v = el.getAttribute(name);
    return v === null ? '' : v.replace(SEPARATORS, ' ');
  }

  function isHidden(el, tag) {
    if (el.hasAttribute('hidden')) return true;
    const aria = el.getAttribute('aria-hidden');
    if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
    const style = el.getAttribute('style');
    if (style !== null && HIDDEN_STYLE.test(style)) return true;
    if (tag === 'input') {
      const type = el.getAttribute('type');
      if (type !== null && type.trim().toLowerCase() === 'hidden') return true;
    }
    return false;
  }

  function elementRecord(el, tag) {
    return [
      tag,
      attr(el, 'id'),
      attr(el, 'class'),
      attr(el, 'role'),
      attr(el, 'itemprop'),
      attr(el, 'itemtype'),
      attr(el, 'type'),
      attr(el, 'name'),
      tag === 'a' ? attr(el, 'href') : '',
      tag === 'form' ? attr(el, 'action') : '',
      isHidden(el, tag) ? '1' : '',
      '',
    ].join(FIELD_SEP);
  }

  function textRecord(data) {
    return '#text' + FIELD_SEP.repeat(11) + data.replace(SEPARATORS, ' ');
  }

  /**
   * Collect the page table under `root` (default: the document's body).
   * Returns { nodes, parents, packed }: `nodes[i]` is the DOM node of record i, so a verdict's
   * node indices map straight back to elements.
   */
  function collect(root) {
    const doc = root && root.ownerDocument ? root.ownerDocument : global.document;
    root = root || doc.body || doc.documentElement;
    const nodes = [];
    const parents = [];
    const records = [];
    if (!root) return { nodes, parents: new Int32Array(0), packed: '' };

    nodes.push(root);
    parents.push(-1);
    const rootTag = root.localName;
    records.push(elementRecord(root, rootTag));

    const stackNode = [root];
    const stackIndex = [0];
    let child = CHILDLESS.has(rootTag) ? null : root.firstChild;
    for (;;) {
      if (child !== null) {
        const type = child.nodeType;
        if (type === 1) {
          const tag = child.localName;
          if (!SKIPPED.has(tag)) {
            const index = nodes.length;
            nodes.push(child);
            parents.push(stackIndex[stackIndex.length - 1]);
            records.push(elementRecord(child, tag));
            if (!CHILDLESS.has(tag) && child.firstChild !== null) {
              stackNode.push(child);
              stackIndex.push(index);
              child = child.firstChild;
              continue;
            }
          }
        } else if (type === 3 || type === 4) {
          const data = child.data;
          if (data.length > 0) {
            nodes.push(child);
            parents.push(stackIndex[stackIndex.length - 1]);
            records.push(textRecord(data));
          }
        }
        child = child.nextSibling;
        continue;
      }
      if (stackNode.length === 1) break;
      const done = stackNode.pop();
      stackIndex.pop();
      child = done.nextSibling;
    }
    return { nodes, parents: Int32Array.from(parents), packed: records.join(RECORD_SEP) };
  }

  global.BoilerfoldCollect = Object.freeze({ collect });
})(globalThis);
