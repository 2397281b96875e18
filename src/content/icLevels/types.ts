/**
 * Innovation Configuration level descriptions, written for this add-on (not Learning Forward's
 * own maps): for each key responsibility of a role, four word pictures of that role's practice,
 * Level 1 (Ideal) first and Level 4 (Entry) last. See ../shared/IC-WRITING.md for how they are
 * written. Data only: nothing here is generated at run time.
 */
export type LevelDescriptions = readonly [ideal: string, level2: string, level3: string, entry: string];

/** One role's descriptions, keyed by responsibility id ("coach.tp.3"). */
export type IcLevelTable = { readonly [responsibilityId: string]: LevelDescriptions };
