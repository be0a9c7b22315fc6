import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ATTEMPT_MS, sendMessage } from '@/components/common/rpc';
import { MESSAGE_ERRORS } from '@/lib/messages';

const OK = { ok: true, data: { total: 3 } };
const never = () => new Promise<never>(() => {});

describe('sendMessage to the worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['a call the stopped worker leaves pending', never],
    [
      'a closed message port',
      () => Promise.reject(new Error('The message port closed before a response was received.')),
    ],
    [
      'no receiver yet',
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    ],
    ['an answer of undefined', () => Promise.resolve(undefined)],
  ])('retries the same request after %s, and returns the answer that comes', async (_, first) => {
    const calls: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((m: unknown) => {
      calls.push(m);
      return calls.length === 1 ? first() : Promise.resolve(OK);
    }) as typeof fakeBrowser.runtime.sendMessage);
    const reply = sendMessage({ type: 'queue/summary' });
    await vi.advanceTimersByTimeAsync(ATTEMPT_MS + 1_000);
    await expect(reply).resolves.toEqual(OK);
    expect(calls).toEqual([{ type: 'queue/summary' }, { type: 'queue/summary' }]);
  });

  it('gives up with "no answer" when no attempt ever settles, four attempts in all', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(never as typeof fakeBrowser.runtime.sendMessage);
    const reply = sendMessage({ type: 'queue/summary' });
    await vi.advanceTimersByTimeAsync(ATTEMPT_MS * 4 + 2_000);
    await expect(reply).resolves.toEqual({ ok: false, code: 'internal', error: MESSAGE_ERRORS.noAnswer });
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('does not wait out the bound for an answer that comes in time', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      (() =>
        new Promise<unknown>((r) =>
          setTimeout(() => r(OK), ATTEMPT_MS - 1),
        )) as unknown as typeof fakeBrowser.runtime.sendMessage,
    );
    const reply = sendMessage({ type: 'queue/summary' });
    await vi.advanceTimersByTimeAsync(ATTEMPT_MS - 1);
    await expect(reply).resolves.toEqual(OK);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not retry an error that is not about the connection', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((() =>
        Promise.reject(new Error('Invalid message'))) as typeof fakeBrowser.runtime.sendMessage);
    await expect(sendMessage({ type: 'queue/summary' })).resolves.toMatchObject({
      ok: false,
      error: MESSAGE_ERRORS.noAnswer,
    });
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
