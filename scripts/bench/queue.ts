/**
 * Benchmark of the invitation queue at scale: the pure queue logic, and
 * the real worker (message validation, router, handlers, write-ahead journal, summary) over the
 * in-memory stores the tests use, so the figures exclude IndexedDB latency but include the
 * structured clone every stored value goes through.
 */
import { type Core, createCore, type WorkerDeps } from '../../entrypoints/background/core.ts';
import { handleMessage } from '../../entrypoints/background/listener.ts';
import { STORAGE_LIMITS } from '../../lib/config/storage-limits.ts';
import { ENGLISH } from '../../lib/i18n/english.ts';
import { setMessages } from '../../lib/i18n/index.ts';
import type { AnyReply } from '../../lib/messages.ts';
import type { QueueState, QueueTerms } from '../../lib/queue/entry.ts';
import { applyOp, type QueueOp } from '../../lib/queue/op-log.ts';
import { plannableEntries } from '../../lib/queue/plan.ts';
import { checkInvitationTrusted, draftFromBatch, planBatches } from '../../lib/rules/index.ts';
import { createMemoryStore, type StorageAreaLike } from '../../lib/storage/area.ts';

// Messages are built as in the extension, in English (entrypoints choose the browser's language).
setMessages(ENGLISH);

import { type BenchFigure, rng, type Timing, time, timed } from './common.ts';

const BULK = 1_000;
const SINGLES = 1_000;
/** Timed single adds onto the big queue (60 in one figure, 1,000 in the next) end it at the cap. */
const ONTO_BIG = 60 + SINGLES;
/** The largest queue allowed, less the room the timed adds onto it take. */
const BIG = STORAGE_LIMITS.queueMaxEntries - ONTO_BIG;
const PRODUCTS = 100;
const TERM_SETS = 40;
const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 24 * 60 * 60 * 1000;
const EXT = { id: 'bench-extension', origin: 'chrome-extension://bench-extension/' };
const CONTENT = {
  id: EXT.id,
  url: 'https://affiliate.tiktok.com/connection/creator?shop_region=GB',
  tab: { id: 1, url: 'https://affiliate.tiktok.com/connection/creator?shop_region=GB' },
};
const POPUP = { id: EXT.id, url: `${EXT.origin}popup.html` };

function termSets(): QueueTerms[] {
  const rand = rng(20261125);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  return Array.from({ length: TERM_SETS }, () => {
    const picked = new Set<string>();
    const n = int(1, 8);
    while (picked.size < n) picked.add(`17290000${int(0, PRODUCTS - 1)}`);
    const fixedEnd = rand() < 0.5;
    return {
      products: [...picked].map((id) => ({
        id,
        title: `Product ${id} – ceramic mug with a long descriptive title`,
        targetRateBp: int(80, 4000),
        openRateBp: rand() < 0.7 ? int(100, 3000) : null,
        stock: int(0, 2000),
        sampleOffer: rand() < 0.5 ? ('free-sample' as const) : ('none' as const),
      })),
      ...(fixedEnd ? { endsAt: NOW + int(1, 60) * DAY } : { durationDays: int(1, 60) }),
      contentType: rand() < 0.6 ? ('any' as const) : ('video' as const),
      flashSale: false,
      feeStructure: 'commission' as const,
    };
  });
}

const TERMS = termSets();
/** About 1 % of entries are flash sales, each of which plans as a batch of its own. */
const FLASH = TERMS.map((t) => ({ ...t, flashSale: true }));

/** Add inputs for creators `from`..`from + n - 1`: one entry each, so every input is new. */
function inputs(prefix: string, from: number, n: number) {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      id: `${prefix}-${i}`,
      creator: {
        id: `7${String(i).padStart(9, '0')}`,
        handle: `creator_${i}`,
        nickname: `Creator ${i}`,
        followers: 1000 + i,
        canLive: i % 3 === 0 ? null : i % 3 === 1,
        region: 'GB',
      },
      terms: (i % 100 === 99 ? FLASH : TERMS)[i % TERM_SETS] as QueueTerms,
    };
  });
}

