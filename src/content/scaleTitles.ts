import { isFixedScaleId, linearRange } from './scales';
import type { FixedScaleId, ScaleId } from './types';

/**
 * Each scale as people name it ("a 5-point agreement scale"), for everything users read: the
 * sidebar's column settings and the notes about answers not on a scale or fitting several. No
 * commas, so titles list cleanly. `Scale.id` and `Scale.name` are keys for code and
 * summary.json, never shown. A record keyed by every worded scale, so a new one without a
 * title fails to compile; a linear scale is named as Google Forms names the question type.
 */
const TITLES: { readonly [K in FixedScaleId]: string } = {
  agreement5: '5-point agreement with “No opinion”',
  'agreement5-neutral': '5-point agreement with “Neutral”',
  agreement4: '4-point agreement (no middle)',
  agreement7: '7-point agreement',
  satisfaction5: '5-point satisfaction',
  satisfaction4: '4-point satisfaction (no middle)',
  frequency5: 'How often: Always to Never',
  'frequency5-almost': 'How often: Almost always to Almost never',
  'ic-levels': 'IC levels: Level 1 (ideal) to Level 4 (entry)',
};

export function scaleTitle(id: ScaleId): string {
  if (isFixedScaleId(id)) return TITLES[id];
  const range = linearRange(id);
  if (!range) throw new Error(`Unknown scale id "${id}".`);
  return `Linear scale ${range.lo} to ${range.hi}`;
}
