import { useEffect, useReducer, useState } from 'preact/hooks';
import { pageLocale } from '@/lib/format/locale';
import type { PageRecognition } from '@/lib/pages/recognise';
import type { PageDataStore } from '../../page-data';
import { useSettings } from '../../settings-hook';
import { createOverlayController, type OverlayController } from './overlay-controller';
import { createQueuedStore } from './queued-store';
import { createRememberedStore } from './remembered-store';

type CreatorPage = Extract<PageRecognition, { kind: 'find-creators' | 'creator-detail' }>;

export interface OverlaySetup {
  ctl: OverlayController;
  /** Aborts with the visit, or when the feature unmounts (the seller switched the overlay off). */
  signal: AbortSignal;
}

/** The page's shared overlay state, alive while the feature is mounted in this visit. */
export function useOverlay(page: CreatorPage, data: PageDataStore, visit: AbortSignal): OverlaySetup | null {
  const settings = useSettings(page.region);
  const [setup, setSetup] = useState<OverlaySetup | null>(null);
  // One controller per visit: the page never changes within it.
  useEffect(() => {
    if (visit.aborted) return;
    const ac = new AbortController();
    const stop = () => ac.abort();
    visit.addEventListener('abort', stop, { once: true });
    const queued = createQueuedStore(ac.signal);
    const remembered = createRememberedStore(ac.signal);
    const ctl = createOverlayController({
      data,
      queued,
      remembered,
      region: page.region,
      locale: pageLocale(page.language, page.region),
      signal: ac.signal,
    });
    setSetup({ ctl, signal: ac.signal });
    return () => {
      visit.removeEventListener('abort', stop);
      ac.abort();
    };
  }, [data, visit]);
  useEffect(() => setup?.ctl.setThresholds(settings.fit), [setup, settings.fit]);
  return setup;
}

/** Runs `fn` later, once; returns a cancel. */
export type Defer = (fn: () => void) => () => void;

/**
 * When the browser is idle, and at most `timeout` ms later. Infinite scroll changes the rows every
 * page: the toolbar's counts cover every listed row, so they are worked out once per quiet moment,
 * not per change, and never inside the page's own busy tasks. Everything deferred to the same Defer
 * runs in one idle callback, so a component listening to several sources re-renders once.
 */
export function whenIdle(timeout = 200): Defer {
  const due = new Set<() => void>();
  let cancelFlush: (() => void) | null = null;
  const flush = () => {
    cancelFlush = null;
    const fns = [...due];
    due.clear();
    for (const fn of fns) fn();
  };
  const scheduleFlush = (): (() => void) => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(flush, { timeout });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(flush, 16);
    return () => clearTimeout(id);
  };
  return (fn) => {
    due.add(fn);
    cancelFlush ??= scheduleFlush();
    return () => {
      due.delete(fn);
      if (due.size === 0) {
        cancelFlush?.();
        cancelFlush = null;
      }
    };
  };
}

/** Re-renders the caller on every change `subscribe` reports (or once per `defer`, when given). */
export function useChanges(subscribe: ((fn: () => void) => () => void) | undefined, defer?: Defer): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!subscribe) return;
    let cancel: (() => void) | null = null;
    const onChange = defer
      ? () => {
          cancel ??= defer(() => {
            cancel = null;
            bump(0);
          });
        }
      : () => bump(0);
    const unsubscribe = subscribe(onChange);
    // Effects run after paint: render once more for whatever changed before we listened.
    bump(0);
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [subscribe, defer]);
}
