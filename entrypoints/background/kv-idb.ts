/**
 * The production KeyValueStore: idb-keyval in the extension's own origin. Only the worker uses it:
 * from a content script idb-keyval would write into the site's database.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';
import type { KeyValueStore } from '@/lib/storage/area';

export function createIdbStore(dbName = 'collab-pilot', storeName = 'queue'): KeyValueStore {
  const store = createStore(dbName, storeName);
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  };
}
