/** A box in viewport pixels (what getBoundingClientRect gives, without the DOM type). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export function rectOf(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

/** Touching edges do not count: a panel may sit flush against a control. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function grow(r: Rect, by: number): Rect {
  return { left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by };
}

/**
 * The gaps inside [lo, hi] that none of the blocked intervals covers, in order. Used on one axis at a time:
 * the controls' extents along a strip of the viewport.
 */
export function freeGaps(
  lo: number,
  hi: number,
  blocked: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const sorted = blocked.filter(([a, b]) => b > lo && a < hi).sort((x, y) => x[0] - y[0]);
  const gaps: Array<[number, number]> = [];
  let at = lo;
  for (const [a, b] of sorted) {
    if (a > at) gaps.push([at, Math.min(a, hi)]);
    at = Math.max(at, b);
    if (at >= hi) break;
  }
  if (at < hi) gaps.push([at, hi]);
  return gaps;
}
