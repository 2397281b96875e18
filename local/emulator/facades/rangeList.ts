/** RangeList: several ranges of one sheet; each setter applies to every range. */
import type { CellRange } from '../state/cells';
import type { Runtime } from '../state/runtime';
import { make, provide } from './factory';
import { instrument } from './instrument';
import type { ClearOptions } from './range';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

export class RangeList implements Partial<GRangeList> {
  constructor(
    readonly rt: Runtime,
    readonly ranges: readonly GRange[],
  ) {}

  getRanges(): GRange[] {
    return this.ranges.slice();
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
    return this._each((r) => r.clear(options ?? {}));
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
    return this._each((r) =>
      r.setBorder(top, left, bottom, right, vertical, horizontal, color ?? null, style ?? null),
    );
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

  _each(fn: (r: GRange) => unknown): GRangeList {
    for (const r of this.ranges) fn(r);
    return this._self();
  }
  _self(): GRangeList {
    return this as unknown as GRangeList;
  }
}

instrument(RangeList, 'RangeList', 'spreadsheet');

provide({
  rangeList: (rt: Runtime, ranges: readonly CellRange[]) =>
    new RangeList(
      rt,
      ranges.map((r) => make.range(rt, r)),
    ) as unknown as GRangeList,
});
