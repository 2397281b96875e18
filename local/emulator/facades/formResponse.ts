/** FormResponse and ItemResponse: a stored response, read back through the form's current items. */
import type { FormModel, ItemModel, ResponseModel } from '../state/forms';
import type { Runtime } from '../state/runtime';
import { make, modelOf, provide } from './factory';
import { instrument } from './instrument';

type GItem = GoogleAppsScript.Forms.Item;
type GResponse = GoogleAppsScript.Forms.FormResponse;

export class ItemResponse implements Partial<GoogleAppsScript.Forms.ItemResponse> {
  constructor(
    readonly rt: Runtime,
    private readonly item: ItemModel,
    private readonly answer: unknown,
  ) {}
  getItem(): GItem {
    return make.item(this.rt, this.item);
  }
  /** A string; a string[] for checkboxes and grids (one column per row, null when skipped); string[][] for checkbox grids. */
  getResponse(): string[][] | string[] | string {
    const a = this.answer;
    return (Array.isArray(a) ? a.map((x) => (Array.isArray(x) ? x.slice() : x)) : a) as string;
  }
}

export class FormResponse implements Partial<GResponse> {
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
    const m = modelOf.item(item);
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

instrument(FormResponse, 'FormResponse', 'forms');
instrument(ItemResponse, 'ItemResponse', 'forms');

provide({ formResponse: (rt, form, r) => new FormResponse(rt, form, r) as unknown as GResponse });
