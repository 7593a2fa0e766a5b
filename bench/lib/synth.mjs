/*
 * Synthetic news pages of a chosen size for the scaling benchmark: a header with navigation,
 * then repeated units of a realistic shape — article paragraphs (some links, emphasis), a
 * "related stories" list, a donation appeal, a run of reader comments with a reply form — until
 * the page reaches the wanted size. Deterministic (a fixed-seed generator): the same size gives
 * the same bytes on every run.
 */

const WORDS = (
  'the council said on tuesday that its plan for the river crossing would cost more than ' +
  'expected after engineers found the old piers weaker than the survey had shown residents ' +
  'who live near the bridge have asked for a public meeting before any work begins and the ' +
  'mayor promised one within a month while opposition members called the delay a failure of ' +
  'planning that could have been avoided with an honest estimate from the start according ' +
  'to documents seen by this newspaper officials knew about the problem for two years'
).split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand, min = 8, max = 24) {
  const n = min + Math.floor(rand() * (max - min));
  const w = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(rand) {
  const parts = [];
  const n = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    let s = sentence(rand);
    if (rand() < 0.25) {
      const words = s.split(' ');
      const k = Math.floor(rand() * (words.length - 2));
      words[k] = `<a href="/topics/${words[k].replace(/\W/g, '')}">${words[k]}</a>`;
      s = words.join(' ');
    } else if (rand() < 0.1) {
      s = `<em>${s}</em>`;
    }
    parts.push(s);
  }
  return `<p>${parts.join(' ')}</p>`;
}

function related(rand, unit) {
  const items = [];
  for (let i = 0; i < 6; i++) {
    items.push(`<li><a href="/news/${unit}-${i}">${sentence(rand, 5, 10)}</a></li>`);
  }
  return `<aside class="related-posts"><h3>Related stories</h3><ul>${items.join('')}</ul></aside>`;
}

function donation() {
  return (
    '<div class="donate-box"><h3>Support independent journalism</h3>' +
    '<p>Our reporting is funded by readers like you. Give $5 a month, or make a one-time ' +
    'contribution today, and help keep our journalism free for everyone.</p>' +
    '<a class="button" href="/donate">Donate now</a></div>'
  );
}

function comments(rand, unit) {
  const items = [];
  for (let i = 0; i < 5; i++) {
    items.push(
      `<li class="comment" id="comment-${unit}-${i}"><div class="comment-author">reader${unit}_${i}</div>` +
        `<time>2 hours ago</time><div class="comment-body"><p>${sentence(rand, 6, 30)}</p></div>` +
        '<a class="comment-reply-link" href="#respond">Reply</a></li>',
    );
  }
  return (
    `<section class="comments-area"><h3 class="comments-title">${items.length} comments</h3>` +
    `<ol class="comment-list">${items.join('')}</ol>` +
    '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form action="/comment" method="post">' +
    '<textarea name="comment"></textarea><input type="email" name="email">' +
    '<input type="submit" value="Post Comment"></form></div></section>'
  );
}

/** An HTML page of about `bytes` bytes (never less). */
export function syntheticPage(bytes, seed = 42) {
  const rand = rng(seed);
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>River crossing plan</title>' +
    '<style>body{font-family:serif}</style></head><body>' +
    '<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>' +
    '<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>' +
    '<main><article class="post"><h1>Council admits river crossing will cost more</h1>' +
    '<div class="entry-content">';
  const tail = '<footer class="site-footer"><p>© Example News</p></footer></body></html>';
  const out = [head];
  let size = head.length + tail.length;
  let unit = 0;
  // Article body first (about 60 % of the page), then the clutter units; each unit is one
  // "story screen" as infinite-scroll pages append them.
  const articleTarget = bytes * 0.6;
  while (size < articleTarget) {
    const p = paragraph(rand);
    out.push(p);
    size += p.length;
  }
  out.push('</div></article>');
  size += 16;
  while (size < bytes) {
    const chunk = related(rand, unit) + (unit % 3 === 0 ? donation() : '') + comments(rand, unit);
    out.push(chunk);
    size += chunk.length;
    unit += 1;
  }
  out.push('</main>', tail);
  return out.join('');
}
