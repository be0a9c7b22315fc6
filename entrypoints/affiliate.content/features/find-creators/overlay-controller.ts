/**
 * The state every creator overlay on a page shares: the page's creator JSON, which creators are
 * queued, the seller's fit thresholds, and single adds in flight. Rows read a small view of it and
 * re-render only when their own view changed.
 */
import type { AddState } from '@/components/creators/overlay-dom';
import type { CreatorRow } from '@/lib/pages/creator-json';
import type { FitThresholds } from '@/lib/settings/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { PageDataStore } from '../../page-data';
import { addCreators } from './add-to-queue';
import { type Changed, createEmitter } from './emitter';
import { FEATURE_MESSAGES } from './messages';
import type { QueuedStore } from './queued-store';

export interface RowView {
  creator: CreatorRow | null;
  thresholds: FitThresholds;
  state: AddState;
  error?: string;
}

export interface OverlayController {
  /** The page's JSON row, else the DOM fallback the decorator registered for the id. */
  creator(id: string): CreatorRow | null;
  view(id: string): RowView;
  /** The parts of a view, one by one, for callers that compare without allocating (the table rows). */
  addState(id: string): AddState;
  addError(id: string): string | undefined;
  thresholds(): FitThresholds;
  setThresholds(t: FitThresholds): void;
  registerFallback(row: CreatorRow): void;
  addOne(id: string): Promise<void>;
  readonly queued: QueuedStore;
  readonly region: string | null;
  readonly locale: string;
  /** Called with the creators a change concerns (null: any of them). */
  subscribe(fn: (changed: Changed) => void): () => void;
}

export function createOverlayController(opts: {
  data: PageDataStore;
  queued: QueuedStore;
  region: string | null;
  locale: string;
  signal: AbortSignal;
}): OverlayController {
  const { data, queued } = opts;
  const changes = createEmitter();
  let thresholds: FitThresholds = DEFAULT_SETTINGS.fit;
  const fallbacks = new Map<string, CreatorRow>();
  const pending = new Map<string, { state: 'adding' | 'error'; error?: string }>();

  // Only the page's creator answers change what a row shows; they name the creators they brought.
  const unsubData = data.subscribe((_, e) => {
    if (e.endpoint === 'creator-find') changes.emit(new Set(e.result.creators.map((c) => c.id)));
  });
  const unsubQueued = queued.subscribe((ids) => changes.emit(ids));
  opts.signal.addEventListener(
    'abort',
    () => {
      unsubData();
      unsubQueued();
    },
    { once: true },
  );

  const creator = (id: string): CreatorRow | null => {
    const fromPage = data.get().creators.get(id);
    if (!fromPage) return fallbacks.get(id) ?? null;
    // The page's JSON arrived after its row: the DOM reading is no longer needed.
    if (fallbacks.size) fallbacks.delete(id);
    return fromPage;
  };
  const addState = (id: string): AddState => {
    const p = pending.get(id);
    return p?.state === 'adding' ? 'adding' : queued.has(id) ? 'queued' : (p?.state ?? 'idle');
  };

  return {
    creator,
    view(id) {
      const state = addState(id);
      const v: RowView = { creator: creator(id), thresholds, state };
      const error = state === 'error' ? pending.get(id)?.error : undefined;
      if (error) v.error = error;
      return v;
    },
    addState,
    addError: (id) => (addState(id) === 'error' ? pending.get(id)?.error : undefined),
    thresholds: () => thresholds,
    setThresholds(t) {
      if (t === thresholds) return;
      thresholds = t;
      changes.emit();
    },
    registerFallback(row) {
      // Only for rows the page's JSON has not covered: the JSON is richer, and one copy is enough.
      if (!fallbacks.has(row.id) && !data.get().creators.has(row.id)) fallbacks.set(row.id, row);
    },
    async addOne(id) {
      const c = creator(id);
      if (!c || c.blocked === true || pending.get(id)?.state === 'adding' || queued.has(id)) return;
      pending.set(id, { state: 'adding' });
      const only = new Set([id]);
      changes.emit(only);
      const out = await addCreators([c], opts.region);
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
