/**
 * The `Drive` advanced service (Drive API v3), minimal: `Drive.Permissions.create` on the files the
 * emulator made, recorded in the same sharing model as DriveApp (`emu.drive.sharedWith`). Roles:
 * "reader" is a viewer, "commenter" a commenter, "writer" an editor, with DriveApp's rules (a
 * reader who already edits stays an editor). Counted under "drive" as `Permissions.create`.
 */
import { requireAuth } from '../behaviour/auth';
import { apiAccess, driveFileOf, EMAIL, fileExists, grantPermission } from '../behaviour/sharing';
import { PERMISSION_ROLES, type PermissionRecord } from '../state/drive';
import type { Runtime } from '../state/runtime';
import { instrument } from './instrument';

type Json = Record<string, unknown>;

/** Assumed shape of an advanced-service error in Apps Script: "API call to … failed with error: …". */
const apiError = (message: string) => `API call to drive.permissions.create failed with error: ${message}`;

/** `Drive.Permissions`. */
export class Permissions {
  constructor(readonly rt: Runtime) {}

  create(resource: Json, fileId: string, optionalArgs?: Json): Json {
    requireAuth(this.rt, 'Drive.Permissions.create', 'FULL');
    const id = String(fileId);
    // Under drive.file, a file the add-on did not make for this user is not found at all.
    if (!fileExists(this.rt, id) || !this.rt.appFiles.get(this.rt.user)?.has(id)) {
      throw this.rt.error(apiError(`File not found: ${id}.`));
    }
    if (apiAccess(this.rt, id, true) !== 'ok') {
      throw this.rt.error(apiError('The user does not have sufficient permissions for this file.'));
    }
    const type = String(resource?.type ?? '');
    const role = String(resource?.role ?? '') as PermissionRecord['role'];
    const email = String(resource?.emailAddress ?? '')
      .trim()
      .toLowerCase();
    if (type !== 'user')
      throw this.rt.error(apiError(`The emulator shares with type "user" only, got "${type}".`));
    if (!PERMISSION_ROLES.includes(role)) throw this.rt.error(apiError(`Invalid value for role: ${role}`));
    if (!EMAIL.test(email))
      throw this.rt.error(apiError(`Invalid sharing request: ${email} is not an e-mail address.`));
    grantPermission(driveFileOf(this.rt, id), role, email);
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
