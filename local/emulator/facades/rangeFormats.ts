/**
 * The format half of Range: backgrounds, fonts, alignments, number formats, wraps, notes,
 * data validations and borders. `Range` extends it, so they count as `Range.<method>`
 * (instrumentWithInherited); the split only keeps each file readable.
 */
import {
  fillFormat,
  firstFormat,
  firstFormatRaw,
  readFormat,
  readFormatRaw,
  setBorders,
  uncheckEmptyCheckboxes,
  writeFormat,
  writeStored,
} from '../behaviour/cells';
import { normalizeColor } from '../behaviour/colors';
import { checkGrid } from '../behaviour/geometry';
import type { FormatKey, FormatTypes } from '../state/cells';
import { BorderStyle, WrapStrategy } from '../state/enums';
import type { Rect } from '../state/rect';
import type { Runtime } from '../state/runtime';
import type { SheetModel } from '../state/spreadsheet';
import { make, modelOf } from './factory';
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

type GRange = GoogleAppsScript.Spreadsheet.Range;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type FontLine = GoogleAppsScript.Spreadsheet.FontLine;
type WrapStrategyT = GoogleAppsScript.Spreadsheet.WrapStrategy;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

export abstract class RangeFormats {
  constructor(
    readonly rt: Runtime,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}

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

  // ---- internals (not counted: names start with "_")

  _self(): GRange {
    return this as unknown as GRange;
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
