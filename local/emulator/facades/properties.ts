/** PropertiesService: document, user and script stores, with the quotas of behaviour/properties.ts. */
import { requireAuth } from '../behaviour/auth';
import { seenAt, storeFor, versioned, writeProperties } from '../behaviour/properties';
import type { Runtime } from '../state/runtime';
import { instrument } from './instrument';

type GProperties = GoogleAppsScript.Properties.Properties;

export class Properties implements Partial<GProperties> {
  constructor(
    readonly rt: Runtime,
    private readonly store: Map<string, string>,
  ) {}

  /** Inside a timeline, as of the reader's emulated time (behaviour/properties.ts `seenAt`). */
  getProperty(key: string): string | null {
    return seenAt(this.rt, this.store).get(String(key)) ?? null;
  }
  /** A copy: changing it does not change the store. */
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(seenAt(this.rt, this.store));
  }
  getKeys(): string[] {
    return [...seenAt(this.rt, this.store).keys()];
  }
  /** Non-strings are stored as `String(value)`, as the service converts them. */
  setProperty(key: string, value: string): GProperties {
    this._write({ [String(key)]: value }, false);
    return this._self();
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GProperties {
    if (properties === null || typeof properties !== 'object') {
      throw this.rt.error(
        "The parameters (String) don't match the method signature for PropertiesService.Properties.setProperties.",
      );
    }
    this._write(properties, Boolean(deleteAllOthers));
    return this._self();
  }
  deleteProperty(key: string): GProperties {
    this.store.delete(String(key));
    versioned(this.rt, this.store, { [String(key)]: undefined });
    return this._self();
  }
  deleteAllProperties(): GProperties {
    const keys = [...this.store.keys()];
    this.store.clear();
    versioned(this.rt, this.store, Object.fromEntries(keys.map((k) => [k, undefined])));
    return this._self();
  }

  _write(entries: Record<string, unknown>, replaceAll: boolean): void {
    const before = [...this.store.keys()];
    writeProperties(this.rt, this.store, entries, replaceAll);
    const written: Record<string, string | undefined> = {};
    if (replaceAll) for (const k of before) if (!(k in entries)) written[k] = undefined;
    for (const [k, v] of Object.entries(entries)) written[k] = String(v);
    versioned(this.rt, this.store, written);
  }
  _self(): GProperties {
    return this as unknown as GProperties;
  }
}

/** Document properties belong to the active file; user properties to the emulated user. */
export class PropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  constructor(readonly rt: Runtime) {}

  /**
   * Not available in AuthMode.NONE, as the docs' onOpen example warns; null without a document
   * ("When document properties are not available this method returns null"), as in an add-on's
   * time-driven trigger run (behaviour/executions.ts).
   */
  getDocumentProperties(): GProperties {
    requireAuth(this.rt, 'PropertiesService.getDocumentProperties', 'LIMITED');
    if (!this.rt.active) return null as unknown as GProperties;
    const doc = this.rt.active.id;
    return new Properties(this.rt, storeFor(this.rt.documentProperties, doc)) as unknown as GProperties;
  }
  getUserProperties(): GProperties {
    return new Properties(this.rt, storeFor(this.rt.userProperties, this.rt.user)) as unknown as GProperties;
  }
  getScriptProperties(): GProperties {
    return new Properties(this.rt, this.rt.scriptProperties) as unknown as GProperties;
  }
}

instrument(PropertiesService, 'PropertiesService', 'properties');
instrument(Properties, 'Properties', 'properties');
