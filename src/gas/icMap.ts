import type { IcMapUpdateResult } from '../core/api';
import { UserError } from '../core/errors';
import { decodeSchema } from '../core/forms';
import {
  parseIcMapUpdateRequest,
  planIcMapUpdate,
  readIcMapLayout,
  writesByLevel,
} from '../core/ic/mapUpdate';
import { type IcSummarySource, pickIcSource } from '../core/ic/source';
import { columnLetter } from '../core/plan';
import { readConfigs } from '../core/summaryConfig';
import { withDocumentLock } from './lock';
import { rawRequest } from './summary/refresh';
import { surveyTitle } from './summary/title';
import { summarizeSource } from './survey';

/** The summaries of IC self-assessments the add-on made (damaged records are skipped, not fatal). */
function icSources(props: Record<string, string>): IcSummarySource[] {
  const out: IcSummarySource[] = [];
  for (const config of readConfigs(props)) {
    if (!('formId' in config.request.ref)) continue;
    try {
      const schema = decodeSchema(props, config.request.ref.formId);
      if (schema?.instrument === 'ic-self-assessment') out.push({ config, schema });
    } catch {
      // A damaged record: that summary cannot be told to be an IC self-assessment.
    }
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "Update IC map from survey": writes each outcome's median level from the latest IC
 * self-assessment summary into the map's "Where we are now" column, and nothing else: targets,
 * evidence, next steps and every other cell stay as the team left them. The figures are
 * computed afresh with the summary's own settings (breakdown, minimum group size); with a
 * group, a group or outcome hidden in the summary is not used. A fixed number of calls
 * whatever the number of rows: one read of the map, the responses read once, and one
 * RangeList write per level.
 * `raw`: nothing (the active tab, everyone) or `{ tab?, group? }`.
 */
export function updateIcMapFromSurvey(raw: unknown): IcMapUpdateResult {
  const req = parseIcMapUpdateRequest(raw);
  return withDocumentLock('Updating the IC map', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = req.tab === null ? ss.getActiveSheet() : ss.getSheetByName(req.tab);
    if (!sheet) throw new UserError(`There is no tab named "${req.tab}". Choose an IC map tab.`);
    const tab = sheet.getName();
    const layout = readIcMapLayout(tab, sheet.getDataRange().getValues());
    const props = PropertiesService.getDocumentProperties().getProperties();
    const source = pickIcSource(
      icSources(props),
      layout.outcomes.map((o) => o.text),
    );
    const src = summarizeSource(rawRequest(source.config.request));
    const update = planIcMapUpdate(layout, src.summary, src.ic, req.group);
    const col = columnLetter(layout.nowCol);
    for (const [level, ranges] of writesByLevel(update.writes, col)) {
      sheet.getRangeList(ranges).setValue(level);
    }
    const survey = surveyTitle(src);
    const left: string[] = [];
    if (update.noAnswers > 0) left.push(`${plural(update.noAnswers, 'outcome')} no one gave a level`);
    if (update.hidden > 0) {
      left.push(`${plural(update.hidden, 'outcome')} hidden in "${update.who}" (too few answers to show)`);
    }
    if (update.notInSurvey > 0)
      left.push(`${plural(update.notInSurvey, 'outcome')} the survey does not ask about`);
    const whose = req.group === null ? 'everyone' : `the group "${update.who}"`;
    const message =
      `Filled "Where we are now" for ${update.writes.length} of ${plural(layout.outcomes.length, 'outcome')} in "${tab}" ` +
      `with the median level of ${whose} (${plural(src.summary.responses, 'response')} to "${survey}"); ` +
      'no other column was changed.' +
      (left.length > 0 ? ` Left as they were: ${left.join('; ')}.` : '');
    return {
      sheetName: tab,
      survey,
      group: req.group === null ? null : update.who,
      responses: src.summary.responses,
      filled: update.writes.length,
      outcomes: layout.outcomes.length,
      message,
    };
  });
}
