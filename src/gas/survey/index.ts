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
export { describeColumns, type SummarizedSource, summarizeSource, summarizeSurvey } from './summarize';
