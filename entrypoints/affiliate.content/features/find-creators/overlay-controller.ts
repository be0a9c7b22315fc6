/**
 * The state every creator overlay on a page shares: the page's creator JSON, which creators are
 * queued, the seller's fit thresholds, and single adds in flight. Rows read a small view of it and
 * re-render only when their own view changed.
 *
 * Rows are known by a key (lib/pages/creator-match `rowKeyOf`: "@handle", an id, "~nickname"); the
 * creator behind a key is looked up when asked, so a row drawn before its JSON arrived finds its
 * creator as soon as the JSON is here. The creator page asks by id.
 */
import type { AddState } from '@/components/creators/overlay-dom';
import type { MemorySummary } from '@/lib/memory/schema';
import type { CreatorRow } from '@/lib/pages/creator-json';
import { createCreatorIndex, keysOf, type RowRef } from '@/lib/pages/creator-match';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { FitThresholds } from '@/lib/settings/schema';
import type { PageDataStore } from '../../page-data';
import { type Changed, createEmitter } from './emitter';
import { FEATURE_MESSAGES } from './messages';
import type { QueuedStore } from './queued-store';
import type { RememberedStore } from './remembered-store';

export interface RowView {
  creator: CreatorRow | null;
  thresholds: FitThresholds;
  state: AddState;
  error?: string;
}

export interface OverlayController {
  /** The page's JSON creator a row key (or id) stands for, else the DOM fallback registered for it. */
  creator(key: string): CreatorRow | null;
  /** True when the page's JSON told us about this row's creator (not only the DOM). */
  fromPage(key: string): boolean;
  view(key: string): RowView;
  /** The parts of a view, one by one, for callers that compare without allocating (the table rows). */
  addState(key: string): AddState;
  addError(key: string): string | undefined;
  /** What creator memory says about this row's creator: undefined while unknown, null when nothing. */
  memory(key: string): MemorySummary | null | undefined;
  thresholds(): FitThresholds;
  setThresholds(t: FitThresholds): void;
  /** What a row showed (its id, handle, nickname), to find its creator in the page's JSON by. */
  registerRow(key: string, ref: RowRef): void;
  /** What the DOM showed, for a row the page's JSON has not covered (yet). */
  registerFallback(key: string, row: CreatorRow): void;
  addOne(key: string): Promise<void>;
  readonly queued: QueuedStore;
  readonly region: string | null;
  readonly locale: string;
  /** Called with the creators a change concerns (null: any of them). */
  subscribe(fn: (changed: Changed) => void): () => void;
}

export function createOverlayController(opts: {
  data: PageDataStore;
  queued: QueuedStore;
  remembered?: RememberedStore;
  region: string | null;
  locale: string;
  signal: AbortSignal;
}): OverlayController {
  const { data, queued } = opts;
  const changes = createEmitter();
  let thresholds: FitThresholds = DEFAULT_SETTINGS.fit;
  const fallbacks = new Map<string, CreatorRow>();
  /** By creator id. */
  const pending = new Map<string, { state: 'adding' | 'error'; error?: string }>();
  const refs = new Map<string, RowRef>();
  const index = createCreatorIndex();
  index.add(data.get().creators.values());

  /** Every row key that may stand for these creators (rows may be known by handle, id or nickname). */
  const keysFor = (ids: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    for (const id of ids) {
      out.add(id);
      const c = data.get().creators.get(id);
      if (c) for (const k of keysOf(c)) out.add(k);
    }
    return out;
  };

  // Only the page's creator answers change what a row shows; they name the creators they brought.
  const unsubData = data.subscribe((_, e) => {
    if (e.endpoint !== 'creator-find') return;
    index.add(e.result.creators);
    changes.emit(new Set(e.result.creators.flatMap(keysOf)));
  });
  const unsubQueued = queued.subscribe((ids) => changes.emit(ids === null ? null : keysFor(ids)));
  const unsubRemembered = opts.remembered?.subscribe((ids) => changes.emit(ids === null ? null : keysFor(ids)));
  opts.signal.addEventListener(
    'abort',
    () => {
      unsubData();
      unsubQueued();
      unsubRemembered?.();
    },
    { once: true },
  );

  const creator = (key: string): CreatorRow | null => {
    const ref = refs.get(key);
    const creators = data.get().creators;
    const fromPage = ref ? index.match(ref, creators) : (creators.get(key) ?? null);
    if (!fromPage) return fallbacks.get(key) ?? null;
    // The page's JSON arrived after its row: the DOM reading is no longer needed.
    if (fallbacks.size) fallbacks.delete(key);
    return fromPage;
  };
  const idOf = (key: string) => creator(key)?.id ?? key;
  const fromPage = (key: string) => {
    const c = creator(key);
    return !!c && data.get().creators.get(c.id) === c;
  };
  const addState = (key: string): AddState => {
    const id = idOf(key);
    const p = pending.get(id);
    return p?.state === 'adding' ? 'adding' : queued.has(id) ? 'queued' : (p?.state ?? 'idle');
  };

  return {
    creator,
    fromPage,
    view(key) {
      const state = addState(key);
      const v: RowView = { creator: creator(key), thresholds, state };
      const error = state === 'error' ? pending.get(idOf(key))?.error : undefined;
      if (error) v.error = error;
      return v;
    },
    addState,
    addError: (key) => (addState(key) === 'error' ? pending.get(idOf(key))?.error : undefined),
    memory(key) {
      const c = creator(key);
      // Only a creator the page's JSON named has an id memory knows; a DOM-only row waits for it.
      return c && fromPage(key) ? opts.remembered?.get(c.id) : undefined;
    },
    thresholds: () => thresholds,
    setThresholds(t) {
      if (t === thresholds) return;
      thresholds = t;
      changes.emit();
    },
    registerRow(key, ref) {
      refs.set(key, { id: ref.id, handle: ref.handle, nickname: ref.nickname });
    },
    registerFallback(key, row) {
      // Only for rows the page's JSON has not covered: the JSON is richer, and one copy is enough.
      if (!fallbacks.has(key) && !creator(key)) fallbacks.set(key, row);
    },
    async addOne(key) {
      const c = creator(key);
      // Only a creator the page said is not blocked: while that is unknown, adding waits.
      if (c?.blocked !== false) return;
      const id = c.id;
      if (pending.get(id)?.state === 'adding' || queued.has(id)) return;
      pending.set(id, { state: 'adding' });
      const only = keysFor([id]);
      changes.emit(only);
      // Queueing loads on the seller's first click: a visit that queues no one carries none of it. A chunk
      // that cannot load (the extension was updated under the page) ends as the row's error, not "adding".
      const out = await import('./add-to-queue').then(
        ({ addCreators }) => addCreators([c], opts.region),
        () => ({ queued: [], error: undefined }),
      );
      if (opts.signal.aborted) return;
      if (out.queued.length) {
        pending.delete(id);
        queued.markQueued(out.queued);
      } else {
        pending.set(id, {
          state: 'error',
          error: out.error ?? FEATURE_MESSAGES.notAdded,
        });
      }
      changes.emit(only);
    },
    queued,
    region: opts.region,
    locale: opts.locale,
    subscribe: changes.subscribe,
  };
}
