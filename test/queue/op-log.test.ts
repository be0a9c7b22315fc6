import { describe, expect, it } from 'vitest';
import type { QueueState } from '../../lib/queue/entry.ts';
import { applyOp, MAX_APPLIED_OPS, type QueueOp, queueOpSchema } from '../../lib/queue/op-log.ts';
import { countsByStatus } from '../../lib/queue/selectors.ts';
import { byId, creator, replayOps, T0, terms } from './fixtures.ts';

const add = (opId: string, ids: string[]): QueueOp => ({
  kind: 'add',
  opId,
  at: T0,
  inputs: ids.map((id) => ({ id: `e_${id}`, creator: creator(id), terms: terms() })),
});

const log: QueueOp[] = [
  add('op1', ['a', 'b', 'c']),
  { kind: 'open', opId: 'op2', at: T0 + 1, ids: ['e_a', 'e_b'], batchId: 'B1' },
  { kind: 'createResult', opId: 'op3', at: T0 + 2, ids: ['e_a', 'e_b'], result: { ok: false, code: '16024018' } },
  { kind: 'status', opId: 'op4', at: T0 + 3, ids: ['e_a'], status: 'queued' },
  { kind: 'remove', opId: 'op5', at: T0 + 4, ids: ['e_c'] },
  { kind: 'undoRemove', opId: 'op6', at: T0 + 5, token: { entries: [{ id: 'e_c', status: 'queued' }] } },
  { kind: 'remove', opId: 'op7', at: T0 + 6, ids: ['e_c'] },
  { kind: 'note', opId: 'op8', at: T0 + 7, id: 'e_b', note: 'call first' },
  { kind: 'tags', opId: 'op9', at: T0 + 8, ids: ['e_a', 'e_b'], tags: ['vip'] },
];

describe('op log', () => {
  it('every op in the log validates against queueOpSchema', () => {
    for (const op of log) expect(queueOpSchema.safeParse(op).success).toBe(true);
  });

  it('rejects forged or malformed ops', () => {
    for (const bad of [
      { kind: 'add', opId: 'x', inputs: [{ creator: creator('a'), terms: terms() }] }, // no entry id
      { kind: 'status', opId: 'x', ids: ['a'], status: 'done' },
      { kind: 'drop-table', opId: 'x' },
      { kind: 'note', opId: '', id: 'a', note: 'x' },
      null,
      'remove everything',
    ]) {
      expect(queueOpSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('produces the expected state', () => {
    const s = replayOps({ entries: [] }, log, T0 + 100);
    expect(s.entries.map((e) => [e.id, e.status])).toEqual([
      ['e_a', 'queued'],
      ['e_b', 'failed'],
      ['e_c', 'removed'],
    ]);
    expect(byId(s, 'e_b')).toMatchObject({ note: 'call first', tags: ['vip'], batchId: 'B1' });
    expect(s.appliedOps).toEqual(log.map((o) => o.opId));
  });

  it('replaying the log after a crash at any point gives the same state', () => {
    const full = replayOps({ entries: [] }, log, T0 + 100);
    for (let k = 0; k <= log.length; k++) {
      // The state was saved after k ops; the whole log is still there and is replayed.
      const saved: QueueState = JSON.parse(JSON.stringify(replayOps({ entries: [] }, log.slice(0, k), T0)));
      expect(replayOps(saved, log, T0 + 999)).toEqual(full);
    }
  });

  it('an op applied twice is reported as replayed and changes nothing', () => {
    const once = applyOp({ entries: [] }, log[0] as QueueOp, T0);
    const twice = applyOp(once.state, log[0] as QueueOp, T0);
    expect(twice).toEqual({ state: once.state, replayed: true });
    expect(once.report).toMatchObject({
      kind: 'add',
      result: { added: [{ id: 'e_a' }, { id: 'e_b' }, { id: 'e_c' }] },
    });
  });

  it('a resent add under a new op id adds nothing (entry ids match)', () => {
    const once = applyOp({ entries: [] }, add('op1', ['a', 'b']), T0).state;
    const resent = applyOp(once, add('op1-retry', ['a', 'b']), T0);
    expect(resent.state.entries).toHaveLength(2);
    expect(resent.report).toMatchObject({ kind: 'add', result: { skipped: ['e_a', 'e_b'] } });
  });

  it('simulated kill during a 1,000-entry bulk add in chunks: exactly 1,000 entries', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const chunks = Array.from({ length: 20 }, (_, i) => add(`bulk-${i}`, ids.slice(i * 50, i * 50 + 50)));
    let saved: QueueState = { entries: [] };
    for (let i = 0; i < chunks.length; i++) {
      // The op was persisted; the worker died before or after writing the state; the sender resends.
      const next = applyOp(saved, chunks[i] as QueueOp, T0).state;
      saved = i % 2 === 0 ? next : saved;
      saved = replayOps(saved, chunks.slice(0, i + 1), T0);
      saved = applyOp(saved, chunks[i] as QueueOp, T0).state;
    }
    expect(saved.entries).toHaveLength(1000);
    expect(new Set(saved.entries.map((e) => e.creator.id)).size).toBe(1000);
    expect(countsByStatus(saved).queued).toBe(1000);
  });

  it('keeps only the most recent op ids', () => {
    let s: QueueState = { entries: [] };
    for (let i = 0; i < MAX_APPLIED_OPS + 10; i++)
      s = applyOp(s, { kind: 'tags', opId: `t${i}`, ids: [], tags: [] }, T0).state;
    expect(s.appliedOps).toHaveLength(MAX_APPLIED_OPS);
    expect(s.appliedOps?.[0]).toBe('t10');
  });
});
