// Draws the NewsLens icon — a page with lines of text under a lens — as icons/icon.svg and
// renders the same shapes to PNG at 16, 32, 48 and 128 px with 4×4 supersampling. Pure Node
// (zlib for PNG), so making icons needs no browser or image tool. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

// Shapes in a 128×128 design space.
const BACKGROUND = [31, 87, 195];
const PAPER = [255, 255, 255];
const INK = [31, 87, 195];
const shapes = [
  { kind: 'roundRect', x: 4, y: 4, w: 120, h: 120, r: 26, color: BACKGROUND },
  { kind: 'roundRect', x: 26, y: 22, w: 62, h: 80, r: 8, color: PAPER },
  { kind: 'roundRect', x: 36, y: 36, w: 42, h: 7, r: 3.5, color: INK },
  { kind: 'roundRect', x: 36, y: 51, w: 30, h: 7, r: 3.5, color: INK },
  { kind: 'roundRect', x: 36, y: 66, w: 24, h: 7, r: 3.5, color: INK },
  { kind: 'ring', cx: 80, cy: 76, r: 20, width: 9, color: PAPER, fill: BACKGROUND },
  { kind: 'capsule', x1: 94, y1: 90, x2: 108, y2: 104, r: 6, color: PAPER },
];

function coverage(shape, x, y) {
  switch (shape.kind) {
    case 'roundRect': {
      const qx = Math.abs(x - (shape.x + shape.w / 2)) - shape.w / 2 + shape.r;
      const qy = Math.abs(y - (shape.y + shape.h / 2)) - shape.h / 2 + shape.r;
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - shape.r;
      return outside <= 0 ? 1 : 0;
    }
    case 'ring': {
      const d = Math.hypot(x - shape.cx, y - shape.cy);
      if (d <= shape.r - shape.width / 2) return 2; // inside the lens
      return Math.abs(d - shape.r) <= shape.width / 2 ? 1 : 0;
    }
    case 'capsule': {
      const dx = shape.x2 - shape.x1,
        dy = shape.y2 - shape.y1;
      const t = Math.max(0, Math.min(1, ((x - shape.x1) * dx + (y - shape.y1) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(x - shape.x1 - t * dx, y - shape.y1 - t * dy) <= shape.r ? 1 : 0;
    }
  }
}

function colorAt(x, y) {
  let color = null;
  for (const shape of shapes) {
    const c = coverage(shape, x, y);
    // Inside the lens the paper shows through, tinted: magnification without detail.
    if (c === 2) color = color && color !== BACKGROUND ? color.map((v) => Math.round(v * 0.88 + 255 * 0.12)) : [233, 240, 252];
    else if (c === 1) color = shape.color;
  }
  return color;
}

function renderPng(size) {
  const samples = 4;
  const scale = 128 / size;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colorAt((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const n = samples * samples;
      row[1 + px * 4] = a ? Math.round(r / a) : 0;
      row[2 + px * 4] = a ? Math.round(g / a) : 0;
      row[3 + px * 4] = a ? Math.round(b / a) : 0;
      row[4 + px * 4] = Math.round((a / n) * 255);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

function encodePng(width, height, raw) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
function renderSvg() {
  const parts = shapes.map((s) => {
    switch (s.kind) {
      case 'roundRect':
        return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${hex(s.color)}"/>`;
      case 'ring':
        return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r - s.width / 2}" fill="#e9f0fc" fill-opacity="0.85"/><circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="none" stroke="${hex(s.color)}" stroke-width="${s.width}"/>`;
      case 'capsule':
        return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${hex(s.color)}" stroke-width="${s.r * 2}" stroke-linecap="round"/>`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128">\n  ${parts.join('\n  ')}\n</svg>\n`;
}

mkdirSync('icons', { recursive: true });
writeFileSync('icons/icon.svg', renderSvg());
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, renderPng(size));
console.log('icons/icon.svg and icons/icon-{16,32,48,128}.png written');
