/** Drive from the outside (`emu.drive`): who a file is shared with, and the user deleting a file. */
import {
  addEditor,
  addViewer,
  driveFileOf,
  fileExists,
  remove,
  removeViewer,
  type SharingInfo,
  sharingInfo,
} from '../behaviour/sharing';
import type { PermissionRecord } from '../state/drive';
import type { Runtime } from '../state/runtime';

export interface EmuDrive {
  /** Owner, editors, viewers, commenters and link sharing of a spreadsheet or form. */
  sharedWith(fileId: string): SharingInfo;
  /** Every `Drive.Permissions.create` made, with the file it was for. */
  readonly permissions: readonly (PermissionRecord & { readonly fileId: string })[];
  /** The user deletes a file (a spreadsheet): the add-on can no longer open it. */
  remove(fileId: string): void;
  /** The file's owner shares it (in the Drive UI): `email` becomes an editor or a viewer. */
  share(fileId: string, email: string, role: 'editor' | 'viewer'): void;
  /** Ownership moves to `email` (in the Drive UI); the old owner stays on as an editor, as Drive does. */
  transfer(fileId: string, email: string): void;
  /** `email` is taken off the file (not its owner). */
  revoke(fileId: string, email: string): void;
}

export function emuDrive(rt: Runtime): EmuDrive {
  return {
    sharedWith(fileId) {
      if (!rt.spreadsheets.has(fileId) && !rt.forms.has(fileId)) {
        throw new Error(`emu.drive.sharedWith: no file "${fileId}"`);
      }
      return sharingInfo(rt, fileId);
    },
    get permissions() {
      return rt.permissionLog;
    },
    remove(fileId) {
      if (rt.active?.id === fileId) throw new Error('emu.drive.remove: not the active spreadsheet');
      if (!rt.spreadsheets.delete(fileId)) throw new Error(`emu.drive.remove: no spreadsheet "${fileId}"`);
      rt.drive.delete(fileId);
    },
    share(fileId, email, role) {
      if (!fileExists(rt, fileId)) throw new Error(`emu.drive.share: no file "${fileId}"`);
      const f = driveFileOf(rt, fileId);
      const who = email.trim().toLowerCase();
      if (role === 'editor') addEditor(f, who);
      else addViewer(f, who);
    },
    transfer(fileId, email) {
      if (!fileExists(rt, fileId)) throw new Error(`emu.drive.transfer: no file "${fileId}"`);
      const f = driveFileOf(rt, fileId);
      const who = email.trim().toLowerCase();
      const old = f.owner;
      remove(f.editors, who);
      removeViewer(f, who);
      f.owner = who;
      addEditor(f, old);
    },
    revoke(fileId, email) {
      if (!fileExists(rt, fileId)) throw new Error(`emu.drive.revoke: no file "${fileId}"`);
      const f = driveFileOf(rt, fileId);
      const who = email.trim().toLowerCase();
      if (f.owner === who) throw new Error('emu.drive.revoke: the owner cannot be taken off; transfer first');
      remove(f.editors, who);
      removeViewer(f, who);
    },
  };
}
