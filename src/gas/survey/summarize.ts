import { isUserError, UserError } from '../../core/errors';
import {
  type ColumnMapping,
  type ColumnsDto,
  declaredColumns,
  decodeSchema,
  describeDetection,
  itemInfos,
  jsonSafe,
  labelAnswers,
  mapColumns,
  metadataReasons,
  parseResponsesRef,
  parseSummarizeRequest,
  relabelSummary,
  type SummarizeRequest,
  type SurveySchema,
} from '../../core/forms';
import {
  type Declared,
  detectItems,
  type GroupBy,
  type Overrides,
  readTable,
  type SurveySummary,
  summarizeResponses,
} from '../../core/survey';
import { type IcOutcomes, icOutcomes } from '../../core/ic/outcomes';
import { readFormQuestions } from './forms';
import { wavesInZone } from './waves';
import { readResponses } from './responses';

interface Prepared {
  readonly tab: string;
  readonly formId: string | null;
  readonly schema: SurveySchema | null;
  /** The responses as read, with scored choices (IC level descriptions) replaced by their labels. */
  readonly grid: unknown[][];
  readonly mapping: ColumnMapping;
  /** The schema's overrides with the user's on top. */
  readonly overrides: Overrides;
  /** What the linked Form's questions say each column is (and why the record's metadata columns are not questions). */
  readonly declared: Readonly<Record<string, Declared>>;
  readonly messages: readonly string[];
}

/**
 * Reads a responses tab and works out how its columns are read: through the survey's record
 * and the Form's current items when the add-on made the Form, by their answers otherwise.
 */
function prepare(raw: unknown, userOverrides: Readonly<Record<string, string>>): Prepared {
  const { tab, grid, formId } = readResponses(raw);
  // Only the header row is needed to map columns; the whole table is read by the survey core.
  const head = readTable(grid.slice(0, 1));
  if (!head.ok) throw new UserError(head.problem.message);
  const messages: string[] = [];
  let schema: SurveySchema | null = null;
  if (formId !== null) {
    try {
      schema = decodeSchema(PropertiesService.getDocumentProperties().getProperties(), formId);
    } catch (e) {
      if (!isUserError(e)) throw e;
      messages.push(e.message); // a damaged record: the columns are still read by their answers
    }
  }
  // Any linked Form, the add-on's or not: its question types and choices say what each column is.
  const ids =
    schema === null
      ? []
      : [...schema.items.map((i) => i.itemId), schema.meta.roleItemId, schema.meta.schoolItemId];
  const recorded = new Set(ids.filter((id): id is number => id !== undefined));
  const questions = formId === null ? null : readFormQuestions(formId, recorded);
  if (formId !== null && questions === null) {
    messages.push(
      schema !== null
        ? `The form "${schema.title}" could not be opened (it may have been deleted, or shared with you no more), ` +
            'so its questions are matched by the wording they had when the survey was created.'
        : 'The form linked to this tab could not be opened (it may have been deleted, or shared with you no more), ' +
            'so its columns are read from their answers.',
    );
  }
  const mapping = mapColumns(head.value.headers, schema, questions && itemInfos(questions));
  const declared = {
    ...(questions ? declaredColumns(head.value, questions) : {}),
    ...metadataReasons(mapping),
  };
  const overrides = { ...mapping.overrides, ...userOverrides } as Overrides;
  // IC self-assessment answers are level descriptions: read as their levels (the sheet is not written).
  const titles = Object.fromEntries(Object.entries(mapping.choices).map(([h, q]) => [h, q.title]));
  const labelled = labelAnswers(grid, head.value.headers, mapping.answers, titles);
  const all = [...messages, ...mapping.messages, ...labelled.messages];
  return {
    tab,
    formId,
    schema,
    grid: labelled.grid,
    mapping,
    overrides,
    declared,
    messages: all,
  };
}

