import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** A PNG's size and decompressed pixel rows (IHDR and IDAT): what it shows, not how it was encoded. */
function pixels(png: Buffer): Buffer {
  const idat: Buffer[] = [];
  let header: Buffer = Buffer.alloc(0);
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  return Buffer.concat([header, inflateSync(Buffer.concat(idat))]);
}

/**
 * Saves a screenshot for the docs only when its pixels changed: Chromium encodes the same picture
 * differently from run to run, and a test run should not leave the committed images modified.
 */
export function saveScreenshot(file: string, png: Buffer): void {
  if (existsSync(file)) {
    try {
      if (pixels(readFileSync(file)).equals(pixels(png))) return;
    } catch {
      // Not a PNG we can read: replace it.
    }
  }
  writeFileSync(file, png);
}
