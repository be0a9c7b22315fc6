import { afterEach, describe, expect, it } from 'vitest';
import type { SummaryApi } from '../../components/popup/api';
import { type MountRest, mountShell } from '../../components/popup/shell';
import { shellText } from '../../components/popup/shell-text';
import { t } from '../../lib/i18n';
import type { QueueSummary } from '../../lib/messages';
import { flush, waitFor } from '../ui/harness';

const T = shellText(t);
const S: QueueSummary = {
  rev: 3,
  counts: { queued: 9990, opened: 4, sent: 3, failed: 2, removed: 1 },
  total: 10_000,
  updatedAt: 1,
};

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  document.body.replaceChildren();
});

/** A SummaryApi whose read the test settles by hand. */
function summaryApi() {
  let settle: { resolve(s: QueueSummary | null): void; reject(e: unknown): void } | undefined;
  let listener: ((s: QueueSummary) => void) | undefined;
  const api: SummaryApi = {
    readSummary: () => new Promise((resolve, reject) => (settle = { resolve, reject })),
    onSummary: (cb) => {
      listener = cb;
      return () => (listener = undefined);
    },
    optionsUrl: 'chrome-extension://id/options.html',
  };
  return {
    api,
    settle: () => settle,
    push: (s: QueueSummary) => listener?.(s),
    listening: () => listener !== undefined,
  };
}

/** A stand-in for the lazily loaded rest: prints the summaries it was given. */
function fakeRest() {
  const seen: Array<QueueSummary | null> = [];
  let unmounted = false;
  const mount: MountRest = (into, summary) => {
    const p = document.createElement('p');
    p.className = 'rest';
    const draw = (s: QueueSummary | null) => {
      seen.push(s);
      p.textContent = `rest ${s?.total ?? 'none'}`;
    };
    draw(summary);
    into.append(p);
    return { update: draw, unmount: () => (unmounted = true) };
  };
  return { mount, seen, unmounted: () => unmounted };
}

/** Mounts the shell; the rest loads when the test calls `paint()` (the frame the shell waits for). */
function start(api: SummaryApi, loadRest: () => Promise<MountRest>) {
  const app = document.createElement('div');
  document.body.append(app);
  let painted: (() => void) | undefined;
  const later = (fn: () => void) => {
    painted = fn;
    return () => {
      painted = undefined;
    };
  };
  cleanup = mountShell(app, { api, text: T, loadRest, later });
  return { app, paint: () => painted?.() };
}

function countOf(root: HTMLElement, label: string): string | undefined {
  const dt = [...root.querySelectorAll('dt')].find((d) => d.textContent === label);
  return dt?.nextElementSibling?.textContent ?? undefined;
}

