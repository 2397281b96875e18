/**
 * The `Drive` advanced service (Drive API v3), minimal: `Drive.Permissions.create` on the files the
 * emulator made, recorded in the same sharing model as DriveApp (`emu.drive.sharedWith`). Roles:
 * "reader" is a viewer, "commenter" a commenter, "writer" an editor, with DriveApp's rules (a
 * reader who already edits stays an editor). Counted under "drive" as `Permissions.create`.
 */
import { instrument } from './counter';
import { driveFileOf } from './drive';
import type { Runtime } from './runtime';

type Json = Record<string, unknown>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLES = ['reader', 'commenter', 'writer'] as const;

/** Assumed shape of an advanced-service error in Apps Script: "API call to … failed with error: …". */
const apiError = (message: string) => `API call to drive.permissions.create failed with error: ${message}`;

/** One permission as the emulator remembers it, for the response. */
export interface PermissionRecord {
  readonly id: string;
  readonly type: 'user';
  readonly role: (typeof ROLES)[number];
  readonly emailAddress: string;
  /** The `sendNotificationEmail` the caller asked for (the Drive default is true for users). */
  readonly notified: boolean;
}

/** `Drive.Permissions`. */
export class Permissions {
  constructor(readonly rt: Runtime) {}

  create(resource: Json, fileId: string, optionalArgs?: Json): Json {
    this.rt.requireAuth('Drive.Permissions.create', 'FULL');
    const id = String(fileId);
    if (!this.rt.spreadsheets.has(id) && !this.rt.forms.has(id)) {
      throw this.rt.error(apiError(`File not found: ${id}.`));
    }
    const type = String(resource?.type ?? '');
    const role = String(resource?.role ?? '') as PermissionRecord['role'];
    const email = String(resource?.emailAddress ?? '')
      .trim()
      .toLowerCase();
    if (type !== 'user')
      throw this.rt.error(apiError(`The emulator shares with type "user" only, got "${type}".`));
    if (!ROLES.includes(role)) throw this.rt.error(apiError(`Invalid value for role: ${role}`));
    if (!EMAIL.test(email))
      throw this.rt.error(apiError(`Invalid sharing request: ${email} is not an e-mail address.`));
    const f = driveFileOf(this.rt, id);
    const remove = (list: string[]) => {
      const i = list.indexOf(email);
      if (i >= 0) list.splice(i, 1);
    };
    if (email !== f.owner && !f.editors.includes(email)) {
      if (role === 'writer') {
        remove(f.viewers);
        remove(f.commenters);
        f.editors.push(email);
      } else if (role === 'commenter' && !f.commenters.includes(email)) {
        remove(f.viewers);
        f.commenters.push(email);
      } else if (role === 'reader' && !f.viewers.includes(email) && !f.commenters.includes(email)) {
        f.viewers.push(email);
      }
    }
    const record: PermissionRecord = {
      id: `perm-${email}`,
      type: 'user',
      role,
      emailAddress: email,
      notified: optionalArgs?.sendNotificationEmail !== false,
    };
    this.rt.permissionLog.push({ fileId: id, ...record });
    return { kind: 'drive#permission', id: record.id, type, role, emailAddress: email };
  }
}

/** The `Drive` global. */
export class DriveAdvanced {
  readonly Permissions: Permissions;
  constructor(readonly rt: Runtime) {
    this.Permissions = new Permissions(rt);
  }
}

instrument(Permissions, 'Permissions', 'drive');
