/**
 * The table rows' overlays: one RowOverlayDom per decorated row, all fed by ONE subscription to the
 * overlay controller (not one per row). A change (page JSON, the queue, thresholds, an add) names the
 * creators it concerns; those rows are re-checked in one pass in a task of its own (not inside the
 * page's frame), so a page of 12 new creators costs 12 rows whatever the number listed. A change that
 * may concern anyone (thresholds) re-checks every row, comparing each row's inputs by reference.
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
  schedule: (fn: () => void) => number = (fn) => setTimeout(fn, 0) as unknown as number,
  cancel: (id: number) => void = (id) => clearTimeout(id),
): RowOverlays {
  const entries = new Map<ShadowRoot, Entry>();
  /** id -> its rows' roots (a creator listed twice gets two overlays). */
  const byId = new Map<string, Set<ShadowRoot>>();
  const onAdd = (id: string) => void ctl.addOne(id);
  let due = 0;
  let all = false;
  const dirty = new Set<string>();

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
    const memory = ctl.memory(e.id);
    const cur = e.dom?.view;
    if (
      cur &&
      cur.creator === creator &&
      cur.thresholds === thresholds &&
      cur.state === state &&
      cur.error === error &&
      cur.memory === memory
    )
      return;
    const view = { creator, thresholds, state, error, locale: ctl.locale, memory };
    if (e.dom) e.dom.update(view);
    else {
      e.dom = new RowOverlayDom(root.ownerDocument, view, onAdd);
      root.append(e.dom.el);
    }
  };

  const pass = () => {
    due = 0;
    if (signal.aborted) return;
    if (all) for (const [root, e] of entries) sync(root, e);
    else
      for (const id of dirty)
        for (const root of byId.get(id) ?? []) {
          const e = entries.get(root);
          if (e) sync(root, e);
        }
    all = false;
    dirty.clear();
  };

  const unsubscribe = ctl.subscribe((changed) => {
    if (signal.aborted) return;
    if (changed === null) all = true;
    else for (const id of changed) if (byId.has(id)) dirty.add(id);
    if (!due && (all || dirty.size)) due = schedule(pass);
  });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      if (due) cancel(due);
      due = 0;
    },
    { once: true },
  );

  return {
    mount(root, id) {
      const e: Entry = { id, dom: null };
      entries.set(root, e);
      const roots = byId.get(id) ?? new Set<ShadowRoot>();
      roots.add(root);
      byId.set(id, roots);
      sync(root, e);
    },
    unmount(root) {
      const e = entries.get(root);
      if (!e) return;
      e.dom?.el.remove();
      entries.delete(root);
      const roots = byId.get(e.id);
      roots?.delete(root);
      if (roots?.size === 0) byId.delete(e.id);
    },
  };
}
