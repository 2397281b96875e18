import { getScale } from '../../content/scales';
import type { Scale } from '../../content/types';
import type { ItemSummary, SurveySummary } from '../survey/summary';
import type { SummaryInput } from './types';

/** Items sharing one scale: one table, since the label columns differ between scales. */
export interface ScaleBlock {
  readonly scale: Scale;
  /** IC self-assessment items are shown as a level distribution. */
  readonly kind: 'scale' | 'ic';
  /** Indexes into `summary.items`, in the instrument's order. */
  readonly items: readonly number[];
}

/** Groups items by scale, blocks in order of each scale's first item. */
export function scaleBlocks(input: SummaryInput): ScaleBlock[] {
  const blocks = new Map<string, { scale: Scale; items: number[] }>();
  input.summary.items.forEach((item, i) => {
    const block = blocks.get(item.scaleId);
    if (block) block.items.push(i);
    else blocks.set(item.scaleId, { scale: getScale(item.scaleId), items: [i] });
  });
  return [...blocks.values()].map((b) => ({
    ...b,
    kind: b.scale.id === 'ic-levels' && input.icLevels !== false ? 'ic' : 'scale',
  }));
}

/**
 * Whether an overall figure is hidden. Only in a copy for sharing: there, an item fewer than
 * the minimum answered is treated like a small group (the owner's own tab shows it).
 */
export const overallHidden = (summary: SurveySummary, item: ItemSummary, share: boolean): boolean =>
  share && item.n > 0 && item.n < summary.minGroupSize;
