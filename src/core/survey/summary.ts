import type { ScaleId } from '../../content/types';
import type { ItemKind } from './readings';

/**
 * The survey summary: plain JSON data, exactly what the command line writes to summary.json
 * and what the summary tabs are built from.
 */

/** The figures of one item, overall or in one group. */
export interface ItemFigures {
  /**
   * Valid answers: labels of the scale (neutral ones included), or choices ("Other" included);
   * for a checkbox question, the respondents who ticked anything.
   */
  readonly n: number;
  readonly blank: number;
  /** Non-blank answers that are not labels of the scale or choices of the question (text, numbers, dates). */
  readonly invalid: number;
  /** Every label (or choice), in `labels` order, 0 when nobody chose it; per checkbox choice, who ticked it. */
  readonly counts: Readonly<Record<string, number>>;
  /**
   * Whole percents of n per label, adding up to exactly 100 (largest remainder); for a checkbox
   * question each choice's share of n, rounded on its own (they need not add to 100). Null when n = 0.
   */
  readonly percents: Readonly<Record<string, number>> | null;
  /** Favorable answers / n, 0..1; null when n = 0 and for choice and checkbox questions. */
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
  /** 'scale': labels with scores; 'choice': one choice each; 'checkbox': any number of choices each. */
  readonly kind: ItemKind;
  /** The scale's name, e.g. "agreement" (Scale.name); null for choice and checkbox questions. */
  readonly scale: string | null;
  readonly scaleId: ScaleId | null;
  /** The labels (or choices, "Other" last when counted) in display order: the keys of `counts`. */
  readonly labels: readonly string[];
  /** Whether the last label counts the answers written in rather than chosen ("Other:"). */
  readonly other: boolean;
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
  /** Every column that is not summarized, and why, in column order. */
  readonly skipped: readonly SkippedColumn[];
  /** Addresses that answered more than once; null when no e-mail column was found. */
  readonly repeats: Repeats | null;
}

export interface SkippedColumn {
  readonly column: string;
  readonly reason: string;
}

export interface Repeats {
  /** Addresses with more than one response. */
  readonly addresses: number;
  /** Responses beyond each address's first (what one response per person leaves out). */
  readonly extra: number;
  /** Whether only each address's latest response was counted. */
  readonly latestOnly: boolean;
}
