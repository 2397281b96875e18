/** The survey core: read a responses table, find its items, aggregate with suppression. */
export { aggregate, DEFAULT_MIN_GROUP_SIZE, MAX_INVALID_VALUES, prepareSurvey, summarize } from './aggregate';
export type { PreparedItem, PreparedSurvey, SummarizeOptions } from './aggregate';
export { parseCsv } from './csv';
export { formatDate, parseTimestamp } from './dates';
export { detectItems, isEmailHeader, isTimestampHeader, ITEM_SHARE } from './detect';
export type { ColumnInfo, ColumnKind, DetectedItem, Detection, Overrides, SurveyItem } from './detect';
export { BLANK_GROUP, groupRows, naturalCompare, NOT_A_DATE_GROUP } from './groups';
export type { GroupBy, Grouping, WaveCutoff } from './groups';
export { answerCode, labelLookup } from './match';
export { roundPercents } from './percent';
export type { Problem, ProblemCode, Result } from './result';
export { summarizeResponses } from './run';
export type { SummarizeResponsesOptions } from './run';
export type * from './summary';
export { safeChange, suppress } from './suppress';
export { columnLetter, parseHeader, readTable } from './table';
export type { ParsedHeader, ResponseTable } from './table';
export { displayValue, isBlank, normalizeText } from './values';
