/** Spreadsheet: the file. Tabs (insert, delete, order, active), A1 access, toasts, protections. */
import { resolveRange } from '../behaviour/geometry';
import { type SpreadsheetSnapshot, snapshotSpreadsheet } from '../behaviour/snapshot';
import { addSheet, checkSheetName, deleteSheet, renameSheet } from '../behaviour/structure';
import { ProtectionType } from '../state/enums';
import type { Runtime } from '../state/runtime';
import type { SpreadsheetModel } from '../state/spreadsheet';
import { make, modelOf, provide } from './factory';
import { facadeCache, instrument } from './instrument';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type InsertOptions = { template?: GSheet };

export class Spreadsheet implements Partial<GSpreadsheet> {
  constructor(
    readonly rt: Runtime,
    readonly model: SpreadsheetModel,
  ) {}

  getId(): string {
    return this.model.id;
  }
  getName(): string {
    return this.model.name;
  }
  rename(newName: string): void {
    this.model.name = String(newName);
  }
  getUrl(): string {
    return this.model.url;
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.model.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = String(locale);
  }

  getSheets(): GSheet[] {
    return this.model.sheets.map((m) => make.sheet(m));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  /** Names match ignoring case, as tab names are unique ignoring case. */
  getSheetByName(name: string): GSheet | null {
    const m = this.model.findSheet(String(name));
    return m ? make.sheet(m) : null;
  }
  getSheetById(id: number): GSheet | null {
    const m = this.model.sheets.find((s) => s.id === Number(id));
    return m ? make.sheet(m) : null;
  }
  getActiveSheet(): GSheet {
    return make.sheet(this.model.active);
  }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    return sheet.activate();
  }
  renameActiveSheet(newName: string): void {
    renameSheet(this.model.active, String(newName));
  }
  /** Moves the active sheet to 1-based position `pos`. */
  moveActiveSheet(pos: number): void {
    const list = this.model.sheets;
    const p = Math.trunc(pos);
    // Message unconfirmed.
    if (!(p >= 1 && p <= list.length)) throw this.rt.error('Those sheets are out of bounds.');
    list.splice(list.indexOf(this.model.active), 1);
    list.splice(p - 1, 0, this.model.active);
  }

  /**
   * All overloads: (), (index), (index, options), (options), (name), (name, index),
   * (name, index, options), (name, options). `index` is 0-based; without one the tab goes right
   * after the active tab. The new tab becomes active and is 1000 x 26 (or the template's size).
   */
  insertSheet(a?: string | number | InsertOptions, b?: number | InsertOptions, c?: InsertOptions): GSheet {
    let name: string | undefined;
    let index: number | undefined;
    let options: InsertOptions | undefined;
    const args = [a, b, c].filter((x) => x !== undefined);
    for (const arg of args) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg;
    }
    const ss = this.model;
    if (name === undefined || name === '') name = this._defaultName();
    checkSheetName(this.rt, ss, name);
    const at =
      index === undefined
        ? ss.sheets.indexOf(ss.active) + 1
        : Math.min(Math.max(0, Math.trunc(index)), ss.sheets.length);
    const id = ss.newSheetId();
    const template = options?.template === undefined ? null : modelOf.sheet(options.template);
    if (options?.template !== undefined && !template) throw this.rt.error('Invalid argument: template');
    const sheet = addSheet(ss, name, at, { id, template });
    ss.active = sheet;
    ss.selection = null;
    return make.sheet(sheet);
  }

  /** The last sheet, or the last visible one, cannot be deleted (real messages). */
  deleteSheet(sheet: GSheet): void {
    const m = modelOf.sheet(sheet);
    if (!m) throw this.rt.error('Invalid argument: sheet');
    deleteSheet(this.rt, this.model, m);
  }
  deleteActiveSheet(): GSheet {
    this.deleteSheet(make.sheet(this.model.active));
    return make.sheet(this.model.active);
  }

  /**
   * The URL of a form that sends its responses here, or null. With several, the real method's pick
   * is "indeterminate"; here it is the leftmost linked tab's form.
   */
  getFormUrl(): string | null {
    return this.model.sheets.find((s) => s.formUrl !== null)?.formUrl ?? null;
  }

  /** A1 with an optional sheet name ("'My tab'!A1:B2"); without one, on the active sheet. */
  getRange(a1Notation: string): GRange {
    return make.range(this.rt, resolveRange(this.rt, this.model.active, a1Notation));
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return make.rangeList(
      this.rt,
      a1Notations.map((a1) => resolveRange(this.rt, this.model.active, a1)),
    );
  }
  /** The selection; A1 of the active sheet when nothing was selected. */
  getActiveRange(): GRange | null {
    const sel = this.model.selection;
    const sheet = sel?.sheet ?? this.model.active;
    const rect = sel?.rect ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return make.range(this.rt, { sheet, rect });
  }
  setActiveRange(range: GRange): GRange {
    return range.activate();
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (!(t in ProtectionType)) throw this.rt.error('Invalid argument: type');
    return this.model.protections.filter((p) => p.type === t).map((p) => make.protection(p));
  }

  /** Recorded in `emu.ui.toasts`; the real default timeout is 5 seconds. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.rt.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds,
    });
  }

  /** Inspection for tests and the runner (not counted). */
  snapshot(): SpreadsheetSnapshot {
    return snapshotSpreadsheet(this.model);
  }

  /** "Sheet<n>" with the smallest n above the tab count that is free, as the UI numbers new tabs. */
  _defaultName(): string {
    for (let n = this.model.sheets.length + 1; ; n++) {
      const candidate = `Sheet${n}`;
      if (!this.model.findSheet(candidate)) return candidate;
    }
  }
}

instrument(Spreadsheet, 'Spreadsheet', 'spreadsheet', ['snapshot']);

provide(
  { spreadsheet: facadeCache((m: SpreadsheetModel) => new Spreadsheet(m.rt, m) as unknown as GSpreadsheet) },
  { spreadsheet: (v) => (v instanceof Spreadsheet ? v.model : null) },
);
