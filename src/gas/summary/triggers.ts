import type { AutoRefreshState } from '../../core/api';
import { AUTO_REFRESH_KEY, autoRefreshOf, type RefreshStatus, STATUS_KEY } from '../../core/summaryConfig';
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

/** Whether this user's form-submit trigger for the spreadsheet is there. */
function submitTriggerPresent(ss: Spreadsheet): boolean {
  return ScriptApp.getUserTriggers(ss).some((t) => isSubmit(t) && t.getHandlerFunction() === SUBMIT_HANDLER);
}

/**
 * The sidebar's view of auto-refresh, and the place a missing form-submit trigger is put back:
 * the sidebar runs as the user, outside any trigger, where a trigger made works (one made from
 * inside a trigger run is disabled by Apps Script and never fires).
 */
export function checkAutoRefresh(): AutoRefreshState {
  const state = autoRefreshState();
  if (!state.on) return state;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const mine = ScriptApp.getUserTriggers(ss);
  // Only this user's own auto-refresh is mended: their hourly trigger says they turned it on.
  const hourly = mine.some((t) => isClock(t) && t.getHandlerFunction() === HOURLY_HANDLER);
  if (!hourly || mine.some((t) => isSubmit(t) && t.getHandlerFunction() === SUBMIT_HANDLER)) return state;
  return withDocumentLock('Restoring automatic refresh', () => {
    ensureSubmitTrigger(ss, ScriptApp.getUserTriggers(ss));
    return autoRefreshState();
  });
}

/**
 * The hourly time-driven run. Apps Script may give an add-on's time-driven run no document (no
 * active spreadsheet, no document properties): then there is nothing it can check, and it says so
 * in the execution log. With the document, it notes a missing form-submit trigger for the sidebar
 * to put back (it never makes one itself: Apps Script disables triggers made from inside a trigger
 * run), and catches up on responses no run counted.
 */
export function hourlyCheck(refresh: () => string): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  if (!ss || !props) {
    console.warn(
      "Hourly check ran without its spreadsheet (an add-on's time-driven run may have none); nothing to check.",
    );
    return 'no-document';
  }
  if (props.getProperty(AUTO_REFRESH_KEY) !== 'on') return 'off';
  if (!submitTriggerPresent(ss)) {
    const status: RefreshStatus = {
      iso: new Date().toISOString(),
      outcome: 'trigger-missing',
      message:
        'Automatic refresh lost its form-submit trigger. Open the add-on\'s sidebar (or turn "Keep summaries fresh" off and on) to put it back.',
    };
    props.setProperty(STATUS_KEY, JSON.stringify(status));
    console.warn(status.message);
    return 'trigger-missing';
  }
  return refresh();
}
