// Draws the toolbar/store icons as PNGs (no image library: a tiny PNG encoder over node:zlib).
// The PNGs are committed as sources; run this again only to change the drawing:
//   node scripts/make-icons.mjs
// The picture: a rounded page in blue with three text lines; the middle line is folded into a
// small chevron bar, the way Boilerfold folds clutter between the paragraphs of an article.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const PAGE = [37, 99, 235]; // blue page
const INK = [255, 255, 255]; // text lines
const FOLD = [250, 204, 21]; // the folded bar

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Coverage of a pixel by a shape, by 4x4 supersampling: smooth edges at every size.
function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const s = size / 16; // drawing units: a 16x16 grid
  const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const shapes = [
    { color: PAGE, test: (x, y) => inRoundRect(x, y, 0.5, 0.5, 15.5, 15.5, 3) },
    { color: INK, test: (x, y) => inRoundRect(x, y, 3, 3, 13, 5, 0.8) },
    { color: FOLD, test: (x, y) => inRoundRect(x, y, 3, 7, 13, 9, 0.8) },
    { color: INK, test: (x, y) => inRoundRect(x, y, 3, 11, 10, 13, 0.8) },
  ];
  const N = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px + (sx + 0.5) / N) / s;
          const y = (py + (sy + 0.5) / N) / s;
          let color = null;
          for (const shape of shapes) if (shape.test(x, y)) color = shape.color;
          if (color) {
            r += color[0]; g += color[1]; b += color[2]; a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (N * N));
      }
    }
  }
  return rgba;
}

const dir = new URL('../extension/icons/', import.meta.url);
for (const size of SIZES) {
  writeFileSync(new URL(`icon-${size}.png`, dir), png(size, draw(size)));
}
console.log(`icons: ${SIZES.map((n) => `icon-${n}.png`).join(' ')}`);
