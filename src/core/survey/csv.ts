import { fail, ok, type Result } from './result';

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF or a lone CR are accepted too),
 * fields in double quotes may hold commas, line breaks and doubled quotes (""). A leading BOM is
 * dropped, and so is one line break at the very end. Lenient where the RFC is strict: a quote
 * inside an unquoted field is kept as text. An unclosed quote is an error (its line is named),
 * since everything after it would otherwise land in one field. Values stay text.
 */
export function parseCsv(text: string, delimiter = ','): Result<string[][]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  if (i >= n) return ok([]);

  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // Quoted field: read to the closing quote.
      const startLine = line;
      i++;
      let closed = false;
      let start = i;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          field += text.slice(start, i);
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            start = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\n') line++;
        i++;
      }
      if (!closed) {
        return fail(
          'csv-unterminated-quote',
          `The CSV has a quote opened on line ${startLine} that is never closed.`,
        );
      }
      // Anything between the closing quote and the next delimiter is kept as text.
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      if (i >= n) return ok(rows); // one final line break ends the last record
      continue;
    }
    // Unquoted run: copy up to the next special character in one slice.
    let j = i + 1;
    while (j < n) {
      const c = text[j]!;
      if (c === delimiter || c === '\r' || c === '\n') break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  row.push(field);
  rows.push(row);
  return ok(rows);
}
