import { isUserError, UserError } from '../../core/errors';
import {
  type ColumnMapping,
  type ColumnsDto,
  declaredColumns,
  decodeSchema,
  describeDetection,
  type FormItemInfo,
  itemInfos,
  jsonSafe,
  labelEncoded,
  mapColumns,
  metadataReasons,
  parseResponsesRef,
  parseSummarizeRequest,
  relabelSummary,
  rewordedMessage,
  type SummarizeRequest,
  type SurveySchema,
} from '../../core/forms';
import {
  type CountState,
  countNewRows,
  countState,
  type Declared,
  detectEncoded,
  type EncodedTable,
  type GroupBy,
  type Overrides,
  readTable,
  type Summarized,
  type SummarizeResponsesOptions,
  type SurveySummary,
  summarizeEncoded,
  summaryFrom,
  TableEncoder,
} from '../../core/survey';
import { type IcOutcomes, icOutcomes } from '../../core/ic/outcomes';
import { readFormQuestions } from './forms';
import { wavesInZone } from './waves';
import { type FoundResponses, findResponsesSheet, readResponses } from './responses';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Prepared extends Mapped {
  readonly tab: string;
  readonly formId: string | null;
  /** The responses as read and coded, with scored choices (IC level descriptions) read as their labels. */
  readonly table: EncodedTable;
  /** The header row and the blank rows and width, as read (kept with the counts). */
  readonly read: { header: readonly unknown[]; dataRows: number; blankRows: number; longest: number };
  /** Answers read as a reworded choice, per header. */
  readonly reworded: Readonly<Record<string, number>>;
  readonly form: FormContext;
}

/**
 * What the linked Form says, read with a few Forms calls per question at a full count and kept
 * with the counts, so that a refresh reads no Form: its questions' titles and rows, what its
 * questions say each column is, and whether it could be opened.
 */
export interface FormContext {
  readonly items: readonly FormItemInfo[] | null;
  readonly declared: Readonly<Record<string, Declared>>;
  readonly messages: readonly string[];
}

/** How a tab's columns are read, worked out from its header row, the survey's record and the Form. */
export interface Mapped {
  readonly schema: SurveySchema | null;
  readonly mapping: ColumnMapping;
  /** The schema's overrides with the user's on top. */
  readonly overrides: Overrides;
  /** What the linked Form's questions say each column is (and why the record's metadata columns are not questions). */
  readonly declared: Readonly<Record<string, Declared>>;
  /** Per scored-choice column, its question's title (for messages). */
  readonly titles: Readonly<Record<string, string>>;
  /** The Form's and the record's messages. */
  readonly messages: readonly string[];
}

/** The survey's record of a linked Form, or null; a damaged record is said in `messages`. */
function recordOf(props: Readonly<Record<string, string>>, formId: string | null, messages: string[]) {
  if (formId === null) return null;
  try {
    return decodeSchema(props, formId);
  } catch (e) {
    if (!isUserError(e)) throw e;
    messages.push(e.message); // a damaged record: the columns are still read by their answers
    return null;
  }
}

/** Reads the linked Form's questions (any Form, the add-on's or not): a few calls per question. */
function readFormContext(
  formId: string | null,
  schema: SurveySchema | null,
  head: { readonly headers: readonly string[]; readonly sources: readonly string[] },
): FormContext {
  if (formId === null) return { items: null, declared: {}, messages: [] };
  const ids =
    schema === null
      ? []
      : [...schema.items.map((i) => i.itemId), schema.meta.roleItemId, schema.meta.schoolItemId];
  const recorded = new Set(ids.filter((id): id is number => id !== undefined));
  const questions = readFormQuestions(formId, recorded);
  if (questions === null) {
    return {
      items: null,
      declared: {},
      messages: [
        schema !== null
          ? `The form "${schema.title}" could not be opened (it may have been deleted, or shared with you no more), ` +
            'so its questions are matched by the wording they had when the survey was created.'
          : 'The form linked to this tab could not be opened (it may have been deleted, or shared with you no more), ' +
            'so its columns are read from their answers.',
      ],
    };
  }
  return { items: itemInfos(questions), declared: declaredColumns(head, questions), messages: [] };
}

