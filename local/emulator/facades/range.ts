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
  firstFormat,
  firstFormatRaw,
  readDisplayValue,
  readDisplayValues,
  readFormat,
  readFormatRaw,
  readFormulas,
  readValues,
  setBorders,
  topLeft,
  uncheckEmptyCheckboxes,
  writeFormat,
  writeFormulas,
  writeStored,
  writeValues,
} from '../behaviour/cells';
import { normalizeColor } from '../behaviour/colors';
import { COPY_KINDS, type CopyKind, copyRange, kindOfOptions } from '../behaviour/copy';
import { toFormula, toValue } from '../behaviour/display';
import { checkedRect, checkGrid } from '../behaviour/geometry';
import { breakApart, lines, merge, mergesIn } from '../behaviour/merges';
import type { FormatKey, FormatTypes } from '../state/cells';
import { BorderStyle, WrapStrategy } from '../state/enums';
import type { Rect } from '../state/rect';
import type { Runtime } from '../state/runtime';
import { ProtectionModel, type SheetModel } from '../state/spreadsheet';
import { make, modelOf, provide } from './factory';
import {
  type Converter,
  fontLine as fontLineArg,
  hAlign,
  oneOf,
  toColor,
  toNote,
  toNumber,
  toText,
  toWrap,
  V_ALIGN,
  validationArg,
} from './formatArgs';
import { instrument } from './instrument';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type FontLine = GoogleAppsScript.Spreadsheet.FontLine;
type WrapStrategyT = GoogleAppsScript.Spreadsheet.WrapStrategy;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;
export type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};
export class Range implements Partial<GRange> {
  constructor(
    readonly rt: Runtime,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}

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

  // ---- formats: each 2-D setter checks its grid like setValues does

