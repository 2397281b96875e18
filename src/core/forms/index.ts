/** Survey Forms: plans for the instruments, the schema recorded in the document, column mapping. */
export {
  labelAnswers,
  labelEncoded,
  labelOfAnswer,
  MIN_MARGIN,
  MIN_OVERLAP,
  type RecordedAnswers,
  rewordedMessage,
  wordOverlap,
} from './choiceAnswers';
export { CHUNK_BYTES, MAX_STORE_BYTES, MAX_VALUE_BYTES, propsBytes, splitUtf8, utf8Bytes } from './chunks';
export {
  type ColumnDto,
  type ColumnsDto,
  describeDetection,
  jsonSafe,
  MAX_GROUPS,
  MIN_GROUPS,
} from './columns';
export {
  IC_COLUMNS,
  MAX_GRID_TEXT,
  OTHER_ROLE,
  ROLE_TITLE,
  SCHOOL_TITLE,
  surveyFormPlan,
  surveyTitle,
} from './instruments';
export { declaredColumns, type FormQuestion, itemInfos, scaleOfChoices } from './formColumns';
export { MAX_CHOICE_TEXT, NOT_SURE } from './icSelfAssessment';
export {
  type ChoiceColumn,
  type ColumnMapping,
  type FormItemInfo,
  type MappedColumn,
  type MetadataKind,
  mapColumns,
  metadataReasons,
  relabelSummary,
} from './mapping';
export type { FormItemPlan, FormPlan, ScoredChoices } from './plan';
export { ROLE_KEY, SCHOOL_KEY } from './plan';
export {
  cleanSchools,
  INSTRUMENTS,
  type InstrumentId,
  MAX_SCHOOL_LENGTH,
  MAX_SCHOOLS,
  MAX_TITLE_LENGTH,
  parseSurveyRequest,
  type SurveyOptions,
  type SurveyRequest,
} from './request';
export {
  decodeSchema,
  decodeSchools,
  decodeSurveyIndex,
  encodeSchema,
  encodeSchools,
  encodeSurveyIndex,
  type SchemaAnswer,
  type SchemaItem,
  SCHOOLS_KEY,
  type SurveySchema,
  SURVEYS_KEY,
  schemaFromPlan,
  schemaKey,
  surveyRecord,
} from './schema';
export { formIdFromUrl } from './urls';
export {
  parseResponsesRef,
  parseSummarizeRequest,
  type ResponsesRef,
  type SummarizeRequest,
} from './summarizeRequest';
