/**
 * The table rows' overlays: one RowOverlayDom per decorated row, all fed by ONE subscription to the
 * overlay controller (not one per row). A change (page JSON, the queue, thresholds, an add) asks for one
 * pass in the next animation frame; the pass compares each row's four inputs by reference and patches
 * only the rows whose inputs changed, allocating nothing for the others.
 */
import { RowOverlayDom } from '@/components/creators/overlay-dom';
import type { OverlayController } from './overlay-controller';

export interface RowOverlays {
  /** Shows creator `id`'s overlay in `root` (now, and as its data changes). */
  mount(root: ShadowRoot, id: string): void;
  unmount(root: ShadowRoot): void;
}

interface Entry {
  id: string;
  dom: RowOverlayDom | null;
}

export function createRowOverlays(
  ctl: OverlayController,
  signal: AbortSignal,
  schedule: (fn: () => void) => number = (fn) => requestAnimationFrame(fn),
  cancel: (id: number) => void = (id) => cancelAnimationFrame(id),
): RowOverlays {
  const entries = new Map<ShadowRoot, Entry>();
  const onAdd = (id: string) => void ctl.addOne(id);
  let frame = 0;

  const sync = (root: ShadowRoot, e: Entry) => {
    const creator = ctl.creator(e.id);
    if (!creator) {
      // Nothing known about this row (yet): show nothing rather than guesses.
      e.dom?.el.remove();
      e.dom = null;
      return;
    }
    const thresholds = ctl.thresholds();
    const state = ctl.addState(e.id);
    const error = state === 'error' ? ctl.addError(e.id) : undefined;
    const cur = e.dom?.view;
    if (cur && cur.creator === creator && cur.thresholds === thresholds && cur.state === state && cur.error === error) return;
    const view = { creator, thresholds, state, error, locale: ctl.locale };
    if (e.dom) e.dom.update(view);
    else {
      e.dom = new RowOverlayDom(root.ownerDocument, view, onAdd);
      root.append(e.dom.el);
    }
  };

  const pass = () => {
    frame = 0;
    if (signal.aborted) return;
    for (const [root, e] of entries) sync(root, e);
  };

  const unsubscribe = ctl.subscribe(() => {
    if (!frame && !signal.aborted) frame = schedule(pass);
  });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      if (frame) cancel(frame);
      frame = 0;
    },
    { once: true },
  );

  return {
    mount(root, id) {
      const e: Entry = { id, dom: null };
      entries.set(root, e);
      sync(root, e);
    },
    unmount(root) {
      entries.get(root)?.dom?.el.remove();
      entries.delete(root);
    },
  };
}
