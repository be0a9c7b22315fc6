/** What every bench section shares: the row shape of the table, a seeded generator, and the median. */
export interface BenchFigure {
  figure: string;
  value: number;
  unit: string;
  goal: string;
  ok: boolean;
}

/** mulberry32: small, fast, deterministic; the same data on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
