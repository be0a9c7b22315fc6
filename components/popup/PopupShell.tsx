/**
 * What the popup paints first: the title, the Settings link and the queue counts from the stored
 * summary (one storage read, no worker). Everything else is `rest`, rendered below once that read has
 * settled, so in the extension it can arrive in a later chunk without delaying the counts.
 */
import type { QueueSummary } from '@/lib/messages';
import type { ComponentChild } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { SummaryApi } from './api';
import { Counts } from './Counts';
import { POPUP_TEXT as T } from './messages';

export function PopupShell({ api, rest }: { api: SummaryApi; rest: (summary: QueueSummary | null) => ComponentChild }) {
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  const [read, setRead] = useState(false);

  // Layout effect: the read starts right after the first render, not after the first frame (useEffect's
  // wait), so the counts can be in the frame after it.
  useLayoutEffect(() => {
    let live = true;
    api
      .readSummary()
      .catch(() => null)
      .then((s) => {
        if (!live) return;
        // A change that arrived while reading is newer than what the read returned.
        if (s) setSummary((cur) => (cur && cur.rev > s.rev ? cur : s));
        setRead(true);
      });
    const stop = api.onSummary((s) => setSummary(s));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  return (
    <main class="popup">
      <header class="popup__head">
        <h1>{T.title}</h1>
        <a href={api.optionsUrl} target="_blank" rel="noopener">
          {T.options}
        </a>
      </header>
      <Counts summary={summary} />
      {read ? rest(summary) : null}
    </main>
  );
}
