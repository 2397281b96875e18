/** Range and RangeList: reads and writes of cell values and formats on one sheet. */
import { contains, formatA1, intersects, type Rect } from './a1';
import { DataValidation, newDataValidation } from './builders';
import { normalizeColor } from './colors';
import { instrument } from './counter';
import { BorderStyle, WrapStrategy } from './enums';
import {
  type CellBorders,
  type Edge,
  FORMAT_DEFAULTS,
  FORMAT_KEYS,
  type FormatKey,
  type FormatTypes,
  ProtectionModel,
  type SheetModel,
} from './model';
import { protectionOf } from './protection';
import type { Runtime } from './runtime';
import { checkedRect, sheetOf } from './sheet';
import { Formula, type Stored, toDisplay, toFormula, toStored, toValue } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

const H_ALIGN = ['left', 'center', 'right', 'normal', 'general'];
const V_ALIGN = ['top', 'middle', 'bottom'];

/** A short type description for "parameters don't match" errors, roughly as Apps Script words it. */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length > 0 ? `${typeName(v[0])}[]` : 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return typeof v === 'undefined' ? 'undefined' : 'Object';
}

type Converter<T> = (v: unknown) => T | undefined;

export class Range
  implements
    Pick<
      GRange,
      | 'activate'
      | 'breakApart'
      | 'canEdit'
      | 'clear'
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearFormat'
      | 'clearNote'
      | 'getA1Notation'
      | 'getBackground'
      | 'getBackgrounds'
      | 'getCell'
      | 'getColumn'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'getDisplayValue'
      | 'getDisplayValues'
      | 'getFontColor'
      | 'getFontColors'
      | 'getFontFamilies'
      | 'getFontFamily'
      | 'getFontLine'
      | 'getFontLines'
      | 'getFontSize'
      | 'getFontSizes'
      | 'getFontStyle'
      | 'getFontStyles'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'getFormula'
      | 'getFormulas'
      | 'getGridId'
      | 'getHeight'
      | 'getHorizontalAlignment'
      | 'getHorizontalAlignments'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMergedRanges'
      | 'getNote'
      | 'getNotes'
      | 'getNumColumns'
      | 'getNumRows'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'getRow'
      | 'getRowIndex'
      | 'getSheet'
      | 'getValue'
      | 'getValues'
      | 'getVerticalAlignment'
      | 'getVerticalAlignments'
      | 'getWidth'
      | 'getWrap'
      | 'getWrapStrategies'
      | 'getWrapStrategy'
      | 'getWraps'
      | 'insertCheckboxes'
      | 'isBlank'
      | 'isPartOfMerge'
      | 'merge'
      | 'mergeAcross'
      | 'mergeVertically'
      | 'offset'
      | 'protect'
      | 'setBackground'
      | 'setBackgrounds'
      | 'setBorder'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'setFontColor'
      | 'setFontColors'
      | 'setFontFamilies'
      | 'setFontFamily'
      | 'setFontLine'
      | 'setFontLines'
      | 'setFontSize'
      | 'setFontSizes'
      | 'setFontStyle'
      | 'setFontStyles'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setFormula'
      | 'setFormulas'
      | 'setHorizontalAlignment'
      | 'setHorizontalAlignments'
      | 'setNote'
      | 'setNotes'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setValue'
      | 'setValues'
      | 'setVerticalAlignment'
      | 'setVerticalAlignments'
      | 'setWrap'
      | 'setWrapStrategies'
      | 'setWrapStrategy'
      | 'setWraps'
    >
{
  constructor(
    readonly rt: Runtime,
    readonly model: SheetModel,
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
    return this.model.id;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetOf(this.model) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }
  getCell(row: number, column: number): GRange {
    return this._at(this.rect.row + row - 1, this.rect.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this._at(
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
  }
  activate(): GRange {
    const ss = this.model.parent;
    ss.active = this.model;
    ss.selection = { sheet: this.model, rect: this.rect };
    return this._self();
  }
  canEdit(): boolean {
    return true;
  }

  // ---- values

  getValues(): (string | number | boolean | Date)[][] {
    const { row, col, numRows, numCols } = this.rect;
    const D = this.rt.DateCtor;
    return this.model.content.read(row - 1, col - 1, numRows, numCols, (v) => toValue(v, D));
  }
  getValue(): string | number | boolean | Date {
    return toValue(this._topLeft(), this.rt.DateCtor);
  }
  getDisplayValues(): string[][] {
    const { row, col, numRows, numCols } = this.rect;
    const tz = this.model.parent.timeZone;
    const nf = this.model.formats.numberFormat;
    const out = this.model.content.read(row - 1, col - 1, numRows, numCols, (v) => v);
    return out.map((line, i) => line.map((v, j) => toDisplay(v, nf.get(row - 1 + i, col - 1 + j), tz)));
  }
  getDisplayValue(): string {
    return toDisplay(
      this._topLeft(),
      this.model.formats.numberFormat.get(this.rect.row - 1, this.rect.col - 1),
      this.model.parent.timeZone,
    );
  }
  getFormulas(): string[][] {
    const { row, col, numRows, numCols } = this.rect;
    return this.model.content.read(row - 1, col - 1, numRows, numCols, toFormula);
  }
  getFormula(): string {
    return toFormula(this._topLeft());
  }
  isBlank(): boolean {
    return this.getValues().every((line) => line.every((v) => v === ''));
  }

  setValues(values: unknown[][]): GRange {
    const grid = this._grid(values, 'setValues');
    const nf = this.model.formats.numberFormat;
    const { row, col } = this.rect;
    this.model.content.write(row - 1, col - 1, this.rect.numRows, this.rect.numCols, (i, j) =>
      toStored((grid[i] as unknown[])[j], nf.get(row - 1 + i, col - 1 + j)),
    );
    return this._self();
  }
  setValue(value: unknown): GRange {
    return this._fillContent((nfAt) => toStored(value, nfAt));
  }
  setFormula(formula: string): GRange {
    return this._fillContent((nfAt) => this._formula(formula, nfAt));
  }
  setFormulas(formulas: string[][]): GRange {
    const grid = this._grid(formulas, 'setFormulas');
    const nf = this.model.formats.numberFormat;
    const { row, col } = this.rect;
    this.model.content.write(row - 1, col - 1, this.rect.numRows, this.rect.numCols, (i, j) =>
      this._formula((grid[i] as unknown[])[j], nf.get(row - 1 + i, col - 1 + j)),
    );
    return this._self();
  }
  clearContent(): GRange {
    this._clearContents();
    return this._self();
  }
  clear(options?: ClearOptions): GRange {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) this._clearContents();
    if (!any || o.formatOnly) this._clearFormats();
    if (o.validationsOnly) this._fillFormat('validation', undefined);
    if (o.commentsOnly) this._fillFormat('note', undefined);
    return this._self();
  }
  clearFormat(): GRange {
    this._clearFormats();
    return this._self();
  }
  clearDataValidations(): GRange {
    this._fillFormat('validation', undefined);
    return this._self();
  }
  clearNote(): GRange {
    this._fillFormat('note', undefined);
    return this._self();
  }

  // ---- formats: each 2-D setter checks its grid like setValues does

  getBackgrounds(): string[][] {
    return this._read('background');
  }
  getBackground(): string {
    return this._first('background');
  }
  setBackgrounds(color: (string | null)[][]): GRange {
    return this._setGrid('background', color, 'setBackgrounds', toColor);
  }
  setBackground(color: string | null): GRange {
    return this._fill('background', color, toColor);
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._read('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._first('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GRange {
    return this._setGrid(
      'fontWeight',
      fontWeights,
      'setFontWeights',
      this._oneOf('fontWeight', ['bold', 'normal']),
    );
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this._fill('fontWeight', fontWeight, this._oneOf('fontWeight', ['bold', 'normal']));
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this._read('fontStyle') as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this._first('fontStyle') as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): GRange {
    return this._setGrid(
      'fontStyle',
      fontStyles,
      'setFontStyles',
      this._oneOf('fontStyle', ['italic', 'normal']),
    );
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this._fill('fontStyle', fontStyle, this._oneOf('fontStyle', ['italic', 'normal']));
  }

  getFontLines(): GoogleAppsScript.Spreadsheet.FontLine[][] {
    return this._read('fontLine') as GoogleAppsScript.Spreadsheet.FontLine[][];
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this._first('fontLine') as GoogleAppsScript.Spreadsheet.FontLine;
  }
  setFontLines(fontLines: (GoogleAppsScript.Spreadsheet.FontLine | null)[][]): GRange {
    const conv = this._oneOf('fontLine', ['none', 'underline', 'line-through']);
    return this._setGrid('fontLine', fontLines, 'setFontLines', conv);
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRange {
    return this._fill('fontLine', fontLine, this._oneOf('fontLine', ['none', 'underline', 'line-through']));
  }

  getFontColors(): string[][] {
    return this._read('fontColor');
  }
  getFontColor(): string {
    return this._first('fontColor');
  }
  setFontColors(colors: unknown[][]): GRange {
    return this._setGrid('fontColor', colors, 'setFontColors', toColor);
  }
  setFontColor(color: string | null): GRange {
    return this._fill('fontColor', color, toColor);
  }

  getFontSizes(): number[][] {
    return this._read('fontSize');
  }
  getFontSize(): number {
    return this._first('fontSize');
  }
  setFontSizes(sizes: number[][]): GRange {
    return this._setGrid('fontSize', sizes, 'setFontSizes', toNumber);
  }
  setFontSize(size: number): GRange {
    return this._fill('fontSize', size, toNumber);
  }

  getFontFamilies(): string[][] {
    return this._read('fontFamily');
  }
  getFontFamily(): string {
    return this._first('fontFamily');
  }
  setFontFamilies(fontFamilies: (string | null)[][]): GRange {
    return this._setGrid('fontFamily', fontFamilies, 'setFontFamilies', toText);
  }
  setFontFamily(fontFamily: string | null): GRange {
    return this._fill('fontFamily', fontFamily, toText);
  }

  getHorizontalAlignments(): string[][] {
    return this._read('hAlign');
  }
  getHorizontalAlignment(): string {
    return this._first('hAlign');
  }
  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): GRange {
    return this._setGrid('hAlign', alignments, 'setHorizontalAlignments', this._hAlign());
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this._fill('hAlign', alignment, this._hAlign());
  }

  getVerticalAlignments(): string[][] {
    return this._read('vAlign');
  }
  getVerticalAlignment(): string {
    return this._first('vAlign');
  }
  setVerticalAlignments(alignments: ('top' | 'middle' | 'bottom' | null)[][]): GRange {
    return this._setGrid('vAlign', alignments, 'setVerticalAlignments', this._oneOf('alignment', V_ALIGN));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return this._fill('vAlign', alignment, this._oneOf('alignment', V_ALIGN));
  }

  getNumberFormats(): string[][] {
    return this._read('numberFormat');
  }
  getNumberFormat(): string {
    return this._first('numberFormat');
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._setGrid('numberFormat', numberFormats, 'setNumberFormats', toText);
  }
  setNumberFormat(numberFormat: string): GRange {
    return this._fill('numberFormat', numberFormat, toText);
  }

  /** Unset cells report wrap off and OVERFLOW (the Sheets default strategy). */
  getWraps(): boolean[][] {
    const { row, col, numRows, numCols } = this.rect;
    return this.model.formats.wrap.read(row - 1, col - 1, numRows, numCols, (v) => v === WrapStrategy.WRAP);
  }
  getWrap(): boolean {
    return this.model.formats.wrap.get(this.rect.row - 1, this.rect.col - 1) === WrapStrategy.WRAP;
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this._setGrid('wrap', isWrapEnabled, 'setWraps', toWrap);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._fill('wrap', isWrapEnabled, toWrap);
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this._read('wrap') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy[][];
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this._first('wrap') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): GRange {
    return this._setGrid('wrap', strategies, 'setWrapStrategies', this._strategy());
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this._fill('wrap', strategy, this._strategy());
  }

  getNotes(): string[][] {
    return this._read('note');
  }
  getNote(): string {
    return this._first('note');
  }
  setNotes(notes: (string | null)[][]): GRange {
    return this._setGrid('note', notes, 'setNotes', toNote);
  }
  setNote(note: string | null): GRange {
    return this._fill('note', note, toNote);
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const { row, col, numRows, numCols } = this.rect;
    return this.model.formats.validation.read(
      row - 1,
      col - 1,
      numRows,
      numCols,
      (v) => v ?? null,
    ) as unknown as (GoogleAppsScript.Spreadsheet.DataValidation | null)[][];
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this.model.formats.validation.get(this.rect.row - 1, this.rect.col - 1);
    return (v ?? null) as unknown as GoogleAppsScript.Spreadsheet.DataValidation | null;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    return this._setGrid('validation', rules, 'setDataValidations', this._validation('setDataValidations'));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    return this._fill('validation', rule, this._validation('setDataValidation'));
  }
  /** Checkbox validation, and every cell set to false (unchecked), as the real method does. */
  insertCheckboxes(): GRange {
    const rule = newDataValidation(this.rt).requireCheckbox().build();
    this._fillFormat('validation', rule as unknown as DataValidation);
    this._fillContent(() => false);
    return this._self();
  }

  /**
   * Borders per cell edge: `true` sets, `false` clears, `null` leaves as is. `vertical` and
   * `horizontal` are the lines between cells inside the range.
   */
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
    const edge: Edge = {
      color: normalizeColor(color ?? '#000000'),
      style: style === null || style === undefined ? BorderStyle.SOLID : String(style),
    };
    const { row, col, numRows, numCols } = this.rect;
    const layer = this.model.formats.border;
    const pick = (flag: boolean | null, old: Edge | undefined) =>
      flag === null ? old : flag ? edge : undefined;
    layer.write(row - 1, col - 1, numRows, numCols, (i, j) => {
      const old: CellBorders = layer.get(row - 1 + i, col - 1 + j) ?? {};
      const next: CellBorders = {
        top: pick(i === 0 ? top : horizontal, old.top),
        bottom: pick(i === numRows - 1 ? bottom : horizontal, old.bottom),
        left: pick(j === 0 ? left : vertical, old.left),
        right: pick(j === numCols - 1 ? right : vertical, old.right),
      };
      const clean = Object.fromEntries(
        Object.entries(next).filter(([, e]) => e !== undefined),
      ) as CellBorders;
      return Object.keys(clean).length > 0 ? clean : undefined;
    });
    return this._self();
  }

  // ---- merges

  merge(): GRange {
    this._merge([this.rect]);
    return this._self();
  }
  mergeAcross(): GRange {
    const { row, col, numRows, numCols } = this.rect;
    this._merge(Array.from({ length: numRows }, (_, i) => ({ row: row + i, col, numRows: 1, numCols })));
    return this._self();
  }
  mergeVertically(): GRange {
    const { row, col, numRows, numCols } = this.rect;
    this._merge(Array.from({ length: numCols }, (_, j) => ({ row, col: col + j, numRows, numCols: 1 })));
    return this._self();
  }
  breakApart(): GRange {
    if (this.model.partialMerges(this.rect).length > 0) throw this.rt.error(MERGE_PARTIAL);
    this.model.merges = this.model.merges.filter((m) => !contains(this.rect, m));
    return this._self();
  }
  isPartOfMerge(): boolean {
    return this.model.merges.some((m) => intersects(m, this.rect));
  }
  /** Merged areas inside this range or overlapping it, as the docs describe. */
  getMergedRanges(): GRange[] {
    return this.model.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => new Range(this.rt, this.model, m) as unknown as GRange);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p = new ProtectionModel('RANGE', this.model, this.rect);
    this.model.parent.protections.push(p);
    return protectionOf(p);
  }

  // ---- internals (not counted: names start with "_")

  _self(): GRange {
    return this as unknown as GRange;
  }

  _at(row: number, col: number, numRows: number, numCols: number): GRange {
    return new Range(
      this.rt,
      this.model,
      checkedRect(this.rt, this.model, row, col, numRows, numCols),
    ) as unknown as GRange;
  }

  _topLeft(): Stored | undefined {
    return this.model.content.get(this.rect.row - 1, this.rect.col - 1);
  }

  /** Checks a 2-D argument against the range size, with the real messages. */
  _grid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every((line) => Array.isArray(line))) {
      throw this.rt.error(
        `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const { numRows, numCols } = this.rect;
    if (values.length !== numRows) {
      throw this.rt.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const line of values as unknown[][]) {
      if (line.length !== numCols) {
        throw this.rt.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numCols}.`,
        );
      }
    }
    return values as unknown[][];
  }

  _formula(f: unknown, numberFormat: string | undefined): Stored | undefined {
    const text = f === null || f === undefined ? '' : String(f);
    return text.startsWith('=') ? new Formula(text) : toStored(text, numberFormat);
  }

  _fillContent(value: (numberFormat: string | undefined) => Stored | undefined): GRange {
    const { row, col, numRows, numCols } = this.rect;
    const nf = this.model.formats.numberFormat;
    this.model.content.write(row - 1, col - 1, numRows, numCols, (i, j) =>
      value(nf.get(row - 1 + i, col - 1 + j)),
    );
    return this._self();
  }

  _clearContents(): void {
    const { row, col, numRows, numCols } = this.rect;
    this.model.content.fill(row - 1, col - 1, numRows, numCols, undefined);
  }

  _clearFormats(): void {
    for (const k of FORMAT_KEYS) if (k !== 'validation' && k !== 'note') this._fillFormat(k, undefined);
  }

  _fillFormat<K extends FormatKey>(key: K, v: FormatTypes[K] | undefined): void {
    const { row, col, numRows, numCols } = this.rect;
    (
      this.model.formats[key] as { fill(r: number, c: number, nr: number, nc: number, v: unknown): void }
    ).fill(row - 1, col - 1, numRows, numCols, v);
  }

  _read<K extends keyof typeof FORMAT_DEFAULTS>(key: K): FormatTypes[K][][] {
    const { row, col, numRows, numCols } = this.rect;
    const dflt = FORMAT_DEFAULTS[key];
    const layer = this.model.formats[key] as {
      read<U>(r: number, c: number, nr: number, nc: number, m: (v: FormatTypes[K] | undefined) => U): U[][];
    };
    return layer.read(row - 1, col - 1, numRows, numCols, (v) => v ?? (dflt as FormatTypes[K]));
  }

  _first<K extends keyof typeof FORMAT_DEFAULTS>(key: K): FormatTypes[K] {
    const layer = this.model.formats[key] as { get(r: number, c: number): FormatTypes[K] | undefined };
    return layer.get(this.rect.row - 1, this.rect.col - 1) ?? (FORMAT_DEFAULTS[key] as FormatTypes[K]);
  }

  _setGrid<K extends FormatKey>(
    key: K,
    values: unknown,
    method: string,
    conv: Converter<FormatTypes[K]>,
  ): GRange {
    const grid = this._grid(values, method);
    const { row, col, numRows, numCols } = this.rect;
    const layer = this.model.formats[key] as {
      write(
        r: number,
        c: number,
        nr: number,
        nc: number,
        f: (i: number, j: number) => FormatTypes[K] | undefined,
      ): void;
    };
    layer.write(row - 1, col - 1, numRows, numCols, (i, j) => conv((grid[i] as unknown[])[j]));
    return this._self();
  }

  _fill<K extends FormatKey>(key: K, value: unknown, conv: Converter<FormatTypes[K]>): GRange {
    this._fillFormat(key, conv(value));
    return this._self();
  }

  /** Rejects values outside a fixed set (message unconfirmed against the real service). */
  _oneOf(name: string, allowed: readonly string[]): Converter<string> {
    return (v) => {
      if (v === null || v === undefined) return undefined;
      const s = String(v);
      if (!allowed.includes(s)) throw this.rt.error(`Invalid argument: ${name}`);
      return s;
    };
  }

  _hAlign(): Converter<string> {
    const check = this._oneOf('alignment', H_ALIGN);
    // "normal" resets to the default (general) alignment.
    return (v) => {
      const s = check(v);
      return s === 'normal' || s === 'general' ? undefined : s;
    };
  }

  _strategy(): Converter<string> {
    return this._oneOf('strategy', Object.keys(WrapStrategy));
  }

  _validation(method: string): Converter<DataValidation> {
    return (v) => {
      if (v === null || v === undefined) return undefined;
      if (!(v instanceof DataValidation)) {
        throw this.rt.error(
          `The parameters (${typeName(v)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
        );
      }
      return v;
    };
  }

  _merge(rects: Rect[]): void {
    for (const r of rects) if (this.model.partialMerges(r).length > 0) throw this.rt.error(MERGE_PARTIAL);
    for (const r of rects) {
      if (r.numRows === 1 && r.numCols === 1) continue;
      this.model.merges = this.model.merges.filter((m) => !contains(r, m));
      this.model.merges.push(r);
      // A merge keeps only the top-left value.
      const top = this.model.content.get(r.row - 1, r.col - 1);
      this.model.content.fill(r.row - 1, r.col - 1, r.numRows, r.numCols, undefined);
      this.model.content.set(r.row - 1, r.col - 1, top);
    }
  }
}

const MERGE_PARTIAL = 'You must select all cells in a merged range to merge or unmerge them.';

const toColor: Converter<string> = (v) =>
  v === null || v === undefined || v === '' ? undefined : normalizeColor(String(v));
const toText: Converter<string> = (v) => (v === null || v === undefined ? undefined : String(v));
const toNote: Converter<string> = (v) => (v === null || v === undefined || v === '' ? undefined : String(v));
const toNumber: Converter<number> = (v) => (v === null || v === undefined ? undefined : Number(v));
const toWrap: Converter<string> = (v) =>
  v === null || v === undefined ? undefined : v ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW;

instrument(Range, 'Range', 'spreadsheet');

/** Several ranges of one sheet; each setter applies to every range. */
export class RangeList
  implements
    Pick<
      GRangeList,
      | 'activate'
      | 'breakApart'
      | 'clear'
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearFormat'
      | 'clearNote'
      | 'getRanges'
      | 'setBackground'
      | 'setBorder'
      | 'setFontColor'
      | 'setFontFamily'
      | 'setFontLine'
      | 'setFontSize'
      | 'setFontStyle'
      | 'setFontWeight'
      | 'setFormula'
      | 'setHorizontalAlignment'
      | 'setNote'
      | 'setNumberFormat'
      | 'setValue'
      | 'setVerticalAlignment'
      | 'setWrap'
      | 'setWrapStrategy'
    >
{
  constructor(
    readonly rt: Runtime,
    readonly ranges: readonly Range[],
  ) {}

  getRanges(): GRange[] {
    return this.ranges.map((r) => r as unknown as GRange);
  }
  activate(): GRangeList {
    const last = this.ranges[this.ranges.length - 1];
    if (last) last.activate();
    return this._self();
  }
  breakApart(): GRangeList {
    return this._each((r) => r.breakApart());
  }
  clear(options?: ClearOptions): GRangeList {
    return this._each((r) => r.clear(options));
  }
  clearContent(): GRangeList {
    return this._each((r) => r.clearContent());
  }
  clearDataValidations(): GRangeList {
    return this._each((r) => r.clearDataValidations());
  }
  clearFormat(): GRangeList {
    return this._each((r) => r.clearFormat());
  }
  clearNote(): GRangeList {
    return this._each((r) => r.clearNote());
  }
  setBackground(color: string | null): GRangeList {
    return this._each((r) => r.setBackground(color));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRangeList {
    return this._each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  setFontColor(color: string | null): GRangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setFontFamily(fontFamily: string | null): GRangeList {
    return this._each((r) => r.setFontFamily(fontFamily));
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRangeList {
    return this._each((r) => r.setFontLine(fontLine));
  }
  setFontSize(size: number): GRangeList {
    return this._each((r) => r.setFontSize(size));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRangeList {
    return this._each((r) => r.setFontStyle(fontStyle));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this._each((r) => r.setFontWeight(fontWeight));
  }
  setFormula(formula: string): GRangeList {
    return this._each((r) => r.setFormula(formula));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRangeList {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setNote(note: string | null): GRangeList {
    return this._each((r) => r.setNote(note));
  }
  setNumberFormat(numberFormat: string): GRangeList {
    return this._each((r) => r.setNumberFormat(numberFormat));
  }
  setValue(value: unknown): GRangeList {
    return this._each((r) => r.setValue(value));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): GRangeList {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRangeList {
    return this._each((r) => r.setWrapStrategy(strategy));
  }

  _each(fn: (r: Range) => unknown): GRangeList {
    for (const r of this.ranges) fn(r);
    return this._self();
  }
  _self(): GRangeList {
    return this as unknown as GRangeList;
  }
}

instrument(RangeList, 'RangeList', 'spreadsheet');
