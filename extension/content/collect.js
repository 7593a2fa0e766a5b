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

  // A record is kept as its pieces (Walk.pieces): a head that starts with the record
  // separator, then, for a text, the text itself (cleaned: it never starts with a separator).
  // Joined they are the packed string; no string is made per record where a cached one will do.
  // The cached pieces are made flat (joined, not concatenated), so that joining them copies
  // characters and follows no string tree.
  const flat = (...parts) => parts.join('');
  // Runs of field separators, by length: what stands between two non-empty fields of a record.
  const SEPS = Array.from({ length: 14 }, (_, k) => flat(...new Array(k).fill(FIELD_SEP)));
  // The fields of an element without attributes: tag, then twelve empty fields and no text.
  const EMPTY_TAIL = SEPS[13];
  const TEXT_HEAD = flat(RECORD_SEP, '#text', EMPTY_TAIL);

  /** An attribute's value: from the element `el`, or from serialized markup (`el` null). */
  function attr(el, values, n, i) {
    return el !== null ? el.getAttribute(n) : unescapeMarkup(values[i]);
  }

  /**
   * One element's record (`head`: the separator and its tag) from its attribute names; only the
   * wanted values are read, from the element `el` or, for serialized markup (`el` null), from
   * `values` (escaped as written). The record is the head, then only the non-empty fields, each
   * after the run of separators that places it: most fields of most elements are empty.
   */
  function fieldsRecord(head, tag, names, el, values) {
    let id = '', cls = '', role = '', itemprop = '', itemtype = '', type = '', name = '';
    let href = '', action = '', label = '', hidden = false;
    let components = null; // by COMPONENT_SLOT, when the element has any
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      switch (n) {
        case 'id': id = clean(attr(el, values, n, i)); break;
        case 'class': cls = clean(attr(el, values, n, i)); break;
        case 'role': role = clean(attr(el, values, n, i)); break;
        case 'itemprop': itemprop = clean(attr(el, values, n, i)); break;
        case 'itemtype': itemtype = clean(attr(el, values, n, i)); break;
        case 'type': type = clean(attr(el, values, n, i)); break;
        case 'name': name = clean(attr(el, values, n, i)); break;
        case 'href': if (tag === 'a') href = clean(attr(el, values, n, i)); break;
        case 'action': if (tag === 'form') action = clean(attr(el, values, n, i)); break;
        case 'hidden': hidden = true; break;
        case 'aria-hidden': if (attr(el, values, n, i).trim().toLowerCase() === 'true') hidden = true; break;
        case 'style': if (HIDDEN_STYLE.test(attr(el, values, n, i))) hidden = true; break;
        case 'aria-label': label = componentValue(attr(el, values, n, i)); break;
        default: {
          const slot = COMPONENT_SLOT.get(n);
          if (slot !== undefined) {
            if (components === null) components = [];
            components[slot] = componentValue(attr(el, values, n, i));
          }
          break;
        }
      }
    }
    // In COMPONENT_ATTRS order, whatever the element's order; empty values left out.
    const component = components === null ? '' : components.filter((v) => v).join(' ');
    if (tag === 'input' && type.trim().toLowerCase() === 'hidden') hidden = true;
    // Field k (1 id … 12 hidden, 13 the text, always empty here) follows k separators.
    let out = head;
    let at = 0;
    if (id !== '') { out += SEPS[1 - at] + id; at = 1; }
    if (cls !== '') { out += SEPS[2 - at] + cls; at = 2; }
    if (role !== '') { out += SEPS[3 - at] + role; at = 3; }
    if (itemprop !== '') { out += SEPS[4 - at] + itemprop; at = 4; }
    if (itemtype !== '') { out += SEPS[5 - at] + itemtype; at = 5; }
    if (type !== '') { out += SEPS[6 - at] + type; at = 6; }
    if (name !== '') { out += SEPS[7 - at] + name; at = 7; }
    if (href !== '') { out += SEPS[8 - at] + href; at = 8; }
    if (action !== '') { out += SEPS[9 - at] + action; at = 9; }
    if (component !== '') { out += SEPS[10 - at] + component; at = 10; }
    if (label !== '') { out += SEPS[11 - at] + label; at = 11; }
    if (hidden) { out += SEPS[12 - at] + '1'; at = 12; }
    return out + SEPS[13 - at];
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

  /**
   * An element's record from its serialized attributes (` name="value"` each); `head` and
   * `bare` as Walk.tagHead and Walk.tagBare give them.
   */
  function markupRecord(head, bare, tag, attributes) {
    if (attributes.length === 0) return bare;
    const names = [];
    const values = [];
    ATTRIBUTE.lastIndex = 0;
    let m;
    while ((m = ATTRIBUTE.exec(attributes)) !== null) {
      names.push(m[1]);
      values.push(m[2]);
    }
    return fieldsRecord(head, tag, names, null, values);
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

  // The flags of a tag's code (Walk.tagCodes): skipped with its subtree, or its children not
  // page text (CHILDLESS).
  const SKIP = 1;
  const NO_CHILDREN = 2;

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
      // tag → its number times 4, plus SKIP and NO_CHILDREN: one lookup per element. By
      // number: the tag, its record's head (the separator and the tag) and the whole record of
      // the tag without attributes.
      this.tagCodes = new Map([['', 0]]);
      this.tagNames = [''];
      this.tagHead = [TEXT_HEAD];
      this.tagBare = [TEXT_HEAD];
      this.pieces = []; // the records not yet taken, in pieces (see TEXT_HEAD above)
      this.taken = 0; // records handed over by take()
      this.count = 0;
      this.chars = 0;
      this.open = { tags: [null], index: [-1], seen: [0] }; // addMarkup's stack
      this.done = !root;
      if (!root) return;
      const rootTag = root.localName;
      const code = this.code(rootTag);
      this.push(root, code, -1, -1);
      this.chars = this.elementPiece(root, rootTag, code);
      this.stackNode = [root];
      this.stackIndex = [0];
      this.stackCount = [0]; // element children seen so far, per level
      this.child = (code & NO_CHILDREN) !== 0 ? null : root.firstChild;
    }

    /** The code of `tag` (see tagCodes), numbered on first sight. */
    code(tag) {
      let code = this.tagCodes.get(tag);
      if (code === undefined) {
        code = ((this.tagNames.push(tag) - 1) << 2) | (SKIPPED.has(tag) ? SKIP : 0) | (CHILDLESS.has(tag) ? NO_CHILDREN : 0);
        this.tagCodes.set(tag, code);
        const head = RECORD_SEP + tag;
        this.tagHead.push(head);
        this.tagBare.push(flat(head, EMPTY_TAIL));
      }
      return code;
    }

    /**
     * An element's record, added to the pieces; returns its characters. Elements without
     * attributes (most of a page) take the cached record of their tag; for the others the
     * attribute names are read once and only the wanted values fetched.
     * Not `el.attributes`: each Attr it hands out is one more DOM wrapper, and in a content
     * script's isolated world every wrapper is a weak handle the garbage collector has to visit.
     * On a page of 100 000 links such handles made single GC pauses of 50-120 ms (Chromium trace).
     */
    elementPiece(el, tag, code) {
      const id = code >> 2;
      const record = el.hasAttributes() ? fieldsRecord(this.tagHead[id], tag, el.getAttributeNames(), el, null) : this.tagBare[id];
      this.pieces.push(record);
      return record.length;
    }

    /** Add record `count` (its node, tag code, parent record and slot); returns its index. */
    push(node, code, parent, slot) {
      const i = this.count++;
      if (this.nodes !== null) this.nodes.push(node);
      if (i === this.up.length) {
        this.up = grown(this.up);
        this.slot = grown(this.slot);
        this.tag = grown(this.tag);
      }
      this.up[i] = parent;
      this.slot[i] = slot;
      this.tag[i] = code >> 2;
      return i;
    }

    step(deadline = Infinity, maxChars = Infinity) {
      if (this.done) return true;
      const { pieces, stackNode, stackIndex, stackCount } = this;
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
            const code = this.tagCodes.get(tag) ?? this.code(tag);
            if ((code & SKIP) === 0) {
              const index = this.push(child, code, stackIndex[top], slot);
              chars += this.elementPiece(child, tag, code);
              // The first child, read at once (one call, not hasChildNodes() and then
              // firstChild); in serialized mode only for a subtree too big for it (a node's
              // wrapper is made only when it is read).
              let first = null;
              if ((code & NO_CHILDREN) !== 0) {
                // A control's value or a void element's children: not page text.
              } else if (this.limit === 0) {
                first = child.firstChild;
              } else if (child.hasChildNodes()) {
                if (this.fits(child)) {
                  const before = this.count;
                  chars += this.addMarkup(child.innerHTML, index, tag);
                  untilClock -= this.count - before;
                } else {
                  first = child.firstChild;
                }
              }
              if (first !== null) {
                stackNode.push(child);
                stackIndex.push(index);
                stackCount.push(0);
                child = first;
                if (--untilClock <= 0) {
                  untilClock = CLOCK_EVERY;
                  if (chars >= maxChars || (timed && performance.now() >= deadline)) break;
                }
                continue;
              }
            }
          } else if (type === 3 || type === 4) {
            const data = child.data;
            if (data.length > 0) {
              this.push(null, 0, stackIndex[stackIndex.length - 1], -1);
              pieces.push(TEXT_HEAD, clean(data));
              chars += TEXT_HEAD.length + data.length;
            }
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
      const { pieces } = this;
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
          const code = quiet > 0 ? SKIP : this.code(tag);
          const skipped = (code & SKIP) !== 0;
          let record = -1;
          if (!skipped) {
            record = this.count;
            this.push(null, code, index[top], slot);
            const text = markupRecord(this.tagHead[code >> 2], this.tagBare[code >> 2], tag, m[3]);
            pieces.push(text);
            chars += text.length;
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
            if (quiet === 0 && (skipped || (code & NO_CHILDREN) !== 0)) quiet = tags.length - 1;
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
      this.push(null, 0, parent, -1);
      this.pieces.push(TEXT_HEAD, clean(data));
      return TEXT_HEAD.length + data.length;
    }

    /**
     * The records made since the last take, or the first of them up to about `maxChars`
     * characters (at least one record, if there is one); `left()` tells how many are still to
     * take. A step may make none (it can stop after a run of skipped nodes): parts are joined
     * with the record separator, so an empty part must not be joined in.
     */
    take(maxChars = Infinity) {
      const { pieces } = this;
      let n = this.count - this.taken; // records
      let end = pieces.length; // …and their pieces
      let chars = this.chars;
      if (chars > maxChars) {
        chars = 0;
        n = 0;
        end = 0;
        while (end < pieces.length) {
          // A record is its head and the pieces up to the next head (every head starts with the
          // record separator, which a cleaned text never holds).
          let next = end + 1;
          let size = pieces[end].length;
          while (next < pieces.length && pieces[next].charCodeAt(0) !== 0x1e) size += pieces[next++].length;
          if (n > 0 && chars + size > maxChars) break;
          chars += size;
          end = next;
          n += 1;
        }
      }
      const from = this.taken;
      const parents = this.up.slice(from, from + n);
      // The parts are joined with the record separator: each leaves out its first head's own.
      const packed = (end === pieces.length ? pieces : pieces.slice(0, end)).join('').slice(1);
      this.taken += n;
      this.pieces = end === pieces.length ? [] : pieces.slice(end);
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
