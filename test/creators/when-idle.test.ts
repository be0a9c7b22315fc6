import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/entrypoints/affiliate.content/features/find-creators/use-overlay';

/** A manual idle queue in place of the browser's. */
function idleQueue() {
  const queue = new Map<number, () => void>();
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => {
    queue.set(++next, fn);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => queue.delete(id));
  return {
    pending: () => queue.size,
    run: () => {
      const fns = [...queue.values()];
      queue.clear();
      for (const fn of fns) fn();
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it.each<[string, (d: ReturnType<typeof whenIdle>, log: string[]) => void, number, string[]]>([
    [
      'two sources deferred together share one idle callback',
      (d, log) => {
        d(() => log.push('a'));
        d(() => log.push('b'));
      },
      1,
      ['a', 'b'],
    ],
    [
      'a cancelled one does not run; the other still does',
      (d, log) => {
        d(() => log.push('a'))();
        d(() => log.push('b'));
      },
      1,
      ['b'],
    ],
    [
      'all cancelled: no idle callback left',
      (d, log) => {
        d(() => log.push('a'))();
      },
      0,
      [],
    ],
  ])('%s', (_name, use, callbacks, ran) => {
    const q = idleQueue();
    const defer = whenIdle();
    const log: string[] = [];
    use(defer, log);
    expect(q.pending()).toBe(callbacks);
    q.run();
    expect(log).toEqual(ran);
    // After a flush, the next deferral asks for a new idle callback.
    defer(() => log.push('later'));
    expect(q.pending()).toBe(1);
  });
});
