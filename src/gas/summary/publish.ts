import { chunkKeys, decodeChunks, encodeChunks } from '../../core/forms/chunks';
import {
  advancePublication,
  decodePublication,
  encodePublication,
  type Publication,
} from '../../core/summary/publish';
import { COPIES_KEY, PUBLICATION_PREFIX, publicationKey, SHARE_KEY } from '../../core/summaryConfig';
import type { SummarizedSource } from '../survey';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * What others may see of each summary (core/summary/publish.ts), kept in the document's
 * properties so that every editor's shared copy shows the same steps: two copies made by two
 * people could otherwise be subtracted from each other.
 */

/** The publication of a source, from a `getProperties()` map (null: nothing published yet). */
export function readPublication(
  props: Readonly<Record<string, string>>,
  sourceKey: string,
): Publication | null {
  const stored = decodeChunks(props, publicationKey(sourceKey));
  return stored?.ok ? decodePublication(stored.json) : null;
}

/** Stores a publication (in as many chunks as it needs), removing chunks a longer one left. */
export function writePublication(
  store: Properties,
  props: Readonly<Record<string, string>>,
  sourceKey: string,
  pub: Publication,
): void {
  const base = publicationKey(sourceKey);
  const entries = encodeChunks(base, encodePublication(pub));
  store.setProperties(entries);
  for (const k of chunkKeys(props, base)) if (!(k in entries)) store.deleteProperty(k);
}

/** Whether anyone made a shared copy from this spreadsheet: only then is anything published. */
export function copiesExist(props: Readonly<Record<string, string>>): boolean {
  return Boolean(props[SHARE_KEY]) || (props[COPIES_KEY] ?? '[]') !== '[]';
}

/**
 * Advances a source's publication with its newly counted figures (`src.unsuppressed` must have
 * been asked for) and stores it when it moved. Returns the publication now in force.
 */
export function publish(
  store: Properties,
  props: Readonly<Record<string, string>>,
  src: SummarizedSource,
  sourceKey: string,
): Publication | null {
  const prev = readPublication(props, sourceKey);
  if (!src.unsuppressed) return prev;
  const next = advancePublication(prev, src.unsuppressed, src.summary.minGroupSize);
  if (next !== prev) writePublication(store, props, sourceKey, next);
  return next;
}

/** Versions of every source's publication, for telling whether a copy is behind. */
export function publishedVersions(props: Readonly<Record<string, string>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(props)) {
    // Chunk keys hold no index, so they read as nothing.
    if (!key.startsWith(PUBLICATION_PREFIX)) continue;
    const source = key.slice(PUBLICATION_PREFIX.length);
    const pub = readPublication(props, source);
    if (pub) out[source] = pub.version;
  }
  return out;
}
