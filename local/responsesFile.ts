/**
 * Reading a responses file from disk for `npm start -- --responses FILE`: what its bytes are
 * decides how it is read. Text in UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text")
 * or Windows-1252 (Excel's "CSV" on Windows) is decoded; a workbook, image, PDF or any other
 * binary file is refused. Every problem is one line naming the file and what to do.
 */
import { readFileSync, statSync } from 'node:fs';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedFile {
  readonly text: string;
  readonly encoding: Encoding;
}

/** A problem with the file itself: its message is one line, shown as is. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

/** Leading bytes of the binary formats people most often rename or pick by mistake. */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive, such as an Excel workbook (.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls) or Word document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

const startsWith = (buf: Uint8Array, bytes: readonly number[]): boolean =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

const EXPORT_HINT = 'in Google Sheets choose File > Download > Comma-separated values (.csv)';

/**
 * UTF-16 without a BOM: text in the Latin range has a NUL in every other byte. Looked for in
 * the first 4 KB: at least a third of the odd (LE) or even (BE) bytes NUL, and almost none of
 * the others.
 */
function utf16Order(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd * 3 >= pairs && even * 50 < pairs) return 'utf-16le';
  if (even * 3 >= pairs && odd * 50 < pairs) return 'utf-16be';
  return null;
}

/** Control characters other than tab, line feed and carriage return: binary data, not text. */
const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;

function checkText(text: string, file: string): void {
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > 0 && controls * 100 >= n) {
    throw new FileProblem(`${file} is not a text file (it holds binary data): ${EXPORT_HINT}.`);
  }
}

/** The encoding a file's bytes are in, or a FileProblem for a file that is not text. */
export function decodeBytes(buf: Uint8Array, file: string): DecodedFile {
  for (const s of SIGNATURES) {
    if (startsWith(buf, s.bytes)) throw new FileProblem(`${file} is ${s.what}, not a CSV: ${EXPORT_HINT}.`);
  }
  let decoded: DecodedFile;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) decoded = { text: b.toString('utf8', 3), encoding: 'utf-8' };
  else if (startsWith(buf, [0xff, 0xfe]))
    decoded = { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  else if (startsWith(buf, [0xfe, 0xff]))
    decoded = { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  else {
    const order = utf16Order(buf);
    if (order) decoded = { text: iconv.decode(b, order), encoding: order };
    else if (buf.includes(0))
      throw new FileProblem(`${file} is not a text file (it holds binary data): ${EXPORT_HINT}.`);
    else {
      try {
        decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
      } catch {
        // Not UTF-8: Excel on Windows saves "CSV" in Windows-1252 (“smart quotes”, é, €).
        decoded = { text: iconv.decode(b, 'win1252'), encoding: 'windows-1252' };
      }
    }
  }
  checkText(decoded.text, file);
  return decoded;
}

/** Reads and decodes a responses file; every problem is a FileProblem with a one-line message. */
export function readResponsesFile(file: string): DecodedFile {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new FileProblem(`${file} is a folder: give the path of a responses CSV.`);
    if (!st.isFile())
      throw new FileProblem(`${file} is not a regular file: give the path of a responses CSV.`);
    size = st.size;
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileProblem(`No file at ${file}: give the path of a responses CSV.`);
    if (code === 'EACCES') throw new FileProblem(`${file} cannot be read (permission denied).`);
    throw new FileProblem(`${file} cannot be read (${code ?? String(e)}).`);
  }
  if (size === 0) throw new FileProblem(`${file} is empty: expected a header row and responses.`);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ENOMEM') {
      throw new FileProblem(`${file} is too large to read into memory (${size} bytes).`);
    }
    throw new FileProblem(`${file} cannot be read (${code ?? String(e)}).`);
  }
  try {
    return decodeBytes(buf, file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    // ERR_STRING_TOO_LONG: more text than one JavaScript string holds (about 512 MB).
    throw new FileProblem(`${file} is too large to read as text (${size} bytes).`);
  }
}
