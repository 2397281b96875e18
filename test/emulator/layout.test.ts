import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LOCAL = join(ROOT, 'local');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mjs|js)$/.test(e.name) ? [path] : [];
  });
}

/** The emulator stays a place one can live in (issue 14): no source file in local/ over 500 lines. */
describe('local/ layout', () => {
  it('has no source file over 500 lines', () => {
    const files = sources(LOCAL);
    expect(files.length).toBeGreaterThan(50);
    const long = files
      .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 500);
    expect(long).toEqual([]);
  });

  it('keeps the three layers apart: state imports nothing of the emulator, behaviour never a facade', () => {
    const imports = (dir: string) =>
      sources(join(LOCAL, 'emulator', dir)).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => ({
          file: relative(ROOT, f),
          from: m[1]!,
        })),
      );
    // The reader sees the imports (behaviour reads state), so an empty list below means something.
    expect(imports('behaviour').some((i) => i.from.startsWith('../state/'))).toBe(true);
    expect(imports('state').filter((i) => i.from.startsWith('..'))).toEqual([]);
    expect(imports('behaviour').filter((i) => /facades|world/.test(i.from))).toEqual([]);
  });
});
