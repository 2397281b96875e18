/**
 * The `Sheets` advanced service (Sheets API v4), minimal: `Sheets.Spreadsheets.create`, `get`
 * (metadata only, with a field mask) and `batchUpdate`; the request semantics are
 * behaviour/sheetsApi.ts. Counted under "sheets-api" as `Spreadsheets.create` / `.get` / `.batchUpdate`.
 */
import { requireAuth } from '../behaviour/auth';
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
    return createSpreadsheet(this.rt, resource);
  }

  /** Metadata only (no grid data); `optionalArgs.fields` narrows it like a field mask. */
  get(spreadsheetId: string, optionalArgs?: Json): Json {
    requireAuth(this.rt, 'Sheets.Spreadsheets.get', 'FULL');
    const res = spreadsheetResource(this._find('get', spreadsheetId));
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
    return batchUpdate(this.rt, this._find('batchUpdate', spreadsheetId), resource);
  }

  /** Files the emulator made and that were not removed (`emu.drive.remove`). */
  _find(method: string, id: string): SpreadsheetModel {
    const ss = this.rt.spreadsheets.get(String(id));
    if (!ss) throw this.rt.error(apiError(method, 'Requested entity was not found.'));
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
