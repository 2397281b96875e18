/**
 * Drive sharing of the files the emulator made. A file belongs to the user who made it (the
 * emulated user, or whoever `emu.asUser` or a trigger run made it as). Roles follow the documented
 * rules: adding a viewer who is already an editor does nothing; adding an editor promotes a viewer
 * or commenter; removing a viewer leaves editors alone. The Drive API's reader/commenter/writer
 * follow the same rules.
 *
 * Who may open a file through the advanced services (`apiAccess`): the add-on asks only for
 * `drive.file`, which reaches the files the add-on itself made for that user (Google's scope
 * description: "See, edit, create, and delete only the specific Google Drive files you use with
 * this app"), and only while the user may still open them (owner, editor, or viewer for reading).
 * Anyone else is refused with 403 "The caller does not have permission"; a deleted file is 404
 * "Requested entity was not found." (Sheets API) or "File not found" (Drive API).
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

/** A new file belongs to the user the script runs as. */
export function ownFile(rt: Runtime, id: string): void {
  driveFileOf(rt, id);
}

/** The add-on made this file for the current user through an advanced service (`drive.file` reaches it). */
export function grantToApp(rt: Runtime, id: string): void {
  let files = rt.appFiles.get(rt.user);
  if (!files) {
    files = new Set();
    rt.appFiles.set(rt.user, files);
  }
  files.add(id);
}

/** What the current user may do with a file: 'edit', 'view' or 'none'. */
export function roleOf(rt: Runtime, id: string): 'edit' | 'view' | 'none' {
  const f = driveFileOf(rt, id);
  const me = rt.user;
  if (f.owner === me || f.editors.includes(me)) return 'edit';
  if (f.viewers.includes(me) || f.commenters.includes(me)) return 'view';
  return 'none';
}

/**
 * Whether the add-on, running as the current user with `drive.file`, may read (or write) a file
 * that exists: 'ok', or 'forbidden' (403). Deleted files are the caller's to report (404).
 */
export function apiAccess(rt: Runtime, id: string, write: boolean): 'ok' | 'forbidden' {
  if (!rt.appFiles.get(rt.user)?.has(id)) return 'forbidden';
  const role = roleOf(rt, id);
  return role === 'edit' || (role === 'view' && !write) ? 'ok' : 'forbidden';
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
