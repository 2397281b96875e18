/** The survey core: read a responses table, find its questions, aggregate with suppression. */
export {
  DEFAULT_MIN_GROUP_SIZE,
  MAX_INVALID_VALUES,
  minGroupSize,
  prepareItem,
  resolveItems,
  summarizePrepared,
} from './aggregate';
export type { PreparedItem, SummarizeOptions } from './aggregate';
export { countColumn, countIds } from './counts';
export type { CountedColumn } from './counts';
export { BLANK_ID, encodeGrid, encodeTable, selectRows, TableEncoder } from './encode';
export type { EncodedColumn, EncodedTable } from './encode';
export { analyzeChoices, CHECKBOX_JOIN, MAX_OPTIONS, tickedLabels } from './choices';
export { parseCsv } from './csv';
export { formatDate, parseTimestamp } from './dates';
export {
  detectEncoded,
  detectItems,
  isEmailHeader,
  isTimestampHeader,
  ITEM_SHARE,
  readingName,
} from './detect';
export type {
  ColumnInfo,
  ColumnKind,
  Declared,
  DetectedItem,
  Detection,
  DetectOptions,
  ItemPlace,
  Overrides,
  SurveyItem,
} from './detect';
export { groupRefusal, mostlyDistinct } from './groupable';
export {
  BLANK_GROUP,
  GroupSet,
  groupEncoded,
  groupResponses,
  groupRows,
  groupScheme,
  naturalCompare,
  NOT_A_DATE_GROUP,
} from './groups';
export type { Breakdown, GroupBy, Grouping, GroupScheme, WaveCutoff } from './groups';
export { answerCode, labelLookup } from './match';
export { roundEach, roundPercents } from './percent';
export { answerSet, isColumnSetting, OTHER, otherLabel, readingId } from './readings';
export type { AnswerSet, ColumnSetting, ItemKind, ItemReading, ReadingId } from './readings';
export { keepLatest, keepLatestEncoded, repeatsMessage } from './repeats';
export type { Problem, ProblemCode, Result } from './result';
export {
  aggregate,
  groupStatsMatter,
  summarizeEncoded,
  summarizeResponses,
  summaryFrom,
  valueGroupColumn,
} from './run';
export type { Summarized, SummarizeResponsesOptions, SurveyCounts } from './run';
export {
  addressKey,
  COUNT_STATE_VERSION,
  countNewRows,
  countState,
  MAX_KEPT_VALUES,
} from './countState';
export type { CountState, KeptColumn, Refresh } from './countState';
export { skipReason } from './skipped';
export type * from './summary';
export { safeChange, suppress } from './suppress';
export { columnLetter, parseHeader, readTable } from './table';
export type { ParsedHeader, ResponseTable } from './table';
export { displayValue, isBlank, normalizeText } from './values';
