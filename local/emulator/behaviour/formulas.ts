/**
 * Formula evaluation with HyperFormula (a maintained spreadsheet engine; used under its GPL-v3
 * licence key, a dev dependency of the local emulator only, never in the Apps Script bundle).
 *
 * Lazy: nothing happens until a tab whose `mayHaveFormulas` is set is read. Then the engine of its
 * spreadsheet holds that tab and the tabs its formulas name (and theirs, in turn), never a tab no
 * formula references (a 100,000-row responses tab stays out unless a formula reads it). A tab is
 * loaded again only when its cells changed since (its Layer's version) or it was replaced,
 * renamed or deleted; the engine then recomputes what depends on it, and each formula cell's
 * result is stored on its `Formula` (state/cells.ts) for getValues, getDisplayValues and
 * snapshots. Reading a formula-free tab costs one flag check.
 */
import type { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { Formula, type FormulaResult, type Stored } from '../state/cells';
import type { Layer } from '../state/layer';
import type { SheetModel, SpreadsheetModel } from '../state/spreadsheet';
import { serialOf } from './dates';

interface Loaded {
  readonly id: number;
  name: string;
  layer: Layer<Stored>;
  version: number;
}

interface Engine {
  readonly hf: HyperFormula;
  readonly loaded: Map<SheetModel, Loaded>;
}

/** The formula cells of one tab and the tab names they mention, as of one version of its cells. */
interface Scan {
  readonly layer: Layer<Stored>;
  readonly version: number;
  readonly cells: readonly { readonly r: number; readonly c: number; readonly f: Formula }[];
  readonly names: ReadonlySet<string>;
}

const engines = new WeakMap<SpreadsheetModel, Engine>();
const scans = new WeakMap<SheetModel, Scan>();

/** Loaded on first use: most emulators never evaluate a formula. */
let hfModule: typeof import('hyperformula') | null = null;
function hyperformula(): typeof import('hyperformula') {
  // A lazy load keeps the engine out of emulators that never evaluate a formula.
  hfModule ??= require('hyperformula') as typeof import('hyperformula');
  return hfModule;
}

function engineFor(ss: SpreadsheetModel): Engine {
  let e = engines.get(ss);
  if (!e) {
    const monthFirst = ss.locale === 'en_US';
    const hf = hyperformula().HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      // Sheets' limits rather than the engine's defaults (40,000 rows).
      maxRows: 10_000_000,
      maxColumns: 18_278,
      smartRounding: false,
      dateFormats: monthFirst
        ? ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD']
        : ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
    });
    // Sheets takes TRUE and FALSE as constants in formulas (COUNTIF(B2:B9,TRUE)); the engine as functions.
    hf.addNamedExpression('TRUE', '=TRUE()');
    hf.addNamedExpression('FALSE', '=FALSE()');
    e = { hf, loaded: new Map() };
    engines.set(ss, e);
  }
  return e;
}

/** Sheet names a formula mentions: 'Quoted name'!A1 or Plain!A1 (string literals skipped). */
function sheetNames(text: string, into: Set<string>): void {
  const code = text.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of code.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!/g)) {
    into.add((m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '')).toLowerCase());
  }
}

function scan(sheet: SheetModel): Scan {
  const layer = sheet.content;
  const known = scans.get(sheet);
  if (known && known.layer === layer && known.version === layer.version) return known;
  const cells: { r: number; c: number; f: Formula }[] = [];
  const names = new Set<string>();
  layer.forEach((v, r, c) => {
    if (!(v instanceof Formula)) return;
    cells.push({ r, c, f: v });
    sheetNames(v.text, names);
  });
  const s: Scan = { layer, version: layer.version, cells, names };
  scans.set(sheet, s);
  return s;
}

/** The tab and every tab its formulas reach, following references through tabs with formulas. */
function reach(target: SheetModel): SheetModel[] {
  const ss = target.parent;
  const out = [target];
  for (let i = 0; i < out.length; i++) {
    const s = out[i] as SheetModel;
    if (!s.mayHaveFormulas) continue;
    for (const name of scan(s).names) {
      const other = ss.findSheet(name);
      if (other && !out.includes(other)) out.push(other);
    }
  }
  return out;
}

/** A cell as the engine takes it: text always as text, dates as serial numbers. */
function engineValue(v: Stored | undefined, timeZone: string): RawCellContent {
  if (v === undefined) return null;
  if (v instanceof Formula) return v.text;
  if (v instanceof Date) return serialOf(v, timeZone);
  if (typeof v === 'string') return `'${v}`;
  return v;
}

function load(e: Engine, sheet: SheetModel): void {
  const { rows, cols } = sheet.content.extent();
  const tz = sheet.parent.timeZone;
  const data = sheet.content.read(0, 0, rows, cols, (v) => engineValue(v, tz));
  let l = e.loaded.get(sheet);
  if (!l) {
    const name = e.hf.addSheet(sheet.name);
    l = { id: e.hf.getSheetId(name) as number, name: sheet.name, layer: sheet.content, version: -1 };
    e.loaded.set(sheet, l);
  } else if (l.name !== sheet.name) {
    e.hf.renameSheet(l.id, sheet.name);
    l.name = sheet.name;
  }
  e.hf.setSheetContent(l.id, data);
  l.layer = sheet.content;
  l.version = sheet.content.version;
}

/** Tabs deleted since they were loaded leave the engine; renamed ones step aside until needed again. */
function forgetGone(e: Engine): boolean {
  let changed = false;
  for (const [s, l] of [...e.loaded]) {
    if (s.deleted || !s.parent.sheets.includes(s)) {
      e.hf.removeSheet(l.id);
      e.loaded.delete(s);
      changed = true;
    } else if (l.name !== s.name && !l.name.startsWith('~')) {
      l.name = `~${l.id}`;
      e.hf.renameSheet(l.id, l.name);
      l.version = -1;
      changed = true;
    }
  }
  return changed;
}

const ERROR_SHOWN: Record<string, string> = { CYCLE: '#REF!', SPILL: '#REF!', LIC: '#ERROR!' };

function resultOf(v: unknown): FormulaResult {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  const err = v as DetailedCellError;
  return { error: ERROR_SHOWN[err.type] ?? err.value };
}

/** Brings the results of `sheet`'s formulas up to date with every cell they depend on. */
export function evaluate(sheet: SheetModel): void {
  if (!sheet.mayHaveFormulas || sheet.deleted) return;
  if (scan(sheet).cells.length === 0) {
    sheet.mayHaveFormulas = false;
    return;
  }
  const e = engineFor(sheet.parent);
  let changed = forgetGone(e);
  const needed = reach(sheet);
  for (const s of needed) {
    const l = e.loaded.get(s);
    if (l && l.layer === s.content && l.version === s.content.version && l.name === s.name) continue;
    load(e, s);
    changed = true;
  }
  if (
    !changed &&
    needed.every((s) => !s.mayHaveFormulas || scan(s).cells.every((x) => x.f.result !== undefined))
  )
    return;
  for (const s of needed) {
    if (!s.mayHaveFormulas) continue;
    const id = (e.loaded.get(s) as Loaded).id;
    for (const { r, c, f } of scan(s).cells)
      f.result = resultOf(e.hf.getCellValue({ sheet: id, row: r, col: c }));
  }
}

/** The tabs the spreadsheet's engine holds, by name (for tests: what was loaded, and what not). */
export const engineTabs = (ss: SpreadsheetModel): string[] =>
  [...(engines.get(ss)?.loaded.keys() ?? [])].map((s) => s.name);
