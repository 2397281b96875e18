/** The survey core: read a responses table, find its questions, aggregate with suppression. */
export { aggregate, DEFAULT_MIN_GROUP_SIZE, MAX_INVALID_VALUES, prepareSurvey, summarize } from './aggregate';
export type { PreparedItem, PreparedSurvey, SummarizeOptions } from './aggregate';
export { analyzeChoices, CHECKBOX_JOIN, MAX_OPTIONS, tickedLabels } from './choices';
export { parseCsv } from './csv';
export { formatDate, parseTimestamp } from './dates';
export { detectItems, isEmailHeader, isTimestampHeader, ITEM_SHARE, readingName } from './detect';
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
export { BLANK_GROUP, groupRows, naturalCompare, NOT_A_DATE_GROUP } from './groups';
export type { GroupBy, Grouping, WaveCutoff } from './groups';
export { answerCode, labelLookup } from './match';
export { roundEach, roundPercents } from './percent';
export { answerSet, isColumnSetting, OTHER, otherLabel, readingId } from './readings';
export type { AnswerSet, ColumnSetting, ItemKind, ItemReading, ReadingId } from './readings';
export { keepLatest, repeatsMessage } from './repeats';
export type { Problem, ProblemCode, Result } from './result';
export { summarizeResponses } from './run';
export type { SummarizeResponsesOptions } from './run';
export { skipReason } from './skipped';
export type * from './summary';
export { safeChange, suppress } from './suppress';
export { columnLetter, parseHeader, readTable } from './table';
export type { ParsedHeader, ResponseTable } from './table';
export { displayValue, isBlank, normalizeText } from './values';
