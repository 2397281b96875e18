/** Surveys through Google Forms: create from an instrument, list and read responses, summarize. */
export { type CreatedSurvey, createSurvey } from './createSurvey';
export {
  findResponsesSheet,
  listResponseTabs,
  type ReadResponses,
  type ResponseTabDto,
  readResponses,
} from './responses';
export { getSchools } from './schools';
export {
  addRecount,
  KEPT_PREFIX,
  keptEntries,
  keptKey,
  mustRecount,
  parseRecount,
  RECOUNT_KEY,
  type RecountMark,
  readKept,
} from './kept';
export {
  type Counted,
  describeColumns,
  type Kept,
  type Since,
  type SummarizedSource,
  summarizeSource,
  summarizeSurvey,
} from './summarize';
