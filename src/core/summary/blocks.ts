import { getScale } from '../../content/scales';
import type { ScaleId, ScaleLabel } from '../../content/types';
import type { ItemSummary, SurveySummary } from '../survey/summary';
import type { SummaryInput } from './types';

/**
 * Items read the same way, in one table: the label columns differ between scales, and between
 * choice questions with different choices.
 */
export interface ScaleBlock {
  /** 'ic': IC self-assessment items, shown as a level distribution. */
  readonly kind: 'scale' | 'ic' | 'choice' | 'checkbox';
  readonly scaleId: ScaleId | null;
  /** The scale's name, or "single choice" / "checkboxes". */
  readonly name: string;
  /** The scale's labels, or the choices ("Other" last when counted), unscored. */
  readonly labels: readonly ScaleLabel[];
  /** Indexes into `summary.items`, in the instrument's order. */
  readonly items: readonly number[];
}

const KIND_NAMES = { choice: 'single choice', checkbox: 'checkboxes' } as const;

/** Groups items by scale (or by kind and choices), blocks in order of each one's first item. */
export function scaleBlocks(input: SummaryInput): ScaleBlock[] {
  const blocks = new Map<string, ScaleBlock & { items: number[] }>();
  input.summary.items.forEach((item, i) => {
    const key = item.scaleId ?? `${item.kind}:${JSON.stringify(item.labels)}`;
    const block = blocks.get(key);
    if (block) {
      block.items.push(i);
      return;
    }
    blocks.set(key, { ...readAs(item, input), items: [i] });
  });
  return [...blocks.values()];
}

function readAs(item: ItemSummary, input: SummaryInput): Omit<ScaleBlock, 'items'> {
  if (item.kind === 'scale' && item.scaleId !== null) {
    const scale = getScale(item.scaleId);
    const kind = scale.id === 'ic-levels' && input.icLevels !== false ? 'ic' : 'scale';
    return { kind, scaleId: scale.id, name: scale.name, labels: scale.labels };
  }
  const kind = item.kind === 'checkbox' ? 'checkbox' : 'choice';
  const labels = item.labels.map((label): ScaleLabel => ({ label, score: null, polarity: 'neutral' }));
  return { kind, scaleId: null, name: KIND_NAMES[kind], labels };
}

/** Scale items: the only ones with a percent favorable, so the only ones in the breakdown. */
export const scaleItems = (summary: SurveySummary): ItemSummary[] =>
  summary.items.filter((i) => i.kind === 'scale');

/**
 * Whether an overall figure is hidden. Only in a copy for sharing: there, an item fewer than
 * the minimum answered is treated like a small group (the owner's own tab shows it).
 */
export const overallHidden = (summary: SurveySummary, item: ItemSummary, share: boolean): boolean =>
  share && item.n > 0 && item.n < summary.minGroupSize;
