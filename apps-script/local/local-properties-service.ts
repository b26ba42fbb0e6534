import { fail, logCall, type LocalEnv } from './local-env';

/** Apps Script quotas: 9 KB per value, 500 KB per property store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** `Properties`: one store (document, user or script). Values are strings. */
export class LocalProperties {
  constructor(
    private readonly env: LocalEnv,
    private readonly kind: string,
    /** The stored data; tests may read or seed it directly. */
    readonly data: Map<string, string>,
  ) {}

  private log(method: string, args: readonly unknown[]): void {
    logCall(this.env, `Properties(${this.kind})`, method, args);
  }

  private check(next: Map<string, string>, key: string, value: string): void {
    if (bytes(value) > VALUE_LIMIT) throw fail(this.env, `Argument too large: value (property "${key}" is ${bytes(value)} bytes; the limit is ${VALUE_LIMIT}).`);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT) throw fail(this.env, 'You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  getProperty(key: string): string | null {
    this.log('getProperty', [key]);
    return this.data.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.log('setProperty', [key, value]);
    if (key === null || key === undefined) throw fail(this.env, 'Invalid argument: key');
    const text = String(value);
    const next = new Map(this.data).set(String(key), text);
    this.check(next, String(key), text);
    this.data.set(String(key), text);
    return this;
  }

  getProperties(): Record<string, string> {
    this.log('getProperties', []);
    const out = new this.env.realm.Object() as Record<string, string>;
    for (const [k, v] of this.data) out[k] = v;
    return out;
  }

  getKeys(): string[] {
    this.log('getKeys', []);
    return this.env.realm.Array.from(this.data.keys());
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    this.log('setProperties', [properties, deleteAllOthers]);
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(properties)) {
      const text = String(v);
      next.set(k, text);
      this.check(next, k, text);
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this;
  }

  deleteProperty(key: string): this {
    this.log('deleteProperty', [key]);
    this.data.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.log('deleteAllProperties', []);
    this.data.clear();
    return this;
  }

  toString(): string {
    return 'Properties';
  }
}

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

/** `PropertiesService`. */
export function localPropertiesService(env: LocalEnv, stores: PropertyStores) {
  return {
    getDocumentProperties(): LocalProperties {
      logCall(env, 'PropertiesService', 'getDocumentProperties', []);
      return new LocalProperties(env, 'document', stores.document);
    },
    getUserProperties(): LocalProperties {
      logCall(env, 'PropertiesService', 'getUserProperties', []);
      return new LocalProperties(env, 'user', stores.user);
    },
    getScriptProperties(): LocalProperties {
      logCall(env, 'PropertiesService', 'getScriptProperties', []);
      return new LocalProperties(env, 'script', stores.script);
    },
  };
}
