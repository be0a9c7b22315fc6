import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { newOpId, sendMessage } from '@/components/common/rpc';
import type { PopupApi } from '@/components/popup/api';
import { Batches } from '@/components/popup/Batches';
import type { PlannedBatch } from '@/lib/messages';
import { QUEUE_SUMMARY_KEY } from '@/lib/queue/summary-key';

/** The worker's batch plan for the queue, beside the creators it came from; refreshed on every queue change. */
export function QueueBatches({ region }: { region: string | null }) {
  const [batches, setBatches] = useState<PlannedBatch[] | null>(null);
  const load = () =>
    sendMessage({ type: 'batch/plan', ...(region ? { region } : {}) }).then((r) =>
      setBatches(r.ok ? r.data.batches : []),
    );
  useEffect(() => {
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && QUEUE_SUMMARY_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [region]);
  // Batches only sends messages; the rest of the popup's API is not used here.
  const api = { send: sendMessage, newOpId } as unknown as PopupApi;
  return <Batches api={api} batches={batches} onOpened={() => void load()} />;
}
