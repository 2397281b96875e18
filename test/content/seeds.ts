import * as fs from 'node:fs';
import * as path from 'node:path';

/** Reading the seed documents themselves, so content tests compare the catalog with the source. */

const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');

export interface Seed {
  readonly file: string;
  readonly text: string;
  readonly lines: readonly string[];
}

let seedCache: readonly Seed[] | undefined;

/** Every seed; throws (failing the test) when the folder is missing or empty: CI always has it. */
export function seeds(): readonly Seed[] {
  if (seedCache) return seedCache;
  if (!fs.existsSync(SEEDS_DIR)) {
    throw new Error(`Seed documents not found: expected ${SEEDS_DIR}/*.txt. The catalog cannot be verified.`);
  }
  const files = fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`No seed documents (*.txt) in ${SEEDS_DIR}.`);
  seedCache = files.map((file) => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    return { file, text, lines: text.split(/\r?\n/) };
  });
  return seedCache;
}

export function seedContaining(marker: string): Seed {
  const found = seeds().filter((s) => s.text.includes(marker));
  if (found.length !== 1) {
    throw new Error(`Expected exactly one seed containing "${marker}", found ${found.length}.`);
  }
  return found[0]!;
}

export const BULLET = /^- \*\*(.+)\*\*$/;
export const stripTags = (s: string): string => s.replace(/<\/?p>/g, '').trim();

/**
 * The first cells of the tab-separated table rows from `startLine` on (skipping "QUESTION" header
 * rows and blank lines between tables), up to the first line of prose after a row.
 */
export function tableRows(seed: Seed, startLine: number): string[] {
  return tableCells(seed, startLine).map((cells) => cells[0]!);
}

/** Every cell of those rows. */
export function tableCells(seed: Seed, startLine: number): string[][] {
  const rows: string[][] = [];
  for (const line of seed.lines.slice(startLine)) {
    if (line.startsWith('QUESTION\t')) continue;
    if (line.includes('\t')) rows.push(line.split('\t').map(stripTags));
    else if (rows.length > 0 && line.trim() !== '') break;
  }
  return rows;
}

/**
 * What the extraction of the printed pages put into the seeds' running text, named so a test
 * removes only these:
 * - `pageJump`: the leaders article breaks off at "Continued on p. 10" and resumes after
 *   another article at "Continued from p. 8";
 * - `pullQuote`: the learning-systems text prints a pull quote between the first two ways
 *   system leaders turn their vision into reality.
 */
export const ARTEFACTS = {
  pageJump: /Continued on p\. 10[\s\S]*?Continued from p\. 8/,
  pullQuote:
    /Learning systems organize professional learning within communities to advance continuous improvement, promote collective responsibility, and support alignment of individual, team, school, and school district goals\.\s+(?=- Shifting district requirements)/,
} as const;

/**
 * A seed's running text with only its layout undone: list markers and heading marks at the
 * start of lines, bold marks and Markdown links (kept as their text) removed, every run of
 * white space (line and page breaks too) made one space. `without` names extraction artefacts
 * to remove first.
 */
export function flatText(seed: Seed, without: readonly (keyof typeof ARTEFACTS)[] = []): string {
  let text = seed.text;
  for (const name of without) {
    const before = text;
    text = text.replace(ARTEFACTS[name], '');
    if (text === before) throw new Error(`Artefact "${name}" not found in ${seed.file}.`);
  }
  return flat(
    text
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*(?:#+|-|\*)\s+/, ''))
      .join('\n')
      .replace(/\*\*/g, '')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
  );
}

/** White space made single spaces, trimmed. */
export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
