/**
 * TextFinder (Range.createTextFinder): finds cells of a range by their text. As documented: the
 * search is case-insensitive unless matchCase(true), matches part of a cell unless
 * matchEntireCell(true), reads each cell as it is shown (a formula by its result unless
 * matchFormulaText(true)), and takes the text as a regular expression with
 * useRegularExpression(true) (Sheets uses RE2; the emulator JavaScript's RegExp, which agrees on
 * the simple patterns an add-on writes). Cells are searched row by row. Replacing is not
 * emulated: the add-on never writes through a finder.
 */
import { readDisplayValues, readFormulas } from '../behaviour/cells';
import type { Rect } from '../state/rect';
import type { Runtime } from '../state/runtime';
import type { SheetModel } from '../state/spreadsheet';
import { make } from './factory';
import { instrument } from './instrument';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GTextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

const DIACRITICS = /\p{M}/gu;

export class TextFinder implements Partial<GTextFinder> {
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private regex = false;
  private noDiacritics = false;
  /** Index of the current match in row-major order over the range, or -1 before the first. */
  private at = -1;

  constructor(
    readonly rt: Runtime,
    private readonly sheet: SheetModel,
    private readonly rect: Rect,
    private readonly text: string,
  ) {}

  matchCase(matchCase: boolean): GTextFinder {
    this.caseSensitive = matchCase === true;
    return this._self();
  }
  matchEntireCell(matchEntireCell: boolean): GTextFinder {
    this.entireCell = matchEntireCell === true;
    return this._self();
  }
  matchFormulaText(matchFormulaText: boolean): GTextFinder {
    this.formulaText = matchFormulaText === true;
    return this._self();
  }
  useRegularExpression(useRegEx: boolean): GTextFinder {
    this.regex = useRegEx === true;
    return this._self();
  }
  ignoreDiacritics(ignoreDiacritics: boolean): GTextFinder {
    this.noDiacritics = ignoreDiacritics === true;
    return this._self();
  }
  startFrom(startRange: GRange): GTextFinder {
    const row = startRange.getRow() - this.rect.row;
    const col = startRange.getColumn() - this.rect.col;
    this.at = row * this.rect.numCols + col;
    return this._self();
  }

  findAll(): GRange[] {
    return this._matches().map((i) => this._cell(i));
  }
  findNext(): GRange | null {
    const next = this._matches().find((i) => i > this.at);
    if (next === undefined) return null;
    this.at = next;
    return this._cell(next);
  }
  findPrevious(): GRange | null {
    const before = this._matches().filter((i) => i < this.at);
    const prev = before[before.length - 1];
    if (prev === undefined) return null;
    this.at = prev;
    return this._cell(prev);
  }
  getCurrentMatch(): GRange | null {
    return this.at >= 0 && this._matches().includes(this.at) ? this._cell(this.at) : null;
  }

  /** Indices (row-major in the range) of the matching cells. */
  _matches(): number[] {
    const range = { sheet: this.sheet, rect: this.rect };
    const shown = readDisplayValues(range);
    const formulas = this.formulaText ? readFormulas(range) : null;
    const bare = (s: string) => (this.noDiacritics ? s.normalize('NFD').replace(DIACRITICS, '') : s);
    const fold = (s: string) => (this.caseSensitive ? bare(s) : bare(s).toLowerCase());
    // A pattern is matched case-insensitively by its flag, never by lower-casing it (\S is not \s).
    const pattern = this.regex
      ? new RegExp(this.entireCell ? `^(?:${this.text})$` : this.text, this.caseSensitive ? 'u' : 'iu')
      : null;
    const wanted = fold(this.text);
    const out: number[] = [];
    shown.forEach((line, i) => {
      line.forEach((display, j) => {
        const formula = formulas?.[i]?.[j];
        const text = formula ? formula : display;
        if (text === '') return;
        const cell = pattern ? bare(text) : fold(text);
        const hit = pattern ? pattern.test(cell) : this.entireCell ? cell === wanted : cell.includes(wanted);
        if (hit) out.push(i * this.rect.numCols + j);
      });
    });
    return out;
  }

  _cell(index: number): GRange {
    const row = this.rect.row + Math.floor(index / this.rect.numCols);
    const col = this.rect.col + (index % this.rect.numCols);
    return make.range(this.rt, { sheet: this.sheet, rect: { row, col, numRows: 1, numCols: 1 } });
  }

  _self(): GTextFinder {
    return this as unknown as GTextFinder;
  }
}

instrument(TextFinder, 'TextFinder', 'spreadsheet');
