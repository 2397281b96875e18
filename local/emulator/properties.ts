/**
 * PropertiesService with the documented quotas: 9 KB per value and 500 KB per store (keys and
 * values counted in UTF-8 bytes). A write past either limit throws and changes nothing.
 */
import { instrument } from './counter';
import type { Runtime } from './runtime';

type GProperties = GoogleAppsScript.Properties.Properties;

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
/**
 * The real message for a full store. Public reports show the same text when one value is over
 * 9 KB, but that case is less well attested.
 */
export const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += bytes(k) + bytes(v);
  return n;
}

export class Properties
  implements
    Pick<
      GProperties,
      | 'deleteAllProperties'
      | 'deleteProperty'
      | 'getKeys'
      | 'getProperties'
      | 'getProperty'
      | 'setProperties'
      | 'setProperty'
    >
{
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
    const next = replaceAll ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(entries)) {
      const value = String(v);
      if (bytes(value) > MAX_VALUE_BYTES) throw this.rt.error(QUOTA_MESSAGE);
      next.set(k, value);
    }
    if (storeBytes(next) > MAX_STORE_BYTES) throw this.rt.error(QUOTA_MESSAGE);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
  _self(): GProperties {
    return this as unknown as GProperties;
  }
}

function storeFor(outer: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let s = outer.get(key);
  if (!s) {
    s = new Map();
    outer.set(key, s);
  }
  return s;
}

/** Document properties belong to the active file; user properties to the emulated user. */
export class PropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  constructor(readonly rt: Runtime) {}

  /** Not available in AuthMode.NONE, as the docs' onOpen example warns. */
  getDocumentProperties(): GProperties {
    this.rt.requireAuth('PropertiesService.getDocumentProperties', 'LIMITED');
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
