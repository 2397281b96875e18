/** PropertiesService: document, user and script stores, with the quotas of behaviour/properties.ts. */
import { requireAuth } from '../behaviour/auth';
import { storeFor, writeProperties } from '../behaviour/properties';
import type { Runtime } from '../state/runtime';
import { instrument } from './instrument';

type GProperties = GoogleAppsScript.Properties.Properties;

export class Properties implements Partial<GProperties> {
  constructor(
    readonly rt: Runtime,
    private readonly store: Map<string, string>,
  ) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  /** A copy: changing it does not change the store. */
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
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
    return this._self();
  }
  deleteAllProperties(): GProperties {
    this.store.clear();
    return this._self();
  }

  _write(entries: Record<string, unknown>, replaceAll: boolean): void {
    writeProperties(this.rt, this.store, entries, replaceAll);
  }
  _self(): GProperties {
    return this as unknown as GProperties;
  }
}

/** Document properties belong to the active file; user properties to the emulated user. */
export class PropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  constructor(readonly rt: Runtime) {}

  /** Not available in AuthMode.NONE, as the docs' onOpen example warns. */
  getDocumentProperties(): GProperties {
    requireAuth(this.rt, 'PropertiesService.getDocumentProperties', 'LIMITED');
    const doc = this.rt.activeModel().id;
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
