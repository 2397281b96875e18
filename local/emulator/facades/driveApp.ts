/**
 * DriveApp, minimal: the files the emulator made (spreadsheets, forms) by id, with their sharing
 * (behaviour/sharing.ts), readable with `emu.drive.sharedWith(fileId)`.
 */
import { requireAuth } from '../behaviour/auth';
import {
  addCommenter,
  addEditor,
  addViewer,
  driveFileOf,
  EMAIL,
  fileExists,
  remove,
  removeViewer,
} from '../behaviour/sharing';
import type { DriveFileModel } from '../state/drive';
import * as E from '../state/enums';
import type { Runtime } from '../state/runtime';
import { instrument } from './instrument';

type GFile = GoogleAppsScript.Drive.File;

/** The real DriveApp.getFileById message for an id it cannot find. */
export const FILE_NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export class DriveUser implements Pick<GoogleAppsScript.Drive.User, 'getDomain' | 'getEmail' | 'getName'> {
  constructor(
    readonly rt: Runtime,
    private readonly email: string,
  ) {}
  getEmail(): string {
    return this.email;
  }
  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }
  /** The emulator knows no display names: the part before the @. */
  getName(): string {
    return this.email.split('@')[0] ?? '';
  }
}

export class File implements Partial<GFile> {
  constructor(
    readonly rt: Runtime,
    private readonly id: string,
  ) {}

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this._ss()?.name ?? this.rt.forms.get(this.id)?.title ?? '';
  }
  setName(name: string): GFile {
    const ss = this._ss();
    if (ss) ss.name = String(name);
    const form = this.rt.forms.get(this.id);
    if (form) form.title = String(name);
    return this._self();
  }
  getUrl(): string {
    return this._ss()?.url ?? this.rt.forms.get(this.id)?.editUrl ?? '';
  }
  getMimeType(): string {
    return this._ss() ? 'application/vnd.google-apps.spreadsheet' : 'application/vnd.google-apps.form';
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return this._user(this._file().owner);
  }

  // ---- sharing

  /** Has no effect on an editor. */
  addViewer(emailAddress: string | GoogleAppsScript.Base.User): GFile {
    addViewer(this._file(), this._email(emailAddress));
    return this._self();
  }
  addViewers(emailAddresses: string[]): GFile {
    const emails = this._emails(emailAddresses);
    for (const e of emails) this.addViewer(e);
    return this._self();
  }
  addCommenter(emailAddress: string | GoogleAppsScript.Base.User): GFile {
    addCommenter(this._file(), this._email(emailAddress));
    return this._self();
  }
  addCommenters(emailAddresses: string[]): GFile {
    for (const e of this._emails(emailAddresses)) this.addCommenter(e);
    return this._self();
  }
  /** Promotes a viewer or commenter. */
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GFile {
    addEditor(this._file(), this._email(emailAddress));
    return this._self();
  }
  addEditors(emailAddresses: string[]): GFile {
    for (const e of this._emails(emailAddresses)) this.addEditor(e);
    return this._self();
  }
  /** Removes a viewer or commenter; no effect on an editor. */
  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): GFile {
    removeViewer(this._file(), this._email(emailAddress));
    return this._self();
  }
  removeCommenter(emailAddress: string | GoogleAppsScript.Base.User): GFile {
    remove(this._file().commenters, this._email(emailAddress));
    return this._self();
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GFile {
    remove(this._file().editors, this._email(emailAddress));
    return this._self();
  }
  /** Viewers and commenters, as documented. */
  getViewers(): GoogleAppsScript.Drive.User[] {
    const f = this._file();
    return [...f.viewers, ...f.commenters].map((e) => this._user(e));
  }
  /** Editors other than the owner. */
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this._file().editors.map((e) => this._user(e));
  }
  setSharing(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): GFile {
    const a = String(accessType);
    const p = String(permissionType);
    if (!(a in E.Access)) throw this.rt.error('Invalid argument: accessType');
    if (!(p in E.Permission)) throw this.rt.error('Invalid argument: permissionType');
    const f = this._file();
    f.access = a as DriveFileModel['access'];
    f.permission = p as DriveFileModel['permission'];
    return this._self();
  }
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return this._file().access as unknown as GoogleAppsScript.Drive.Access;
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return this._file().permission as unknown as GoogleAppsScript.Drive.Permission;
  }

  // ---- internals

  _ss() {
    return this.rt.spreadsheets.get(this.id);
  }
  _file(): DriveFileModel {
    return driveFileOf(this.rt, this.id);
  }
  _user(email: string): GoogleAppsScript.Drive.User {
    return new DriveUser(this.rt, email) as unknown as GoogleAppsScript.Drive.User;
  }
  /** The error text for a malformed address is assumed (not confirmed). */
  _email(v: string | GoogleAppsScript.Base.User): string {
    const email = typeof v === 'string' ? v.trim() : String(v?.getEmail?.() ?? '');
    if (!EMAIL.test(email)) throw this.rt.error(`Invalid email: ${email}`);
    return email;
  }
  /** All addresses are checked before any is added. */
  _emails(list: string[]): string[] {
    if (!Array.isArray(list)) {
      throw this.rt.error(
        "The parameters (String) don't match the method signature for DriveApp.File.addViewers.",
      );
    }
    return list.map((e) => this._email(String(e)));
  }
  _self(): GFile {
    return this as unknown as GFile;
  }
}

export class DriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById'> {
  readonly Access = E.Access;
  readonly Permission = E.Permission;

  constructor(readonly rt: Runtime) {}

  /** Spreadsheets and forms the emulator made (the active spreadsheet included). */
  getFileById(id: string): GFile {
    requireAuth(this.rt, 'DriveApp.getFileById', 'FULL');
    const key = String(id);
    if (!fileExists(this.rt, key)) throw this.rt.error(FILE_NOT_FOUND);
    return new File(this.rt, key) as unknown as GFile;
  }
}

instrument(DriveApp, 'DriveApp', 'drive');
instrument(File, 'File', 'drive');
instrument(DriveUser, 'DriveUser', 'drive');
