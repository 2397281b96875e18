import type { FrameId, RoleId } from '../content/types';

/**
 * The contract between the sidebar and the server. Only JSON-safe data crosses it
 * (`google.script.run` drops or rejects Dates and class instances: send ISO strings).
 */

export interface CatalogDto {
  readonly frames: readonly { id: FrameId; name: string }[];
  readonly roles: readonly { id: RoleId; name: string; heading: string }[];
  readonly standards: readonly { id: string; name: string; frame: FrameId }[];
}

export interface InsertResult {
  /** The tab that was created (the name may carry a " (2)" suffix). */
  readonly sheetName: string;
  readonly rows: number;
}

/** Every function the sidebar may call. `main.ts` implements it; the sidebar imports only this type. */
export interface SidebarApi {
  getCatalog(): CatalogDto;
  insertStandardsOverview(): InsertResult;
}

export type SidebarMethod = keyof SidebarApi;
