import type { CreatedSurveyDto } from '../../core/api';
import { errorText, UserError } from '../../core/errors';
import {
  type FormPlan,
  parseSurveyRequest,
  type SurveyRequest,
  schemaFromPlan,
  surveyFormPlan,
  surveyRecord,
} from '../../core/forms';
import { withDocumentLock } from '../lock';
import { createPublishedForm, fillForm } from './forms';
import { findLinkedSheet } from './sheets';

/** The Form made and where its responses go (the sidebar's `CreatedSurveyDto`). */
export type CreatedSurvey = CreatedSurveyDto;

/** Sheets adds the responses tab as the destination is set, but may show it only after a flush. */
const FIND_TAB_ATTEMPTS = 3;
const FIND_TAB_PAUSE_MS = 1000;

/** The longest ids and item ids there are, to check the record fits before a Form is made. */
const LONGEST_FORM_ID = 'x'.repeat(64);
const LARGEST_ITEM_ID = 2 ** 31 - 1;

/**
 * Creates a Google Form from a built-in instrument, links it to this spreadsheet, and records
 * its schema (the item ids) and the schools list in the document, in one setProperties call.
 * Serialized with the document lock, so two clicks make two forms with two distinct records.
 */
export function createSurvey(raw: unknown): CreatedSurvey {
  const req = parseSurveyRequest(raw);
  const plan = surveyFormPlan(req);
  return withDocumentLock('Creating the survey', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const props = PropertiesService.getDocumentProperties();
    const stored = props.getProperties();
    const schools = req.askSchool ? req.schools : null;
    // Fail on a full store before a Form exists in the user's Drive, not after.
    surveyRecord(stored, draftSchema(req, plan), schools);

    const form = createPublishedForm(plan.title);
    let editUrl = '';
    try {
      editUrl = form.getEditUrl();
      const formId = form.getId();
      const itemIds = fillForm(form, plan);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      const publishedUrl = form.getPublishedUrl();
      const tab = waitForLinkedSheet(ss, formId, [editUrl, publishedUrl]);
      const schema = schemaFromPlan(req, plan, formId, itemIds, new Date().toISOString());
      props.setProperties(surveyRecord(stored, schema, schools));
      return { formId, title: plan.title, publishedUrl, editUrl, responsesTab: tab ? tab.getName() : null };
    } catch (e) {
      console.error(e);
      throw new UserError(
        `The form "${plan.title}" was created in your Google Drive, but setting it up did not finish ` +
          `(${reason(e)}). ` +
          (editUrl
            ? `Open it at ${editUrl} to move it to the trash, then try again.`
            : 'Find it in Google Drive to move it to the trash, then try again.'),
      );
    }
  });
}

function draftSchema(req: SurveyRequest, plan: FormPlan) {
  return schemaFromPlan(
    req,
    plan,
    LONGEST_FORM_ID,
    plan.items.map(() => LARGEST_ITEM_ID),
    new Date().toISOString(),
  );
}

function waitForLinkedSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  formId: string,
  urls: readonly string[],
): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (let attempt = 1; attempt <= FIND_TAB_ATTEMPTS; attempt++) {
    SpreadsheetApp.flush();
    const sheet = findLinkedSheet(ss, formId, urls);
    if (sheet) return sheet;
    if (attempt < FIND_TAB_ATTEMPTS) Utilities.sleep(FIND_TAB_PAUSE_MS);
  }
  return null;
}

/** A failure's own words, without Apps Script's "Exception: " prefix. */
/** The cause, without its closing full stop, to sit inside a sentence. */
const reason = (e: unknown): string => errorText(e).replace(/\.$/, '');
