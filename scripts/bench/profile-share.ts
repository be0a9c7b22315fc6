/**
 * Reads a CPU profile of the page for the bench: how much of it is our code, and whose each long task is.
 * Pure (no browser), so its rules are unit-tested.
 */

/** A long task, as the Long Tasks API counts it. */
export const LONG_TASK_MS = 50;
/** The bench's CPU profile samples every 0.5 ms (Profiler.setSamplingInterval takes µs). */
export const SAMPLING_INTERVAL_MS = 0.5;
/**
 * A sample this long (6 intervals) is time the profiler could not sample: the thread was not running
 * (the 2-core VM lent its CPU elsewhere). GC is sampled as such, and counted apart.
 */
export const STALL_SAMPLE_MS = 3;

/** One long task, split by the CPU profile: ms of our code and of V8's garbage collection inside it. */
export interface LongTaskShare {
  start: number;
  duration: number;
  ours: number;
  gc: number;
  /** ms of the task the thread was stalled: the part of each sample over STALL_SAMPLE_MS beyond one interval. */
  stall: number;
  mostly: string;
  longestSample: number;
}

/**
 * Whose a long task (one over `limit`) is. `ours`: it is long without its GC pauses and stalls, and
 * would not be without our part. `gc`: it would not be long without our part, but a GC pause inside is
 * what took it past the limit: V8 collects wherever the heap's allocation crosses a threshold, and that
 * allocation is mostly the page's (our code is ~3 % of the busy thread), so the pause lands in a task of
 * ours by chance. `stall`: the same, but what took it past the limit is time the thread did not run at
 * all (no sample for over STALL_SAMPLE_MS). `page`: long without our part.
 */
export function whoseLongTask(
  t: Pick<LongTaskShare, 'duration' | 'ours' | 'gc'> & { stall?: number },
  limit = LONG_TASK_MS,
): 'ours' | 'gc' | 'stall' | 'page' {
  if (t.ours <= 0 || t.duration - t.ours > limit) return 'page';
  if (t.duration - t.gc <= limit) return 'gc';
  return t.duration - t.gc - (t.stall ?? 0) > limit ? 'ours' : 'stall';
}

export interface CpuProfile {
  nodes: Array<{
    id: number;
    children?: number[];
    callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const MARKER = '__cpBenchMarker';
/** Busy-waits 4 ms inside a named function and returns performance.now(): its samples tie the profile's clock to the page's. */
export const MARKER_CALL = `(function ${MARKER}() { const t = performance.now(); while (performance.now() - t < 4) {} return t; })()`;

export interface ProfileShare {
  /** ms of samples whose stack holds a frame of ours (inclusive: native calls we make count as ours). */
  ours: number;
  /** ms of samples that are not idle, program or GC. */
  busy: number;
  /** Per long task: its duration and the ms of our code inside it (when the clocks could be tied). */
  tasks: LongTaskShare[];
}

/**
 * Attributes a CPU profile to our code (frames whose script URL starts with `urlPrefix`) and, given
 * the page's long tasks and the marker's page time, says how much of each long task was ours.
 */
/** What the main-world observer wraps and hands on: the native call underneath is the page's. */
const PASSED_THROUGH = ['fetch', 'open', 'send'];

export function ourShare(
  profile: CpuProfile,
  urlPrefix: string,
  longTasks: Array<{ start: number; duration: number }> = [],
  markerPageTime?: number,
): ProfileShare {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const inOurs = (id: number): boolean => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const p = parent.get(id);
    const v = (byId.get(id)?.callFrame.url.startsWith(urlPrefix) ?? false) || (p !== undefined && inOurs(p));
    memo.set(id, v);
    return v;
  };
  // The page's own fetch or XHR call, run through the main-world observer's passive wrapper, is the
  // page's work: the wrapper only hands it on (and reads the answer later, in samples of its own).
  const passedThrough = (id: number): boolean => {
    const f = byId.get(id)?.callFrame;
    const p = parent.get(id);
    const callerUrl = (p === undefined ? undefined : byId.get(p)?.callFrame.url) ?? '';
    return (
      f?.url === '' &&
      PASSED_THROUGH.includes(f.functionName) &&
      callerUrl.startsWith(urlPrefix) &&
      /observer(-main)?\.js$/.test(callerUrl)
    );
  };
  const isOurs = (id: number): boolean => inOurs(id) && !passedThrough(id);
  /** The outermost frame of ours on a sample's stack ("name file:line:column"): which of our entry points the time went to. */
  const entries = new Map<number, string>();
  const entryOf = (id: number): string => {
    const hit = entries.get(id);
    if (hit !== undefined) return hit;
    const p = parent.get(id);
    const outer = p !== undefined && isOurs(p) ? entryOf(p) : '';
    const f = byId.get(id)?.callFrame;
    // Line and column (1-based) tell apart the many one-letter functions of a minified bundle.
    const at = f ? `${f.url.slice(urlPrefix.length)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const v = outer || (f?.url.startsWith(urlPrefix) ? `${f.functionName || '(anonymous)'} ${at}` : '');
    entries.set(id, v);
    return v;
  };
  const named = (...names: string[]) =>
    new Set(profile.nodes.filter((n) => names.includes(n.callFrame.functionName)).map((n) => n.id));
  const idle = named('(idle)', '(program)', '(garbage collector)');
  const collector = named('(garbage collector)');
  const marker = named(MARKER);
  // Sample i is taken at startTime + the sum of deltas up to i, and stands for the time since sample i-1.
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t / 1000);
  }
  let ours = 0;
  let busy = 0;
  let markerAt: number | null = null;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!idle.has(id)) busy += dt;
    if (isOurs(id)) ours += dt;
    if (markerAt === null && marker.has(id)) markerAt = times[i] ?? null;
  });
  const tasks: ProfileShare['tasks'] = [];
  if (markerAt !== null && markerPageTime !== undefined) {
    const offset = (markerAt as number) - markerPageTime;
    for (const task of longTasks) {
      const from = task.start + offset;
      const to = from + task.duration;
      let mine = 0;
      let gc = 0;
      let stall = 0;
      let longestSample = 0;
      const by = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = times[i] ?? 0;
        if (!(at > from && at <= to)) return;
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        if (collector.has(id)) gc += dt;
        else if (dt > STALL_SAMPLE_MS) stall += dt - SAMPLING_INTERVAL_MS;
        if (!isOurs(id)) return;
        mine += dt;
        longestSample = Math.max(longestSample, dt);
        const e = entryOf(id);
        by.set(e, (by.get(e) ?? 0) + dt);
      });
      const mostly = [...by].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      tasks.push({ start: task.start, duration: task.duration, ours: mine, gc, stall, mostly, longestSample });
    }
  }
  return { ours, busy, tasks };
}
