import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../components/popup/api';
import { handleMessage } from '../../entrypoints/background/listener';
import { WORKER_MESSAGES } from '../../entrypoints/background/messages';
import type { AnyReply, FocusedCreatorReply, PlannedBatch, QueueSummary } from '../../lib/messages';
import { createMemoryStore } from '../../lib/storage/area';
import { SNAPSHOT_KEY } from '../../lib/storage/journal';
import { creator, EXT, POPUP, startTestWorker, TERMS, testDeps } from '../background/helpers';
import { button, flush, mount, recordingSend, waitFor } from './harness';
import { PopupApp } from './popup-app';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const SUMMARY: QueueSummary = {
  rev: 3,
  counts: { queued: 9990, opened: 4, sent: 3, failed: 2, removed: 1 },
  total: 10_000,
  updatedAt: 1,
};

function entry(i: number) {
  return {
    id: `e${i}`,
    creator: creator(`c${i}`),
    terms: TERMS,
    status: 'queued',
    createdAt: 1,
    updatedAt: 1,
    note: '',
    tags: [],
    history: [],
  };
}

const BATCH: PlannedBatch = {
  id: 'e1+2',
  entryIds: ['e1', 'e2'],
  creators: [
    { id: 'c1', handle: 'alice', canLive: true },
    { id: 'c2', handle: 'bob', canLive: null },
  ],
  terms: { ...TERMS, endsAt: 2 },
  findings: [{ code: 'stock.low', severity: 'warning', message: 'Low stock' }],
};

function fakeApi(
  opts: {
    summary?: QueueSummary | null;
    focus?: FocusedCreatorReply | null;
    batches?: PlannedBatch[];
    hang?: boolean;
    answer?: (req: { type: string }) => AnyReply | undefined;
  } = {},
) {
  let listener: ((s: QueueSummary) => void) | undefined;
  const send = recordingSend((req) => {
    if (opts.hang) return new Promise<AnyReply>(() => {});
    const custom = opts.answer?.(req);
    if (custom) return custom;
    const r = req as { type: string; offset?: number; limit?: number };
    switch (r.type) {
      case 'batch/plan':
        return { ok: true, data: { batches: opts.batches ?? [], quota: null } };
      case 'quota/get':
        return {
          ok: true,
          data: {
            quota: { used24h: 12, cap24h: 200, open: 3, openCap: 1000, region: 'GB', reportedAt: 1 },
            openedLast24h: 0,
          },
        };
      case 'notices/get':
        return { ok: true, data: { notices: [] } };
      case 'storage/health':
        return { ok: true, data: { problems: [], readOnly: false } };
      case 'queue/list': {
        const offset = r.offset ?? 0;
        const entries = Array.from({ length: Math.min(r.limit ?? 0, 10_000 - offset) }, (_, i) => entry(offset + i));
        return { ok: true, data: { entries, total: 10_000, rev: 3 } };
      }
      default:
        return { ok: true, data: {} };
    }
  });
  let n = 0;
  const api: PopupApi = {
    send,
    readSummary: async () => opts.summary ?? null,
    onSummary: (cb) => {
      listener = cb;
      return () => {
        listener = undefined;
      };
    },
    focusedCreator: async () => opts.focus ?? null,
    newOpId: () => `op${n++}`,
    optionsUrl: 'chrome-extension://test-extension-id/options.html',
  };
  return { api, send, push: (s: QueueSummary) => listener?.(s) };
}

function countOf(root: HTMLElement, label: string): string | undefined {
  const dt = [...root.querySelectorAll('dt')].find((d) => d.textContent === label);
  return dt?.nextElementSibling?.textContent ?? undefined;
}

