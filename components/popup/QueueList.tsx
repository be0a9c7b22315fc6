/**
 * The queue as a virtualised list: only the rows in view are rendered, and rows are fetched from the
 * worker a page at a time as they scroll into view, so 10,000 entries cost what 20 do.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueEntry } from '@/lib/queue/entry';
import type { PopupApi } from './api';
import { POPUP_TEXT as T } from './messages';

export const ROW_HEIGHT = 30;
const VIEW_HEIGHT = 240;
const PAGE = 100;
const OVERSCAN = 6;

export function visibleRange(scrollTop: number, total: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  return [first, last];
}

export function QueueList({ api, total, rev }: { api: PopupApi; total: number; rev: number }) {
  const [scrollTop, setScrollTop] = useState(0);
  const [, setTick] = useState(0);
  const pages = useRef(new Map<number, QueueEntry[] | 'loading'>());
  const [undo, setUndo] = useState<{ who: string; token: unknown } | null>(null);

  const remove = async (e: QueueEntry, who: string) => {
    const r = await api.send({
      type: 'queue/remove',
      opId: api.newOpId(),
      ids: [e.id],
    });
    if (r.ok) setUndo({ who, token: r.data.token });
  };
  const undoRemove = async () => {
    if (!undo) return;
    const r = await api.send({
      type: 'queue/undo',
      opId: api.newOpId(),
      token: undo.token as never,
    });
    if (r.ok) setUndo(null);
  };
  const [first, last] = visibleRange(scrollTop, total);

  // A queue change (new rev) invalidates what we fetched.
  useEffect(() => {
    pages.current.clear();
    setTick((t) => t + 1);
  }, [rev]);

  useEffect(() => {
    for (let p = Math.floor(first / PAGE); p * PAGE < last; p++) {
      if (pages.current.has(p)) continue;
      pages.current.set(p, 'loading');
      void api.send({ type: 'queue/list', offset: p * PAGE, limit: PAGE }).then((r) => {
        if (r.ok) pages.current.set(p, r.data.entries);
        else pages.current.delete(p);
        setTick((t) => t + 1);
      });
    }
  });

  const rows = [];
  for (let i = first; i < last; i++) {
    const page = pages.current.get(Math.floor(i / PAGE));
    const e = Array.isArray(page) ? page[i % PAGE] : undefined;
    const who = e ? (e.creator.handle ? `@${e.creator.handle.replace(/^@/, '')}` : e.creator.id) : T.rowLoading;
    rows.push(
      <li
        key={i}
        aria-setsize={total}
        aria-posinset={i + 1}
        class="row"
        style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
      >
        <span class="row__who">{who}</span>
        {e ? <span class={`row__status row__status--${e.status}`}>{T.status[e.status]}</span> : null}
        {e && e.status !== 'removed' && e.status !== 'sent' ? (
          <button type="button" class="row__remove" aria-label={T.remove(who)} onClick={() => remove(e, who)}>
            ×
          </button>
        ) : null}
      </li>,
    );
  }
  return (
    <>
      {undo ? (
        <p class="undo" role="status">
          {T.removed(undo.who)}{' '}
          <button type="button" onClick={undoRemove}>
            {T.undo}
          </button>
        </p>
      ) : null}
      {/* Focusable so keyboard users can scroll it (a scrollable region must be reachable). */}
      <section
        class="queue-list"
        aria-label={T.listLabel}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable.
        tabIndex={0}
        style={{ height: `${Math.min(VIEW_HEIGHT, total * ROW_HEIGHT)}px` }}
        onScroll={(ev) => setScrollTop((ev.currentTarget as HTMLElement).scrollTop)}
      >
        <ul
          style={{
            height: `${total * ROW_HEIGHT}px`,
            position: 'relative',
            margin: 0,
            padding: 0,
            listStyle: 'none',
          }}
        >
          {rows}
        </ul>
      </section>
    </>
  );
}
