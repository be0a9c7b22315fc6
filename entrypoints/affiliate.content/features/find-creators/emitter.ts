/** The smallest observable: listeners called synchronously, in order, on every emit. */
export interface Emitter {
  emit(): void;
  subscribe(fn: () => void): () => void;
}

export function createEmitter(): Emitter {
  const listeners = new Set<() => void>();
  return {
    emit() {
      for (const l of listeners) l();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
  };
}
