import type { ScaleId } from '../../content/types';

/**
 * The survey summary: plain JSON data, exactly what the command line writes to summary.json
 * and what the summary tabs are built from.
 */

/** The figures of one item, overall or in one group. */
export interface ItemFigures {
  /** Valid answers (labels of the scale, neutral ones included). */
  readonly n: number;
  readonly blank: number;
  /** Non-blank answers that are not labels of the scale (text, numbers, dates). */
  readonly invalid: number;
  /** Every canonical label of the scale, in scale order, 0 when nobody chose it. */
  readonly counts: Readonly<Record<string, number>>;
  /** Whole percents of n per label, adding up to exactly 100 (largest remainder); null when n = 0. */
  readonly percents: Readonly<Record<string, number>> | null;
  /** Favorable answers / n, 0..1; null when n = 0. */
  readonly favorable: number | null;
  /** Mean score of the scored answers (unscored labels such as "No opinion" left out); null when none. */
  readonly mean: number | null;
}

/** Which column an item comes from and how it is read. */
export interface ItemHeading {
  /** The statement; for a Forms grid column `Question [Row]`, the row text. */
  readonly title: string;
  /** The column header (unique within the table). */
  readonly column: string;
  /** The grid question's title for a grid column, else null. */
  readonly grid: string | null;
  /** The scale's name, e.g. "agreement" (Scale.name). */
  readonly scale: string;
  readonly scaleId: ScaleId;
}

export interface InvalidValue {
  readonly value: string;
  readonly count: number;
}

export interface ItemSummary extends ItemHeading, ItemFigures {
  /** The most frequent distinct invalid answers (up to 20), most frequent first. */
  readonly invalidValues: readonly InvalidValue[];
  /** How many distinct invalid answers there are in all (may exceed invalidValues.length). */
  readonly invalidDistinct: number;
}

/**
 * An item within a shown group. Hidden when fewer than the minimum answered it in this group
 * (or to protect such a cell), by the same rule as groups.
 */
export type GroupItem =
  | (ItemHeading & ItemFigures & { readonly suppressed: false })
  | (ItemHeading & { readonly suppressed: true });

export type GroupSummary =
  | {
      readonly value: string;
      readonly respondents: number;
      readonly suppressed: false;
      readonly items: readonly GroupItem[];
    }
  | {
      readonly value: string;
      readonly respondents: number;
      readonly suppressed: true;
      readonly items: readonly [];
    };

export interface SurveySummary {
  /** Responses: data rows with at least one value. */
  readonly responses: number;
  readonly items: readonly ItemSummary[];
  /** The header of the group-by column, or null when there is no breakdown. */
  readonly groupBy: string | null;
  /** Wave cutoffs (YYYY-MM-DD) when grouping into waves by date, else null. */
  readonly cutoffs: readonly string[] | null;
  readonly minGroupSize: number;
  readonly groups: readonly GroupSummary[];
  /** Things the reader should know, in plain words ("No responses yet.", hidden groups, repairs). */
  readonly messages: readonly string[];
}
