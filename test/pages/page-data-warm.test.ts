/**
 * The content script's page data warms the observer's parsers one step per task (a single task for all
 * of them was a long task of ours at start-up, 56 ms in a slow spell, and so was one endpoint's, 54 ms),
 * and answers that arrive meanwhile wait, unparsed, until every parser is built.
 */
import { describe, expect, it, vi } from 'vitest';
import { createPageData } from '../../entrypoints/affiliate.content/page-data';
import { OBSERVER_SOURCE } from '../../lib/observer/endpoints';
import * as receive from '../../lib/observer/receive';
import { loadJson } from './helpers';

vi.mock('../../lib/observer/receive', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/observer/receive')>();
  return { ...real, warmParser: vi.fn(real.warmParser) };
});

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The observer's port, as the link script leaves it. */
const port = Object.assign(new EventTarget(), { postMessage() {}, start() {} });

function postQuota(): void {
  const { response } = loadJson<{ response: unknown }>('sandbox/api/quota.json');
  const data = { source: OBSERVER_SOURCE, v: 2, seq: 1, endpoint: 'quota', request: null, response: JSON.stringify(response) };
  port.dispatchEvent(new MessageEvent('message', { data }));
}

describe('page data start-up', () => {
  it('builds the parsers one step per task, then hands over the answer that came meanwhile', async () => {
    const warm = vi.mocked(receive.warmParser);
    warm.mockClear();
    const ac = new AbortController();
    const store = createPageData(Promise.resolve(port), ac.signal);
    const got: string[] = [];
    store.subscribe((_, e) => got.push(e.endpoint));
    await Promise.resolve(); // the store starts listening once the link's promise settles
    postQuota();
    const perTask: number[] = [];
    const handledAt: number[] = [];
    for (let i = 0; i < receive.WARM_STEPS.length + 3; i++) {
      const before = warm.mock.calls.length;
      await nextTask();
      perTask.push(warm.mock.calls.length - before);
      handledAt.push(got.length);
    }
    expect(warm.mock.calls.map(([step]) => step)).toEqual(receive.WARM_STEPS);
    expect(Math.max(...perTask)).toBe(1);
    // Held until the last parser was built, then delivered once.
    expect(handledAt.indexOf(1)).toBeGreaterThanOrEqual(receive.WARM_STEPS.length);
    expect(got).toEqual(['quota']);
    ac.abort();
  });

  it('stops warming when the page visit ends', async () => {
    const warm = vi.mocked(receive.warmParser);
    warm.mockClear();
    const ac = new AbortController();
    createPageData(Promise.resolve(port), ac.signal);
    await nextTask();
    ac.abort();
    for (let i = 0; i < receive.WARM_STEPS.length + 2; i++) await nextTask();
    expect(warm.mock.calls.length).toBe(1);
  });
});
