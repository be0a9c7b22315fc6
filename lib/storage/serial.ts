/**
 * One promise chain through which every write runs, so two callers (two tabs, a popup and a panel)
 * can never interleave a read-modify-write. A failed task does not break the chain.
 */
export interface Serial {
  run<T>(task: () => Promise<T> | T): Promise<T>;
  /** Resolves when everything queued so far has settled. */
  idle(): Promise<void>;
}

export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T> | T): Promise<T> {
      const next = tail.then(task, task);
      tail = next.catch(() => undefined);
      return next;
    },
    async idle() {
      await tail;
    },
  };
}
