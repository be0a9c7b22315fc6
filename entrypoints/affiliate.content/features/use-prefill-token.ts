import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/components/common/rpc';
import type { Prefill } from '@/lib/messages';

/** A queued batch opened this page: its terms, taken from the worker once by the URL's one-time token. */
export function usePrefillToken(url: URL, signal: AbortSignal): Prefill | null {
  const [batch, setBatch] = useState<Prefill | null>(null);
  useEffect(() => {
    const token = url.searchParams.get('cp_batch');
    if (!token || !/^[0-9a-f]{32}$/.test(token)) return;
    sendMessage({ type: 'prefill/take', token }).then((r) => {
      if (signal.aborted || !r.ok || !r.data.prefill) return;
      setBatch(r.data.prefill);
    });
  }, []);
  return batch;
}
