import type { ScaleId } from '../../content/types';
import type { ColumnSetting, Declared, Overrides, SurveySummary } from '../survey';
import { skipReason } from '../survey/skipped';
import { normalizeText } from '../survey/values';
import { isEmailHeader, isTimestampHeader } from '../survey/detect';
import type { RecordedAnswers } from './choiceAnswers';
import { ROLE_TITLE, SCHOOL_TITLE } from './instruments';
import type { SurveySchema } from './schema';

/**
 * Ties a responses sheet's columns to a recorded survey through the Form item ids.
 *
 * What Google Forms does to the linked sheet, as this module assumes it: a question's column
 * stays where it is for the life of the link; renaming a question (or a grid row) renames its
 * header; moving questions in the form does not move columns (new questions get new columns
 * on the right); deleting a question leaves its column, under its last header. So a header
 * may carry the current title or the one recorded at creation, and grid rows are told apart
 * by position: the row at index i now is the row recorded at index i.
 */

/** A Form item as read at summary time (`Item.getId()`, `getTitle()`, grid rows). */
export interface FormItemInfo {
  readonly id: number;
  readonly title: string;
  /** Grid rows; [] for other items. */
  readonly rows: readonly string[];
}

/** A sheet column identified as one row of a recorded grid. */
export interface MappedColumn {
  readonly key: string;
  readonly itemId: number;
  /** The grid question's current title (as recorded when the form could not be read). */
  readonly title: string;
  /** The row's current text. */
  readonly row: string;
  /** The row's position in the grid. */
  readonly rowIndex: number;
  readonly scaleId: ScaleId;
}

/** A sheet column identified as a multiple-choice question whose choices stand for scale labels. */
export interface ChoiceColumn {
  readonly key: string;
  readonly itemId: number;
  /** The question's current title (as recorded when the form could not be read). */
  readonly title: string;
  readonly scaleId: ScaleId;
}

export type MetadataKind = 'timestamp' | 'email' | 'role' | 'school';

export interface ColumnMapping {
  /** For `detectItems`: grid rows get their scale, e-mail, role and school columns 'ignore'. */
  readonly overrides: Overrides;
  /** Header -> the grid row it holds. */
  readonly columns: Readonly<Record<string, MappedColumn>>;
  /** Header -> the scored multiple-choice question it holds. */
  readonly choices: Readonly<Record<string, ChoiceColumn>>;
  /** Header -> the recorded choices its answers are read by (see `labelAnswers`). */
  readonly answers: RecordedAnswers;
  /** Header -> what a non-question column is. The timestamp is left to detection, which needs it for waves. */
  readonly metadata: Readonly<Record<string, MetadataKind>>;
  readonly messages: readonly string[];
}

const unique = (xs: readonly (string | undefined)[]): string[] => [
  ...new Set(xs.filter((x): x is string => x !== undefined)),
];

/**
 * Overrides and labels for a responses table's `headers` (as `readTable` names them), from the
 * schema recorded at creation (null for a Form the add-on did not make) and the Form's current
 * items (null when the Form cannot be opened: then only recorded titles are looked for).
 * Columns of questions deleted from the form get no override: detection keeps them as items of
 * their own when their answers fit a scale. Columns the schema does not know go to detection.
 */