/** How the columns are read, from the header row, the record and what the Form said (no service call). */
export function mapHeader(
  headers: readonly string[],
  schema: SurveySchema | null,
  form: FormContext,
  userOverrides: Readonly<Record<string, string>>,
  recordMessages: readonly string[],
): Mapped {
  const mapping = mapColumns(headers, schema, form.items);
  const declared = { ...form.declared, ...metadataReasons(mapping) };
  const overrides = { ...mapping.overrides, ...userOverrides } as Overrides;
  const titles = Object.fromEntries(Object.entries(mapping.choices).map(([h, q]) => [h, q.title]));
  return {
    schema,
    mapping,
    overrides,
    declared,
    titles,
    messages: [...recordMessages, ...form.messages, ...mapping.messages],
  };
}

/** The header row alone, read as a table (its unique names), or the problem with it. */
export function headOf(header: readonly unknown[]) {
  const head = readTable([header]);
  if (!head.ok) throw new UserError(head.problem.message);
  return head.value;
}

/**
 * Reads a responses tab and works out how its columns are read: through the survey's record
 * and the Form's current items when the add-on made the Form, by their answers otherwise.
 */
function prepare(raw: unknown, userOverrides: Readonly<Record<string, string>>): Prepared {
  const { tab, formId, header, dataRows, table } = readResponses(raw);
  if (!table.ok) throw new UserError(table.problem.message);
  // Only the header row is needed to map columns.
  const head = headOf(header);
  const recordMessages: string[] = [];
  const props = formId === null ? {} : PropertiesService.getDocumentProperties().getProperties();
  const schema = recordOf(props, formId, recordMessages);
  const form = readFormContext(formId, schema, head);
  const mapped = mapHeader(head.headers, schema, form, userOverrides, recordMessages);
  // IC self-assessment answers are level descriptions: read as their levels (the sheet is not written).
  const labelled = labelEncoded(table.value, mapped.mapping.answers);
  return {
    ...mapped,
    tab,
    formId,
    table: labelled.table,
    read: { header, dataRows, blankRows: table.value.blankRows, longest: table.value.longest },
    reworded: labelled.reworded,
    form,
  };
}

/** Every message of how the columns were read: the Form's, the record's, and reworded choices. */
export function readingMessages(mapped: Mapped, reworded: Readonly<Record<string, number>>): string[] {
  return [
    ...mapped.messages,
    ...Object.entries(reworded).map(([h, n]) => rewordedMessage(mapped.titles[h] ?? h, n)),
  ];
}

/** Kept with a summary's counts: what a refresh needs to count new rows without reading the Form. */
export interface Kept {
  readonly state: CountState;
  readonly form: FormContext;
  /** Answers read as a reworded choice so far, per header. */
  readonly reworded: Readonly<Record<string, number>>;
  /** Refreshes that counted new rows into these counts since every row was last counted. */
  readonly refreshes: number;
  /** The responses tab's name when counted (to tell which summary an edited response belongs to). */
  readonly tab: string;
}

/** How a summary's responses were counted: all of them (and why), or the new rows into kept counts. */
export type Counted =
  | { readonly kind: 'all'; readonly reason: string | null }
  | { readonly kind: 'new'; readonly rows: number };

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
  /** The counts to keep for the next refresh; null when they cannot be kept (see countState.ts). */
  readonly kept: Kept | null;
  readonly counted: Counted;
}

/** A refresh's way in: the rows that came after the counted ones, and the counts kept for them. */
export interface Since {
  readonly kept: Kept;
  /** Data rows `from`..`to` (1-based, the header not counted) are new. */
  readonly from: number;
  readonly to: number;
  /** The document's properties, already read. */
  readonly props: Readonly<Record<string, string>>;
  /** The responses tab, when already found (by the check for new rows). */
  readonly found?: FoundResponses;
}

