import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * Channel difference two pixels may have and still count as the same: antialiasing at an edge
 * varies by a unit or two between runs; a changed letter or colour differs by far more.
 */
const CHANNEL_TOLERANCE = 16;

/** Whether two PNGs show the same picture: same size, every pixel alike within the tolerance. */
export function samePicture(a: Buffer, b: Buffer): boolean {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return false;
  for (let i = 0; i < x.data.length; i++) {
    if (Math.abs(x.data[i]! - y.data[i]!) > CHANNEL_TOLERANCE) return false;
  }
  return true;
}

/**
 * Saves a screenshot for the docs only when what it shows changed: Chromium encodes (and
 * antialiases) the same page a little differently from run to run, and a test run should not
 * leave the committed images modified for nothing.
 */
export function saveScreenshot(file: string, png: Buffer): void {
  if (existsSync(file)) {
    try {
      if (samePicture(readFileSync(file), png)) return;
    } catch {
      // Not a PNG that can be read: replace it.
    }
  }
  writeFileSync(file, png);
}
