/** A long task, as the Long Tasks API counts it. */
export const LONG_TASK_MS = 50;

/** One long task, split by the CPU profile: ms of our code and of V8's garbage collection inside it. */
export interface LongTaskShare {
  start: number;
  duration: number;
  ours: number;
  gc: number;
  mostly: string;
  longestSample: number;
}

/**
 * Whose a long task (one over `limit`) is. `ours`: it is long without its GC pauses and would not be without our part.
 * `gc`: it would not be long without our part, but a GC pause inside is what took it past the limit:
 * V8 collects wherever the heap's allocation crosses a threshold, and that allocation is mostly the
 * page's (our code is ~3 % of the busy thread), so the pause lands in a task of ours by chance.
 * `page`: long without our part.
 */
export function whoseLongTask(t: Pick<LongTaskShare, 'duration' | 'ours' | 'gc'>, limit = LONG_TASK_MS): 'ours' | 'gc' | 'page' {
  if (t.ours <= 0 || t.duration - t.ours > limit) return 'page';
  return t.duration - t.gc > limit ? 'ours' : 'gc';
}
