import type { AutoRefreshState } from '../../core/api';
import { AUTO_REFRESH_KEY, autoRefreshOf } from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';

export const SUBMIT_HANDLER = 'onFormSubmitRefresh';
export const HOURLY_HANDLER = 'hourlyTriggerCheck';

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isSubmit = (t: Trigger) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT;
const isClock = (t: Trigger) => t.getEventType() === ScriptApp.EventType.CLOCK;

/**
 * Keeps exactly one trigger of a type for this document. An add-on may own one trigger of each
 * type per user and document, so one of ours with another handler (from an older version) is
 * replaced rather than added to.
 */
function ensureOne(
  mine: readonly Trigger[],
  isType: (t: Trigger) => boolean,
  handler: string,
  create: () => void,
): void {
  const same = mine.filter(isType);
  if (same.some((t) => t.getHandlerFunction() === handler)) return;
  same.forEach((t) => ScriptApp.deleteTrigger(t));
  create();
}

function ensureSubmitTrigger(ss: Spreadsheet, mine: readonly Trigger[]): void {
  ensureOne(mine, isSubmit, SUBMIT_HANDLER, () =>
    ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create(),
  );
}

export function autoRefreshState(): AutoRefreshState {
  const props = PropertiesService.getDocumentProperties();
  return autoRefreshOf((key) => props.getProperty(key));
}

/** Turns auto-refresh on or off for this document (off removes its triggers). */
export function setAutoRefresh(on: boolean): AutoRefreshState {
  return withDocumentLock('Changing automatic refresh', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // Add-on triggers belong to the document they were made in, the hourly one included.
    const mine = ScriptApp.getUserTriggers(ss);
    const props = PropertiesService.getDocumentProperties();
    if (on) {
      ensureSubmitTrigger(ss, mine);
      ensureOne(mine, isClock, HOURLY_HANDLER, () =>
        ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create(),
      );
      props.setProperty(AUTO_REFRESH_KEY, 'on');
    } else {
      mine.filter((t) => isSubmit(t) || isClock(t)).forEach((t) => ScriptApp.deleteTrigger(t));
      props.setProperty(AUTO_REFRESH_KEY, 'off');
    }
    return autoRefreshState();
  });
}

/**
 * The hourly check, run in the document whose auto-refresh made it: puts back the form-submit
 * trigger if it is gone (deleted by hand, or lost), while auto-refresh is still on there.
 * Returns whether it had to.
 */
export function recreateMissingTrigger(): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    console.warn('Hourly check ran without its spreadsheet; nothing to check.');
    return false;
  }
  if (PropertiesService.getDocumentProperties().getProperty(AUTO_REFRESH_KEY) !== 'on') return false;
  const mine = ScriptApp.getUserTriggers(ss);
  if (mine.some((t) => isSubmit(t) && t.getHandlerFunction() === SUBMIT_HANDLER)) return false;
  ensureSubmitTrigger(ss, mine);
  return true;
}