/** A summary with what it was made from, for the summary tabs and their refresh. */
export interface SummarizedSource {
  /** The title the add-on recorded when it made the Form; null for any other tab. */
  readonly recordedTitle: string | null;
  readonly tab: string;
  readonly formId: string | null;
  /** The request, its source pinned to the Form when the tab is linked (so a renamed tab is found again). */
  readonly request: SummarizeRequest;
  /** Rows below the header in the tab's data range, as read (to tell later whether responses arrived). */
  readonly dataRows: number;
  readonly summary: SurveySummary;
  /**
   * When asked for: the same summary with nothing hidden (minimum group size 1), from which what
   * others see is published step by step (core/summary/publish.ts). Never shown as it is.
   */
  readonly unsuppressed: SurveySummary | null;
  /** The summary's IC outcomes (frame, level descriptions, wordings), by column. */
  readonly ic: IcOutcomes;
}

/**
 * Summarizes a responses tab: counts, percents, favorable, means, and breakdowns with small
 * groups hidden. Plain JSON (no Dates). Problems the user can fix (an empty tab, an unknown
 * group-by column, a bad cutoff) are UserErrors with the survey core's words.
 */
export function summarizeSource(raw: unknown, opts: { unsuppressed?: boolean } = {}): SummarizedSource {
  const req = parseSummarizeRequest(raw);
  const p = prepare(req.ref, req.overrides);
  let groupBy: GroupBy | null = null;
  if (req.waves !== null) {
    const column = req.groupBy ?? timestampHeader(p.mapping);
    if (column === null) throw new UserError('Choose the date column to split the responses into waves by.');
    const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    groupBy = { kind: 'waves', column, cutoffs: wavesInZone(req.waves, zone) };
  } else if (req.groupBy !== null) groupBy = { kind: 'value', column: req.groupBy };

  const options = {
    ...(req.minGroupSize === undefined ? {} : { minGroupSize: req.minGroupSize }),
    overrides: p.overrides,
    declared: p.declared,
    groupBy,
    onePerPerson: req.onePerPerson === true,
    groupColumns: Object.entries(p.mapping.metadata)
      .filter(([, kind]) => kind === 'role' || kind === 'school')
      .map(([header]) => header),
  };
  const result = summarizeResponses(p.grid, options);
  // A breakdown that would show individuals (e-mail addresses, names) is refused here too.
  if (!result.ok) throw new UserError(result.problem.message);
  const summary = relabelSummary(result.value.summary, p.mapping.columns, p.mapping.choices);
  let unsuppressed: SurveySummary | null = null;
  if (opts.unsuppressed) {
    const all = summarizeResponses(p.grid, { ...options, minGroupSize: 1 });
    if (all.ok)
      unsuppressed = jsonSafe(relabelSummary(all.value.summary, p.mapping.columns, p.mapping.choices));
  }
  const messages = [...p.messages];
  for (const m of summary.messages) if (!messages.includes(m)) messages.push(m);
  return {
    recordedTitle: p.schema?.title ?? null,
    tab: p.tab,
    formId: p.formId,
    request: { ...req, ref: p.formId === null ? { tab: p.tab } : { formId: p.formId } },
    dataRows: Math.max(0, p.grid.length - 1),
    summary: jsonSafe({ ...summary, messages }),
    unsuppressed,
    ic: icOutcomes(summary, p.mapping, p.schema),
  };
}

/** The summary alone, for the sidebar. `raw`: `{ tab | formId, groupBy?, minGroupSize?, overrides?, waves? }`. */
export function summarizeSurvey(raw: unknown): SurveySummary {
  return summarizeSource(raw).summary;
}

function timestampHeader(mapping: ColumnMapping): string | null {
  for (const [header, kind] of Object.entries(mapping.metadata)) if (kind === 'timestamp') return header;
  return null;
}

/**
 * How each column of a tab is read (kind, scale, fit, alternatives), and the columns worth
 * breaking down by, for the sidebar's column settings. `raw`: a tab name, or
 * `{ tab | formId, overrides? }`.
 */
export function describeColumns(raw: unknown): ColumnsDto {
  const ref = parseResponsesRef(raw);
  const userOverrides = typeof raw === 'string' ? {} : parseSummarizeRequest(raw).overrides;
  const p = prepare(ref, userOverrides);
  const table = readTable(p.grid);
  if (!table.ok) throw new UserError(table.problem.message);
  const detection = detectItems(table.value, p.overrides, { declared: p.declared });
  const described = describeDetection(detection, p.mapping, userOverrides);
  return jsonSafe({
    ...described,
    messages: [...p.messages.filter((m) => !described.messages.includes(m)), ...described.messages],
  });
}
