/**
 * Types of the standards catalog. Ids are stable strings: templates, instruments and
 * stored survey schemas refer to catalog entries only by id, so a wording fix flows
 * everywhere without breaking saved documents.
 */

export type FrameId = 'rigorous-content' | 'transformational-processes' | 'conditions-for-success';

export interface Frame {
  readonly id: FrameId;
  /** As printed in the seeds, e.g. "Rigorous Content for Each Learner". */
  readonly name: string;
  /** The frame's one-sentence description from the superintendent action guide. */
  readonly description: string;
}

export interface Standard {
  readonly id: string;
  readonly frame: FrameId;
  /** Title case, e.g. "Equity Practices". */
  readonly name: string;
  /** The full sentence: "Professional learning results in ... when educators ... <description>". */
  readonly description: string;
  /** The description split into its three constructs, in order. */
  readonly constructs: readonly [string, string, string];
}

export type RoleId =
  | 'system-central-office'
  | 'superintendent'
  | 'principal'
  | 'coach'
  | 'teacher'
  | 'external-partner'
  | 'state-commissioner';

export interface Responsibility {
  /** Stable id, e.g. "coach.tp.3". */
  readonly id: string;
  readonly role: RoleId;
  readonly frame: FrameId;
  /** Word for word from the seed. */
  readonly text: string;
}

export interface Role {
  readonly id: RoleId;
  /** Short name for menus and tab names, e.g. "Coach". */
  readonly name: string;
  /** Heading as printed in the seed, e.g. "System/central office leaders". */
  readonly heading: string;
  /** The role's description paragraph, word for word. */
  readonly description: string;
  /** Responsibilities in seed order, grouped by frame in frame order. */
  readonly responsibilities: readonly Responsibility[];
}

export type ReflectionSetId = 'first-actions' | 'superintendent-first-actions' | 'learning-system';

/**
 * A change this add-on makes to a seed's wording: the seed prints `printed` where the add-on
 * reads `here`. Used only for references to pages of the printed guides, which point at nothing
 * in a spreadsheet.
 */
export interface Adaptation {
  readonly printed: string;
  readonly here: string;
}

export interface ReflectionQuestion {
  readonly id: string;
  readonly set: ReflectionSetId;
  /** Word for word from the seed, except the `adaptation` when there is one. */
  readonly text: string;
  readonly adaptation?: Adaptation;
}

export interface ReflectionSet {
  readonly id: ReflectionSetId;
  readonly title: string;
  /** The instructions printed above the table in the seed (except `instructionsAdaptation`). */
  readonly instructions: string;
  readonly instructionsAdaptation?: Adaptation;
  readonly questions: readonly ReflectionQuestion[];
}

/** How an answer label counts towards "percent favorable". */
export type Polarity = 'favorable' | 'neutral' | 'unfavorable';

/** A language whose Forms headers and answer labels the add-on reads (ISO 639-1). */
export type LanguageCode = 'en' | 'es';

export interface ScaleLabel {
  /** Canonical label, as it appears on the form, e.g. "Strongly agree". */
  readonly label: string;
  /** Score used for means; null when the label is not scored (e.g. "No opinion"). */
  readonly score: number | null;
  readonly polarity: Polarity;
  /** Other spellings that mean the same answer (matched case- and space-insensitively). */
  readonly aliases?: readonly string[];
  /** The label in other languages (first spelling is how that language writes it), from content/languages. */
  readonly translations?: Readonly<Partial<Record<LanguageCode, readonly string[]>>>;
}

/** The scales with worded labels: detected from the answers, in this order of preference. */
export type FixedScaleId =
  | 'agreement5'
  | 'agreement5-neutral'
  | 'agreement4'
  | 'agreement7'
  | 'satisfaction5'
  | 'satisfaction4'
  | 'frequency5'
  | 'frequency5-almost'
  | 'ic-levels';

/**
 * A Forms linear scale from `lo` (0 or 1) to `hi` (2 to 10): its answers are the numbers
 * themselves, e.g. "linear1-5". Only ids that `isScaleId` accepts name a scale.
 */
export type LinearScaleId = `linear${number}-${number}`;

export type ScaleId = FixedScaleId | LinearScaleId;

export interface Scale {
  readonly id: ScaleId;
  /** Name shown to users and written into summary.json as "scale" (e.g. "agreement"). */
  readonly name: string;
  /** Labels in display order, most favorable first. */
  readonly labels: readonly ScaleLabel[];
  /** For a linear scale, its range: answers are whole numbers lo..hi. */
  readonly range?: { readonly lo: number; readonly hi: number };
}

export interface SurveyStatement {
  readonly id: string;
  readonly text: string;
}

export interface Instrument {
  readonly id: 'where-are-we-now';
  readonly title: string;
  readonly description: string;
  readonly scale: FixedScaleId;
  readonly statements: readonly SurveyStatement[];
}