/** The survey core's options for a request, given how its columns are read. */
function summarizeOptions(req: SummarizeRequest, mapped: Mapped): SummarizeResponsesOptions {
  let groupBy: GroupBy | null = null;
  if (req.waves !== null) {
    const column = req.groupBy ?? timestampHeader(mapped.mapping);
    if (column === null) throw new UserError('Choose the date column to split the responses into waves by.');
    const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    groupBy = { kind: 'waves', column, cutoffs: wavesInZone(req.waves, zone) };
  } else if (req.groupBy !== null) groupBy = { kind: 'value', column: req.groupBy };
  return {
    ...(req.minGroupSize === undefined ? {} : { minGroupSize: req.minGroupSize }),
    overrides: mapped.overrides,
    declared: mapped.declared,
    groupBy,
    onePerPerson: req.onePerPerson === true,
    groupColumns: Object.entries(mapped.mapping.metadata)
      .filter(([, kind]) => kind === 'role' || kind === 'school')
      .map(([header]) => header),
  };
}

/**
 * What kept counts were made with: the options that decide how rows are counted, and the
 * recorded choices scored columns are read by. Counts made otherwise are not added to.
 */
function settingsOf(options: SummarizeResponsesOptions, mapped: Mapped): string {
  const { minGroupSize: _min, ...counting } = options;
  const answers = JSON.stringify(mapped.mapping.answers);
  return JSON.stringify({ counting, answers: `${answers.length}:${fnv1a(answers)}` });
}

/** FNV-1a over UTF-16 code units: a short fingerprint of a long text. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/**
 * Summarizes a responses tab: counts, percents, favorable, means, and breakdowns with small
 * groups hidden. Plain JSON (no Dates). Problems the user can fix (an empty tab, an unknown
 * group-by column, a bad cutoff) are UserErrors with the survey core's words.
 *
 * With `since` (a refresh), only the new rows are read and counted into the kept counts, when
 * they allow (see core/survey/countState.ts); otherwise every row is read and counted again.
 */
export function summarizeSource(
  raw: unknown,
  opts: { unsuppressed?: boolean; since?: Since } = {},
): SummarizedSource {
  const req = parseSummarizeRequest(raw);
  let reason: string | null = null;
  if (opts.since) {
    const fresh = countSince(req, opts.since, opts.unsuppressed === true);
    if (fresh.kind === 'counted') return fresh.src;
    reason = fresh.reason;
  }
  const p = prepare(req.ref, req.overrides);
  const options = summarizeOptions(req, p);
  const result = summarizeEncoded(p.table, options);
  // A breakdown that would show individuals (e-mail addresses, names) is refused here too.
  if (!result.ok) throw new UserError(result.problem.message);
  const settings = settingsOf(options, p);
  const state = countState(result.value, p.read, settings);
  return sourceOf(req, p, p.reworded, result.value, p.table, options, {
    tab: p.tab,
    formId: p.formId,
    dataRows: p.read.dataRows,
    unsuppressed:
      opts.unsuppressed === true
        ? () => {
            const all = summarizeEncoded(p.table, { ...options, minGroupSize: 1 });
            return all.ok ? all.value.summary : null;
          }
        : null,
    kept: state === null ? null : { state, form: p.form, reworded: p.reworded, refreshes: 0, tab: p.tab },
    counted: { kind: 'all', reason },
  });
}

/**
 * A refresh that reads only the header row and the new rows (two calls), plus, when the
 * responses have e-mail addresses, a search of the counted rows for each new address.
 */
function countSince(
  req: SummarizeRequest,
  since: Since,
  unsuppressed: boolean,
): { kind: 'counted'; src: SummarizedSource } | { kind: 'recount'; reason: string } {
  const { kept, from, to, props } = since;
  const { sheet, formId, name: tab } = since.found ?? findResponsesSheet(req.ref);
  const header = sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
  const rows = sheet.getSheetValues(from + 1, 1, to - from + 1, -1);
  const head = headOf(header);
  const recordMessages: string[] = [];
  const schema = recordOf(props, formId, recordMessages);
  const mapped = mapHeader(head.headers, schema, kept.form, req.overrides, recordMessages);
  const encoder = new TableEncoder(header, rows.length);
  encoder.add(rows);
  const table = encoder.finish();
  if (!table.ok) return { kind: 'recount', reason: table.problem.message };
  const labelled = labelEncoded(table.value, mapped.mapping.answers);
  const reworded = { ...kept.reworded };
  for (const [h, n] of Object.entries(labelled.reworded)) reworded[h] = (reworded[h] ?? 0) + n;
  const options = summarizeOptions(req, mapped);
  const settings = settingsOf(options, mapped);
  const refresh = countNewRows(
    kept.state,
    labelled.table,
    { header, dataRows: to },
    options,
    settings,
    priorCounter(sheet, kept.state, from - 1),
  );
  if (!refresh.ok) throw new UserError(refresh.problem.message);
  if (refresh.value.kind === 'recount') return { kind: 'recount', reason: refresh.value.reason };
  const { summarized, state, table: heads } = refresh.value;
  const src = sourceOf(req, mapped, reworded, summarized, heads, options, {
    tab,
    formId,
    dataRows: to,
    unsuppressed: unsuppressed ? () => null : null,
    kept: { state, form: kept.form, reworded, refreshes: kept.refreshes + 1, tab },
    counted: { kind: 'new', rows: to - from + 1 },
  });
  return { kind: 'counted', src };
}

