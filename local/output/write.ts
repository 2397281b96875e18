import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Emulator } from '../emulator';
import { captureWorkbook } from './capture';
import { renderReport } from './report';
import { writeXlsx } from './xlsx';

export interface WrittenFiles {
  readonly xlsx: string;
  readonly report: string;
}

/** Writes the emulated spreadsheet as DIR/workbook.xlsx and DIR/report.html. */
export async function writeWorkbookAndReport(
  emu: Emulator,
  dir: string,
  opts: { intro?: string } = {},
): Promise<WrittenFiles> {
  const outDir = resolve(dir);
  mkdirSync(outDir, { recursive: true });
  const files = { xlsx: join(outDir, 'workbook.xlsx'), report: join(outDir, 'report.html') };
  const book = captureWorkbook(emu);
  await writeXlsx(book, files.xlsx);
  writeFileSync(files.report, renderReport(book, opts));
  return files;
}
