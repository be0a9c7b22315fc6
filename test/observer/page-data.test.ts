import { describe, expect, it } from 'vitest';
import { createPageData } from '@/entrypoints/affiliate.content/page-data';
import { OBSERVER_SOURCE } from '@/lib/observer/endpoints';
import { CREATOR_ANSWERS } from '@/lib/pages/creator-json';
import { GROUP_ANSWERS } from '@/lib/pages/group-json';
import { loadJson } from '../pages/helpers';

const api = (name: string) => loadJson<{ request: unknown; response: unknown }>(`sandbox/api/${name}.json`);
const msg = (endpoint: string, seq: number) => ({
  source: OBSERVER_SOURCE,
  v: 2,
  seq,
  endpoint,
  request: JSON.stringify(api(endpoint).request ?? null),
  response: JSON.stringify(api(endpoint).response),
});

/** Page data on a stand-in for the observer's port, with the page's answers delivered to it. */
async function withAnswers(...answers: Array<[string, number]>) {
  const port = Object.assign(new EventTarget(), { postMessage() {}, start() {} });
  const ac = new AbortController();
  const data = createPageData(Promise.resolve(port), ac.signal);
  await Promise.resolve(); // the port's promise settles and the listener is attached
  for (const [endpoint, seq] of answers) port.dispatchEvent(new MessageEvent('message', { data: msg(endpoint, seq) }));
  return { data, ac };
}

describe('page data: readers per page', () => {
  it('reads the quota at once, and holds a creator answer until a feature brings its reader', async () => {
    const { data, ac } = await withAnswers(['creator-find', 1], ['quota', 2]);
    expect(data.get().quota).not.toBeNull();
    expect(data.get().creators.size).toBe(0);
    data.addReaders(CREATOR_ANSWERS);
    expect(data.get().creators.size).toBe(12);
    expect(data.get().creatorOrder[0]).toBe('7258971330228027133');
    ac.abort();
  });

  it('reads held answers in the order they came, and only those of the readers added', async () => {
    const { data, ac } = await withAnswers(['group-search', 1], ['creator-find', 2]);
    const order: string[] = [];
    data.subscribe((_, e) => order.push(e.endpoint));
    data.addReaders(GROUP_ANSWERS);
    expect(order).toEqual(['group-search']);
    data.addReaders(CREATOR_ANSWERS);
    expect(order).toEqual(['group-search', 'creator-find']);
    expect(data.get().listRead).toBe(true);
    ac.abort();
  });
});
