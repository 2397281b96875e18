/**
 * The SpreadsheetApp global. In AuthMode.NONE nothing that reaches a file works (the add-on may
 * only build its menu); in LIMITED only the current file is reachable.
 */
import { requireAuth } from '../behaviour/auth';
import { newSpreadsheet } from '../behaviour/structure';
import * as E from '../state/enums';
import type { Runtime } from '../state/runtime';
import { make, modelOf } from './factory';
import { instrument } from './instrument';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

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
  readonly CopyPasteType = E.CopyPasteType;
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

  /** Null when the run has no spreadsheet (an add-on's time-driven trigger: behaviour/executions.ts). */
  getActive(): GSpreadsheet {
    requireAuth(this.rt, 'SpreadsheetApp.getActive', 'LIMITED');
    return this.rt.active ? make.spreadsheet(this.rt.active) : (null as unknown as GSpreadsheet);
  }
  getActiveSpreadsheet(): GSpreadsheet {
    requireAuth(this.rt, 'SpreadsheetApp.getActiveSpreadsheet', 'LIMITED');
    return this.rt.active ? make.spreadsheet(this.rt.active) : (null as unknown as GSpreadsheet);
  }
  getActiveSheet(): GSheet {
    requireAuth(this.rt, 'SpreadsheetApp.getActiveSheet', 'LIMITED');
    return this.rt.active ? make.sheet(this.rt.active.active) : (null as unknown as GSheet);
  }
  getActiveRange(): GRange {
    requireAuth(this.rt, 'SpreadsheetApp.getActiveRange', 'LIMITED');
    if (!this.rt.active) return null as unknown as GRange;
    return make.spreadsheet(this.rt.active).getActiveRange() as GRange;
  }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    requireAuth(this.rt, 'SpreadsheetApp.setActiveSheet', 'LIMITED');
    return sheet.activate();
  }
  setActiveRange(range: GRange): GRange {
    requireAuth(this.rt, 'SpreadsheetApp.setActiveRange', 'LIMITED');
    return range.activate();
  }
  setActiveSpreadsheet(newActiveSpreadsheet: GSpreadsheet): void {
    requireAuth(this.rt, 'SpreadsheetApp.setActiveSpreadsheet', 'LIMITED');
    const m = modelOf.spreadsheet(newActiveSpreadsheet);
    if (m) this.rt.active = m;
    else throw this.rt.error('Invalid argument: newActiveSpreadsheet');
  }
  /** Works in every auth mode: onOpen in AuthMode.NONE may build menus. */
  getUi(): GoogleAppsScript.Base.Ui {
    return make.ui(this.rt);
  }
  /** Writes are applied at once in the emulator, so there is nothing to flush. */
  flush(): void {}

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return make.conditionalRuleBuilder(this.rt);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return make.dataValidationBuilder(this.rt);
  }

  /** A new file in `emu.spreadsheets`; it does not become the active one. */
  create(name: string, rows?: number, columns?: number): GSpreadsheet {
    requireAuth(this.rt, 'SpreadsheetApp.create', 'FULL');
    return make.spreadsheet(newSpreadsheet(this.rt, String(name), rows ?? 1000, columns ?? 26));
  }
  openById(id: string): GSpreadsheet {
    requireAuth(this.rt, 'SpreadsheetApp.openById', 'FULL');
    const m = this.rt.spreadsheets.get(String(id));
    // The real service's words for an id it cannot open.
    if (!m)
      throw this.rt.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return make.spreadsheet(m);
  }
  openByUrl(url: string): GSpreadsheet {
    requireAuth(this.rt, 'SpreadsheetApp.openByUrl', 'FULL');
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    const m = id === undefined ? undefined : this.rt.spreadsheets.get(id);
    if (!m)
      throw this.rt.error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return make.spreadsheet(m);
  }
}

instrument(SpreadsheetApp, 'SpreadsheetApp', 'spreadsheet');
