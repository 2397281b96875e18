/** The summary tab: tables and native charts built from a SurveySummary, as a SheetPlan. */
export { buildSummary, shareablePlan, summaryPlan } from './build';
export { defaultGroupLabel, MAX_GROUP_LABEL, WAVE_LABEL } from './labels';
export { HIDDEN, hiddenFootnote, NO_FIGURE } from './text';
export type {
  ChartDataBlock,
  ItemTableBlock,
  SummaryInput,
  SummaryLayout,
  SummaryOptions,
  TableBlock,
} from './types';
