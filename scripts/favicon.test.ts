import fs from 'node:fs';
import path from 'node:path';
import { faviconIco, faviconPng, faviconSvg } from '@/scripts/favicon';

describe('scripts/favicon', () => {
  it('draws a 32x32 PNG wrapped in a one-image ICO', () => {
    const png = faviconPng();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    const ico = faviconIco(png);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(png)).toBe(true);
  });

  it('is what public/ serves (run `npx tsx scripts/favicon.ts` after changing the drawing)', () => {
    const publicDir = path.resolve(__dirname, '..', 'public');
    expect(fs.readFileSync(path.join(publicDir, 'favicon.ico')).equals(faviconIco(faviconPng()))).toBe(true);
    expect(fs.readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8')).toBe(faviconSvg());
  });
});
