import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Emulator } from '../emulator';
import { captureWorkbook } from './capture';
import { renderReport } from './report';
import type { WorkbookView } from './view';
import { writeXlsx } from './xlsx';

/** Tabs named in `order` first, in that order (the order they were made); the rest after, as they are. */
function inOrder(book: WorkbookView, order: readonly string[] | undefined): WorkbookView {
  if (!order) return book;
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return { ...book, sheets: [...book.sheets].sort((a, b) => rank(a.name) - rank(b.name)) };
}

export interface WrittenFiles {
  readonly xlsx: string;
  readonly report: string;
}

/** Writes the emulated spreadsheet as DIR/workbook.xlsx and DIR/report.html. */
export async function writeWorkbookAndReport(
  emu: Emulator,
  dir: string,
  opts: { intro?: string; order?: readonly string[] } = {},
): Promise<WrittenFiles> {
  const outDir = resolve(dir);
  mkdirSync(outDir, { recursive: true });
  const files = { xlsx: join(outDir, 'workbook.xlsx'), report: join(outDir, 'report.html') };
  const book = inOrder(captureWorkbook(emu), opts.order);
  await writeXlsx(book, files.xlsx);
  writeFileSync(files.report, renderReport(book, opts));
  return files;
}

/** A path as the console shows it: relative when inside the current folder, else absolute. */
export function shownPath(file: string): string {
  const r = relative(process.cwd(), file);
  return r === '' || r.startsWith('..') || isAbsolute(r) ? file : r;
}
