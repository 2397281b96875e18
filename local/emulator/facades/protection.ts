/** Protection of a range or a whole sheet. The emulated user owns the file, so can always edit. */
import type { Runtime } from '../state/runtime';
import type { ProtectionModel } from '../state/spreadsheet';
import { make, modelOf, provide } from './factory';
import { facadeCache, instrument } from './instrument';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;

export class Protection implements Partial<GProtection> {
  constructor(
    readonly rt: Runtime,
    readonly model: ProtectionModel,
  ) {}

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GProtection {
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this._self();
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return this._self();
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GProtection {
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    const i = this.model.editors.indexOf(email);
    if (i >= 0) this.model.editors.splice(i, 1);
    return this._self();
  }
  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): GProtection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this._self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    const emails = [this.rt.user, ...this.model.editors.filter((e) => e !== this.rt.user)];
    return emails.map((email) => make.user(this.rt, email));
  }
  canDomainEdit(): boolean {
    return false;
  }
  canEdit(): boolean {
    return true;
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): GProtection {
    this.model.description = String(description);
    return this._self();
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.model.warningOnly = Boolean(warningOnly);
    return this._self();
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.model.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  /** A sheet protection covers the whole sheet. */
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const s = this.model.sheet;
    const rect = this.model.rect ?? { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols };
    return make.range(this.rt, { sheet: s, rect });
  }
  getRangeName(): string | null {
    return null;
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): GProtection {
    const r = modelOf.range(range);
    if (r && this.model.type === 'RANGE') this.model.rect = r.rect;
    return this._self();
  }
  remove(): void {
    this.model.removed = true;
    const list = this.model.sheet.parent.protections;
    const i = list.indexOf(this.model);
    if (i >= 0) list.splice(i, 1);
  }

  _self(): GProtection {
    return this as unknown as GProtection;
  }
}

instrument(Protection, 'Protection', 'spreadsheet');

/** One facade per protection, so repeated getProtections() calls give equal objects. */
provide({
  protection: facadeCache((m: ProtectionModel) => new Protection(m.sheet.rt, m) as unknown as GProtection),
});