/** chrome.storage.local stand-in: values are cloned in and out, as the browser does. */
function memoryArea(): StorageAreaLike {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

interface Worker {
  core: Promise<Core>;
  kv: ReturnType<typeof createMemoryStore>;
  send(msg: unknown, sender?: typeof CONTENT | typeof POPUP): Promise<AnyReply>;
}

/** The real worker with production settings (default snapshot cadence), in memory. */
function startWorker(kv = createMemoryStore(), local = memoryArea()): Worker {
  let tokens = 0;
  const deps: WorkerDeps = {
    local,
    session: memoryArea(),
    kv,
    now: () => NOW,
    token: () => (tokens++).toString(16).padStart(32, '0'),
    openTab: async () => ({ id: 1 }),
    setBadge: async () => undefined,
  };
  const core = createCore(deps);
  return { core, kv, send: (msg, sender = CONTENT) => handleMessage(core, msg, sender, EXT) };
}

async function must(reply: Promise<AnyReply>): Promise<unknown> {
  const r = await reply;
  if (!r.ok) throw new Error(`bench request failed: ${r.code} ${r.error}`);
  return r.data;
}

function pureAddOp(opId: string, list: ReturnType<typeof inputs>): QueueOp {
  return { kind: 'add', opId, at: NOW, inputs: list };
}

/** What batch/plan does, without the worker: resolve end dates, plan, build and check each draft. */
function planAndCheck(state: QueueState): number {
  const entries = plannableEntries(state.entries, NOW);
  let findings = 0;
  for (const batch of planBatches(entries)) {
    // As the worker does: each batch carries its entries' own terms and creators.
    const products = new Map(batch.terms.products.map((p) => [p.id, p]));
    const draft = draftFromBatch(batch, {
      name: 'Collab Pilot batch',
      message: '',
      product: (id) => {
        const p = products.get(id);
        return p ? { stock: p.stock ?? null, openRateBp: p.openRateBp ?? null, sampleUnitsPerCreator: 1 } : undefined;
      },
      creator: (_id, c) => (c.handle ? { handle: c.handle } : {}),
    });
    if (draft) findings += checkInvitationTrusted(draft, { now: NOW, minStock: 20 }).length;
  }
  return findings;
}

/** A worker holding `BIG` entries, loaded the way a seller's would be: from a snapshot on start. */
async function bigWorker(): Promise<Worker> {
  const seed = startWorker();
  for (let from = 0; from < BIG; from += STORAGE_LIMITS.idsPerOp) {
    const n = Math.min(STORAGE_LIMITS.idsPerOp, BIG - from);
    await must(seed.send({ type: 'queue/add', opId: `seed-${from}`, inputs: inputs('big', from, n) }));
  }
  await (await seed.core).queue.compact();
  const w = startWorker(seed.kv);
  await w.core;
  return w;
}

export async function benchQueue(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const fig = (figure: string, t: Timing, goalMs: number | null) => figures.push(...timed(figure, t, goalMs));
  const freshWorker = async () => {
    const w = startWorker();
    await w.core;
    return w;
  };
  const bulk = inputs('bulk', 0, BULK);

  // 1. One add of 1,000 entries.
  const pureBulk = await time(5, 3, () => applyOp({ entries: [] }, pureAddOp('bulk', bulk), NOW));
  fig(`queue: one add op of ${BULK.toLocaleString('en')} entries, pure applyOp`, pureBulk, null);
  const workerBulk = await time(
    5,
    2,
    (w) => must(w.send({ type: 'queue/add', opId: 'bulk', inputs: bulk })),
    freshWorker,
  );
  fig(`queue: one queue/add of ${BULK.toLocaleString('en')} entries through the worker`, workerBulk, 100);

  // 2. 1,000 single-entry adds, one after another.
  const singles = inputs('one', 0, SINGLES);
  const pureSingles = await time(3, 1, () => {
    let s: QueueState = { entries: [] };
    for (let i = 0; i < SINGLES; i++) s = applyOp(s, pureAddOp(`one-${i}`, singles.slice(i, i + 1)), NOW).state;
  });
  fig(`queue: ${SINGLES.toLocaleString('en')} single-entry add ops, pure applyOp`, pureSingles, null);
  const workerSingles = await time(
    3,
    1,
    async (w) => {
      for (let i = 0; i < SINGLES; i++)
        await must(w.send({ type: 'queue/add', opId: `one-${i}`, inputs: singles.slice(i, i + 1) }));
    },
    freshWorker,
  );
  fig(
    `queue: ${SINGLES.toLocaleString('en')} single-entry queue/add requests through the worker, in turn`,
    workerSingles,
    1000,
  );

  // 3. A 10,000-entry queue over 100 products.
  const big = await bigWorker();
  const core = await big.core;
  fig(
    `queue: plannableEntries + planBatches + checks on ${BIG.toLocaleString('en')} entries over ${PRODUCTS} products, pure`,
    // As many warm-up runs as the rules row (scripts/bench/rules.ts): V8 is still optimising this
    // path in runs 4–7, and both rows measure the same planning at its steady state.
    await time(5, 10, () => planAndCheck(core.queue.state)),
    20,
  );
  fig(
    `queue: batch/plan on a ${BIG.toLocaleString('en')}-entry queue through the worker`,
    await time(5, 3, () => must(big.send({ type: 'batch/plan' }, POPUP))),
    100,
  );
  fig(
    `queue: queue/summary on a ${BIG.toLocaleString('en')}-entry queue`,
    await time(20, 5, () => must(big.send({ type: 'queue/summary' }, POPUP))),
    5,
  );
  fig(
    `queue: queue/list, queued, page of 50 at offset 5,000 on a ${BIG.toLocaleString('en')}-entry queue`,
    await time(20, 5, () => must(big.send({ type: 'queue/list', offset: 5000, limit: 50, status: 'queued' }, POPUP))),
    5,
  );
  let extra = BIG;
  fig(
    `queue: one single-entry queue/add onto a ${BIG.toLocaleString('en')}-entry queue`,
    await time(
      50,
      10,
      (one) => must(big.send({ type: 'queue/add', opId: `more-${one[0]?.id}`, inputs: one })),
      () => inputs('more', extra++, 1),
    ),
    10,
  );
  fig(
    `queue: ${SINGLES.toLocaleString('en')} single-entry queue/add requests onto a ${BIG.toLocaleString('en')}-entry queue, in turn, snapshots included`,
    await time(1, 0, async () => {
      for (let i = 0; i < SINGLES; i++) {
        const one = inputs('onto', extra++, 1);
        await must(big.send({ type: 'queue/add', opId: `onto-${one[0]?.id}`, inputs: one }));
      }
      await core.queue.idle();
    }),
    1000,
  );
  fig(
    `queue: worker start-up from a snapshot of ${BIG.toLocaleString('en')}+ entries`,
    await time(3, 1, () => startWorker(big.kv).core),
    null,
  );
  return figures;
}
