import type { ScaleId } from '../../content/types';

/**
 * A Google Form as plain data: what `gas/survey/createSurvey.ts` builds with FormApp, one
 * `add...Item()` chain per item. Keys are stable names for the add-on (recorded in the survey
 * schema); titles are what respondents read and what the responses sheet shows as headers.
 */
export type FormItemPlan =
  | {
      readonly kind: 'grid';
      readonly key: string;
      readonly title: string;
      readonly help?: string;
      /** One column each in the responses sheet, headed `Title [Row]`: unique within the item. */
      readonly rows: readonly string[];
      readonly columns: readonly string[];
      /** The scale whose labels (or aliases) the columns are, so answers are read without guessing. */
      readonly scaleId: ScaleId;
      readonly required: boolean;
    }
  | {
      /** 'list' is a drop-down, 'choice' radio buttons. */
      readonly kind: 'list' | 'choice';
      readonly key: string;
      readonly title: string;
      readonly help?: string;
      readonly choices: readonly string[];
      readonly required: boolean;
      /**
       * When each choice stands for a label of a scale (an IC level description stands for its
       * level): `labels[i]` is the label of `choices[i]`. The schema records the pairs, so the
       * answers are read by what they say, not by where the choice sits in the list.
       */
      readonly scored?: ScoredChoices;
    }
  /** A title and help text between questions. */
  | { readonly kind: 'section'; readonly key: string; readonly title: string; readonly help?: string }
  /** A page break: what the Forms editor calls a section, shown as a page of its own. */
  | { readonly kind: 'page'; readonly key: string; readonly title: string; readonly help?: string };

export interface ScoredChoices {
  readonly scaleId: ScaleId;
  /** One label of the scale per choice, in the order of `choices`. */
  readonly labels: readonly string[];
}

export interface FormPlan {
  readonly title: string;
  /** Instructions shown under the title. */
  readonly description: string;
  readonly collectEmail: boolean;
  /** Shown after a respondent submits. */
  readonly confirmation: string;
  readonly items: readonly FormItemPlan[];
}

/** Item keys the add-on gives its own demographic questions (the schema records their ids). */
export const ROLE_KEY = 'role';
export const SCHOOL_KEY = 'school';
