/**
 * What every bench section shares: the row shape of the table, a seeded generator, the median, and timed
 * runs with the two rows each gives. A section runs alone with `npm run bench -- --only=<section>`.
 */
export interface BenchFigure {
  figure: string;
  value: number;
  unit: string;
  goal: string;
  ok: boolean;
}

/** The sandbox's seeded generator (mulberry32): the same data on every run. */
export { mulberry32 as rng } from '../../test/sandbox/data/random.ts';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

export interface Timing {
  median: number;
  fastest: number;
  runs: number;
}

/** `runs` timed runs after `warmup` untimed ones, in ms; `setup` is not timed. */
export async function time<T>(
  runs: number,
  warmup: number,
  fn: (x: T) => unknown,
  setup: () => T | Promise<T> = () => undefined as T,
): Promise<Timing> {
  const out: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const x = await setup();
    const t0 = performance.now();
    await fn(x);
    const dt = performance.now() - t0;
    if (i >= warmup) out.push(dt);
  }
  return { median: round2(median(out)), fastest: round2(Math.min(...out)), runs };
}

/**
 * The median against its goal (none: a reference), and the fastest run as a reference for the cost
 * without other processes competing for the two cores.
 */
export function timed(figure: string, t: Timing, goalMs: number | null): BenchFigure[] {
  return [
    {
      figure: `${figure} (median of ${t.runs})`,
      value: t.median,
      unit: 'ms',
      goal: goalMs === null ? 'reference' : `< ${goalMs} ms`,
      ok: goalMs === null || t.median < goalMs,
    },
    { figure: `${figure} (fastest of ${t.runs})`, value: t.fastest, unit: 'ms', goal: 'reference', ok: true },
  ];
}