  getBackgrounds(): string[][] {
    return readFormat(this, 'background');
  }
  getBackground(): string {
    return firstFormat(this, 'background');
  }
  setBackgrounds(color: (string | null)[][]): GRange {
    return this._setGrid('background', color, 'setBackgrounds', toColor);
  }
  setBackground(color: string | null): GRange {
    return this._fill('background', color, toColor);
  }
  getFontWeights(): FontWeight[][] {
    return readFormat(this, 'fontWeight') as FontWeight[][];
  }
  getFontWeight(): FontWeight {
    return firstFormat(this, 'fontWeight') as FontWeight;
  }
  setFontWeights(fontWeights: (FontWeight | null)[][]): GRange {
    return this._setGrid(
      'fontWeight',
      fontWeights,
      'setFontWeights',
      oneOf(this.rt, 'fontWeight', ['bold', 'normal']),
    );
  }
  setFontWeight(fontWeight: FontWeight | null): GRange {
    return this._fill('fontWeight', fontWeight, oneOf(this.rt, 'fontWeight', ['bold', 'normal']));
  }
  getFontStyles(): FontStyle[][] {
    return readFormat(this, 'fontStyle') as FontStyle[][];
  }
  getFontStyle(): FontStyle {
    return firstFormat(this, 'fontStyle') as FontStyle;
  }
  setFontStyles(fontStyles: (FontStyle | null)[][]): GRange {
    return this._setGrid(
      'fontStyle',
      fontStyles,
      'setFontStyles',
      oneOf(this.rt, 'fontStyle', ['italic', 'normal']),
    );
  }
  setFontStyle(fontStyle: FontStyle | null): GRange {
    return this._fill('fontStyle', fontStyle, oneOf(this.rt, 'fontStyle', ['italic', 'normal']));
  }
  getFontLines(): FontLine[][] {
    return readFormat(this, 'fontLine') as FontLine[][];
  }
  getFontLine(): FontLine {
    return firstFormat(this, 'fontLine') as FontLine;
  }
  setFontLines(fontLines: (FontLine | null)[][]): GRange {
    return this._setGrid('fontLine', fontLines, 'setFontLines', fontLineArg(this.rt));
  }
  setFontLine(fontLine: FontLine | null): GRange {
    return this._fill('fontLine', fontLine, fontLineArg(this.rt));
  }
  getFontColors(): string[][] {
    return readFormat(this, 'fontColor');
  }
  getFontColor(): string {
    return firstFormat(this, 'fontColor');
  }
  setFontColors(colors: unknown[][]): GRange {
    return this._setGrid('fontColor', colors, 'setFontColors', toColor);
  }
  setFontColor(color: string | null): GRange {
    return this._fill('fontColor', color, toColor);
  }
  getFontSizes(): number[][] {
    return readFormat(this, 'fontSize');
  }
  getFontSize(): number {
    return firstFormat(this, 'fontSize');
  }
  setFontSizes(sizes: number[][]): GRange {
    return this._setGrid('fontSize', sizes, 'setFontSizes', toNumber);
  }
  setFontSize(size: number): GRange {
    return this._fill('fontSize', size, toNumber);
  }
  getFontFamilies(): string[][] {
    return readFormat(this, 'fontFamily');
  }
  getFontFamily(): string {
    return firstFormat(this, 'fontFamily');
  }
  setFontFamilies(fontFamilies: (string | null)[][]): GRange {
    return this._setGrid('fontFamily', fontFamilies, 'setFontFamilies', toText);
  }
  setFontFamily(fontFamily: string | null): GRange {
    return this._fill('fontFamily', fontFamily, toText);
  }
  getHorizontalAlignments(): string[][] {
    return readFormat(this, 'hAlign');
  }
  getHorizontalAlignment(): string {
    return firstFormat(this, 'hAlign');
  }
  setHorizontalAlignments(alignments: HAlign[][]): GRange {
    return this._setGrid('hAlign', alignments, 'setHorizontalAlignments', hAlign(this.rt));
  }
  setHorizontalAlignment(alignment: HAlign): GRange {
    return this._fill('hAlign', alignment, hAlign(this.rt));
  }
  getVerticalAlignments(): string[][] {
    return readFormat(this, 'vAlign');
  }
  getVerticalAlignment(): string {
    return firstFormat(this, 'vAlign');
  }
  setVerticalAlignments(alignments: VAlign[][]): GRange {
    return this._setGrid('vAlign', alignments, 'setVerticalAlignments', oneOf(this.rt, 'alignment', V_ALIGN));
  }
  setVerticalAlignment(alignment: VAlign): GRange {
    return this._fill('vAlign', alignment, oneOf(this.rt, 'alignment', V_ALIGN));
  }
  getNumberFormats(): string[][] {
    return readFormat(this, 'numberFormat');
  }
  getNumberFormat(): string {
    return firstFormat(this, 'numberFormat');
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._setGrid('numberFormat', numberFormats, 'setNumberFormats', toText);
  }
  setNumberFormat(numberFormat: string): GRange {
    return this._fill('numberFormat', numberFormat, toText);
  }
  /** Unset cells report wrap off and OVERFLOW (the Sheets default strategy). */
  getWraps(): boolean[][] {
    return readFormatRaw(this, 'wrap', (v) => v === WrapStrategy.WRAP);
  }
  getWrap(): boolean {
    return firstFormatRaw(this, 'wrap') === WrapStrategy.WRAP;
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this._setGrid('wrap', isWrapEnabled, 'setWraps', toWrap);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._fill('wrap', isWrapEnabled, toWrap);
  }
  getWrapStrategies(): WrapStrategyT[][] {
    return readFormat(this, 'wrap') as unknown as WrapStrategyT[][];
  }
  getWrapStrategy(): WrapStrategyT {
    return firstFormat(this, 'wrap') as unknown as WrapStrategyT;
  }
  setWrapStrategies(strategies: WrapStrategyT[][]): GRange {
    return this._setGrid(
      'wrap',
      strategies,
      'setWrapStrategies',
      oneOf(this.rt, 'strategy', Object.keys(WrapStrategy)),
    );
  }
  setWrapStrategy(strategy: WrapStrategyT): GRange {
    return this._fill('wrap', strategy, oneOf(this.rt, 'strategy', Object.keys(WrapStrategy)));
  }
  getNotes(): string[][] {
    return readFormat(this, 'note');
  }
  getNote(): string {
    return firstFormat(this, 'note');
  }
  setNotes(notes: (string | null)[][]): GRange {
    return this._setGrid('note', notes, 'setNotes', toNote);
  }
  setNote(note: string | null): GRange {
    return this._fill('note', note, toNote);
  }
  getDataValidations(): (GValidation | null)[][] {
    return readFormatRaw(this, 'validation', (v) => (v ? make.dataValidation(this.rt, v) : null));
  }
  getDataValidation(): GValidation | null {
    const v = firstFormatRaw(this, 'validation');
    return v ? make.dataValidation(this.rt, v) : null;
  }
  setDataValidations(rules: (GValidation | null)[][]): GRange {
    this._setGrid('validation', rules, 'setDataValidations', validationArg(this.rt, 'setDataValidations'));
    uncheckEmptyCheckboxes(this);
    return this._self();
  }
  setDataValidation(rule: GValidation | null): GRange {
    this._fill('validation', rule, validationArg(this.rt, 'setDataValidation'));
    uncheckEmptyCheckboxes(this);
    return this._self();
  }
  /** Checkbox validation, and every cell set to false (unchecked), as the real method does. */
  insertCheckboxes(): GRange {
    fillFormat(
      this,
      'validation',
      modelOf.dataValidation(make.dataValidationBuilder(this.rt).requireCheckbox().build()) ?? undefined,
    );
    writeStored(this, () => false);
    return this._self();
  }
  /** Borders per cell edge: `true` sets, `false` clears, `null` leaves as is. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRange {
    const edge = {
      color: normalizeColor(color ?? '#000000'),
      style: style === null || style === undefined ? BorderStyle.SOLID : String(style),
    };
    setBorders(this, { top, left, bottom, right, vertical, horizontal }, edge);
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

  _self(): GRange {
    return this as unknown as GRange;
  }
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
  _setGrid<K extends FormatKey>(
    key: K,
    values: unknown,
    method: string,
    conv: Converter<FormatTypes[K]>,
  ): GRange {
    const grid = checkGrid(this.rt, values, this.rect, method);
    writeFormat(this, key, (i, j) => conv((grid[i] as unknown[])[j]));
    return this._self();
  }
  _fill<K extends FormatKey>(key: K, value: unknown, conv: Converter<FormatTypes[K]>): GRange {
    fillFormat(this, key, conv(value));
    return this._self();
  }
}

instrument(Range, 'Range', 'spreadsheet');

provide(
  { range: (rt, r) => new Range(rt, r.sheet, r.rect) as unknown as GRange },
  { range: (v) => (v instanceof Range ? { sheet: v.sheet, rect: v.rect } : null) },
);
