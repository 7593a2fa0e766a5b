/*
 * Boilerfold browser adapter: the live DOM → the page table, in the wire format of src/page.rs.
 *
 * One iterative pre-order pass over the DOM (no recursion: pages nest very deep). The rules
 * (what is skipped, which attributes, when a node is hidden) are the ones src/page.rs documents;
 * src/html/ follows the same rules for saved HTML, and a test checks the two agree.
 *
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldCollect` on the
 * global object of the world it runs in (the extension's isolated world, the demo page, or a test).
 */
(function (global) {
  'use strict';

  const RECORD_SEP = '\u001e';
  const FIELD_SEP = '\u001f';
  const SEPARATORS = /[\u001e\u001f]/g;
  // The page-table rules shared with the native adapter, generated from src/page.rs
  // (wasm/shared.js): hiding inline styles, subtrees never visible as text, and elements whose
  // children are a control's value.
  const SHARED = global.BoilerfoldShared;
  const HIDDEN_STYLE = new RegExp(SHARED.hiddenStyle, 'i');
  const SKIPPED = new Set(SHARED.skippedTags);
  // The HTML void elements: the serializer writes no end tag for them, nor their children.
  const VOID = new Set([
    'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
    'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  ]);
  // Kept, but their children are not page text: a control's value (CHILDLESS_TAGS), and the
  // void elements' children (only a script can add them; they are never rendered).
  const CHILDLESS = new Set([...SHARED.childlessTags, ...VOID]);
  // Component names (src/page.rs COMPONENT_ATTRS): their place in the joined `component` field,
  // and the longest value kept.
  const COMPONENT_SLOT = new Map(SHARED.componentAttrs.map((a, i) => [a, i]));
  const COMPONENT_MAX = SHARED.componentMaxUnits;

  /** A component name or aria-label as the table keeps it: '' when too long. */
  function componentValue(v) {
    return v.length <= COMPONENT_MAX ? clean(v) : '';
  }

  function clean(v) {
    return v.indexOf('\u001e') < 0 && v.indexOf('\u001f') < 0 ? v : v.replace(SEPARATORS, ' ');
  }

  // The fields of an element without attributes: tag, then twelve empty fields and no text.
  const EMPTY_TAIL = FIELD_SEP.repeat(13);

  /**
   * One element's record from its attribute names and a way to read a value (`valueOf(name, i)`):
   * only the wanted values are read.
   */
  function fieldsRecord(tag, names, valueOf) {
    let id = '', cls = '', role = '', itemprop = '', itemtype = '', type = '', name = '';
    let href = '', action = '', label = '', hidden = false;
    let components = null; // by COMPONENT_SLOT, when the element has any
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      switch (n) {
        case 'id': id = clean(valueOf(n, i)); break;
        case 'class': cls = clean(valueOf(n, i)); break;
        case 'role': role = clean(valueOf(n, i)); break;
        case 'itemprop': itemprop = clean(valueOf(n, i)); break;
        case 'itemtype': itemtype = clean(valueOf(n, i)); break;
        case 'type': type = clean(valueOf(n, i)); break;
        case 'name': name = clean(valueOf(n, i)); break;
        case 'href': if (tag === 'a') href = clean(valueOf(n, i)); break;
        case 'action': if (tag === 'form') action = clean(valueOf(n, i)); break;
        case 'hidden': hidden = true; break;
        case 'aria-hidden': if (valueOf(n, i).trim().toLowerCase() === 'true') hidden = true; break;
        case 'style': if (HIDDEN_STYLE.test(valueOf(n, i))) hidden = true; break;
        case 'aria-label': label = componentValue(valueOf(n, i)); break;
        default: {
          const slot = COMPONENT_SLOT.get(n);
          if (slot !== undefined) {
            if (components === null) components = [];
            components[slot] = componentValue(valueOf(n, i));
          }
          break;
        }
      }
    }
    // In COMPONENT_ATTRS order, whatever the element's order; empty values left out.
    const component = components === null ? '' : components.filter((v) => v).join(' ');
    if (tag === 'input' && type.trim().toLowerCase() === 'hidden') hidden = true;
    // One join makes one flat string; a chain of '+' makes a string object per step.
    return [tag, id, cls, role, itemprop, itemtype, type, name, href, action, component, label, hidden ? '1' : '', ''].join(FIELD_SEP);
  }

  /**
   * One element's record. Elements without attributes (most of a page) take a fast path; for
   * the others the attribute names are read once and only the wanted values fetched.
   * Not `el.attributes`: each Attr it hands out is one more DOM wrapper, and in a content
   * script's isolated world every wrapper is a weak handle the garbage collector has to visit.
   * On a page of 100 000 links such handles made single GC pauses of 50-120 ms (Chromium trace).
   */
  function elementRecord(el, tag) {
    if (!el.hasAttributes()) return tag + EMPTY_TAIL;
    return fieldsRecord(tag, el.getAttributeNames(), (n) => el.getAttribute(n));
  }

  const TEXT_HEAD = '#text' + FIELD_SEP.repeat(13);

  function textRecord(data) {
    return TEXT_HEAD + clean(data);
  }

  // How the browsers' HTML serializer (innerHTML) writes a subtree, for Walk's serialized mode
  // (and VOID above).
  // Elements whose text is written as it is, unescaped, up to their end tag.
  const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
  // One token at lastIndex: a comment, an end tag (1: name), a start tag (2: name, 3: its
  // attributes, each written name="value"), another declaration, text up to the next '<', or
  // a lone '<' (taken as text; the serializer escapes every '<' of a text but in raw text).
  const TOKEN = /<!--[\s\S]*?-->|<\/([^\s>]*)>|<([^\s/>!?]+)((?:\s+[^\s=>]+="[^"]*")*)\s*>|<[!?][^>]*>|[^<]+|</y;
  const ATTRIBUTE = /\s+([^\s=>]+)="([^"]*)"/g;
  // What the serializer escapes, in texts and attribute values (browsers differ on '<' and '>'
  // in values; both forms decode the same).
  const ESCAPED = /&(?:amp|lt|gt|quot|nbsp|#39);/g;
  const UNESCAPED = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': '\u00a0', '&#39;': "'" };

  function unescapeMarkup(v) {
    return v.indexOf('&') < 0 ? v : v.replace(ESCAPED, (e) => UNESCAPED[e]);
  }

  /** An element's record from its serialized attributes (` name="value"` each). */
  function markupRecord(tag, attributes) {
    if (attributes.length === 0) return tag + EMPTY_TAIL;
    const names = [];
    const values = [];
    ATTRIBUTE.lastIndex = 0;
    let m;
    while ((m = ATTRIBUTE.exec(attributes)) !== null) {
      names.push(m[1]);
      values.push(m[2]);
    }
    return fieldsRecord(tag, names, (n, i) => unescapeMarkup(values[i]));
  }

  /**
   * The most elements a subtree may hold to be read in serialized mode (one innerHTML call:
   * about 0.4 µs an element and 15 ns a character of text in Chromium, measured).
   */
  const SERIALIZED_ELEMENTS = 2000;

  /**
   * The record columns' first size; each doubles when full. Typed arrays, not arrays: their
   * contents live outside the JS heap. As arrays, a big page's columns (millions of entries,
   * a new copy at each growth) were heap enough to start one more major garbage collection
   * during the walk, whose marking of the whole DOM runs inside the walk's slices: on the page
   * of 100 000 links, 2 major collections and 596-686 ms of marking in a walk with arrays, 1
   * and 335-458 ms with typed arrays (Chromium traces: 2 and 3).
   */
  const INITIAL_RECORDS = 1024;

  function grown(column) {
    const bigger = new Int32Array(column.length * 2);
    bigger.set(column);
    return bigger;
  }

  /**
   * How many records are made between two looks at the clock (one performance.now() call; 64
   * records are about 0.1 ms of walking on the hostile pages). It was 256: fewer matters
   * because of the garbage collector. A marking step that lands in the walk makes it late, and
   * the sooner the walk sees that, the fewer further steps its own allocations bring into the
   * same slice.
   */
  const CLOCK_EVERY = 64;

  /**
   * A resumable walk over the page table under `root` (default: the document's body), for pages
   * too big to collect in one task. `step(deadline, maxChars)` collects records until the clock
   * (performance.now) passes `deadline` or the records not yet taken hold `maxChars` characters,
   * and returns true once the walk is complete. `take(maxChars)` hands over the records made
   * since the last take (or the first of them, up to maxChars) as {parents: Int32Array,
   * packed}; joined with U+001E in order, the parts are the one packed string of `collect`.
   * `count` is the number of records so far.
   *
   * `element(i, changed)` finds the element of record i again, from the root down by element
   * positions (the walk keeps each record's parent, tag and place among its parent's element
   * children, not the DOM node): every DOM node a content script keeps is a weak handle that
   * each garbage collection visits, and on a page of 100 000 links keeping them all made GC
   * pauses of 50-120 ms inside the walk (Chromium trace). The way down is refused (null) where
   * the tags do not match or it passes an element in `changed`, the elements whose children
   * the page changed since the walk (the shim's MutationObserver keeps that set).
   * With `{keep: true}` the walk also keeps the elements (`nodes`) and element() returns them,
   * which no change of the page can mislead, until `forget()` drops them (for a big table).
   *
   * Serialized mode (a walk that keeps no elements, in an HTML document): a subtree of at most
   * `serialized` elements (default SERIALIZED_ELEMENTS; 0 turns the mode off) is read in one
   * `innerHTML` call and its records made from the markup, which hands out no DOM wrapper for
   * the nodes inside. Wrappers were what the walk's GC pauses spent their time on; on the page
   * of 100 000 links this reads each list item as one call instead of three nodes. The records
   * are the DOM walk's, but for two cases only a script can build: adjacent text nodes come out
   * as one text, and a comment, processing instruction or raw-text element (script, style,
   * xmp...) whose text holds its own end markup is cut there. The size bound counts elements,
   * not text: a small subtree holding megabytes of text is still one call (~15 ms a megabyte).
   *
   * The page may change between two steps. The table stays well formed whatever it does (every
   * record's parent comes before it); a subtree removed meanwhile is cut short, one added behind
   * the walk is not in the table (the shim's MutationObserver sees it instead).
   */
  class Walk {
    constructor(root, { keep = false, serialized } = {}) {
      const doc = root && root.ownerDocument ? root.ownerDocument : global.document;
      root = root || doc.body || doc.documentElement;
      this.root = root;
      this.nodes = keep ? [] : null;
      // Serialized mode only where innerHTML writes HTML (not in an XML document).
      this.html = doc.contentType === 'text/html';
      this.limit = this.html && !keep ? (serialized ?? SERIALIZED_ELEMENTS) : 0;
      // Per record, in typed arrays (off the JS heap, grown by doubling: see push): its parent
      // record (-1 for the root), its index among its parent element's element children (-1:
      // text), and its tag as a number (tagNames[n]; 0 is '' for text).
      this.up = new Int32Array(INITIAL_RECORDS);
      this.slot = new Int32Array(INITIAL_RECORDS);
      this.tag = new Int32Array(INITIAL_RECORDS);
      this.tagNames = [''];
      this.tagIds = new Map([['', 0]]);
      this.records = [];
      this.taken = 0; // records handed over by take()
      this.count = 0;
      this.chars = 0;
      this.open = { tags: [null], index: [-1], seen: [0] }; // addMarkup's stack
      this.done = !root;
      if (!root) return;
      const rootTag = root.localName;
      this.push(root, rootTag, -1, -1);
      this.records.push(elementRecord(root, rootTag));
      this.stackNode = [root];
      this.stackIndex = [0];
      this.stackCount = [0]; // element children seen so far, per level
      this.child = CHILDLESS.has(rootTag) ? null : root.firstChild;
    }

    push(node, tag, parent, slot) {
      const i = this.count++;
      if (this.nodes) this.nodes.push(node);
      if (i === this.up.length) {
        this.up = grown(this.up);
        this.slot = grown(this.slot);
        this.tag = grown(this.tag);
      }
      let id = this.tagIds.get(tag);
      if (id === undefined) {
        id = this.tagNames.push(tag) - 1;
        this.tagIds.set(tag, id);
      }
      this.up[i] = parent;
      this.slot[i] = slot;
      this.tag[i] = id;
    }

    step(deadline = Infinity, maxChars = Infinity) {
      if (this.done) return true;
      const { records, stackNode, stackIndex, stackCount } = this;
      const timed = deadline !== Infinity;
      let chars = this.chars;
      let child = this.child;
      let untilClock = CLOCK_EVERY;
      for (;;) {
        if (child !== null) {
          const type = child.nodeType;
          if (type === 1) {
            const top = stackCount.length - 1;
            const slot = stackCount[top]++;
            const tag = child.localName;
            if (!SKIPPED.has(tag)) {
              const index = this.count;
              this.push(child, tag, stackIndex[top], slot);
              const record = elementRecord(child, tag);
              records.push(record);
              chars += record.length + 1;
              // hasChildNodes(), not firstChild: a node's wrapper is made only when it is read.
              if (!CHILDLESS.has(tag) && child.hasChildNodes()) {
                if (this.limit > 0 && this.fits(child)) {
                  const before = this.count;
                  chars += this.addMarkup(child.innerHTML, index, tag);
                  untilClock -= this.count - before;
                } else {
                  stackNode.push(child);
                  stackIndex.push(index);
                  stackCount.push(0);
                  child = child.firstChild;
                  if (--untilClock <= 0) {
                    untilClock = CLOCK_EVERY;
                    if (chars >= maxChars || (timed && performance.now() >= deadline)) break;
                  }
                  continue;
                }
              }
            }
          } else if (type === 3 || type === 4) {
            const data = child.data;
            if (data.length > 0) chars += this.addText(data, stackIndex[stackIndex.length - 1]);
          }
          child = child.nextSibling;
          if (--untilClock <= 0) {
            untilClock = CLOCK_EVERY;
            if (chars >= maxChars || (timed && performance.now() >= deadline)) break;
          }
          continue;
        }
        if (stackNode.length === 1) {
          this.done = true;
          break;
        }
        const done = stackNode.pop();
        stackIndex.pop();
        stackCount.pop();
        child = done.nextSibling;
      }
      this.child = child;
      this.chars = chars;
      return this.done;
    }

    /**
     * Stop keeping the elements: from here on element() finds them by position, and the rest
     * of the walk reads small subtrees in serialized mode.
     */
    forget() {
      this.nodes = null;
      if (this.html) this.limit = SERIALIZED_ELEMENTS;
    }

    /**
     * Whether `el`'s subtree is small enough to be read in serialized mode. A subtree one level
     * deep (no grandchild: querySelector finds none, and hands out no wrapper) is sized by its
     * child count; a deeper one is counted up to the limit and no further (the collection's
     * item just past it: one wrapper at most). Its `length` counted the whole subtree: 6-10 ms
     * for each container of the 200 000 elements of the links and deep pages (Chromium, main
     * world), paid again at every level the walk went down, inside one slice.
     */
    fits(el) {
      const children = el.childElementCount;
      if (children === 0) return true;
      if (children > this.limit) return false;
      return el.querySelector(':scope > * > *') === null || el.getElementsByTagName('*').item(this.limit) === null;
    }

    /**
     * The records of an element's content from its serialization (`markup`, its innerHTML):
     * the same records, parents and places the DOM walk makes, without touching a DOM node
     * (see "Serialized mode" above). `parent` is the element's record, `tag` its tag. Returns
     * the characters added to the records.
     */
    addMarkup(markup, parent, tag) {
      // The content of a raw-text element is its text, as it is.
      if (RAW_TEXT.has(tag)) return markup.length > 0 ? this.addText(markup, parent) : 0;
      const { records } = this;
      // The open elements, the content's element first: tag, record (-1: not recorded), element
      // children seen so far. The same three arrays serve every call (one call per subtree).
      const { tags, index, seen } = this.open;
      tags.length = index.length = seen.length = 1;
      index[0] = parent;
      seen[0] = 0;
      let quiet = 0; // while > 0, the open elements from this depth on record nothing
      let chars = 0;
      const end = markup.length;
      let at = 0;
      while (at < end) {
        TOKEN.lastIndex = at;
        const m = TOKEN.exec(markup);
        const token = m[0];
        at = TOKEN.lastIndex;
        const top = tags.length - 1;
        if (m[2] !== undefined) {
          const tag = m[2];
          const slot = seen[top]++;
          const skipped = quiet > 0 || SKIPPED.has(tag);
          let record = -1;
          if (!skipped) {
            record = this.count;
            this.push(null, tag, index[top], slot);
            const text = markupRecord(tag, m[3]);
            records.push(text);
            chars += text.length + 1;
          }
          if (RAW_TEXT.has(tag)) {
            const close = markup.indexOf('</' + tag + '>', at);
            const stop = close < 0 ? end : close;
            if (!skipped && stop > at) chars += this.addText(markup.slice(at, stop), record);
            at = close < 0 ? end : close + tag.length + 3;
          } else if (!VOID.has(tag)) {
            tags.push(tag);
            index.push(record);
            seen.push(0);
            if (quiet === 0 && (skipped || CHILDLESS.has(tag))) quiet = tags.length - 1;
          }
        } else if (m[1] !== undefined) {
          // An end tag closes its element and any left open inside it (none, in what a browser
          // writes); one that closes nothing open is passed over.
          for (let k = top; k >= 1; k--) {
            if (tags[k] === m[1]) {
              tags.length = k;
              index.length = k;
              seen.length = k;
              if (quiet >= k) quiet = 0;
              break;
            }
          }
        } else if (token.charCodeAt(0) !== 60 || token.length === 1) {
          if (quiet === 0) chars += this.addText(unescapeMarkup(token), index[top]);
        }
      }
      return chars;
    }

    addText(data, parent) {
      this.push(null, '', parent, -1);
      this.records.push(textRecord(data));
      return TEXT_HEAD.length + data.length + 1;
    }

    /**
     * The records made since the last take, or the first of them up to about `maxChars`
     * characters (at least one record, if there is one); `left()` tells how many are still to
     * take. A step may make none (it can stop after a run of skipped nodes): parts are joined
     * with the record separator, so an empty part must not be joined in.
     */
    take(maxChars = Infinity) {
      const { records } = this;
      let n = records.length;
      let chars = this.chars;
      if (chars > maxChars) {
        chars = 0;
        n = 0;
        while (n < records.length && (n === 0 || chars + records[n].length + 1 <= maxChars)) chars += records[n++].length + 1;
      }
      const from = this.taken;
      const parents = this.up.slice(from, from + n);
      const packed = n === records.length ? records.join(RECORD_SEP) : records.slice(0, n).join(RECORD_SEP);
      this.taken += n;
      this.records = n === records.length ? [] : records.slice(n);
      this.chars -= chars;
      return { parents, packed };
    }

    /** How many records are still to take. */
    left() {
      return this.count - this.taken;
    }

    /** The element of record `i` (see above), or null. */
    element(i, changed) {
      if (!Number.isInteger(i) || i < 0 || i >= this.count || this.tag[i] === 0) return null;
      if (this.nodes) return this.nodes[i];
      const way = [];
      for (let j = i; j > 0; j = this.up[j]) way.push(j);
      let el = this.root;
      for (let k = way.length - 1; k >= 0; k--) {
        if (changed && changed.has(el)) return null;
        const j = way[k];
        el = el.children[this.slot[j]];
        if (!el || el.localName !== this.tagNames[this.tag[j]]) return null;
      }
      return el;
    }
  }

  /**
   * Collect the page table under `root` (default: the document's body) in one go.
   * Returns { nodes, parents, packed }: `nodes[i]` is the DOM node of record i (null for text:
   * verdicts name elements only), so a verdict's node indices map straight back to elements.
   */
  function collect(root) {
    const walk = new Walk(root, { keep: true });
    walk.step();
    const { parents, packed } = walk.take();
    return { nodes: walk.nodes, parents, packed };
  }

  global.BoilerfoldCollect = Object.freeze({ collect, Walk });
})(globalThis);
