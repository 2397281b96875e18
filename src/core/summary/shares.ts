import { getScale } from '../../content/scales';
import type { ItemFigures, ItemHeading } from '../survey/summary';
import { NO_FIGURE } from './text';

/**
 * Every percent on the summary tab is written as `count / total`, unrounded, and shown through
 * one number format. The same count of the same total is then the same number, and shows as the
 * same percent, wherever it appears: a table, the breakdown, a chart's data. (Percents rounded
 * to add up to 100 per row would give 3 of 14 as 21% in one row and 22% in another.)
 */
export function share(count: number, total: number): number | typeof NO_FIGURE {
  return total > 0 ? count / total : NO_FIGURE;
}

/** Each label's share of n, or null when nobody answered. */
export function labelShares(item: ItemFigures & Pick<ItemHeading, 'labels'>): Record<string, number> | null {
  if (!(item.n > 0)) return null;
  const out: Record<string, number> = {};
  for (const l of item.labels) out[l] = (item.counts[l] ?? 0) / item.n;
  return out;
}

/** Answers with a favorable label (for IC outcomes: Level 1 or Level 2); null for choice questions. */
export function favorableCount(item: ItemFigures & Pick<ItemHeading, 'scaleId'>): number | null {
  if (item.scaleId === null) return null;
  let fav = 0;
  for (const l of getScale(item.scaleId).labels) {
    if (l.polarity === 'favorable') fav += item.counts[l.label] ?? 0;
  }
  return fav;
}

/** The favorable share of n, or `NO_FIGURE` when nobody answered or the item has no scale. */
export function favorableShare(item: ItemFigures & Pick<ItemHeading, 'scaleId'>): number | typeof NO_FIGURE {
  const fav = favorableCount(item);
  return fav === null ? NO_FIGURE : share(fav, item.n);
}
