import { messageFor } from '../core/errors';

/**
 * Runs a menu action and tells the user how it went: a short toast on success, an alert
 * naming what to fix on failure. Errors are logged for the developer, not shown as stacks.
 */
export function runFromMenu(action: string, work: () => string): void {
  try {
    const done = work();
    SpreadsheetApp.getActiveSpreadsheet().toast(done, action, 5);
  } catch (e) {
    console.error(e);
    SpreadsheetApp.getUi().alert(action, messageFor(action, e), SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

/**
 * Runs a sidebar call: a failure is rethrown with a message fit for the sidebar, which
 * `google.script.run` hands to the failure handler.
 */
export function runForSidebar<T>(action: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    console.error(e);
    throw new Error(messageFor(action, e));
  }
}
