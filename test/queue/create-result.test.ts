import { describe, expect, it } from 'vitest';
import { applyCreateResult } from '../../lib/queue/create-result.ts';
import { CREATE_ERROR_MESSAGES } from '../../lib/queue/messages.ts';
import { addEntries, setStatus } from '../../lib/queue/ops.ts';
import { byId, creator, idGen, T0, terms } from './fixtures.ts';

const twoProducts = terms({
  products: [
    { id: 'p1', title: 'Lip oil', targetRateBp: 1500, sampleOffer: 'none' },
    { id: 'p2', targetRateBp: 1500, sampleOffer: 'none' },
  ],
});

function batch() {
  let s = addEntries(
    { entries: [] },
    [
      { id: 'x', creator: creator('c1', { handle: 'glowqueen' }), terms: twoProducts },
      { id: 'y', creator: { id: 'c2', nickname: 'Ana', canLive: true }, terms: twoProducts },
      { id: 'z', creator: { id: 'c3', canLive: null }, terms: twoProducts },
    ],
    T0,
    idGen(),
  ).state;
  s = setStatus(s, ['x', 'y', 'z'], 'opened', T0).state;
  return s;
}

describe('applyCreateResult', () => {
  it('marks the whole batch sent on success, and a replay changes nothing', () => {
    const r = applyCreateResult(batch(), ['x', 'y', 'z'], { ok: true }, T0 + 1);
    expect(r.sent).toEqual(['x', 'y', 'z']);
    expect(r.state.entries.every((e) => e.status === 'sent')).toBe(true);
    const again = applyCreateResult(r.state, ['x', 'y', 'z'], { ok: true }, T0 + 2);
    expect(again.ignored).toEqual(['x', 'y', 'z']);
    expect(again.state).toBe(r.state);
  });

  it('records the open first when the entry was still queued', () => {
    const s = setStatus(batch(), ['x'], 'queued', T0).state;
    const r = applyCreateResult(s, ['x'], { ok: true }, T0 + 1);
    expect(
      byId(r.state, 'x')
        .history.slice(-2)
        .map((h) => h.status),
    ).toEqual(['opened', 'sent']);
  });

  it('ignores removed and unknown entries', () => {
    const s = setStatus(batch(), ['z'], 'removed', T0).state;
    const r = applyCreateResult(s, ['z', 'nope'], { ok: true }, T0);
    expect(r.ignored).toEqual(['z', 'nope']);
  });

  it('maps conflicts per creator in plain words; the others fail as not sent', () => {
    const r = applyCreateResult(
      batch(),
      ['x', 'y', 'z'],
      {
        ok: false,
        code: '16024022',
        conflicts: [
          { creatorId: 'c1', productId: 'p1' },
          { creatorId: 'c1', productId: 'p2' },
          { creatorId: 'c3', productId: 'p9' },
        ],
      },
      T0 + 1,
    );
    const reasons = Object.fromEntries(r.failed.map((f) => [f.id, f.reason]));
    expect(reasons.x).toBe('@glowqueen already has “Lip oil” and product p2 in another open target collaboration.');
    expect(reasons.z).toBe('Creator c3 already has product p9 in another open target collaboration.');
    expect(reasons.y).toMatch(/^Not sent: other creators/);
    expect(byId(r.state, 'x')).toMatchObject({ status: 'failed', failure: { code: '16024022' } });
  });

  it.each(Object.entries(CREATE_ERROR_MESSAGES))('code %s gets its plain message', (code, message) => {
    const r = applyCreateResult(batch(), ['y'], { ok: false, code, message: '系统错误' }, T0);
    expect(r.failed).toEqual([{ id: 'y', creatorId: 'c2', code, reason: message }]);
    expect(byId(r.state, 'y').failure).toEqual({ code, reason: message });
    expect(byId(r.state, 'y').history.at(-1)).toEqual({ at: T0, status: 'failed', reason: message });
  });

  it('covers every code listed in the domain notes', () => {
    expect(Object.keys(CREATE_ERROR_MESSAGES).sort()).toEqual(
      [
        '98001004',
        '16024019',
        '16024021',
        '16024022',
        '16024018',
        '16024035',
        '16024034',
        '50001702',
        '50001703',
      ].sort(),
    );
  });

  it.each([
    [{ ok: false as const, code: '12345' }, 'TikTok Shop did not send the invitation (error code 12345).'],
    [
      { ok: false as const, code: '777', message: 'Server busy' },
      'TikTok Shop did not send the invitation (error code 777). TikTok Shop said: “Server busy”',
    ],
  ])('unknown codes get a generic reason with the code', (result, reason) => {
    const r = applyCreateResult(batch(), ['x'], result, T0);
    expect(r.failed[0]?.reason).toBe(reason);
  });

  it('a failed entry can be retried and then sent', () => {
    let s = applyCreateResult(batch(), ['x'], { ok: false, code: '16024035' }, T0).state;
    s = setStatus(s, ['x'], 'queued', T0).state;
    s = setStatus(s, ['x'], 'opened', T0).state;
    s = applyCreateResult(s, ['x'], { ok: true }, T0).state;
    expect(byId(s, 'x')).toMatchObject({ status: 'sent' });
    expect(byId(s, 'x').failure).toBeUndefined();
  });
});
