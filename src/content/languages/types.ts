import type { FixedScaleId, LanguageCode } from '../types';

/**
 * The spellings of one language: the headers Google Forms writes into a responses sheet when the
 * form's owner uses that language, and the answer labels of every worded scale. Adding a language
 * is adding a file like es.ts and listing it in index.ts: nothing else changes.
 */
export interface Language {
  readonly code: LanguageCode;
  /** The language's own name, e.g. "Español". */
  readonly name: string;
  /** Header texts Forms writes, per metadata column (matched case- and space-insensitively). */
  readonly headers: {
    /** The response time column, "Timestamp" in English. */
    readonly timestamp: readonly string[];
    /** The respondent's address, when the form collects it. */
    readonly email: readonly string[];
    /** A quiz's total score. */
    readonly score: readonly string[];
  };
  /**
   * Per worded scale, one entry per label in the scale's order (content/scales.ts): the ways this
   * language writes it, the usual one first. English is the scales' own labels and aliases.
   */
  readonly labels: LabelSets | null;
}

export type LabelSets = { readonly [K in FixedScaleId]: readonly (readonly string[])[] };
