/**
 * Which creators a change concerns: their ids, or null when it may concern any of them (new
 * thresholds, the queue read again). Rows re-check only the ids named, so a page of 12 new creators
 * costs 12 rows' work, not one per listed row.
 */
export type Changed = ReadonlySet<string> | null;

/** The smallest observable: listeners called synchronously, in order, on every emit. */
export interface Emitter {
  emit(changed?: Changed): void;
  subscribe(fn: (changed: Changed) => void): () => void;
}

export function createEmitter(): Emitter {
  const listeners = new Set<(changed: Changed) => void>();
  return {
    emit(changed = null) {
      for (const l of listeners) l(changed);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
  };
}
