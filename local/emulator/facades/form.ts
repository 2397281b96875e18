/**
 * Form: a Google Form the add-on made. `setDestination(SPREADSHEET, id)` links it to a new "Form
 * Responses <n>" tab (behaviour/forms.ts). Responses arrive through `emu.forms.submit`.
 */
import { requireAuth } from '../behaviour/auth';
import {
  addItem,
  FORM_NOT_FOUND,
  formChanged,
  INVALID_FORM_DATA,
  linkForm,
  unlinkForm,
} from '../behaviour/forms';
import * as E from '../state/enums';
import type { FormModel } from '../state/forms';
import type { Runtime } from '../state/runtime';
import { make, modelOf, provide } from './factory';
import { facadeCache, instrument } from './instrument';

type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GResponse = GoogleAppsScript.Forms.FormResponse;

export class Form implements Partial<GForm> {
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
    formChanged(this.model);
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
    return [this.model.owner, ...this.model.editors].map((e) => make.user(this.rt, e));
  }

  // ---- items

  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return make.typedItem(this.rt, addItem(this.model, 'GRID'));
  }
  addCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return make.typedItem(this.rt, addItem(this.model, 'CHECKBOX_GRID'));
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return make.typedItem(this.rt, addItem(this.model, 'LIST'));
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return make.typedItem(this.rt, addItem(this.model, 'MULTIPLE_CHOICE'));
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return make.typedItem(this.rt, addItem(this.model, 'CHECKBOX'));
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return make.typedItem(this.rt, addItem(this.model, 'TEXT'));
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return make.typedItem(this.rt, addItem(this.model, 'PARAGRAPH_TEXT'));
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return make.typedItem(this.rt, addItem(this.model, 'SCALE'));
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return make.typedItem(this.rt, addItem(this.model, 'SECTION_HEADER'));
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return make.typedItem(this.rt, addItem(this.model, 'PAGE_BREAK'));
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return make.typedItem(this.rt, addItem(this.model, 'DATE'));
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GItem[] {
    const t = itemType === undefined ? null : String(itemType);
    if (t !== null && !(t in E.ItemType)) throw this.rt.error('Invalid argument: itemType');
    return this.model.items.filter((i) => t === null || i.type === t).map((i) => make.item(this.rt, i));
  }
  /** null when no item has that id. */
  getItemById(id: number): GItem {
    const m = this.model.items.find((i) => i.id === Number(id));
    return (m ? make.item(this.rt, m) : null) as GItem;
  }
  /** By 0-based index or item. The item's column stays on a linked responses tab. */
  deleteItem(indexOrItem: number | GItem): void {
    const i = this._index(indexOrItem, 'deleteItem');
    const [m] = this.model.items.splice(i, 1);
    if (m) m.deleted = true;
    formChanged(this.model);
  }
  moveItem(from: number | GItem, toIndex: number): GItem {
    const i = this._index(from, 'moveItem');
    const to = Math.trunc(Number(toIndex));
    // Message unconfirmed.
    if (!(to >= 0 && to < this.model.items.length)) throw this.rt.error('Invalid argument: toIndex');
    const [m] = this.model.items.splice(i, 1);
    if (!m) throw this.rt.error('Invalid argument: from');
    this.model.items.splice(to, 0, m);
    return make.item(this.rt, m);
  }

  // ---- destination

  /** Links to a new "Form Responses <n>" tab at the front of the spreadsheet (see forms/model.ts). */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GForm {
    requireAuth(this.rt, 'Form.setDestination', 'FULL');
    if (String(type) !== 'SPREADSHEET') throw this.rt.error('Invalid argument: type');
    const ss = this.rt.spreadsheets.get(String(id));
    // The text of the real error for an unknown spreadsheet is assumed.
    if (!ss) throw this.rt.error(FORM_NOT_FOUND);
    const d = this.model.liveDestination();
    if (!d || d.spreadsheet !== ss) linkForm(this.model, ss);
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
    unlinkForm(this.model);
    return this._self();
  }

  // ---- responses

  /** All responses, or those submitted at or after `timestamp`, oldest first. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GResponse[] {
    const since = timestamp === undefined ? Number.NEGATIVE_INFINITY : new Date(timestamp as Date).getTime();
    return this.model.responses
      .filter((r) => r.timestamp.getTime() >= since)
      .map((r) => make.formResponse(this.rt, this.model, r));
  }
  /** null when there is no such response. */
  getResponse(responseId: string): GResponse {
    const r = this.model.responses.find((x) => x.id === String(responseId));
    return (r ? make.formResponse(this.rt, this.model, r) : null) as GResponse;
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
    const m = modelOf.item(v);
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

instrument(Form, 'Form', 'forms');

provide({ form: facadeCache((m: FormModel) => new Form(m.rt, m) as unknown as GForm) });
