/** Drive files' sharing, by file id, and the permissions the Drive API created. */
import type { Access, Permission } from './enums';

export interface DriveFileModel {
  owner: string;
  readonly editors: string[];
  readonly viewers: string[];
  readonly commenters: string[];
  access: keyof typeof Access;
  permission: keyof typeof Permission;
}

export const PERMISSION_ROLES = ['reader', 'commenter', 'writer'] as const;

/** One permission as the emulator remembers it, for the response. */
export interface PermissionRecord {
  readonly id: string;
  readonly type: 'user';
  readonly role: (typeof PERMISSION_ROLES)[number];
  readonly emailAddress: string;
  /** The `sendNotificationEmail` the caller asked for (the Drive default is true for users). */
  readonly notified: boolean;
}
