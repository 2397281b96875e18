import type { AutoRefreshState } from '../../core/api';
import { AUTO_REFRESH_KEY, parseStatus, STATUS_KEY } from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';

export const SUBMIT_HANDLER = 'onFormSubmitRefresh';
export const HOURLY_HANDLER = 'hourlyTriggerCheck';
/** Spreadsheets where this user turned auto-refresh on, for the hourly check (which has no document). */
const DOCS_KEY = 'auto-refresh-docs';

type Trigger = GoogleAppsScript.Script.Trigger;

function userDocs(): string[] {
  try {
    const ids = JSON.parse(PropertiesService.getUserProperties().getProperty(DOCS_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch (_e) {
    return [];
  }
}

function setUserDocs(ids: string[]): void {
  PropertiesService.getUserProperties().setProperty(DOCS_KEY, JSON.stringify([...new Set(ids)]));
}

const isSubmit = (t: Trigger) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT;
const isClock = (t: Trigger) => t.getEventType() === ScriptApp.EventType.CLOCK;

/**
 * Makes sure this document has our form-submit trigger. An add-on may own one trigger of each
 * type per user and document, so a form-submit trigger of ours with another handler (from an
 * older version) is replaced rather than added to.
 */
function ensureSubmitTrigger(ssId: string, mine: readonly Trigger[]): void {
  const submits = mine.filter(isSubmit);
  if (submits.some((t) => t.getHandlerFunction() === SUBMIT_HANDLER)) return;
  submits.forEach((t) => ScriptApp.deleteTrigger(t));
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ssId).onFormSubmit().create();
}

function ensureHourlyTrigger(): void {
  const clocks = ScriptApp.getProjectTriggers().filter(isClock);
  if (clocks.some((t) => t.getHandlerFunction() === HOURLY_HANDLER)) return;
  ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
}

export function autoRefreshState(): AutoRefreshState {
  const props = PropertiesService.getDocumentProperties();
  const on = props.getProperty(AUTO_REFRESH_KEY) === 'on';
  return { on, last: parseStatus(props.getProperty(STATUS_KEY)) };
}

/** Turns auto-refresh on or off for this document (off removes our triggers). */
export function setAutoRefresh(on: boolean): AutoRefreshState {
  return withDocumentLock('Changing automatic refresh', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const id = ss.getId();
    const mine = ScriptApp.getUserTriggers(ss);
    const props = PropertiesService.getDocumentProperties();
    if (on) {
      ensureSubmitTrigger(id, mine);
      ensureHourlyTrigger();
      setUserDocs([...userDocs(), id]);
      props.setProperty(AUTO_REFRESH_KEY, 'on');
    } else {
      mine.filter(isSubmit).forEach((t) => ScriptApp.deleteTrigger(t));
      const rest = userDocs().filter((d) => d !== id);
      setUserDocs(rest);
      // The hourly check serves every document of this user; it goes with the last one.
      if (rest.length === 0)
        ScriptApp.getProjectTriggers()
          .filter(isClock)
          .forEach((t) => ScriptApp.deleteTrigger(t));
      props.setProperty(AUTO_REFRESH_KEY, 'off');
    }
    return autoRefreshState();
  });
}

/**
 * The hourly check: re-creates the form-submit trigger of every document where this user
 * turned auto-refresh on, if it is gone (deleted by hand, or lost). It runs with no document
 * open, so it works from ids alone and needs no access to any spreadsheet.
 */
export function recreateMissingTriggers(): string[] {
  const all = ScriptApp.getProjectTriggers();
  const watched = new Set(all.filter(isSubmit).map((t) => t.getTriggerSourceId()));
  const restored: string[] = [];
  for (const id of userDocs()) {
    if (watched.has(id)) continue;
    ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(id).onFormSubmit().create();
    restored.push(id);
  }
  return restored;
}
