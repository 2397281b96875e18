import type { ScaleId } from '../../content/types';
import type { IcOutcomes } from '../ic/outcomes';
import type { RangeRef, RowSpan } from '../plan';
import type { SurveySummary } from '../survey/summary';

export interface SummaryInput {
  /** The survey's title, e.g. "Where are we now?". */
  readonly survey: string;
  /** The responses tab the figures come from. */
  readonly sourceTab: string;
  readonly summary: SurveySummary;
  /**
   * When the summary was built, as ISO 8601 in the time zone to show (the shell formats "now"
   * with the spreadsheet's zone); shown as written, so the core needs no clock or zone data.
   */
  readonly updatedIso: string;
  /** E.g. "America/Chicago"; shown after the time. */
  readonly timeZoneLabel?: string;
  /** Show IC-scale items as a level distribution (default: yes for the 'ic-levels' scale). */
  readonly icLevels?: boolean;
  /** The IC outcomes' frames and level descriptions, by column (see core/ic/outcomes.ts). */
  readonly ic?: IcOutcomes;
  /**
   * The breakdown's display name ("Role" for the column "Your role"), as the user gave it;
   * derived from the column header (`defaultGroupLabel`) when left out, "Wave" for waves.
   */
  readonly groupLabel?: string;
}

export interface SummaryOptions {
  /**
   * A copy for colleagues: no respondent-written text (invalid answers), no group sizes or
   * figures of hidden groups, and overall figures of fewer than the minimum shown as hidden.
   */
  readonly forSharing?: boolean;
}

/** A table on the summary tab: its section heading row, then header row + data rows. */
export interface TableBlock {
  readonly heading: number;
  /** Header row and data rows (1-based, on the summary tab). */
  readonly range: RangeRef;
}

export interface ItemTableBlock extends TableBlock {
  /**
   * 'ic': Outcome | n | Level 1 ... Not sure | Median level | At Level 1–2 | What the median level
   * looks like, with a row per standards frame above its outcomes; 'scale': Item | n | labels |
   * % favorable | Mean; 'choice' and 'checkbox': Item | n | choices.
   */
  readonly kind: 'scale' | 'ic' | 'choice' | 'checkbox';
  /** The scale of a scale or IC table; null for choices and checkboxes. */
  readonly scaleId: ScaleId | null;
  /** Indexes into `summary.items`, in row order (frame rows of an IC table left out). */
  readonly items: readonly number[];
}

export interface ChartDataBlock {
  readonly chartId: string;
  /** The caption row above the data (a hidden row, like the data). */
  readonly caption: number;
  /** Exactly the chart's range. */
  readonly range: RangeRef;
}

/** Where everything is on the summary tab, for charts, tests and a share-copy. */
export interface SummaryLayout {
  readonly title: number;
  readonly about: TableBlock;
  /** One per scale, in order of the scale's first item. */
  readonly itemTables: readonly ItemTableBlock[];
  readonly breakdown: TableBlock | null;
  /** The row explaining the `*` marker; null when nothing is hidden. */
  readonly footnote: number | null;
  /** Flagged: its last column (`respondentText`) holds respondents' own text. */
  readonly dataQuality: (TableBlock & { readonly respondentText: RangeRef | null }) | null;
  /** Column | Why: the columns that are not summarized; null when every column is. */
  readonly skipped: RangeRef | null;
  readonly chartData: readonly ChartDataBlock[];
  /**
   * The visible row that says the chart data follows, hidden, and the hidden rows holding it
   * (captions and tables); null when the summary has no chart.
   */
  readonly chartDataRows: { readonly label: number; readonly hidden: RowSpan } | null;
  /** Columns used by tables: the width of the tab. Charts float over blank rows below their table. */
  readonly tableCols: number;
  /** Every range holding respondent-written text: empty when built for sharing. */
  readonly respondentText: readonly RangeRef[];
}
