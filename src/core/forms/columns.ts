import type { ScaleId } from '../../content/types';
import { type ColumnKind, type Detection, mostlyDistinct, type ReadingId, readingId } from '../survey';
import { defaultGroupLabel, WAVE_LABEL } from '../summary/labels';
import type { ColumnMapping, MetadataKind } from './mapping';

/** Group-by candidates: text columns with this many distinct values, some repeated (plus role and school). */
export const MIN_GROUPS = 2;
export const MAX_GROUPS = 50;

/** One column for the sidebar's "how is this column read" list. */
export interface ColumnDto {
  readonly header: string;
  readonly kind: ColumnKind;
  /** What the column is known to be from the survey's record (role, school, e-mail, timestamp), else null. */
  readonly role: MetadataKind | null;
  /** The scale an item column is read with, else null. */
  readonly scale: ScaleId | null;
  /** How an item column is read: its scale, or 'choice' / 'checkbox'; null for other columns. */
  readonly reading: ReadingId | null;
  /** Share of non-blank answers that are labels of that scale, or choices (0..1); 0 for non-items. */
  readonly share: number;
  /** Other readings that fit exactly as well. */
  readonly alternatives: readonly ReadingId[];
  readonly distinct: number;
  readonly nonBlank: number;
  /** Why a column is not a question (as summary.json's `skipped` says); null for items. */
  readonly reason: string | null;
  /**
   * 'schema': from the survey's record; 'form': from the linked Form's question; 'override': set
   * by the user; 'detected': from the answers.
   */
  readonly source: 'schema' | 'form' | 'override' | 'detected' | null;
}

export interface ColumnsDto {
  readonly columns: readonly ColumnDto[];
  /** Headers worth offering as "break down by". */
  readonly groupBy: readonly string[];
  /**
   * The summary's short display name for each header of `groupBy` ("Role" for "Your role") and
   * for `timestamp` ("Wave"): what the build step offers to rename, sent back as `groupLabel`.
   */
  readonly groupLabels: Readonly<Record<string, string>>;
  /** The response-time column for waves, or null. */
  readonly timestamp: string | null;
  readonly messages: readonly string[];
}

/**
 * The detection result as plain data for the sidebar. `userOverrides` tells the user's own
 * choices apart from the schema's.
 */
export function describeDetection(
  detection: Detection,
  mapping: ColumnMapping,
  userOverrides: Readonly<Record<string, string>>,
): ColumnsDto {
  const items = new Map(detection.items.map((i) => [i.column, i]));
  const userSet = new Set(Object.keys(userOverrides));
  const meta = new Map(Object.entries(mapping.metadata));
  const fromSchema = new Set(Object.keys(mapping.overrides));
  const columns = detection.columns.map((c): ColumnDto => {
    const item = items.get(c.column);
    const role = meta.get(c.header) ?? null;
    const forced = item?.source === 'override' || c.kind === 'ignored';
    const source = userSet.has(c.header)
      ? 'override'
      : forced && fromSchema.has(c.header)
        ? 'schema'
        : item?.source === 'form'
          ? 'form'
          : item
            ? 'detected'
            : null;
    return {
      header: c.header,
      kind: c.kind,
      role,
      scale: item?.scaleId ?? null,
      reading: item ? readingId(item) : null,
      share: item?.share ?? 0,
      alternatives: item?.alternatives ?? [],
      distinct: c.distinct,
      nonBlank: c.nonBlank,
      reason: c.reason,
      source,
    };
  });
  const unique = new Map(detection.columns.map((c) => [c.header, c]));
  const groupBy = columns
    .filter(
      (c) =>
        c.role === 'role' ||
        c.role === 'school' ||
        // Text or a choice question with a few values, some repeated and most of them given more
        // than once: never names or comments, however few there are.
        ((c.kind === 'text' || c.reading === 'choice') &&
          c.distinct >= MIN_GROUPS &&
          c.distinct <= MAX_GROUPS &&
          c.distinct < c.nonBlank &&
          !mostlyDistinct(unique.get(c.header)!)),
    )
    .map((c) => c.header);
  const ts = detection.timestamp;
  const timestamp = ts === null ? null : (detection.columns[ts]?.header ?? null);
  const groupLabels = new Map<string, string>(groupBy.map((h) => [h, defaultGroupLabel(h)]));
  if (timestamp !== null) groupLabels.set(timestamp, WAVE_LABEL);
  return {
    columns,
    groupBy,
    groupLabels: Object.fromEntries(groupLabels),
    timestamp,
    messages: [...mapping.messages, ...detection.messages],
  };
}

/** Dates to ISO strings, deeply: `google.script.run` cannot carry Dates to the sidebar. */
export function jsonSafe<T>(value: T): T {
  if (value instanceof Date) return (Number.isNaN(value.getTime()) ? null : value.toISOString()) as T;
  if (Array.isArray(value)) return value.map(jsonSafe) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = jsonSafe(v);
    return out as T;
  }
  return value;
}
