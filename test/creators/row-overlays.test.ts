import { describe, expect, it } from 'vitest';
import type { AddState } from '@/components/creators/overlay-dom';
import type { OverlayController } from '@/entrypoints/affiliate.content/features/find-creators/overlay-controller';
import { createRowOverlays } from '@/entrypoints/affiliate.content/features/find-creators/row-overlays';
import type { CreatorRow } from '@/lib/creators/types';
import { creator, THRESHOLDS } from './helpers';

/** A controller with just what the rows read, and counters for what they cost. */
function fakeController(creators: Record<string, CreatorRow>) {
  const listeners = new Set<(changed: ReadonlySet<string> | null) => void>();
  const states = new Map<string, AddState>();
  const added: string[] = [];
  let thresholds = THRESHOLDS;
  let subscribes = 0;
  const ctl = {
    creator: (id: string) => creators[id] ?? null,
    addState: (id: string) => states.get(id) ?? 'idle',
    addError: () => undefined,
    memory: () => undefined,
    thresholds: () => thresholds,
    locale: 'en',
    subscribe(fn: (changed: ReadonlySet<string> | null) => void) {
      subscribes += 1;
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async addOne(id: string) {
      added.push(id);
    },
  } as unknown as OverlayController;
  return {
    ctl,
    added,
    setState: (id: string, s: AddState) => states.set(id, s),
    setThresholds: (t: typeof THRESHOLDS) => {
      thresholds = t;
    },
    emit: (changed: ReadonlySet<string> | null = null) => {
      for (const l of listeners) l(changed);
    },
    subscribes: () => subscribes,
    listeners: () => listeners.size,
  };
}

function frames() {
  const queue: Array<() => void> = [];
  return {
    schedule: (fn: () => void) => queue.push(fn),
    cancel: () => undefined,
    pending: () => queue.length,
    flush: () => {
      for (const fn of queue.splice(0)) fn();
    },
  };
}

function roots(n: number): ShadowRoot[] {
  return Array.from({ length: n }, () => {
    const host = document.createElement('div');
    document.body.append(host);
    return host.attachShadow({ mode: 'open' });
  });
}

const ids = ['a', 'b', 'c'];
const data = () => Object.fromEntries(ids.map((id) => [id, creator({ id, handle: `h_${id}` })]));
function mountAll(o: ReturnType<typeof createRowOverlays>, rs: ShadowRoot[]) {
  rs.forEach((r, i) => {
    o.mount(r, ids[i] as string);
  });
}
const addText = (r: ShadowRoot) => r.querySelector('.cp-add')?.textContent;

describe('row overlays', () => {
  it('renders each mounted row at once, with one controller subscription for all of them', () => {
    const f = fakeController(data());
    const fr = frames();
    const o = createRowOverlays(f.ctl, new AbortController().signal, fr.schedule, fr.cancel);
    const rs = roots(3);
    mountAll(o, rs);
    expect(rs.map((r) => r.querySelector('fieldset')?.getAttribute('aria-label'))).toEqual([
      'Collab Pilot: @h_a',
      'Collab Pilot: @h_b',
      'Collab Pilot: @h_c',
    ]);
    expect(f.subscribes()).toBe(1);
  });

  it('a row with no data shows nothing', () => {
    const f = fakeController({});
    const o = createRowOverlays(f.ctl, new AbortController().signal, frames().schedule);
    const [r] = roots(1);
    o.mount(r as ShadowRoot, 'nobody');
    expect(r?.childNodes.length).toBe(0);
  });

  it.each<[string, (f: ReturnType<typeof fakeController>) => void, string[]]>([
    ['one row queued', (f) => f.setState('b', 'queued'), ['Add to queue', 'Queued ✓', 'Add to queue']],
    ['nothing changed', () => undefined, ['Add to queue', 'Add to queue', 'Add to queue']],
    ['one row adding', (f) => f.setState('c', 'adding'), ['Add to queue', 'Add to queue', 'Adding…']],
  ])('changes are applied in one frame, only to their rows: %s', (_name, change, texts) => {
    const f = fakeController(data());
    const fr = frames();
    const o = createRowOverlays(f.ctl, new AbortController().signal, fr.schedule, fr.cancel);
    const rs = roots(3);
    mountAll(o, rs);
    const before = rs.map((r) => r.querySelector('fieldset'));
    change(f);
    f.emit();
    f.emit();
    expect(fr.pending()).toBe(1);
    fr.flush();
    expect(rs.map(addText)).toEqual(texts);
    // Patched in place: the same elements, not new trees.
    expect(rs.map((r) => r.querySelector('fieldset'))).toEqual(before);
  });

  it.each<[string, string[], number, string[]]>([
    ['the row named', ['b'], 1, ['Add to queue', 'Queued ✓', 'Add to queue']],
    ['both rows named', ['b', 'c'], 1, ['Add to queue', 'Queued ✓', 'Queued ✓']],
    ['a creator not listed: no pass at all', ['zz'], 0, ['Add to queue', 'Add to queue', 'Add to queue']],
    ['nobody', [], 0, ['Add to queue', 'Add to queue', 'Add to queue']],
  ])('a change that names its creators re-checks only their rows: %s', (_name, named, passes, texts) => {
    const f = fakeController(data());
    const fr = frames();
    const o = createRowOverlays(f.ctl, new AbortController().signal, fr.schedule, fr.cancel);
    const rs = roots(3);
    mountAll(o, rs);
    // b and c changed, but only the named ones are looked at.
    f.setState('b', 'queued');
    f.setState('c', 'queued');
    f.emit(new Set(named));
    expect(fr.pending()).toBe(passes);
    fr.flush();
    expect(rs.map(addText)).toEqual(texts);
  });

  it('an unmounted row is not looked at again', () => {
    const f = fakeController(data());
    const fr = frames();
    const o = createRowOverlays(f.ctl, new AbortController().signal, fr.schedule, fr.cancel);
    const rs = roots(3);
    mountAll(o, rs);
    o.unmount(rs[1] as ShadowRoot);
    f.emit(new Set(['b']));
    expect(fr.pending()).toBe(0);
  });

  it('new thresholds re-score every row', () => {
    const f = fakeController(data());
    const fr = frames();
    const o = createRowOverlays(f.ctl, new AbortController().signal, fr.schedule, fr.cancel);
    const rs = roots(2);
    mountAll(o, rs);
    expect(rs.map((r) => r.querySelector('.cp-fit__score')?.textContent)).toEqual(['Fit 100', 'Fit 100']);
    f.setThresholds({ ...THRESHOLDS, minFollowers: 1_000_000 });
    f.emit();
    fr.flush();
    expect(rs.map((r) => r.querySelector('.cp-fit__score')?.textContent)).toEqual(['Fit 70', 'Fit 70']);
  });

  it('"Add to queue" asks the controller for that row’s creator', () => {
    const f = fakeController(data());
    const o = createRowOverlays(f.ctl, new AbortController().signal, frames().schedule);
    const rs = roots(3);
    mountAll(o, rs);
    (rs[1] as ShadowRoot).querySelector<HTMLButtonElement>('.cp-add')?.click();
    expect(f.added).toEqual(['b']);
  });

  it('unmount removes the overlay; abort stops listening', () => {
    const f = fakeController(data());
    const fr = frames();
    const ac = new AbortController();
    const o = createRowOverlays(f.ctl, ac.signal, fr.schedule, fr.cancel);
    const [r] = roots(1);
    o.mount(r as ShadowRoot, 'a');
    o.unmount(r as ShadowRoot);
    expect(r?.querySelector('fieldset')).toBeNull();
    ac.abort();
    expect(f.listeners()).toBe(0);
  });
});
