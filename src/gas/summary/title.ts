import { readFormTitle } from '../survey/forms';

/**
 * The name a summary goes by: the survey's recorded title, else the linked Form's own title
 * (one FormApp read, only when a summary tab is built), else the responses tab's name.
 */
export function surveyTitle(src: {
  recordedTitle: string | null;
  formId: string | null;
  tab: string;
}): string {
  return src.recordedTitle ?? (src.formId === null ? null : readFormTitle(src.formId)) ?? src.tab;
}
