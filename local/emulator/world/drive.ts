/** Drive from the outside (`emu.drive`): who a file is shared with, and the user deleting a file. */
import { type SharingInfo, sharingInfo } from '../behaviour/sharing';
import type { PermissionRecord } from '../state/drive';
import type { Runtime } from '../state/runtime';

export interface EmuDrive {
  /** Owner, editors, viewers, commenters and link sharing of a spreadsheet or form. */
  sharedWith(fileId: string): SharingInfo;
  /** Every `Drive.Permissions.create` made, with the file it was for. */
  readonly permissions: readonly (PermissionRecord & { readonly fileId: string })[];
  /** The user deletes a file (a spreadsheet): the add-on can no longer open it. */
  remove(fileId: string): void;
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
  };
}
