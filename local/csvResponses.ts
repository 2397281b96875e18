import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCsv } from '../src/core/survey';
import type { Emulator } from './emulator';

/** Sheets reads "2024-03-01 10:15:00" or "3/1/2024 10:15:00" in a downloaded responses CSV as a date. */
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2})?|\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}(:\d{2})?)$/;

function cellValue(raw: string): string | Date {
  const t = raw.trim();
  if (DATE_TIME.test(t)) {
    const d = new Date(t.includes('/') ? t : t.replace(' ', 'T'));
    if (!Number.isNaN(d.getTime())) return d;
  }
  // Everything else goes in as typed text, the way an import keeps answers; a leading "'"
  // stops text such as "=1+2" or "+1" from becoming a formula, as Sheets' import does.
  return /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
}

/**
 * Puts a CSV (as Sheets downloads a responses tab) into the emulator as the responses tab of a
 * Form linked to the spreadsheet: a Form made by hand, not by the add-on, so the add-on reads
 * it by detection alone. Returns the Form's id.
 */
export function loadResponsesCsv(emu: Emulator, file: string): { formId: string; tab: string; rows: number } {
  if (!existsSync(file)) throw new Error(`No file at ${file}: give the path of a responses CSV.`);
  const parsed = parseCsv(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`);
  const grid = parsed.value.filter((r) => r.some((c) => c.trim() !== ''));
  if (grid.length === 0) throw new Error(`${file} is empty: expected a header row and responses.`);
  // A loop, not Math.max(...rows): spreading 250k rows overflows the call stack.
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const rect = grid.map((r, i) =>
    Array.from({ length: width }, (_, c) => (i === 0 ? (r[c] ?? '') : cellValue(r[c] ?? ''))),
  );

  const { FormApp } = emu.globals as unknown as { FormApp: GoogleAppsScript.Forms.FormApp };
  const form = FormApp.create(basename(file).replace(/\.csv$/i, ''));
  form.addTextItem().setTitle('Imported answers');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
  const tab = emu.spreadsheet.getSheets().find((s) => s.getFormUrl()?.includes(form.getId()));
  if (!tab) throw new Error('The emulator did not create the linked responses tab.');
  // What Forms wrote over time, in one go: the CSV's own header and rows replace the new tab's.
  tab.clearContents();
  if (rect.length > tab.getMaxRows()) tab.insertRowsAfter(tab.getMaxRows(), rect.length - tab.getMaxRows());
  if (width > tab.getMaxColumns()) tab.insertColumnsAfter(tab.getMaxColumns(), width - tab.getMaxColumns());
  tab.getRange(1, 1, rect.length, width).setValues(rect);
  return { formId: form.getId(), tab: tab.getName(), rows: rect.length - 1 };
}
