/**
 * Benchmark of creator memory at 50,000 creators: one queue change recorded into memory (the worker's
 * store over the in-memory store the tests use, so the structured clone of every write is included
 * but IndexedDB's own latency is not), and one page of 50 Find creators rows asking for their memory
 * and working out its texts, with the chips' DOM in happy-dom as a reference (happy-dom's DOM is
 * many times slower than a browser's). Goals: an add within 10 ms, a page within 16 ms (one frame).
 */
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { createMemoryStoreOver, kvShardKv } from '../../entrypoints/background/memory-store.ts';
import { ENGLISH } from '../../lib/i18n/english.ts';
import { setMessages } from '../../lib/i18n/index.ts';
import { withQueueEntry } from '../../lib/memory/from-queue.ts';
import { summaryDetails, summaryLine } from '../../lib/memory/messages.ts';
import type { CreatorMemory } from '../../lib/memory/schema.ts';
import { summarise } from '../../lib/memory/summary.ts';
import type { QueueEntry } from '../../lib/queue/entry.ts';
import { createMemoryStore } from '../../lib/storage/area.ts';
import { type BenchFigure, median, rng, round2 } from './common.ts';

setMessages(ENGLISH);

const CREATORS = 50_000;
const RUNS = 60;
const PAGE = 50;
const WARMUP = 10;
const ADD_GOAL_MS = 10;
const PAGE_GOAL_MS = 16;
const NOW = Date.UTC(2026, 10, 25);
const DAY = 86_400_000;

function entry(creatorId: string, i: number, status: QueueEntry['status'], at: number): QueueEntry {
  return {
    id: `e-${creatorId}-${i}`,
    creator: { id: creatorId, handle: `h_${creatorId}`, canLive: true },
    terms: {
      products: [
        { id: 'p1', targetRateBp: 1500, sampleOffer: 'free-sample' },
        { id: 'p2', targetRateBp: 1200, sampleOffer: 'none' },
      ],
      contentType: 'video',
      flashSale: false,
      feeStructure: 'commission',
    },
    status,
    createdAt: at,
    updatedAt: at,
    note: '',
    tags: [],
    history: [],
  };
}

async function seeded() {
  const rand = rng(20261207);
  const store = createMemoryStoreOver(kvShardKv(createMemoryStore()));
  const STEP = 5_000;
  for (let from = 0; from < CREATORS; from += STEP) {
    const changes = [];
    for (let i = from; i < from + STEP; i++) {
      const id = `c${i}`;
      const n = 1 + Math.floor(rand() * 3);
      changes.push({
        id,
        change: (m: CreatorMemory | undefined) => {
          let out = m;
          for (let k = 0; k < n; k++)
            out = withQueueEntry(
              out,
              entry(id, k, k === n - 1 && rand() < 0.3 ? 'queued' : 'sent', NOW - Math.floor(rand() * 200) * DAY),
            );
          if (out && rand() < 0.1)
            out = { ...out, notes: 'Asked for two samples; posts on Fridays.', tags: ['beauty', 'vip'] };
          return out;
        },
      });
    }
    await store.update(changes);
  }
  return store;
}

export async function benchMemory(): Promise<BenchFigure[]> {
  const store = await seeded();
  // Warm: every shard read once, as a worker that has been answering for a while has them.
  await store.all();

  const adds: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const id = r % 2 === 0 ? `new${r}` : `c${r * 701}`;
    const e = entry(id, 100 + r, 'sent', NOW);
    const t0 = performance.now();
    await store.update([{ id, change: (m) => withQueueEntry(m, e) }]);
    adds.push(performance.now() - t0);
  }

  const window = new Window();
  const doc = window.document as unknown as Document;
  Object.assign(globalThis, { document: doc });
  const { MemoryChip } = await import('../../components/creators/memory-chip.ts');
  const pages: number[] = [];
  const drawn: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const ids = Array.from({ length: PAGE }, (_, i) => `c${((r * PAGE + i) * 13) % CREATORS}`);
    const body = doc.createElement('div');
    doc.body.append(body);
    // What memory adds to a page of rows: one request's lookup, the summaries and their texts...
    const t0 = performance.now();
    const found = await store.get(ids);
    const lines = [];
    for (const id of ids) {
      const m = found.get(id);
      if (m) {
        const s = summarise(m);
        lines.push(s);
        summaryLine(s);
        summaryDetails(s, 'en-GB');
      }
    }
    const t1 = performance.now();
    // ...and each row's chip, in happy-dom (far slower than a browser's DOM: a reference only).
    for (const s of lines) body.append(new MemoryChip(doc, s, 'en-GB').el);
    const t2 = performance.now();
    if (r >= WARMUP) {
      pages.push(t1 - t0);
      drawn.push(t2 - t1);
    }
    body.remove();
  }
  await window.happyDOM.abort();
  window.close();

  const add = round2(median(adds));
  const page = round2(median(pages));
  const dom = round2(median(drawn));
  return [
    {
      figure: `memory: record one queue change, ${CREATORS.toLocaleString('en')} creators (median of ${RUNS})`,
      value: add,
      unit: 'ms',
      goal: `≤ ${ADD_GOAL_MS} ms`,
      ok: add <= ADD_GOAL_MS,
    },
    {
      figure: `memory: ${PAGE} rows look up their history and its texts (median of ${RUNS})`,
      value: page,
      unit: 'ms',
      goal: `≤ ${PAGE_GOAL_MS} ms`,
      ok: page <= PAGE_GOAL_MS,
    },
    {
      figure: `memory: ${PAGE} rows' history chips built in happy-dom (median of ${RUNS})`,
      value: dom,
      unit: 'ms',
      goal: 'reference',
      ok: true,
    },
  ];
}
