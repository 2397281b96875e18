import { getRole } from '../../content';
import { UserError } from '../errors';
import type { SurveySchema } from '../forms/schema';
import type { SummaryConfig } from '../summaryConfig';
import { normalizeText } from '../survey/values';

/** A summary the user built of an IC self-assessment the add-on made, with that survey's record. */
export interface IcSummarySource {
  readonly config: SummaryConfig;
  readonly schema: SurveySchema;
}

/** Every wording the survey's outcomes go by: its questions as created and its role's responsibilities. */
function wordings(schema: SurveySchema): Set<string> {
  const out = new Set<string>();
  for (const item of schema.items) {
    if (item.answers) out.add(normalizeText(item.title));
    for (const row of item.rows) out.add(normalizeText(row));
  }
  if (schema.role) for (const r of getRole(schema.role).responsibilities) out.add(normalizeText(r.text));
  return out;
}

/**
 * The summary "Update IC map from survey" reads: the most recently built summary of an IC
 * self-assessment that asks about at least one of the map's outcomes.
 * @throws UserError when there is no IC self-assessment summary, or none about this map.
 */
export function pickIcSource(
  sources: readonly IcSummarySource[],
  mapOutcomes: readonly string[],
): IcSummarySource {
  if (sources.length === 0) {
    throw new UserError(
      'There is no summary of an IC self-assessment in this spreadsheet yet. Create the IC self-assessment ' +
        'survey (Surveys), collect responses, build its summary (Build summary…), then update the map.',
    );
  }
  const wanted = mapOutcomes.map(normalizeText);
  const latest = [...sources].sort((a, b) => b.config.builtIso.localeCompare(a.config.builtIso));
  const found = latest.find((s) => {
    const w = wordings(s.schema);
    return wanted.some((o) => w.has(o));
  });
  if (!found) {
    const titles = latest.map((s) => `"${s.schema.title}"`).join(', ');
    throw new UserError(
      `None of this map's outcomes is asked about in the IC self-assessments summarized here (${titles}). ` +
        'Choose the IC map for the same role as the survey.',
    );
  }
  return found;
}
