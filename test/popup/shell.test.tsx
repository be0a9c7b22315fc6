import { afterEach, describe, expect, it } from 'vitest';
import type { SummaryApi } from '../../components/popup/api';
import { LazyRest, type RestComponent } from '../../components/popup/LazyRest';
import { POPUP_TEXT as T } from '../../components/popup/messages';
import { PopupShell } from '../../components/popup/PopupShell';
import type { QueueSummary } from '../../lib/messages';
import { flush, mount, waitFor } from '../ui/harness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const S: QueueSummary = { rev: 3, counts: { queued: 9990, opened: 4, sent: 3, failed: 2, removed: 1 }, total: 10_000, updatedAt: 1 };

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
  return { api, settle: () => settle, push: (s: QueueSummary) => listener?.(s) };
}

function countOf(root: HTMLElement, label: string): string | undefined {
  const dt = [...root.querySelectorAll('dt')].find((d) => d.textContent === label);
  return dt?.nextElementSibling?.textContent ?? undefined;
}

/** A stand-in for the lazily loaded rest: prints what it was given. */
const Rest: RestComponent = ({ summary }) => <p class="rest">{`rest ${summary?.total ?? 'none'}`}</p>;

describe('PopupShell (first paint)', () => {
  it('paints title, Settings link and an honest loading line before the read settles, and no rest yet', async () => {
    const { api } = summaryApi();
    const m = mount(<PopupShell api={api} rest={() => <p class="rest" />} />);
    cleanup = m.unmount;
    await flush();
    expect(m.root.querySelector('h1')?.textContent).toBe(T.title);
    expect(m.root.querySelector('a')?.getAttribute('href')).toBe('chrome-extension://id/options.html');
    expect(m.root.textContent).toContain(T.noSummary);
    expect(m.root.querySelector('.rest')).toBeNull();
  });

  type Settle = ReturnType<ReturnType<typeof summaryApi>['settle']>;
  const SETTLE: Record<string, (s: Settle) => void> = {
    'the stored summary': (s) => s?.resolve(S),
    'nothing stored yet': (s) => s?.resolve(null),
    'a failed read': (s) => s?.reject(new Error('gone')),
  };
  it.each([
    ['the stored summary', '9990', 'rest 10000'],
    ['nothing stored yet', undefined, 'rest none'],
    ['a failed read', undefined, 'rest none'],
  ])('after %s: Queued count %s, then the rest below the counts', async (how, queued, rest) => {
    const { api, settle } = summaryApi();
    const m = mount(<PopupShell api={api} rest={(s) => <Rest summary={s} />} />);
    cleanup = m.unmount;
    await flush();
    SETTLE[how]?.(settle());
    await waitFor(() => m.root.querySelector('.rest'));
    expect(countOf(m.root, 'Queued')).toBe(queued);
    expect(m.root.querySelector('.rest')?.textContent).toBe(rest);
    // The rest comes after the counts, inside the same landmark.
    expect(m.root.querySelector('main > :last-child')?.className).toBe('rest');
  });

  it('keeps a newer summary that arrived while the read was in flight', async () => {
    const { api, settle, push } = summaryApi();
    const m = mount(<PopupShell api={api} rest={(s) => <Rest summary={s} />} />);
    cleanup = m.unmount;
    await flush();
    push({ ...S, rev: 4, counts: { ...S.counts, queued: 7 } });
    settle()?.resolve(S);
    await waitFor(() => m.root.querySelector('.rest'));
    expect(countOf(m.root, 'Queued')).toBe('7');
  });
});

describe('LazyRest', () => {
  it('loads after the first paint, shows a loading line meanwhile, then the rest with live summaries', async () => {
    let calls = 0;
    let shownAtLoad = '';
    let deliver: ((c: RestComponent) => void) | undefined;
    const load = () => {
      calls++;
      shownAtLoad = m.root.textContent ?? '';
      return new Promise<RestComponent>((r) => (deliver = r));
    };
    const { api, settle, push } = summaryApi();
    const m = mount(<PopupShell api={api} rest={(s) => <LazyRest load={load} summary={s} />} />);
    cleanup = m.unmount;
    await flush();
    settle()?.resolve(S);
    await waitFor(() => calls === 1);
    // Loading starts only once the counts and the loading line are on screen.
    expect(shownAtLoad).toContain('9990');
    expect(shownAtLoad).toContain(T.batchesLoading);
    // Keyboard focus on the first paint's link survives the rest arriving.
    const link = m.root.querySelector('a') as HTMLAnchorElement;
    link.focus();
    deliver?.(Rest);
    await waitFor(() => m.root.querySelector('.rest'));
    expect(m.root.querySelector('.rest')?.textContent).toBe('rest 10000');
    expect(m.root.textContent).not.toContain(T.batchesLoading);
    expect(document.activeElement).toBe(link);
    push({ ...S, rev: 4, total: 11 });
    await flush();
    expect(m.root.querySelector('.rest')?.textContent).toBe('rest 11');
    expect(calls).toBe(1);
  });

  it('says so, as an alert, when the rest cannot load', async () => {
    const m = mount(<LazyRest load={() => Promise.reject(new Error('chunk missing'))} summary={S} />);
    cleanup = m.unmount;
    const alert = await waitFor(() => m.root.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe(T.restFailed);
  });
});
