/**
 * Drive sharing of the files the emulator made. The emulated user owns every file. Roles follow
 * the documented rules: adding a viewer who is already an editor does nothing; adding an editor
 * promotes a viewer or commenter; removing a viewer leaves editors alone. The Drive API's
 * reader/commenter/writer follow the same rules.
 */
import type { DriveFileModel, PermissionRecord } from '../state/drive';
import type { Runtime } from '../state/runtime';

/** Plain data about a file's sharing (`emu.drive.sharedWith`). */
export interface SharingInfo {
  readonly owner: string;
  readonly editors: string[];
  readonly viewers: string[];
  readonly commenters: string[];
  readonly access: string;
  readonly permission: string;
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const fileExists = (rt: Runtime, id: string): boolean => rt.spreadsheets.has(id) || rt.forms.has(id);

export function driveFileOf(rt: Runtime, id: string): DriveFileModel {
  let f = rt.drive.get(id);
  if (!f) {
    f = { owner: rt.user, editors: [], viewers: [], commenters: [], access: 'PRIVATE', permission: 'NONE' };
    rt.drive.set(id, f);
  }
  return f;
}

export function sharingInfo(rt: Runtime, id: string): SharingInfo {
  const f = driveFileOf(rt, id);
  return {
    owner: f.owner,
    editors: f.editors.slice(),
    viewers: f.viewers.slice(),
    commenters: f.commenters.slice(),
    access: f.access,
    permission: f.permission,
  };
}

export function remove(list: string[], email: string): void {
  const i = list.indexOf(email);
  if (i >= 0) list.splice(i, 1);
}

/** Has no effect on the owner or an editor. */
export function addViewer(f: DriveFileModel, email: string): void {
  if (email !== f.owner && !f.editors.includes(email) && !f.viewers.includes(email)) {
    remove(f.commenters, email);
    f.viewers.push(email);
  }
}

export function addCommenter(f: DriveFileModel, email: string): void {
  if (email !== f.owner && !f.editors.includes(email) && !f.commenters.includes(email)) {
    remove(f.viewers, email);
    f.commenters.push(email);
  }
}

/** Promotes a viewer or commenter. */
export function addEditor(f: DriveFileModel, email: string): void {
  if (email !== f.owner && !f.editors.includes(email)) {
    remove(f.viewers, email);
    remove(f.commenters, email);
    f.editors.push(email);
  }
}

/** Removes a viewer or commenter; no effect on an editor. */
export function removeViewer(f: DriveFileModel, email: string): void {
  remove(f.viewers, email);
  remove(f.commenters, email);
}

/** Drive API v3 permissions.create: reader, commenter or writer, with DriveApp's rules. */
export function grantPermission(f: DriveFileModel, role: PermissionRecord['role'], email: string): void {
  if (email === f.owner || f.editors.includes(email)) return;
  if (role === 'writer') addEditor(f, email);
  else if (role === 'commenter' && !f.commenters.includes(email)) addCommenter(f, email);
  else if (role === 'reader' && !f.viewers.includes(email) && !f.commenters.includes(email))
    addViewer(f, email);
}
