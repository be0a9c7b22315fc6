import { describe, expect, it } from 'vitest';
import { addEntries, removeEntries, setStatus, setTags, undoRemove, updateNote } from '../../lib/queue/ops.ts';
import { byId, creator, idGen, queueOf, T0, terms } from './fixtures.ts';

describe('removeEntries / undoRemove', () => {
  it('removes and restores each entry to its own previous status and failure', () => {
    let s = queueOf(['a', 'b', 'c']);
    s = setStatus(s, ['e_b', 'e_c'], 'opened', T0).state;
    s = setStatus(s, ['e_c'], 'failed', T0, { code: '16024018', reason: 'Blocked' }).state;
    const r = removeEntries(s, ['e_a', 'e_b', 'e_c', 'missing'], T0 + 1);
    expect(r.changed).toEqual(['e_a', 'e_b', 'e_c']);
    expect(r.missing).toEqual(['missing']);
    expect(r.token.entries.map((x) => x.status)).toEqual(['queued', 'opened', 'failed']);
    expect(r.state.entries.every((e) => e.status === 'removed')).toBe(true);

    const u = undoRemove(r.state, r.token, T0 + 2);
    expect(u.restored).toEqual(['e_a', 'e_b', 'e_c']);
    expect(u.state.entries.map((e) => e.status)).toEqual(['queued', 'opened', 'failed']);
    expect(byId(u.state, 'e_c').failure).toEqual({ code: '16024018', reason: 'Blocked' });
  });

  it('undo twice changes nothing the second time', () => {
    const r = removeEntries(queueOf(['a']), ['e_a'], T0);
    const once = undoRemove(r.state, r.token, T0);
    const twice = undoRemove(once.state, r.token, T0);
    expect(twice.restored).toEqual([]);
    expect(twice.skipped).toEqual(['e_a']);
    expect(twice.state).toBe(once.state);
  });

  it('skips entries revived by an add in the meantime', () => {
    const r = removeEntries(queueOf(['a']), ['e_a'], T0);
    const revived = addEntries(r.state, [{ creator: creator('a'), terms: terms() }], T0, idGen()).state;
    const u = undoRemove(revived, r.token, T0);
    expect(u.skipped).toEqual(['e_a']);
  });

  it('an already removed entry is reported as unchanged and not put in the token', () => {
    const r1 = removeEntries(queueOf(['a']), ['e_a'], T0);
    const r2 = removeEntries(r1.state, ['e_a'], T0);
    expect(r2.unchanged).toEqual(['e_a']);
    expect(r2.token.entries).toEqual([]);
  });
});

describe('updateNote / setTags', () => {
  it('updates a note, truncating at 500 characters without splitting an emoji', () => {
    const s = queueOf(['a']);
    const long = `${'x'.repeat(499)}😀`;
    const r = updateNote(s, 'e_a', long, T0 + 9);
    expect(r).toMatchObject({ updated: true, truncated: true });
    expect(byId(r.state, 'e_a').note).toBe('x'.repeat(499));
    expect(byId(r.state, 'e_a').updatedAt).toBe(T0 + 9);
    expect(updateNote(r.state, 'e_a', 'x'.repeat(499), T0).updated).toBe(false);
    expect(updateNote(s, 'nope', 'x', T0).updated).toBe(false);
  });

  it('sets normalised tags on several entries', () => {
    const r = setTags(
      queueOf(['a', 'b']),
      ['e_a', 'e_b', 'zz'],
      ['  summer  sale ', 'Summer sale', '', 'k'.repeat(60)],
      T0,
    );
    expect(r.updated).toEqual(['e_a', 'e_b']);
    expect(r.missing).toEqual(['zz']);
    expect(byId(r.state, 'e_a').tags).toEqual(['summer sale', 'k'.repeat(40)]);
    expect(setTags(r.state, ['e_a'], ['summer sale', 'k'.repeat(40)], T0).updated).toEqual([]);
  });
});
