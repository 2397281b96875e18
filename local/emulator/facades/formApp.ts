/** The FormApp global: forms are Drive files of the emulator like its spreadsheets. */
import { requireAuth } from '../behaviour/auth';
import { FORM_NOT_FOUND, formByUrl, newForm } from '../behaviour/forms';
import * as E from '../state/enums';
import type { Runtime } from '../state/runtime';
import { make } from './factory';
import { instrument } from './instrument';

type GForm = GoogleAppsScript.Forms.Form;

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
    requireAuth(this.rt, 'FormApp.create', 'FULL');
    const m = newForm(this.rt, String(title));
    if (isPublished === false) m.published = false;
    return make.form(m);
  }
  openById(id: string): GForm {
    requireAuth(this.rt, 'FormApp.openById', 'FULL');
    const m = this.rt.forms.get(String(id));
    if (!m) throw this.rt.error(FORM_NOT_FOUND);
    return make.form(m);
  }
  /** Takes the edit URL, the …/viewform URL, or the responder link (…/forms/d/e/<key>/viewform). */
  openByUrl(url: string): GForm {
    requireAuth(this.rt, 'FormApp.openByUrl', 'FULL');
    const m = formByUrl(this.rt, url);
    if (!m) throw this.rt.error(FORM_NOT_FOUND);
    return make.form(m);
  }
  /** An add-on in Sheets has no active form. */
  getActiveForm(): GForm {
    return null as unknown as GForm;
  }
}

instrument(FormApp, 'FormApp', 'forms');
