import type { ScaleId } from './types';

/**
 * Each scale as people name it, for everything users read (the sidebar's column settings, the
 * notes about invalid answers). `Scale.id` and `Scale.name` are keys for code and summary.json,
 * never shown. A record keyed by every ScaleId, so a new scale without a title fails to compile.
 */
const TITLES: { readonly [K in ScaleId]: string } = {
  agreement5: 'Agreement, 5 points with “No opinion”',
  'agreement5-neutral': 'Agreement, 5 points with “Neutral”',
  agreement4: 'Agreement, 4 points (no middle)',
  frequency5: 'How often: Always to Never',
  'ic-levels': 'IC levels: Level 1 (ideal) to Level 4 (entry)',
};

export function scaleTitle(id: ScaleId): string {
  return TITLES[id];
}
