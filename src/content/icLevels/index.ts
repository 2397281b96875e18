import type { RoleId } from '../types';
import { COACH_IC_LEVELS } from './coach';
import { EXTERNAL_PARTNER_IC_LEVELS } from './external-partner';
import { PRINCIPAL_IC_LEVELS } from './principal';
import { STATE_COMMISSIONER_IC_LEVELS } from './state-commissioner';
import { SUPERINTENDENT_IC_LEVELS } from './superintendent';
import { SYSTEM_CENTRAL_OFFICE_IC_LEVELS } from './system-central-office';
import { TEACHER_IC_LEVELS } from './teacher';
import type { IcLevelTable, LevelDescriptions } from './types';

export { OWN_OUTCOME_PROMPT_NOTE, OWN_OUTCOME_PROMPTS } from './prompts';
export type { IcLevelTable, LevelDescriptions } from './types';

/** Every role's authored level descriptions (written for this add-on), by role. */
export const IC_LEVELS_BY_ROLE: { readonly [R in RoleId]: IcLevelTable } = {
  'system-central-office': SYSTEM_CENTRAL_OFFICE_IC_LEVELS,
  superintendent: SUPERINTENDENT_IC_LEVELS,
  principal: PRINCIPAL_IC_LEVELS,
  coach: COACH_IC_LEVELS,
  teacher: TEACHER_IC_LEVELS,
  'external-partner': EXTERNAL_PARTNER_IC_LEVELS,
  'state-commissioner': STATE_COMMISSIONER_IC_LEVELS,
};

/**
 * The four level descriptions of one responsibility ("coach.tp.3"), Level 1 (Ideal) first.
 * @throws Error for an id with no authored descriptions (a catalog test holds that none is missing).
 */
export function levelDescriptionsFor(responsibilityId: string): LevelDescriptions {
  const role = responsibilityId.slice(0, responsibilityId.indexOf('.')) as RoleId;
  const found = IC_LEVELS_BY_ROLE[role]?.[responsibilityId];
  if (!found) throw new Error(`No IC level descriptions for responsibility "${responsibilityId}".`);
  return found;
}
