import type { SummarizeRequest } from '../../core/forms';

/** A stored request back in the shape the sidebar sends (to summarize a remembered source again). */
export const rawRequest = (r: SummarizeRequest): Record<string, unknown> => ({
  ...r.ref,
  groupBy: r.groupBy,
  minGroupSize: r.minGroupSize,
  overrides: r.overrides,
  waves: r.waves,
  onePerPerson: r.onePerPerson,
  groupLabel: r.groupLabel,
});
