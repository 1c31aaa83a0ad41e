/**
 * Writes public/favicon.ico and public/favicon.svg: three actors, one backing (green) and one
 * opposing (red) the third, in the graph's own colours. Drawn here rather than downloaded, so
 * the icon is reproducible: `npx tsx scripts/favicon.ts`. The .ico holds one 32x32 PNG (allowed
 * since Windows Vista; every current browser reads it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { STYLE_DEFAULTS } from '@/components/graph/style';

type Rgb = [number, number, number];

const SIZE = 32;
const INK: Rgb = [0x1f, 0x2a, 0x33];
const nodes = [
  { x: 8, y: 9, r: 5 },
  { x: 24, y: 9, r: 5 },
  { x: 16, y: 24, r: 6 },
] as const;
const edges = [
  { from: 0, to: 2, colour: STYLE_DEFAULTS.colours.backs },
  { from: 1, to: 2, colour: STYLE_DEFAULTS.colours.opposes },
] as const;

function rgb(hex: string): Rgb {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** The colour at a point, or null for transparent: nodes over edges. */
function paint(x: number, y: number): Rgb | null {
  for (const n of nodes) if (Math.hypot(x - n.x, y - n.y) <= n.r) return INK;
  for (const e of edges) {
    const a = nodes[e.from];
    const b = nodes[e.to];
    if (distanceToSegment(x, y, a.x, a.y, b.x, b.y) <= 1.6) return rgb(e.colour);
  }
  return null;
}

/** RGBA pixels, 4x4 samples per pixel for smooth edges. */
function pixels(): Buffer {
  const out = Buffer.alloc(SIZE * SIZE * 4);
  const samples = 4;
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      const sum: [number, number, number, number] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = paint(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      const i = (y * SIZE + x) * 4;
      const covered = sum[3];
      if (covered === 0) continue;
      out[i] = Math.round(sum[0] / covered);
      out[i + 1] = Math.round(sum[1] / covered);
      out[i + 2] = Math.round(sum[2] / covered);
      out[i + 3] = Math.round((255 * covered) / samples ** 2);
    }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function faviconPng(): Buffer {
  const rgba = pixels();
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  // Each scanline starts with its filter type (0: none).
  const raw = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** An ICONDIR with one entry pointing at the PNG that follows it. */
export function faviconIco(png: Buffer): Buffer {
  const dir = Buffer.alloc(6 + 16);
  dir.writeUInt16LE(0, 0); // reserved
  dir.writeUInt16LE(1, 2); // type: icon
  dir.writeUInt16LE(1, 4); // one image
  dir.writeUInt8(SIZE, 6);
  dir.writeUInt8(SIZE, 7);
  dir.writeUInt8(0, 8); // no palette
  dir.writeUInt8(0, 9);
  dir.writeUInt16LE(1, 10); // colour planes
  dir.writeUInt16LE(32, 12); // bits per pixel
  dir.writeUInt32LE(png.length, 14);
  dir.writeUInt32LE(dir.length, 18);
  return Buffer.concat([dir, png]);
}

export function faviconSvg(): string {
  const lines = edges.map((e) => {
    const a = nodes[e.from];
    const b = nodes[e.to];
    return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${e.colour}" stroke-width="3.2" stroke-linecap="round"/>`;
  });
  const circles = nodes.map((n) => `<circle cx="${n.x}" cy="${n.y}" r="${n.r}" fill="rgb(${INK.join(',')})"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${[...lines, ...circles].join('')}</svg>\n`;
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'public');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'favicon.ico'), faviconIco(faviconPng()));
  fs.writeFileSync(path.join(dir, 'favicon.svg'), faviconSvg());
  console.log(`Wrote ${path.join(dir, 'favicon.ico')} and favicon.svg`);
}