describe('the popup shell (first paint, plain DOM)', () => {
  it('paints title, Settings link and an honest loading line at once, before the read settles, and no rest yet', () => {
    const { api } = summaryApi();
    const { app } = start(api, () => Promise.resolve(fakeRest().mount));
    // Synchronously: the first frame has everything the shell can show without storage.
    expect(app.querySelector('main.popup h1')?.textContent).toBe('Collab Pilot');
    const link = app.querySelector('a');
    expect(link?.getAttribute('href')).toBe('chrome-extension://id/options.html');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener');
    expect(link?.textContent).toBe(T.options);
    expect(app.textContent).toContain(T.noSummary);
    expect(app.querySelector('.popup__rest')).toBeNull();
  });

  type Settle = ReturnType<ReturnType<typeof summaryApi>['settle']>;
  const SETTLE: Record<string, (s: Settle) => void> = {
    'the stored summary': (s) => s?.resolve(S),
    'an empty queue': (s) => s?.resolve({ ...S, counts: {}, total: 0 } as QueueSummary),
    'nothing stored yet': (s) => s?.resolve(null),
    'a failed read': (s) => s?.reject(new Error('gone')),
  };
  it.each([
    ['the stored summary', '9990', T.countsLabel, 'rest 10000'],
    ['an empty queue', undefined, T.empty, 'rest 0'],
    ['nothing stored yet', undefined, T.noSummary, 'rest none'],
    ['a failed read', undefined, T.noSummary, 'rest none'],
  ])('after %s: Queued count %s, "%s", then the rest below the counts', async (how, queued, said, rest) => {
    const { api, settle } = summaryApi();
    const r = fakeRest();
    const { app, paint } = start(api, () => Promise.resolve(r.mount));
    SETTLE[how]?.(settle());
    await waitFor(() => app.querySelector('.popup__rest'));
    expect(countOf(app, T.status.queued as string)).toBe(queued);
    expect(app.querySelector('dl')?.getAttribute('aria-label') ?? app.querySelector('main > p')?.textContent).toBe(
      said,
    );
    // Until the frame after the counts, the rest is a loading line.
    expect(app.querySelector('.popup__rest')?.textContent).toBe(T.restLoading);
    paint();
    await waitFor(() => app.querySelector('.rest'));
    expect(app.querySelector('.rest')?.textContent).toBe(rest);
    // The rest comes after the counts, inside the same landmark.
    expect(app.querySelector('main > :last-child')?.className).toBe('popup__rest');
    expect(app.querySelector('.popup__rest')?.textContent).toBe(rest);
  });

  it('keeps a newer summary that arrived while the read was in flight, and hands the rest each newer one', async () => {
    const { api, settle, push } = summaryApi();
    const r = fakeRest();
    const { app, paint } = start(api, () => Promise.resolve(r.mount));
    const newer = { ...S, rev: 4, counts: { ...S.counts, queued: 7 } };
    push(newer);
    settle()?.resolve(S);
    await waitFor(() => app.querySelector('.popup__rest'));
    expect(countOf(app, T.status.queued as string)).toBe('7');
    paint();
    await waitFor(() => app.querySelector('.rest'));
    expect(r.seen).toEqual([newer]);
    push({ ...S, rev: 5, total: 11 });
    expect(app.querySelector('.rest')?.textContent).toBe('rest 11');
    expect(countOf(app, T.status.queued as string)).toBe('9990');
  });

  it('loads the rest once, after the counts are on screen, and keeps focus on the link', async () => {
    const { api, settle } = summaryApi();
    let calls = 0;
    let shownAtLoad = '';
    let deliver: ((m: MountRest) => void) | undefined;
    const { app, paint } = start(api, () => {
      calls++;
      shownAtLoad = app.textContent ?? '';
      return new Promise<MountRest>((resolve) => (deliver = resolve));
    });
    settle()?.resolve(S);
    await waitFor(() => app.querySelector('.popup__rest'));
    expect(calls).toBe(0);
    paint();
    expect(calls).toBe(1);
    expect(shownAtLoad).toContain('9990');
    expect(shownAtLoad).toContain(T.restLoading);
    const link = app.querySelector('a') as HTMLAnchorElement;
    link.focus();
    deliver?.(fakeRest().mount);
    await waitFor(() => app.querySelector('.rest'));
    expect(app.textContent).not.toContain(T.restLoading);
    expect(document.activeElement).toBe(link);
  });

  it('says so, as an alert, when the rest cannot load', async () => {
    const { api, settle } = summaryApi();
    const { app, paint } = start(api, () => Promise.reject(new Error('chunk missing')));
    settle()?.resolve(S);
    await waitFor(() => app.querySelector('.popup__rest'));
    paint();
    const alert = await waitFor(() => app.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe(T.restFailed);
  });

  it('takes everything down when unmounted: DOM, summary listener, a pending load and the rest', async () => {
    const { api, settle, listening } = summaryApi();
    const r = fakeRest();
    const { app, paint } = start(api, () => Promise.resolve(r.mount));
    settle()?.resolve(S);
    await waitFor(() => app.querySelector('.popup__rest'));
    paint();
    await waitFor(() => app.querySelector('.rest'));
    cleanup?.();
    cleanup = undefined;
    expect(app.childElementCount).toBe(0);
    expect(listening()).toBe(false);
    expect(r.unmounted()).toBe(true);
  });

  it('never mounts the rest when taken down before it arrived', async () => {
    const { api, settle } = summaryApi();
    let deliver: ((m: MountRest) => void) | undefined;
    const r = fakeRest();
    const { app, paint } = start(api, () => new Promise<MountRest>((resolve) => (deliver = resolve)));
    settle()?.resolve(S);
    await waitFor(() => app.querySelector('.popup__rest'));
    paint();
    cleanup?.();
    cleanup = undefined;
    deliver?.(r.mount);
    await flush();
    expect(r.seen).toEqual([]);
  });
});
