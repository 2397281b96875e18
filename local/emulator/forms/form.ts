/**
 * FormApp, Form, FormResponse and ItemResponse. Forms are Drive files of the emulator like its
 * spreadsheets: `FormApp.create` makes one, `openById`/`openByUrl` find it, and
 * `setDestination(SPREADSHEET, id)` links it to a new "Form Responses <n>" tab (forms/model.ts).
 * Responses arrive through `emu.forms.submit` (forms/submit.ts), as respondents would send them.
 */
import { User } from '../base';
import { instrument } from '../counter';
import * as E from '../enums';
import type { Runtime } from '../runtime';
import { INVALID_FORM_DATA, itemModelOf, itemOf, typedItemOf } from './items';
import { FormModel, type ItemModel, type ResponseModel } from './model';

type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GResponse = GoogleAppsScript.Forms.FormResponse;

/** The real message of FormApp.openById/openByUrl for a form that does not exist. */
export const FORM_NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';

export function newForm(rt: Runtime, title: string): FormModel {
  const n = String(rt.next()).padStart(4, '0');
  const model = new FormModel(rt, `emu-form-${n}`, `1FAIpQLSemu-${n}`, title, rt.user);
  rt.forms.set(model.id, model);
  return model;
}

/** The form id in an edit or /viewform URL of the form (not the /d/e/… published URL). */
export function formIdFromUrl(url: string): string | null {
  const m = /\/forms\/d\/(?!e\/)([^/?#]+)/.exec(String(url));
  return m?.[1] ?? null;
}

export class ItemResponse implements Pick<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> {
  constructor(
    readonly rt: Runtime,
    private readonly item: ItemModel,
    private readonly answer: unknown,
  ) {}
  getItem(): GItem {
    return itemOf(this.rt, this.item);
  }
  /** A string; a string[] for checkboxes and grids (one column per row, null when skipped); string[][] for checkbox grids. */
  getResponse(): string[][] | string[] | string {
    const a = this.answer;
    return (Array.isArray(a) ? a.map((x) => (Array.isArray(x) ? x.slice() : x)) : a) as string;
  }
}

export class FormResponse
  implements
    Pick<
      GResponse,
      | 'getEditResponseUrl'
      | 'getId'
      | 'getItemResponses'
      | 'getRespondentEmail'
      | 'getResponseForItem'
      | 'getTimestamp'
      | 'toPrefilledUrl'
    >
{
  constructor(
    readonly rt: Runtime,
    readonly form: FormModel,
    readonly model: ResponseModel,
  ) {}
  getId(): string {
    return this.model.id;
  }
  getTimestamp(): Date {
    return new this.rt.DateCtor(this.model.timestamp.getTime());
  }
  getRespondentEmail(): string {
    return this.model.email;
  }
  /** Answers to the form's current items, in form order. */
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    return this.form.items
      .filter((i) => this.model.answers.has(i.id))
      .map(
        (i) =>
          new ItemResponse(
            this.rt,
            i,
            this.model.answers.get(i.id),
          ) as unknown as GoogleAppsScript.Forms.ItemResponse,
      );
  }
  /** null when the respondent did not answer the item. */
  getResponseForItem(item: GItem): GoogleAppsScript.Forms.ItemResponse {
    const m = itemModelOf(item);
    if (!m)
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for FormApp.FormResponse.getResponseForItem.",
      );
    const a = this.model.answers.get(m.id);
    return (a === undefined
      ? null
      : new ItemResponse(this.rt, m, a)) as unknown as GoogleAppsScript.Forms.ItemResponse;
  }
  getEditResponseUrl(): string {
    return `${this.form.publishedUrl}?edit2=${this.model.id}`;
  }
  toPrefilledUrl(): string {
    return `${this.form.publishedUrl}?usp=pp_url`;
  }
}

