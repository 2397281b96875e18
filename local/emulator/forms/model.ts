/**
 * Forms data: forms, items, stored responses, and the link to a spreadsheet tab that receives
 * responses the way Google Forms writes them. Plain classes, no instrumentation: the facades in
 * form.ts and items.ts are the API, and the writes here are the emulator's own (never counted).
 *
 * The responses tab ("Form Responses <n>", inserted as the first tab) has a header row of
 * "Timestamp", "Email Address" (when the form collects emails), then one column per question in
 * form order; a grid contributes one column per row titled "Title [Row]"; section headers, page
 * breaks, images and videos contribute none. Columns are keyed by item (and grid row index):
 * - a question added after linking gets a new column at the end;
 * - renaming a question (or a grid row) renames its header;
 * - deleting a question keeps its column (Forms keeps old columns); it is left blank from then on;
 * - turning email collection on after linking appends "Email Address" at the end.
 */
import type { ItemTypeName } from '../enums';
import { type SheetModel, SheetModel as SheetModelClass, type SpreadsheetModel } from '../model';
import type { Runtime } from '../runtime';

/** The number format Forms gives the Timestamp column; the event's `values` use it too. */
export const TIMESTAMP_FORMAT = 'M/d/yyyy H:mm:ss';

/** Item types that are questions (and so have a column and an answer). */
const QUESTION_TYPES: ReadonlySet<ItemTypeName> = new Set<ItemTypeName>([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'SCALE',
  'TEXT',
  'TIME',
  'FILE_UPLOAD',
]);

export const isQuestion = (t: ItemTypeName): boolean => QUESTION_TYPES.has(t);
export const isGrid = (t: ItemTypeName): boolean => t === 'GRID' || t === 'CHECKBOX_GRID';

export class ChoiceModel {
  constructor(
    readonly value: string,
    readonly isCorrect = false,
  ) {}
}

export class ItemModel {
  title = '';
  helpText = '';
  required = false;
  choices: ChoiceModel[] = [];
  otherOption = false;
  rows: string[] = [];
  columns: string[] = [];
  lowerBound = 1;
  upperBound = 5;
  leftLabel = '';
  rightLabel = '';
  includesYear = true;
  deleted = false;

  constructor(
    readonly form: FormModel,
    readonly id: number,
    readonly type: ItemTypeName,
  ) {}

  get index(): number {
    return this.form.items.indexOf(this);
  }
}

/** One answer: text, a list (checkboxes), or per grid row (a column, or columns for checkbox grids). */
export type Answer = string | string[] | (string | string[] | null)[];

export interface ResponseModel {
  readonly id: string;
  readonly timestamp: Date;
  readonly email: string;
  /** By item id. */
  readonly answers: Map<number, Answer>;
}

/** One column of the responses tab. */
export interface ColumnModel {
  /** "timestamp", "email", "item:<id>" or "item:<id>:row:<index>". */
  readonly key: string;
}

export interface Destination {
  readonly spreadsheet: SpreadsheetModel;
  readonly sheet: SheetModel;
  readonly columns: ColumnModel[];
}

export class FormModel {
  title: string;
  description = '';
  collectEmail = false;
  requireLogin = false;
  confirmationMessage = '';
  customClosedFormMessage = '';
  allowResponseEdits = false;
  limitOneResponsePerUser = false;
  progressBar = false;
  acceptingResponses = true;
  published = true;
  shuffleQuestions = false;
  publishingSummary = false;
  showLinkToRespondAgain = true;
  isQuiz = false;
  readonly editors: string[] = [];
  readonly items: ItemModel[] = [];
  readonly responses: ResponseModel[] = [];
  destination: Destination | null = null;

  constructor(
    readonly rt: Runtime,
    readonly id: string,
    readonly publishedId: string,
    title: string,
    readonly owner: string,
  ) {
    this.title = title;
  }

