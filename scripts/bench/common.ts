/** What every bench section shares: the row shape of the table, a seeded generator, and the median. */
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
