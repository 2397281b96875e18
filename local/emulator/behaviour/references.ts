/**
 * What Sheets does to the text of formulas when the cells they name move or go away:
 *
 * - a tab is renamed: references to it take the new name (`='Old'!B5` becomes `='New'!B5`);
 * - a tab is deleted: references to it become `#REF!` for good (`=SUM('Old'!B5:B9)` becomes
 *   `=SUM(#REF!)`), so a new tab given the old name later does not bring them back;
 * - cells are copied (`Range.copyTo`): relative references move with them, `$`-anchored parts stay.
 *
 * Renames and copies are documented Sheets behaviour; that a deleted tab's references stay
 * `#REF!` when a tab of the same name comes back is observed behaviour, assumed.
 */
import { Formula } from '../state/cells';
import type { SheetModel, SpreadsheetModel } from '../state/spreadsheet';
import { columnLetters, columnNumber } from './a1';

/** String literals are left alone: `"Sheet1!A1"` is text, not a reference. */
const STRINGS = /"(?:[^"]|"")*"/g;

/** Applies `fn` to the parts of a formula outside string literals. */
function outsideStrings(text: string, fn: (code: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(STRINGS)) {
    out += fn(text.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + fn(text.slice(last));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `'My tab'!` or `Tab1!`, for a name, whatever its case. */
function sheetPrefix(name: string): RegExp {
  const quoted = escapeRe(name.replace(/'/g, "''"));
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|${escapeRe(name)}` : '';
  return new RegExp(`(?<![A-Za-z0-9_.'])(?:'${quoted}'${plain})!`, 'gi');
}

/** A cell, a cell range, a column range or a row range, after the `!`. */
const REF_BODY =
  /^(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/;

/** How a name is written in a formula: quoted unless it is a plain identifier. */
export const quotedName = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;

/** Rewrites every formula of every other tab that names `sheet` (the tab itself is left as it is). */
function rewriteOthers(ss: SpreadsheetModel, sheet: SheetModel, fn: (text: string) => string): void {
  for (const other of ss.sheets) {
    if (other === sheet || !other.mayHaveFormulas) continue;
    const changes: { r: number; c: number; f: Formula }[] = [];
    other.content.forEach((v, r, c) => {
      if (!(v instanceof Formula)) return;
      const text = fn(v.text);
      if (text !== v.text) changes.push({ r, c, f: new Formula(text) });
    });
    for (const { r, c, f } of changes) other.content.set(r, c, f);
  }
}

/** Before `sheet` takes `newName`: references to it in other tabs follow. */
export function renameReferences(sheet: SheetModel, newName: string): void {
  const prefix = sheetPrefix(sheet.name);
  const to = `${quotedName(newName)}!`;
  rewriteOthers(sheet.parent, sheet, (text) =>
    outsideStrings(text, (code) => code.replace(prefix, () => to)),
  );
}

/** After `sheet` is deleted: references to it in the tabs left become `#REF!`. */
export function breakReferences(ss: SpreadsheetModel, sheet: SheetModel): void {
  const prefix = sheetPrefix(sheet.name);
  rewriteOthers(ss, sheet, (text) =>
    outsideStrings(text, (code) => {
      let out = '';
      let last = 0;
      for (const m of code.matchAll(prefix)) {
        const start = m.index ?? 0;
        const body = REF_BODY.exec(code.slice(start + m[0].length));
        out += `${code.slice(last, start)}#REF!`;
        last = start + m[0].length + (body ? body[0].length : 0);
      }
      return out + code.slice(last);
    }),
  );
}

/** A reference (or one end of a range) in A1 form, not preceded by a name character. */
const CELL = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A formula as it reads after being copied `dr` rows and `dc` columns away: relative rows and
 * columns move, `$`-anchored ones stay; a reference moved off the grid becomes `#REF!`. References
 * to other tabs move too, as in Sheets. Function names (`LOG10(`) and names are left alone.
 */
export function shiftFormula(text: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return text;
  return outsideStrings(text, (code) =>
    code.replace(CELL, (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
      const c = colAbs ? columnNumber(col) : columnNumber(col) + dc;
      const r = rowAbs ? Number(row) : Number(row) + dr;
      if (c < 1 || r < 1) return '#REF!';
      return `${colAbs}${columnLetters(c)}${rowAbs}${r}`;
    }),
  );
}
