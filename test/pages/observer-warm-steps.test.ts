/**
 * The warm-up (lib/observer/receive.ts WARM_STEPS) builds every schema the page's real answers need, so the
 * first real answer of each kind builds none inside its own task. Counted with our lazy schemas: each is
 * built once, on first use.
 */
import { describe, expect, it, vi } from 'vitest';
import { OBSERVER_SOURCE } from '../../lib/observer/endpoints';
import { CREATE_REQUEST, loadJson } from './helpers';

const builds = { n: 0 };
vi.mock('../../lib/schema/lazy', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/schema/lazy')>();
  return {
    ...real,
    lazy: <T extends object>(build: () => T) =>
      real.lazy(() => {
        builds.n++;
        return build();
      }),
  };
});

const api = (name: string) => loadJson<{ request: unknown; response: unknown }>(`sandbox/api/${name}.json`);
/** One real answer of each kind the sandbox serves, with the requests the parsers read. */
function realAnswers() {
  const names = ['creator-find', 'product-list', 'quota', 'invitation-limit', 'conflict-check', 'group-search', 'group-detail'];
  const answers = names.map((endpoint) => ({ endpoint, ...api(endpoint) }));
  answers.push({ endpoint: 'create', request: CREATE_REQUEST, response: { code: 0, message: 'success', data: { invitation_group_id: '7500000000000000001' } } });
  return answers.map(({ endpoint, request, response }, i) => ({
    source: OBSERVER_SOURCE,
    v: 2,
    seq: i + 1,
    endpoint,
    request: request == null ? null : JSON.stringify(request),
    response: JSON.stringify(response),
  }));
}

describe('observer warm-up', () => {
  it('leaves no schema of ours for a real answer to build', async () => {
    vi.resetModules();
    const receive = await import('../../lib/observer/receive');
    const before = builds.n;
    for (const step of receive.WARM_STEPS) receive.warmParser(step);
    const warmed = builds.n - before;
    expect(warmed).toBeGreaterThan(10);
    for (const data of realAnswers()) {
      expect(receive.parseObserverMessage(data), data.endpoint).not.toBeNull();
    }
    expect(builds.n - before - warmed, 'schemas built by the real answers after the warm-up').toBe(0);
  });

  it('counts what a real answer builds when nothing was warmed (the check can fail)', async () => {
    vi.resetModules();
    const receive = await import('../../lib/observer/receive');
    const before = builds.n;
    for (const data of realAnswers()) receive.parseObserverMessage(data);
    expect(builds.n - before).toBeGreaterThan(10);
  });
});
