import type { FrameId, RoleId } from '../content/types';

/**
 * The contract between the sidebar and the server. Only JSON-safe data crosses it
 * (`google.script.run` drops or rejects Dates and class instances: send ISO strings).
 */

export interface CatalogDto {
  readonly frames: readonly { id: FrameId; name: string }[];
  readonly roles: readonly { id: RoleId; name: string; heading: string }[];
  readonly standards: readonly { id: string; name: string; frame: FrameId }[];
  readonly templates: readonly TemplateKindDto[];
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
  readonly frames: 'required' | 'optional' | 'none';
  readonly needsOutcomes: boolean;
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
}

export type SidebarMethod = keyof SidebarApi;
