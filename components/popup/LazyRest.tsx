/**
 * Loads the rest of the popup (worker requests, zod, webextension-polyfill) after the counts have
 * painted, and renders it below them. In the extension `load` is a dynamic import, a chunk of its own.
 */
import type { QueueSummary } from '@/lib/messages';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from './after-paint';
import { POPUP_TEXT as T } from './messages';

export type RestComponent = ComponentType<{ summary: QueueSummary | null }>;

export function LazyRest({ load, summary }: { load: () => Promise<RestComponent>; summary: QueueSummary | null }) {
  const [Rest, setRest] = useState<{ C: RestComponent } | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    const cancel = afterPaint(() => {
      load().then(
        (C) => live && setRest({ C }),
        () => live && setRest('failed'),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [load]);

  if (Rest === 'failed') {
    return (
      <p class="status status--error" role="alert">
        {T.restFailed}
      </p>
    );
  }
  // Until it arrives, the same honest line Batches shows while the worker plans.
  if (Rest === null) return <p class="muted">{T.batchesLoading}</p>;
  return <Rest.C summary={summary} />;
}
