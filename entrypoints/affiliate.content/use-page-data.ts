import { useEffect, useState } from 'preact/hooks';
import type { PageData, PageDataStore } from './page-data';

/** Re-renders the caller whenever the page's JSON brought something new. */
export function usePageData(store: PageDataStore): PageData {
  const [, setRev] = useState(store.get().rev);
  useEffect(() => store.subscribe((d) => setRev(d.rev)), [store]);
  return store.get();
}
