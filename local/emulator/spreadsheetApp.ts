/**
 * The SpreadsheetApp global. In AuthMode.NONE nothing that reaches a file works (the add-on may
 * only build its menu); in LIMITED only the current file is reachable.
 */
import { newConditionalFormatRule, newDataValidation } from './builders';
import { instrument } from './counter';
import * as E from './enums';
import { SpreadsheetModel } from './model';
import type { Runtime } from './runtime';
import { sheetOf } from './sheet';
import { Spreadsheet, spreadsheetOf } from './spreadsheet';
import { uiOf } from './ui';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** Registers a new spreadsheet model in the runtime (used by create() and by the emulator itself). */
export function newSpreadsheet(rt: Runtime, name: string, rows = 1000, cols = 26): SpreadsheetModel {
  const id = `emu-spreadsheet-${String(rt.next()).padStart(4, '0')}`;
  const model = new SpreadsheetModel(rt, id, name, rt.timeZone, rows, cols);
  rt.spreadsheets.set(id, model);
  return model;
}

export class SpreadsheetApp
  implements
    Pick<
      GApp,
      | 'create'
      | 'flush'
      | 'getActive'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
      | 'openById'
      | 'openByUrl'
      | 'setActiveRange'
      | 'setActiveSheet'
      | 'setActiveSpreadsheet'
    >
{
  readonly BorderStyle = E.BorderStyle;
  readonly BooleanCriteria = E.BooleanCriteria;
  readonly DataValidationCriteria = E.DataValidationCriteria;
  readonly Dimension = E.Dimension;
  readonly Direction = E.Direction;
  readonly InterpolationType = E.InterpolationType;
  readonly ProtectionType = E.ProtectionType;
  readonly RelativeDate = E.RelativeDate;
  readonly SheetType = E.SheetType;
  readonly WrapStrategy = E.WrapStrategy;

  constructor(readonly rt: Runtime) {}

  getActive(): GSpreadsheet {
    this.rt.requireAuth('SpreadsheetApp.getActive', 'LIMITED');
    return spreadsheetOf(this.rt.activeModel());
  }
  getActiveSpreadsheet(): GSpreadsheet {
    this.rt.requireAuth('SpreadsheetApp.getActiveSpreadsheet', 'LIMITED');
    return spreadsheetOf(this.rt.activeModel());
  }
  getActiveSheet(): GSheet {
    this.rt.requireAuth('SpreadsheetApp.getActiveSheet', 'LIMITED');
    return sheetOf(this.rt.activeModel().active);
  }
  getActiveRange(): GRange {
    this.rt.requireAuth('SpreadsheetApp.getActiveRange', 'LIMITED');
    return spreadsheetOf(this.rt.activeModel()).getActiveRange() as GRange;
  }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    this.rt.requireAuth('SpreadsheetApp.setActiveSheet', 'LIMITED');
    return sheet.activate();
  }
  setActiveRange(range: GRange): GRange {
    this.rt.requireAuth('SpreadsheetApp.setActiveRange', 'LIMITED');
    return range.activate();
  }
  setActiveSpreadsheet(newActiveSpreadsheet: GSpreadsheet): void {
    this.rt.requireAuth('SpreadsheetApp.setActiveSpreadsheet', 'LIMITED');
    if (newActiveSpreadsheet instanceof Spreadsheet) this.rt.active = newActiveSpreadsheet.model;
    else throw this.rt.error('Invalid argument: newActiveSpreadsheet');
  }
  /** Works in every auth mode: onOpen in AuthMode.NONE may build menus. */
  getUi(): GoogleAppsScript.Base.Ui {
    return uiOf(this.rt);
  }
  /** Writes are applied at once in the emulator, so there is nothing to flush. */
  flush(): void {}

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newConditionalFormatRule(this.rt);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newDataValidation(this.rt);
  }

  /** A new file in `emu.spreadsheets`; it does not become the active one. */
  create(name: string, rows?: number, columns?: number): GSpreadsheet {
    this.rt.requireAuth('SpreadsheetApp.create', 'FULL');
    return spreadsheetOf(newSpreadsheet(this.rt, String(name), rows ?? 1000, columns ?? 26));
  }
  openById(id: string): GSpreadsheet {
    this.rt.requireAuth('SpreadsheetApp.openById', 'FULL');
    const m = this.rt.spreadsheets.get(String(id));
    // The real service's words for an id it cannot open.
    if (!m)
      throw this.rt.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return spreadsheetOf(m);
  }
  openByUrl(url: string): GSpreadsheet {
    this.rt.requireAuth('SpreadsheetApp.openByUrl', 'FULL');
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    const m = id === undefined ? undefined : this.rt.spreadsheets.get(id);
    if (!m)
      throw this.rt.error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return spreadsheetOf(m);
  }
}

instrument(SpreadsheetApp, 'SpreadsheetApp', 'spreadsheet');

export const createSpreadsheetApp = (rt: Runtime): GApp => new SpreadsheetApp(rt) as unknown as GApp;
