/**
 * Range: a block of cells on one sheet. Checks arguments as Apps Script does, is counted, and
 * hands the work to behaviour/ (cells.ts for values and formats, merges.ts, geometry.ts).
 */
import { formatA1 } from '../behaviour/a1';
import {
  clearContents,
  clearFormats,
  fillFormat,
  fillFormula,
  fillValue,
  readDisplayValue,
  readDisplayValues,
  readFormulas,
  readValues,
  topLeft,
  writeFormulas,
  writeValues,
} from '../behaviour/cells';
import { COPY_KINDS, type CopyKind, copyRange, kindOfOptions } from '../behaviour/copy';
import { toFormula, toValue } from '../behaviour/display';
import { checkedRect, checkGrid } from '../behaviour/geometry';
import { breakApart, lines, merge, mergesIn } from '../behaviour/merges';
import { ProtectionModel } from '../state/spreadsheet';
import { make, modelOf, provide } from './factory';
import { instrumentWithInherited } from './instrument';
import { RangeFormats } from './rangeFormats';
import { TextFinder } from './textFinder';

type GRange = GoogleAppsScript.Spreadsheet.Range;
export type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};
export class Range extends RangeFormats implements Partial<GRange> {
  // ---- geometry

  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  /** Real `getHeight`/`getWidth` are the row and column counts, not pixels. */
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numCols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getA1Notation(): string {
    return formatA1(this.rect);
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return make.sheet(this.sheet);
  }
  getCell(row: number, column: number): GRange {
    return this._at(this.rect.row + row - 1, this.rect.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const { row, col } = this.rect;
    return this._at(
      row + rowOffset,
      col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
  }
  activate(): GRange {
    const ss = this.sheet.parent;
    ss.active = this.sheet;
    ss.selection = { sheet: this.sheet, rect: this.rect };
    return this._self();
  }
  canEdit(): boolean {
    return true;
  }

  // ---- values

  getValues(): (string | number | boolean | Date)[][] {
    return readValues(this, this.rt.DateCtor);
  }
  getValue(): string | number | boolean | Date {
    return toValue(topLeft(this), this.rt.DateCtor);
  }
  getDisplayValues(): string[][] {
    return readDisplayValues(this);
  }
  getDisplayValue(): string {
    return readDisplayValue(this);
  }
  getFormulas(): string[][] {
    return readFormulas(this);
  }
  getFormula(): string {
    return toFormula(topLeft(this));
  }
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return new TextFinder(
      this.rt,
      this.sheet,
      this.rect,
      String(findText),
    ) as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }
  isBlank(): boolean {
    return this.getValues().every((line) => line.every((v) => v === ''));
  }
  setValues(values: unknown[][]): GRange {
    writeValues(this, checkGrid(this.rt, values, this.rect, 'setValues'));
    return this._self();
  }
  setValue(value: unknown): GRange {
    fillValue(this, value);
    return this._self();
  }
  setFormula(formula: string): GRange {
    fillFormula(this, formula);
    return this._self();
  }
  setFormulas(formulas: string[][]): GRange {
    writeFormulas(this, checkGrid(this.rt, formulas, this.rect, 'setFormulas'));
    return this._self();
  }
  clearContent(): GRange {
    clearContents(this);
    return this._self();
  }
  clear(options?: ClearOptions): GRange {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) clearContents(this);
    if (!any || o.formatOnly) clearFormats(this);
    if (o.validationsOnly) fillFormat(this, 'validation', undefined);
    if (o.commentsOnly) fillFormat(this, 'note', undefined);
    return this._self();
  }
  clearFormat(): GRange {
    clearFormats(this);
    return this._self();
  }
  clearDataValidations(): GRange {
    fillFormat(this, 'validation', undefined);
    return this._self();
  }
  clearNote(): GRange {
    fillFormat(this, 'note', undefined);
    return this._self();
  }

  // ---- merges

  merge(): GRange {
    merge(this.sheet, [this.rect]);
    return this._self();
  }
  mergeAcross(): GRange {
    merge(this.sheet, lines(this.rect, true));
    return this._self();
  }
  mergeVertically(): GRange {
    merge(this.sheet, lines(this.rect, false));
    return this._self();
  }
  breakApart(): GRange {
    breakApart(this);
    return this._self();
  }
  isPartOfMerge(): boolean {
    return mergesIn(this).length > 0;
  }
  /** Merged areas inside this range or overlapping it, as the docs describe. */
  getMergedRanges(): GRange[] {
    return mergesIn(this).map((m) => make.range(this.rt, { sheet: this.sheet, rect: m }));
  }
  /**
   * Copies this block to `destination` (its top-left cell): contents and formats, or what the
   * options or paste type ask for (behaviour/copy.ts). `transposed` is not modelled.
   */
  copyTo(
    destination: GRange,
    kindOrOptions?:
      | GoogleAppsScript.Spreadsheet.CopyPasteType
      | { formatOnly?: boolean; contentsOnly?: boolean },
    transposed?: boolean,
  ): void {
    const dst = modelOf.range(destination);
    if (!dst) throw this.rt.error('Invalid argument: destination');
    if (transposed) throw this.rt.error('The emulator does not model transposed copies.');
    const kind =
      typeof kindOrOptions === 'string'
        ? (String(kindOrOptions) as CopyKind)
        : kindOfOptions(kindOrOptions as { formatOnly?: boolean; contentsOnly?: boolean } | undefined);
    if (!COPY_KINDS.includes(kind)) throw this.rt.error(`Invalid argument: copyPasteType`);
    copyRange(this, dst, kind);
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p = new ProtectionModel('RANGE', this.sheet, this.rect);
    this.sheet.parent.protections.push(p);
    return make.protection(p);
  }

  // ---- internals (not counted: names start with "_")

  /** The cells it stands for (what a read or write of it costs, with quotas on). */
  _cells(): number {
    return this.rect.numRows * this.rect.numCols;
  }
  _at(row: number, col: number, numRows: number, numCols: number): GRange {
    return make.range(this.rt, {
      sheet: this.sheet,
      rect: checkedRect(this.rt, this.sheet, row, col, numRows, numCols),
    });
  }
}

instrumentWithInherited(Range, 'Range', 'spreadsheet');

provide(
  { range: (rt, r) => new Range(rt, r.sheet, r.rect) as unknown as GRange },
  { range: (v) => (v instanceof Range ? { sheet: v.sheet, rect: v.rect } : null) },
);
