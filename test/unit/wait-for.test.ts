import { describe, expect, it } from 'vitest';
import { waitFor } from '../../lib/dom/wait-for';

describe('waitFor', () => {
  it('resolves at once when the anchor is already there', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'a' }));
    const got = await waitFor(document.body, () => document.getElementById('a'), {
      signal: new AbortController().signal,
      timeoutMs: 1000,
    });
    expect(got?.id).toBe('a');
  });
  it('resolves when the anchor appears later', async () => {
    document.body.replaceChildren();
    setTimeout(() => document.body.append(Object.assign(document.createElement('div'), { id: 'late' })), 30);
    const got = await waitFor(document.body, () => document.getElementById('late'), {
      signal: new AbortController().signal,
      timeoutMs: 2000,
    });
    expect(got?.id).toBe('late');
  });
  it('gives null on timeout and on abort', async () => {
    document.body.replaceChildren();
    const t = await waitFor(document.body, () => document.getElementById('never'), {
      signal: new AbortController().signal,
      timeoutMs: 50,
    });
    expect(t).toBeNull();
    const ac = new AbortController();
    const p = waitFor(document.body, () => document.getElementById('never'), { signal: ac.signal, timeoutMs: 5000 });
    ac.abort();
    expect(await p).toBeNull();
  });
});