export class Form
  implements
    Pick<
      GForm,
      | 'addCheckboxGridItem'
      | 'addCheckboxItem'
      | 'addDateItem'
      | 'addEditor'
      | 'addEditors'
      | 'addGridItem'
      | 'addListItem'
      | 'addMultipleChoiceItem'
      | 'addPageBreakItem'
      | 'addParagraphTextItem'
      | 'addScaleItem'
      | 'addSectionHeaderItem'
      | 'addTextItem'
      | 'canEditResponse'
      | 'collectsEmail'
      | 'deleteAllResponses'
      | 'deleteItem'
      | 'deleteResponse'
      | 'getConfirmationMessage'
      | 'getCustomClosedFormMessage'
      | 'getDescription'
      | 'getDestinationId'
      | 'getDestinationType'
      | 'getEditUrl'
      | 'getEditors'
      | 'getId'
      | 'getItemById'
      | 'getItems'
      | 'getPublishedUrl'
      | 'getResponse'
      | 'getResponses'
      | 'getShuffleQuestions'
      | 'getSummaryUrl'
      | 'getTitle'
      | 'hasLimitOneResponsePerUser'
      | 'hasProgressBar'
      | 'hasRespondAgainLink'
      | 'isAcceptingResponses'
      | 'isPublishingSummary'
      | 'isQuiz'
      | 'moveItem'
      | 'removeDestination'
      | 'removeEditor'
      | 'requiresLogin'
      | 'setAcceptingResponses'
      | 'setAllowResponseEdits'
      | 'setCollectEmail'
      | 'setConfirmationMessage'
      | 'setCustomClosedFormMessage'
      | 'setDescription'
      | 'setDestination'
      | 'setIsQuiz'
      | 'setLimitOneResponsePerUser'
      | 'setProgressBar'
      | 'setPublishingSummary'
      | 'setRequireLogin'
      | 'setShowLinkToRespondAgain'
      | 'setShuffleQuestions'
      | 'setTitle'
      | 'shortenFormUrl'
    >
{
  constructor(
    readonly rt: Runtime,
    readonly model: FormModel,
  ) {}

  getId(): string {
    return this.model.id;
  }
  getTitle(): string {
    return this.model.title;
  }
  setTitle(title: string): GForm {
    this.model.title = String(title);
    return this._self();
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): GForm {
    this.model.description = String(description);
    return this._self();
  }
  getEditUrl(): string {
    return this.model.editUrl;
  }
  getPublishedUrl(): string {
    return this.model.publishedUrl;
  }
  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this.model.id}/viewanalytics`;
  }
  /** A deterministic forms.gle link (the real one is made by Google's shortener). */
  shortenFormUrl(url: string): string {
    let h = 2166136261;
    for (const ch of String(url)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return `https://forms.gle/${h.toString(36)}`;
  }

  // ---- settings

  collectsEmail(): boolean {
    return this.model.collectEmail;
  }
  setCollectEmail(collect: boolean): GForm {
    this.model.collectEmail = Boolean(collect);
    this.model.changed();
    return this._self();
  }
  requiresLogin(): boolean {
    return this.model.requireLogin;
  }
  setRequireLogin(requireLogin: boolean): GForm {
    this.model.requireLogin = Boolean(requireLogin);
    return this._self();
  }
  getConfirmationMessage(): string {
    return this.model.confirmationMessage;
  }
  setConfirmationMessage(message: string): GForm {
    this.model.confirmationMessage = String(message);
    return this._self();
  }
  getCustomClosedFormMessage(): string {
    return this.model.customClosedFormMessage;
  }
  setCustomClosedFormMessage(message: string): GForm {
    this.model.customClosedFormMessage = String(message);
    return this._self();
  }
  canEditResponse(): boolean {
    return this.model.allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): GForm {
    this.model.allowResponseEdits = Boolean(enabled);
    return this._self();
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.model.limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: boolean): GForm {
    this.model.limitOneResponsePerUser = Boolean(enabled);
    return this._self();
  }
  hasProgressBar(): boolean {
    return this.model.progressBar;
  }
  setProgressBar(enabled: boolean): GForm {
    this.model.progressBar = Boolean(enabled);
    return this._self();
  }
  isAcceptingResponses(): boolean {
    return this.model.acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): GForm {
    this.model.acceptingResponses = Boolean(enabled);
    return this._self();
  }
  getShuffleQuestions(): boolean {
    return this.model.shuffleQuestions;
  }
  setShuffleQuestions(shuffle: boolean): GForm {
    this.model.shuffleQuestions = Boolean(shuffle);
    return this._self();
  }
  isPublishingSummary(): boolean {
    return this.model.publishingSummary;
  }
  setPublishingSummary(enabled: boolean): GForm {
    this.model.publishingSummary = Boolean(enabled);
    return this._self();
  }
  hasRespondAgainLink(): boolean {
    return this.model.showLinkToRespondAgain;
  }
  setShowLinkToRespondAgain(enabled: boolean): GForm {
    this.model.showLinkToRespondAgain = Boolean(enabled);
    return this._self();
  }
  /**
   * Publishing (Forms' 2026 change: API-made forms may start unpublished). Not in
   * @types/google-apps-script; an unpublished form takes no responses.
   */
  isPublished(): boolean {
    return this.model.published;
  }
  setPublished(enabled: boolean): GForm {
    this.model.published = Boolean(enabled);
    return this._self();
  }
  isQuiz(): boolean {
    return this.model.isQuiz;
  }
  setIsQuiz(enabled: boolean): GForm {
    this.model.isQuiz = Boolean(enabled);
    return this._self();
  }

  // ---- editors

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GForm {
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    if (!this.model.editors.includes(email) && email !== this.model.owner) this.model.editors.push(email);
    return this._self();
  }
  addEditors(emailAddresses: string[]): GForm {
    for (const e of emailAddresses) this.addEditor(String(e));
    return this._self();
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GForm {
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    const i = this.model.editors.indexOf(email);
    if (i >= 0) this.model.editors.splice(i, 1);
    return this._self();
  }
  /** The owner, then the added editors. */
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.model.owner, ...this.model.editors].map((e) => new User(this.rt, e));
  }

  // ---- items

  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return typedItemOf(this.rt, this.model.addItem('GRID'));
  }
  addCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return typedItemOf(this.rt, this.model.addItem('CHECKBOX_GRID'));
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return typedItemOf(this.rt, this.model.addItem('LIST'));
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return typedItemOf(this.rt, this.model.addItem('MULTIPLE_CHOICE'));
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return typedItemOf(this.rt, this.model.addItem('CHECKBOX'));
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return typedItemOf(this.rt, this.model.addItem('TEXT'));
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return typedItemOf(this.rt, this.model.addItem('PARAGRAPH_TEXT'));
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return typedItemOf(this.rt, this.model.addItem('SCALE'));
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return typedItemOf(this.rt, this.model.addItem('SECTION_HEADER'));
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return typedItemOf(this.rt, this.model.addItem('PAGE_BREAK'));
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return typedItemOf(this.rt, this.model.addItem('DATE'));
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GItem[] {
    const t = itemType === undefined ? null : String(itemType);
    if (t !== null && !(t in E.ItemType)) throw this.rt.error('Invalid argument: itemType');
    return this.model.items.filter((i) => t === null || i.type === t).map((i) => itemOf(this.rt, i));
  }
  /** null when no item has that id. */
  getItemById(id: number): GItem {
    const m = this.model.items.find((i) => i.id === Number(id));
    return (m ? itemOf(this.rt, m) : null) as GItem;
  }
  /** By 0-based index or item. The item's column stays on a linked responses tab. */
  deleteItem(indexOrItem: number | GItem): void {
    const i = this._index(indexOrItem, 'deleteItem');
    const [m] = this.model.items.splice(i, 1);
    if (m) m.deleted = true;
    this.model.changed();
  }
  moveItem(from: number | GItem, toIndex: number): GItem {
    const i = this._index(from, 'moveItem');
    const to = Math.trunc(Number(toIndex));
    // Message unconfirmed.
    if (!(to >= 0 && to < this.model.items.length)) throw this.rt.error('Invalid argument: toIndex');
    const [m] = this.model.items.splice(i, 1);
    if (!m) throw this.rt.error('Invalid argument: from');
    this.model.items.splice(to, 0, m);
    return itemOf(this.rt, m);
  }

  // ---- destination

  /** Links to a new "Form Responses <n>" tab at the front of the spreadsheet (see forms/model.ts). */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GForm {
    this.rt.requireAuth('Form.setDestination', 'FULL');
    if (String(type) !== 'SPREADSHEET') throw this.rt.error('Invalid argument: type');
    const ss = this.rt.spreadsheets.get(String(id));
    // The text of the real error for an unknown spreadsheet is assumed.
    if (!ss) throw this.rt.error(FORM_NOT_FOUND);
    const d = this.model.liveDestination();
    if (!d || d.spreadsheet !== ss) this.model.link(ss);
    return this._self();
  }
  /** null when the form has no destination (unconfirmed: the real method may throw instead). */
  getDestinationId(): string {
    return (this.model.destination?.spreadsheet.id ?? null) as string;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    return (this.model.destination
      ? 'SPREADSHEET'
      : null) as unknown as GoogleAppsScript.Forms.DestinationType;
  }
  /** The responses tab stays in the spreadsheet, unlinked. */
  removeDestination(): GForm {
    this.model.unlink();
    return this._self();
  }

  // ---- responses

  /** All responses, or those submitted at or after `timestamp`, oldest first. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GResponse[] {
    const since = timestamp === undefined ? Number.NEGATIVE_INFINITY : new Date(timestamp as Date).getTime();
    return this.model.responses
      .filter((r) => r.timestamp.getTime() >= since)
      .map((r) => new FormResponse(this.rt, this.model, r) as unknown as GResponse);
  }
  /** null when there is no such response. */
  getResponse(responseId: string): GResponse {
    const r = this.model.responses.find((x) => x.id === String(responseId));
    return (r ? new FormResponse(this.rt, this.model, r) : null) as unknown as GResponse;
  }
  /** Removes responses from the form only; rows already in the spreadsheet stay. */
  deleteAllResponses(): GForm {
    this.model.responses.length = 0;
    return this._self();
  }
  deleteResponse(responseId: string): GForm {
    const i = this.model.responses.findIndex((x) => x.id === String(responseId));
    if (i >= 0) this.model.responses.splice(i, 1);
    return this._self();
  }

  // ---- internals

  _index(v: number | GItem, method: string): number {
    if (typeof v === 'number') {
      const i = Math.trunc(v);
      // Message unconfirmed.
      if (!(i >= 0 && i < this.model.items.length)) throw this.rt.error('Invalid argument: index');
      return i;
    }
    const m = itemModelOf(v);
    if (!m)
      throw this.rt.error(
        `The parameters (Object) don't match the method signature for FormApp.Form.${method}.`,
      );
    const i = this.model.items.indexOf(m);
    if (i < 0) throw this.rt.error(INVALID_FORM_DATA);
    return i;
  }
  _self(): GForm {
    return this as unknown as GForm;
  }
}

