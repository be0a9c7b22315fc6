/**
 * The two storage shapes the worker writes through, as minimal interfaces so lib/ never touches the
 * extension API: `browser.storage.local` satisfies StorageAreaLike, idb-keyval (or a Map in tests)
 * satisfies KeyValueStore.
 */

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/**
 * In-memory KeyValueStore for tests and as a last resort when IndexedDB is unavailable (private
 * windows in some browsers). Values are cloned in and out, as IndexedDB's structured clone does,
 * so a caller can never mutate what is "stored".
 */
export function createMemoryStore(
  initial?: Iterable<[string, unknown]>,
): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  return {
    data,
    async get(key) {
      return data.has(key) ? structuredClone(data.get(key)) : undefined;
    },
    async set(key, value) {
      data.set(key, structuredClone(value));
    },
    async del(key) {
      data.delete(key);
    },
    async keys() {
      return [...data.keys()];
    },
  };
}
