/** Template plans (pure): IC maps, action-guide checklists, reflection templates, the logic model. */
export { actionGuideChecklistPlan, CHECKLIST_HEADERS, STATUSES } from './checklist';
export { cleanOutcomes, IC_MAP_HEADERS, icMapFromOutcomesPlan, icMapPlan } from './icMap';
export { LOGIC_MODEL_STEPS, logicModelPlan } from './logicModel';
export { firstActionsPlan, firstActionsSetIds, learningSystemPlan, REFLECTION_HEADERS } from './reflection';
export {
  parseTemplateRequest,
  planTemplate,
  TEMPLATE_KINDS,
  type TemplateKind,
  type TemplateKindInfo,
  type TemplateRequest,
  templateSummary,
} from './request';