const facades = new WeakMap<FormModel, Form>();

export function formOf(model: FormModel): GForm {
  let f = facades.get(model);
  if (!f) {
    f = new Form(model.rt, model);
    facades.set(model, f);
  }
  return f as unknown as GForm;
}

export class FormApp
  implements Pick<GoogleAppsScript.Forms.FormApp, 'create' | 'getActiveForm' | 'openById' | 'openByUrl'>
{
  readonly Alignment = E.Alignment;
  readonly DestinationType = E.DestinationType;
  readonly FeedbackType = E.FeedbackType;
  readonly ItemType = E.ItemType;
  readonly PageNavigationType = E.PageNavigationType;

  constructor(readonly rt: Runtime) {}

  /** `isPublished` (default true here) is the newer overload, not yet in @types/google-apps-script. */
  create(title: string, isPublished?: boolean): GForm {
    this.rt.requireAuth('FormApp.create', 'FULL');
    const m = newForm(this.rt, String(title));
    if (isPublished === false) m.published = false;
    return formOf(m);
  }
  openById(id: string): GForm {
    this.rt.requireAuth('FormApp.openById', 'FULL');
    const m = this.rt.forms.get(String(id));
    if (!m) throw this.rt.error(FORM_NOT_FOUND);
    return formOf(m);
  }
  /** Takes the edit URL or the …/viewform URL that Sheet.getFormUrl returns (not the /d/e/ one). */
  openByUrl(url: string): GForm {
    this.rt.requireAuth('FormApp.openByUrl', 'FULL');
    const id = formIdFromUrl(url);
    const m = id === null ? undefined : this.rt.forms.get(id);
    if (!m) throw this.rt.error(FORM_NOT_FOUND);
    return formOf(m);
  }
  /** An add-on in Sheets has no active form. */
  getActiveForm(): GForm {
    return null as unknown as GForm;
  }
}

instrument(FormApp, 'FormApp', 'forms');
instrument(Form, 'Form', 'forms');
instrument(FormResponse, 'FormResponse', 'forms');
instrument(ItemResponse, 'ItemResponse', 'forms');