/** Whitespace as `String.prototype.trim` and `\s` read it, written out for the Sheets search (RE2). */
const SPACE = '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]'.replace(
  /\\u([0-9a-f]{4})/g,
  (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)),
);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How many counted responses gave an address, asked of the responses tab with a search of its
 * e-mail column (one range, then three calls per address), so no address is kept anywhere.
 * Null (count again) for a key that is not an address: a search reads cells as shown, so a
 * number or a date there could be taken for it.
 */
function priorCounter(sheet: Sheet, state: CountState, countedRows: number): (key: string) => number | null {
  const column = state.email;
  if (column === null || countedRows === 0) return () => 0;
  let range: GoogleAppsScript.Spreadsheet.Range | null = null;
  return (key) => {
    if (!key.includes('@')) return null;
    range ??= sheet.getRange(2, column + 1, countedRows, 1);
    const between = state.emailKey === 'normalized' ? `${SPACE}+` : null;
    const body = between === null ? escapeRegExp(key) : key.split(' ').map(escapeRegExp).join(between);
    const pattern = `^${SPACE}*${body}${SPACE}*$`;
    return range.createTextFinder(pattern).useRegularExpression(true).findAll().length;
  };
}

/** The summarized source, relabelled with the questions' current wording, its messages merged. */
function sourceOf(
  req: SummarizeRequest,
  mapped: Mapped,
  reworded: Readonly<Record<string, number>>,
  summarized: Summarized,
  heads: { readonly headers: readonly string[]; readonly notes: readonly string[] },
  options: SummarizeResponsesOptions,
  more: {
    tab: string;
    formId: string | null;
    dataRows: number;
    /** A full summary with nothing hidden, when the counts cannot give it (one response per person). */
    unsuppressed: (() => SurveySummary | null) | null;
    kept: Kept | null;
    counted: Counted;
  },
): SummarizedSource {
  const { mapping } = mapped;
  const summary = relabelSummary(summarized.summary, mapping.columns, mapping.choices);
  let unsuppressed: SurveySummary | null = null;
  if (more.unsuppressed) {
    let all: SurveySummary | null = null;
    if (summarized.counts) {
      const r = summaryFrom(
        summarized.detection,
        summarized.counts,
        heads,
        { ...options, minGroupSize: 1 },
        summarized.summary.repeats,
      );
      all = r.ok ? r.value : null;
    } else all = more.unsuppressed();
    if (all) unsuppressed = jsonSafe(relabelSummary(all, mapping.columns, mapping.choices));
  }
  const messages = readingMessages(mapped, reworded);
  for (const m of summary.messages) if (!messages.includes(m)) messages.push(m);
  return {
    recordedTitle: mapped.schema?.title ?? null,
    tab: more.tab,
    formId: more.formId,
    request: { ...req, ref: more.formId === null ? { tab: more.tab } : { formId: more.formId } },
    dataRows: more.dataRows,
    summary: jsonSafe({ ...summary, messages }),
    unsuppressed,
    ic: icOutcomes(summary, mapping, mapped.schema),
    kept: more.kept,
    counted: more.counted,
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
  const detection = detectEncoded(p.table, p.overrides, { declared: p.declared });
  const described = describeDetection(detection, p.mapping, userOverrides);
  const messages = readingMessages(p, p.reworded);
  return jsonSafe({
    ...described,
    messages: [...messages.filter((m) => !described.messages.includes(m)), ...described.messages],
  });
}
