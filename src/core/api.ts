import type { FrameId, RoleId } from '../content/types';
import type { ColumnsDto } from './forms';
import type { SurveySummary } from './survey/summary';
import type { RefreshStatus } from './summaryConfig';

export type { ColumnsDto, SurveySummary };

/**
 * The contract between the sidebar and the server. Only JSON-safe data crosses it
 * (`google.script.run` drops or rejects Dates and class instances: send ISO strings).
 */

export interface CatalogDto {
  readonly frames: readonly { id: FrameId; name: string }[];
  /** `description`: the seed's paragraph, shown by every role picker. */
  readonly roles: readonly { id: RoleId; name: string; heading: string; description: string }[];
  /** The seed's advice on choosing a role (its note: your role may not match your job title). */
  readonly roleGuidance: { readonly recommendation: string; readonly note: string };
  readonly standards: readonly { id: string; name: string; frame: FrameId }[];
  readonly templates: readonly TemplateKindDto[];
  /**
   * Answer scales, for the column settings of a summary. `title` is the scale as people name
   * it; the id is only an option value, never shown.
   */
  readonly scales: readonly { id: string; title: string; labels: readonly string[] }[];
}

export interface InsertResult {
  /** The tab that was created (the name may carry a " (2)" suffix). */
  readonly sheetName: string;
  readonly rows: number;
}

/** What a template request would insert, shown before inserting. */
export interface TemplatePreview {
  readonly title: string;
  readonly rows: number;
  readonly description: string;
}

/** Template kinds for pickers (from `TEMPLATE_KINDS`). */
export interface TemplateKindDto {
  readonly kind: string;
  readonly label: string;
  readonly description: string;
  readonly needsRole: boolean;
  /** Other roles to put beside the chosen one (checkboxes), sent as `roles`. */
  readonly needsRoles: boolean;
  readonly frames: 'required' | 'optional' | 'none';
  readonly needsOutcomes: boolean;
}

/** What building (or refreshing) a summary tab did. */
export interface SummaryResult {
  readonly sheetName: string;
  readonly responses: number;
  readonly items: number;
  readonly charts: number;
  readonly hiddenGroups: number;
  readonly messages: readonly string[];
}

export interface AutoRefreshState {
  readonly on: boolean;
  /** What the last automatic refresh did, or null before the first. */
  readonly last: RefreshStatus | null;
}

/**
 * What Share did: shared this user's summary-only copy; or nothing, because the copy there is
 * another editor's (only its maker can update it): `message` says so, and sharing again with
 * `{ emails, ownCopy: true }` makes this user a copy of their own.
 */
export type ShareResult =
  | {
      readonly kind: 'shared';
      readonly url: string;
      readonly tabs: readonly string[];
      readonly sharedWith: readonly string[];
    }
  | {
      readonly kind: 'others-copy';
      /** The makers' addresses where Apps Script gave them ("" where it did not). */
      readonly owners: readonly string[];
      readonly message: string;
    };

/** What "Update IC map from survey" did. */
export interface IcMapUpdateResult {
  /** The IC map tab. */
  readonly sheetName: string;
  /** The IC self-assessment whose summary gave the levels. */
  readonly survey: string;
  /** The group of the summary's breakdown used, or null for everyone. */
  readonly group: string | null;
  readonly responses: number;
  /** "Where we are now" cells written, of the map's outcomes. */
  readonly filled: number;
  readonly outcomes: number;
  /** One sentence for the user: what was filled, what was left and why. */
  readonly message: string;
}

/** A Form the add-on created, linked to this spreadsheet. */
export interface CreatedSurveyDto {
  readonly formId: string;
  readonly title: string;
  /** The link to send respondents. */
  readonly publishedUrl: string;
  readonly editUrl: string;
  readonly responsesTab: string | null;
}

/** A tab that can be summarized. */
export interface ResponseTabDto {
  readonly name: string;
  readonly formId: string | null;
  readonly linked: boolean;
  readonly rows: number;
  readonly surveyTitle: string | null;
  readonly looksLikeResponses: boolean;
}

/**
 * A source of responses, keyed as the sidebar's pickers key it: "form:<id>" for a Form's tab
 * (found by its link, whatever the tab is called), "tab:<name>" for any other tab.
 */
export type SourceKey = `form:${string}` | `tab:${string}`;

/** This spreadsheet at a glance: the sidebar's state line, polled while the sidebar is open. */
export interface SpreadsheetStateDto {
  /** How many tabs the spreadsheet has (a new spreadsheet has one). */
  readonly tabs: number;
  /** The tabs that receive a Google Form's responses, in tab order. */
  readonly surveys: readonly {
    readonly key: SourceKey;
    readonly tab: string;
    /** The survey's title when the add-on made the Form, else null. */
    readonly title: string | null;
    readonly responses: number;
  }[];
  /** The summary tabs built here, newest first, with the responses each counted. */
  readonly summaries: readonly {
    readonly key: SourceKey;
    readonly sheetName: string;
    readonly builtIso: string;
    readonly responses: number;
  }[];
  readonly autoRefresh: AutoRefreshState;
  /** The summary-only copy, once one was shared. */
  readonly sharedCopyUrl: string | null;
}

/** Every function the sidebar may call. `main.ts` implements it; the sidebar imports only this type. */
export interface SidebarApi {
  getCatalog(): CatalogDto;
  insertStandardsOverview(): InsertResult;
  /** `request` is a `TemplateRequest` as JSON; the server validates it. */
  insertTemplate(request: unknown): InsertResult;
  previewTemplate(request: unknown): TemplatePreview;
  /** The desired outcomes in the user's current selection (first column). */
  getSelectedOutcomes(): { outcomes: string[]; from: string };
  /** `request`: a `SurveyRequest` as JSON (instrument, role, frames, options, schools). */
  createSurvey(request: unknown): CreatedSurveyDto;
  /** The schools list kept in this document, to prefill the survey form. */
  getSchools(): string[];
  listResponseTabs(): ResponseTabDto[];
  /** How each column of a tab is read, and the columns worth breaking down by. */
  describeColumns(request: unknown): ColumnsDto;
  /** `request`: `{ tab | formId, groupBy?, minGroupSize?, overrides?, waves?, onePerPerson? }`. */
  summarizeSurvey(request: unknown): SurveySummary;
  /**
   * Builds or rebuilds the summary tab for the same request shape, plus `groupLabel?`: the
   * breakdown's name on the tab (default `ColumnsDto.groupLabels[groupBy]`).
   */
  buildSummary(request: unknown): SummaryResult;
  /** Cheap enough to poll: one read of the document properties and of each tab's form link. */
  getSpreadsheetState(): SpreadsheetStateDto;
  getAutoRefresh(): AutoRefreshState;
  setAutoRefresh(on: boolean): AutoRefreshState;
  /**
   * `emails`: addresses separated by commas, spaces or new lines; or `{ emails, ownCopy: true }`
   * to make one's own copy when another editor made the one there.
   */
  shareSummary(emails: unknown): ShareResult;
  /**
   * Fills an IC map's "Where we are now" column from the latest IC self-assessment summary.
   * `request`: `{ tab?, group? }` (the active tab and everyone when left out).
   */
  updateIcMap(request: unknown): IcMapUpdateResult;
}

export type SidebarMethod = keyof SidebarApi;
