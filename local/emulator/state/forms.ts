/**
 * Google Forms as data: forms, items, stored responses, and the link to the spreadsheet tab that
 * receives them. How a response is written into that tab, and how the tab's header follows the
 * items, is behaviour/forms.ts.
 */
import type { ItemTypeName } from './enums';
import type { Runtime } from './runtime';
import type { SheetModel, SpreadsheetModel } from './spreadsheet';

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
   * real URL was not confirmed: by default it holds the form id (`…/forms/d/<id>/viewform`); with
   * `createEmulator({ formLinks: 'responder' })` it is the responder link, which does not.
   * FormApp.openByUrl takes either back.
   */
  get linkUrl(): string {
    return this.rt.formLinks === 'responder'
      ? this.publishedUrl
      : `https://docs.google.com/forms/d/${this.id}/viewform`;
  }

  /** The linked tab, unless it was deleted. */
  liveDestination(): Destination | null {
    const d = this.destination;
    return d && !d.sheet.deleted ? d : null;
  }
}
