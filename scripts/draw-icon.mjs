// Draws the toolbar icon (two linked white rings on LinkedIn blue) as PNGs in public/icon/, no image tools
// needed: `node scripts/draw-icon.mjs`. Each pixel is 4×4 supersampled for smooth edges.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [10, 102, 194];
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/**
 * The colour at (x, y) of an n×n icon, or null outside its rounded square.
 * @param {number} x @param {number} y @param {number} n @returns {number[] | null}
 */
function colourAt(x, y, n) {
  const radius = 0.22 * n;
  const cx = Math.min(Math.max(x, radius), n - radius);
  const cy = Math.min(Math.max(y, radius), n - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return null;
  const onRing = (/** @type {number} */ ringX) =>
    Math.abs(Math.hypot(x - ringX * n, y - 0.5 * n) - 0.2 * n) <= 0.0425 * n;
  return onRing(0.39) || onRing(0.61) ? WHITE : BLUE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** @param {number} size */
function iconPng(size) {
  const n = size * SAMPLES;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // filter: none
    for (let px = 0; px < size; px++) {
      let [r, g, b, covered] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(px * SAMPLES + sx + 0.5, py * SAMPLES + sy + 0.5, n);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      row.push(...(covered ? [r / covered, g / covered, b / covered].map(Math.round) : [0, 0, 0]));
      row.push(Math.round((255 * covered) / SAMPLES ** 2));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, iconPng(size));
