/** Template plans (pure): IC maps, checklists, reflections, the logic model, resources, roles side by side. */
export { actionGuideChecklistPlan, CHECKLIST_HEADERS, STATUSES } from './checklist';
export { CONNECTS_HEADER, crossRolePlan, LEAD_HEADER, NONE_LISTED, normalizeRoles } from './crossRole';
export { firstActionsPlan, firstActionsSetIds, SELECTION_HEADERS } from './firstActions';
export { cleanOutcomes, IC_MAP_HEADERS, icMapFromOutcomesPlan, icMapPlan } from './icMap';
export { LEARNING_SYSTEM_BLOCKS, learningSystemPlan } from './learningSystem';
export { LOGIC_MODEL_STEPS, logicModelPlan, RESOURCE_KINDS } from './logicModel';
export { QUESTION_HEADERS, RATINGS } from './reflection';
export {
  parseTemplateRequest,
  planTemplate,
  TEMPLATE_KINDS,
  type TemplateKind,
  type TemplateKindInfo,
  type TemplateRequest,
  templateSummary,
} from './request';
export { resourcesPlan, TOOL_HEADERS } from './resources';
