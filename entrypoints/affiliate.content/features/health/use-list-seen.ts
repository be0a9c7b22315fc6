/**
 * Reports what the collaboration detail answers showed about each creator to creator memory, once per
 * collaboration per visit. The worker validates it and keeps it as the page's word only.
 */
import { useEffect } from 'preact/hooks';
import { sendMessage } from '@/components/common/rpc';
import { sightingsOf } from '@/lib/memory/from-page';
import type { GroupDetail } from '@/lib/pages/group-json';
import type { PageDataStore } from '../../page-data';

/** memory/list-seen takes at most 1,000 sightings. */
const PER_REQUEST = 1000;

export function useListSeen(data: PageDataStore, signal: AbortSignal): void {
  useEffect(() => {
    const sent = new Set<string>();
    const report = (g: GroupDetail) => {
      if (signal.aborted || sent.has(g.id)) return;
      sent.add(g.id);
      const seen = sightingsOf(g);
      for (let i = 0; i < seen.length; i += PER_REQUEST)
        void sendMessage({ type: 'memory/list-seen', seen: seen.slice(i, i + PER_REQUEST) });
    };
    for (const g of data.get().groupDetails.values()) report(g);
    return data.subscribe((_, e) => {
      if (e.endpoint === 'group-detail') report(e.group);
    });
  }, [data, signal]);
}
