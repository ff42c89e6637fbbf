// Draws the extension icon (media/icon.png, 128×128): a record sheet with a check mark.
// Written once and committed; rerun only to change the design. No dependencies: shapes are
// rasterised with 4×4 supersampling and written as a PNG with node:zlib.
// usage: node scripts/make-icon.mjs [out.png]
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const out = process.argv[2] ?? new URL('../media/icon.png', import.meta.url).pathname;

const TEAL = [31, 111, 139];
const WHITE = [255, 255, 255];
const GREEN = [47, 179, 128];

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (ax, ay, bx, by, width) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
};

// Painted in order, later shapes on top; coordinates on a 128 grid.
const layers = [
  [TEAL, roundRect(4, 4, 124, 124, 20)],
  [WHITE, roundRect(32, 18, 96, 110, 6)],
  [TEAL, roundRect(44, 34, 84, 39, 2)],
  [TEAL, roundRect(44, 47, 84, 52, 2)],
  [TEAL, roundRect(44, 60, 70, 65, 2)],
  [GREEN, segment(48, 86, 61, 98, 9)],
  [GREEN, segment(61, 98, 88, 72, 9)],
];

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        const hit = layers.findLast(([, inside]) => inside(px, py));
        if (hit) {
          r += hit[0][0];
          g += hit[0][1];
          b += hit[0][2];
          a += 1;
        }
      }
    }
    const offset = 1 + x * 4;
    if (a > 0) {
      row[offset] = r / a;
      row[offset + 1] = g / a;
      row[offset + 2] = b / a;
    }
    row[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
