/** Seeded PRNG (mulberry32): the same seed always yields the same sandbox world. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** Log-uniform between min and max: follower counts and GMV are heavy-tailed. */
export const logUniform = (rng: Rng, min: number, max: number): number =>
  Math.exp(Math.log(min) + rng() * (Math.log(max) - Math.log(min)));

/** A numeric id string of `length` digits starting with `prefix` (TikTok ids are 19-digit strings). */
export function digitId(rng: Rng, prefix: string, length = 19): string {
  let s = prefix;
  while (s.length < length) s += String(int(rng, 0, 9));
  return s;
}