  get editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  get publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  /**
   * What Sheet.getFormUrl / Spreadsheet.getFormUrl return for a linked tab. The exact form of the
   * real URL was not confirmed; it holds the form id, so FormApp.openByUrl takes it back.
   */
  get linkUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/viewform`;
  }

  addItem(type: ItemTypeName): ItemModel {
    // Real item ids are large stable integers; these are deterministic.
    const item = new ItemModel(this, 100_000_000 + this.rt.next(), type);
    this.items.push(item);
    this.changed();
    return item;
  }

  /** The linked tab, unless it was deleted. */
  liveDestination(): Destination | null {
    const d = this.destination;
    return d && !d.sheet.deleted ? d : null;
  }

  /** Keeps the responses tab's header row in step with the items (see the file comment). */
  changed(): void {
    const d = this.liveDestination();
    if (!d) return;
    const wanted = this.wantedColumns();
    for (const w of wanted) if (!d.columns.some((c) => c.key === w.key)) d.columns.push({ key: w.key });
    const header = new Map(wanted.map((w) => [w.key, w.header]));
    const sheet = d.sheet;
    if (d.columns.length > sheet.maxCols)
      sheet.insertColumns(sheet.maxCols + 1, d.columns.length - sheet.maxCols);
    d.columns.forEach((c, i) => {
      const text = header.get(c.key);
      if (text !== undefined) sheet.content.set(0, i, text === '' ? undefined : text);
    });
  }

  /** The columns the form's current items call for, in form order, with their headers. */
  wantedColumns(): { key: string; header: string }[] {
    const out = [{ key: 'timestamp', header: 'Timestamp' }];
    if (this.collectEmail) out.push({ key: 'email', header: 'Email Address' });
    for (const item of this.items) {
      if (!isQuestion(item.type)) continue;
      if (isGrid(item.type)) {
        item.rows.forEach((row, r) =>
          out.push({ key: `item:${item.id}:row:${r}`, header: `${item.title} [${row}]` }),
        );
      } else {
        out.push({ key: `item:${item.id}`, header: item.title });
      }
    }
    return out;
  }

  /** Links to a new "Form Responses <n>" tab at the front of `ss`, copying stored responses. */
  link(ss: SpreadsheetModel): Destination {
    this.unlink();
    let n = 1;
    while (ss.findSheet(`Form Responses ${n}`)) n++;
    const sheet = new SheetModelClass(ss, `Form Responses ${n}`, ss.newSheetId());
    ss.sheets.splice(0, 0, sheet);
    sheet.formUrl = this.linkUrl;
    this.destination = { spreadsheet: ss, sheet, columns: [] };
    this.changed();
    for (const r of this.responses) this.writeRow(r);
    return this.destination;
  }

  /** The tab stays, with its data; it just stops receiving responses. */
  unlink(): void {
    const d = this.destination;
    if (d) d.sheet.formUrl = null;
    this.destination = null;
  }

  /** Appends a response below the last row with values; returns its 1-based row, or null if unlinked. */
  writeRow(r: ResponseModel): number | null {
    const d = this.liveDestination();
    if (!d) return null;
    const sheet = d.sheet;
    const row = Math.max(2, sheet.content.lastRow() + 1);
    if (row > sheet.maxRows) sheet.insertRows(sheet.maxRows + 1, row - sheet.maxRows);
    d.columns.forEach((c, i) => {
      const v = this.cellValue(r, c.key);
      sheet.content.set(row - 1, i, v);
      if (c.key === 'timestamp') sheet.formats.numberFormat.set(row - 1, i, TIMESTAMP_FORMAT);
    });
    return row;
  }

  private cellValue(r: ResponseModel, key: string): string | number | Date | undefined {
    if (key === 'timestamp') return new Date(r.timestamp.getTime());
    if (key === 'email') return r.email === '' ? undefined : r.email;
    const m = /^item:(\d+)(?::row:(\d+))?$/.exec(key);
    if (!m) return undefined;
    const answer = r.answers.get(Number(m[1]));
    if (answer === undefined) return undefined;
    let cell: string | string[] | null | undefined;
    if (m[2] !== undefined) cell = (answer as (string | string[] | null)[])[Number(m[2])];
    else cell = answer as string | string[];
    if (cell === null || cell === undefined) return undefined;
    const text = Array.isArray(cell) ? cell.join(', ') : cell;
    if (text === '') return undefined;
    // Answers that are plain numbers land as numbers; other text is literal (never a formula).
    return /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : text;
  }
}