export function mapColumns(
  headers: readonly string[],
  schema: SurveySchema | null,
  current: readonly FormItemInfo[] | null,
): ColumnMapping {
  const byName = new Map<string, string>();
  for (const h of headers) if (!byName.has(normalizeText(h))) byName.set(normalizeText(h), h);
  // Maps, not objects, while building: a header is respondents' data ("__proto__", "constructor").
  const overrides = new Map<string, ColumnSetting>();
  const columns = new Map<string, MappedColumn>();
  const choices = new Map<string, ChoiceColumn>();
  const answers = new Map<string, RecordedAnswers[string]>();
  const metadata = new Map<string, MetadataKind>();
  const messages: string[] = [];
  const take = (name: string): string | undefined => {
    const h = byName.get(normalizeText(name));
    return h === undefined || overrides.has(h) || metadata.has(h) ? undefined : h;
  };
  const done = (): ColumnMapping => ({
    overrides: Object.fromEntries(overrides),
    columns: Object.fromEntries(columns),
    choices: Object.fromEntries(choices),
    answers: Object.fromEntries(answers),
    metadata: Object.fromEntries(metadata),
    messages,
  });

  let timestamp = false;
  for (const h of headers) {
    if (isTimestampHeader(h) && !timestamp) {
      metadata.set(h, 'timestamp');
      timestamp = true;
    } else if (isEmailHeader(h)) {
      metadata.set(h, 'email');
      overrides.set(h, 'ignore');
    }
  }
  if (schema === null) return done();

  const currentById = new Map((current ?? []).map((c) => [c.id, c]));
  for (const item of schema.items) {
    const now = currentById.get(item.itemId);
    const deleted = current !== null && now === undefined;
    const titles = unique([now?.title, item.title]);
    if (item.answers) {
      // One column, headed by the question's title (current, or as created). A deleted question
      // keeps its column, and its answers are still the choices recorded: read them so.
      if (deleted) {
        messages.push(
          `The question "${item.title}" is no longer in the form; its column is read through the choices recorded when the survey was made.`,
        );
      }
      const header = titles.map(take).find((h) => h !== undefined);
      if (header === undefined) continue;
      overrides.set(header, item.scaleId);
      choices.set(header, {
        key: item.key,
        itemId: item.itemId,
        title: now?.title ?? item.title,
        scaleId: item.scaleId,
      });
      answers.set(header, item.answers);
      continue;
    }
    if (deleted) {
      messages.push(
        `The question "${item.title}" is no longer in the form; its columns are read from their answers.`,
      );
      continue;
    }
    const rowCount = Math.max(item.rows.length, now?.rows.length ?? 0);
    for (let i = 0; i < rowCount; i++) {
      for (const title of titles) {
        for (const rowText of unique([now?.rows[i], item.rows[i]])) {
          const header = take(`${title} [${rowText}]`);
          if (header === undefined) continue;
          overrides.set(header, item.scaleId);
          columns.set(header, {
            key: item.key,
            itemId: item.itemId,
            title: now?.title ?? item.title,
            row: now?.rows[i] ?? rowText,
            rowIndex: i,
            scaleId: item.scaleId,
          });
        }
      }
    }
  }

  const demographic: [number | undefined, string, MetadataKind][] = [
    [schema.meta.roleItemId, ROLE_TITLE, 'role'],
    [schema.meta.schoolItemId, SCHOOL_TITLE, 'school'],
  ];
  for (const [id, recorded, kind] of demographic) {
    if (id === undefined) continue;
    for (const title of unique([currentById.get(id)?.title, recorded])) {
      const header = take(title);
      if (header === undefined) continue;
      metadata.set(header, kind);
      overrides.set(header, 'ignore');
    }
  }
  return done();
}

const METADATA_REASONS: Record<MetadataKind, string> = {
  timestamp: skipReason.timestamp,
  email: skipReason.email,
  role: skipReason.role,
  school: skipReason.school,
};

/** Why the columns the survey's record names (role, school, e-mail) are not questions. */
export function metadataReasons(mapping: ColumnMapping): Record<string, Declared> {
  const out = new Map<string, Declared>();
  for (const [header, kind] of Object.entries(mapping.metadata)) {
    out.set(header, { kind: 'skip', reason: METADATA_REASONS[kind] });
  }
  return Object.fromEntries(out);
}

/** Relabels summary items with their questions' current wording (the sheet may still show older). */
export function relabelSummary(
  summary: SurveySummary,
  columns: Readonly<Record<string, MappedColumn>>,
  choices: Readonly<Record<string, ChoiceColumn>> = {},
): SurveySummary {
  const byHeader = new Map(Object.entries(columns));
  const byChoice = new Map(Object.entries(choices));
  const label = <T extends { column: string; title: string; grid: string | null }>(item: T): T => {
    const m = byHeader.get(item.column);
    if (m) return { ...item, title: m.row, grid: m.title };
    const q = byChoice.get(item.column);
    return q ? { ...item, title: q.title, grid: null } : item;
  };
  return {
    ...summary,
    items: summary.items.map(label),
    groups: summary.groups.map((g) => (g.suppressed ? g : { ...g, items: g.items.map(label) })),
  };
}
