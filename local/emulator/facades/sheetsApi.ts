/**
 * The `Sheets` advanced service (Sheets API v4), minimal: `Sheets.Spreadsheets.create`, `get`
 * (metadata only, with a field mask) and `batchUpdate`; the request semantics are
 * behaviour/sheetsApi.ts. Counted under "sheets-api" as `Spreadsheets.create` / `.get` / `.batchUpdate`.
 */
import { requireAuth } from '../behaviour/auth';
import { apiAccess, grantToApp } from '../behaviour/sharing';
import { apiError, batchUpdate, createSpreadsheet } from '../behaviour/sheetsApi';
import { type Json, pick, spreadsheetResource } from '../behaviour/sheetsResource';
import type { Runtime } from '../state/runtime';
import type { SpreadsheetModel } from '../state/spreadsheet';
import { instrument } from './instrument';

/** `Sheets.Spreadsheets`. */
export class Spreadsheets {
  constructor(readonly rt: Runtime) {}

  /** A new spreadsheet with the given title and sheets (one "Sheet1" when none are given). */
  create(resource: Json): Json {
    requireAuth(this.rt, 'Sheets.Spreadsheets.create', 'FULL');
    const made = createSpreadsheet(this.rt, resource);
    grantToApp(this.rt, String(made.spreadsheetId));
    return made;
  }

  /** Metadata only (no grid data); `optionalArgs.fields` narrows it like a field mask. */
  get(spreadsheetId: string, optionalArgs?: Json): Json {
    requireAuth(this.rt, 'Sheets.Spreadsheets.get', 'FULL');
    const res = spreadsheetResource(this._find('get', spreadsheetId, false));
    const fields = optionalArgs?.fields;
    if (typeof fields !== 'string' || fields.trim() === '') return res;
    return pick(
      res,
      fields.split(',').map((f) => f.trim().split('.')),
    ) as Json;
  }

  /** All requests or none: any failure restores the spreadsheet and throws. */
  batchUpdate(resource: Json, spreadsheetId: string): Json {
    requireAuth(this.rt, 'Sheets.Spreadsheets.batchUpdate', 'FULL');
    return batchUpdate(this.rt, this._find('batchUpdate', spreadsheetId, true), resource);
  }

  /**
   * A file the emulator made and that was not removed (`emu.drive.remove`): 404 otherwise. Then
   * 403 unless the add-on may reach it as this user (`drive.file`: behaviour/sharing.ts).
   */
  _find(method: string, id: string, write: boolean): SpreadsheetModel {
    const ss = this.rt.spreadsheets.get(String(id));
    if (!ss) throw this.rt.error(apiError(method, 'Requested entity was not found.'));
    if (apiAccess(this.rt, ss.id, write) !== 'ok') {
      throw this.rt.error(apiError(method, 'The caller does not have permission'));
    }
    return ss;
  }
}

/** The `Sheets` global. */
export class SheetsAdvanced {
  readonly Spreadsheets: Spreadsheets;
  constructor(readonly rt: Runtime) {
    this.Spreadsheets = new Spreadsheets(rt);
  }
}

instrument(Spreadsheets, 'Spreadsheets', 'sheets-api');