describe('popup', () => {
  it('paints the counts from the stored summary even while the worker has not answered', async () => {
    const { api, send } = fakeApi({ summary: SUMMARY, hang: true });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => countOf(m.root, 'Queued'));
    expect(countOf(m.root, 'Queued')).toBe('9990');
    expect(countOf(m.root, 'Failed')).toBe('2');
    await flush(10);
    expect(send.calls.some((c) => c.type === 'queue/list')).toBe(false);
  });

  it('never loads the queue list until it is shown, and shows the quota', async () => {
    const { api, send } = fakeApi({ summary: SUMMARY });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.textContent?.includes('Invitations in the last 24 hours: 12 of 200'));
    await flush(10);
    expect(send.calls.some((c) => c.type === 'queue/list')).toBe(false);
  });

  it('follows summary changes from other contexts', async () => {
    const { api, push } = fakeApi({ summary: SUMMARY });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => countOf(m.root, 'Queued'));
    push({ ...SUMMARY, rev: 4, counts: { ...SUMMARY.counts, queued: 5 } });
    await flush();
    expect(countOf(m.root, 'Queued')).toBe('5');
  });

  it('virtualises a 10,000-entry queue: a handful of rows and one page fetched', async () => {
    const { api, send } = fakeApi({ summary: SUMMARY });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    // The counts paint first; the button comes with the rest of the popup, loaded after that paint.
    await waitFor(() => [...m.root.querySelectorAll('button')].some((b) => b.textContent === 'Show queue (10,000)'));
    button(m.root, 'Show queue (10,000)').click();
    await waitFor(() => m.root.querySelector('.queue-list li .row__status'));
    const rows = m.root.querySelectorAll('.queue-list li');
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(rows[0]?.textContent).toContain('@h_c0');
    expect(send.calls.filter((c) => c.type === 'queue/list')).toEqual([{ type: 'queue/list', offset: 0, limit: 100 }]);
  });

  it('lists batches with findings and opens one', async () => {
    const blocked = {
      ...BATCH,
      id: 'e3+1',
      entryIds: ['e3'],
      blockedReason: 'You have sent 200 of 200 invitations allowed in 24 hours.',
    };
    const { api, send } = fakeApi({
      summary: SUMMARY,
      batches: [BATCH, blocked],
      answer: (r) => (r.type === 'batch/open' ? { ok: true, data: { url: 'u', batchId: 'b' } } : undefined),
    });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelector('.batch'));
    expect(m.root.textContent).toContain('2 creators, 1 product');
    expect(m.root.textContent).toContain('1 warning');
    // Each finding in words, under its batch.
    expect([...m.root.querySelectorAll('.batch')][0]?.querySelector('.batch__finding-list')?.textContent).toBe(
      'Low stock',
    );
    expect(button(m.root, 'Open batch 2').disabled).toBe(true);
    expect(m.root.textContent).toContain('200 of 200');
    button(m.root, 'Open batch 1').click();
    await waitFor(() => send.calls.some((c) => c.type === 'batch/open'));
    expect(send.calls.find((c) => c.type === 'batch/open')).toMatchObject({ entryIds: ['e1', 'e2'] });
    await waitFor(() => m.root.textContent?.includes('press Send yourself'));
  });

  it('names the first five findings of a batch and counts the rest', async () => {
    const many = {
      ...BATCH,
      findings: Array.from({ length: 7 }, (_, i) => ({
        code: 'stock.low',
        severity: 'warning' as const,
        message: `Finding ${i + 1}`,
      })),
    };
    const { api } = fakeApi({ summary: SUMMARY, batches: [many] });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelector('.batch__finding-list'));
    const items = [...m.root.querySelectorAll('.batch__finding-list li')].map((li) => li.textContent);
    expect(items).toEqual(['Finding 1', 'Finding 2', 'Finding 3', 'Finding 4', 'Finding 5', '…and 2 more']);
  });

  it('offers nothing for a tab without a creator in focus', async () => {
    const { api } = fakeApi({ summary: SUMMARY, focus: { creator: null } });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelector('.muted, .batch'));
    await flush(10);
    expect(m.root.textContent).not.toContain('Queue this creator');
  });
});

describe('popup quick invite against the real worker', () => {
  function realApi(focus: FocusedCreatorReply) {
    const deps = testDeps();
    const w = startTestWorker(deps);
    const { api } = fakeApi({ summary: SUMMARY, focus });
    const send = recordingSend((req) => handleMessage(w.core, req, POPUP, EXT));
    return { api: { ...api, send }, w, deps };
  }

  it('"Queue this creator" queues the creator open in the tab, once', async () => {
    const { api, w } = realApi({ creator: creator('c42', { handle: 'zoe' }), region: 'GB' });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.textContent?.includes('Queue this creator'));
    button(m.root, 'Queue this creator').click();
    await waitFor(() => m.root.textContent?.includes('@zoe is in your queue.'));
    button(m.root, 'Queue this creator').click();
    await waitFor(() => m.root.textContent?.includes('already in your queue'));
    const list = await w.send({ type: 'queue/list', offset: 0, limit: 10 });
    expect(
      list.ok && (list.data as { entries: Array<{ creator: { id: string } }> }).entries.map((e) => e.creator.id),
    ).toEqual(['c42']);
  });

  it('"Invite now" queues and opens the create page for that creator', async () => {
    const { api, deps } = realApi({ creator: creator('c7', { handle: 'max' }), region: 'GB' });
    const m = mount(<PopupApp api={api} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.textContent?.includes('Invite now'));
    button(m.root, 'Invite now').click();
    await waitFor(() => deps.opened.length);
    expect(new URL(deps.opened[0] as string).searchParams.get('creator_ids[0]')).toBe('c7');
  });

  it('says the queue is of a newer version and must be updated for, as an alert', async () => {
    const w = startTestWorker(testDeps({ kv: createMemoryStore([[SNAPSHOT_KEY, { format: 99, seq: 1, state: {} }]]) }));
    const { api } = fakeApi({ summary: SUMMARY });
    const send = recordingSend((req) => handleMessage(w.core, req, POPUP, EXT));
    const m = mount(<PopupApp api={{ ...api, send }} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelector('[role="alert"]'));
    expect(m.root.querySelector('[role="alert"]')?.textContent).toBe(WORKER_MESSAGES.queueNewer);
    expect(WORKER_MESSAGES.queueNewer).toMatch(/newer version.*Update Collab Pilot/);
  });
});
