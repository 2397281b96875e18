/**
 * A failure the user can act on: its message is shown as is, in the sidebar or an alert.
 * Anything else is a bug or a service outage and is reported with a generic prefix.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof Error && e.name === 'UserError';

/** What went wrong, in the thrown value's own words, without Apps Script's "Exception: " prefix. */
export function errorText(e: unknown): string {
  if (isUserError(e)) return e.message;
  const raw = e instanceof Error ? e.message : String(e);
  // Apps Script prefixes service errors with "Exception: ", which means nothing to a user.
  return raw.replace(/^Exception:\s*/, '');
}

/** The message to show a person for any thrown value; never a stack trace. */
export function messageFor(action: string, e: unknown): string {
  return isUserError(e) ? e.message : `${action} did not complete: ${errorText(e)}`;
}
