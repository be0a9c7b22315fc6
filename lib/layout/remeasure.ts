import type { Obstacle } from './place-panel';
import type { Size } from './rect';

/**
 * What a size change of the page's main container asks of the placement:
 * - 'none': nothing that placement depends on moved;
 * - 'rows': the container grew by exactly what its table bodies grew (infinite scroll appended rows):
 *   re-reading those few table bodies and the scroll range is enough;
 * - 'layout': anything else (a width change, a shrink, a section opening, a new page): measure the page again.
 */
export type ContainerChange = 'none' | 'rows' | 'layout';

/** Rounding and sub-pixel borders: growths this close are the same growth. */
const SAME_PX = 2;
/**
 * Growth besides the rows that still counts as "rows appended": the loading indicator that infinite scroll
 * shows and hides under the table (Arco's Spin, a "No more" line).
 */
export const LOADER_PX = 80;

/** How the page's table bodies changed since the last measure. */
export interface RowsChange {
  /** Sum of the bodies' height changes (px). */
  growth: number;
  /** Whether any body's top moved in the page (something above it changed). */
  moved: boolean;
}

/**
 * Compares the container's boxes now with those at the last measure (same keys; a box that is new or gone
 * is a layout change), given what the measured table bodies did meanwhile.
 */
export function classifyChange(
  before: ReadonlyMap<unknown, Size>,
  now: ReadonlyMap<unknown, Size>,
  rows: RowsChange,
): ContainerChange {
  if (before.size !== now.size || rows.moved) return 'layout';
  let grew = 0;
  for (const [key, b] of before) {
    const n = now.get(key);
    if (!n || Math.abs(n.width - b.width) > 0.5) return 'layout';
    grew += n.height - b.height;
  }
  if (Math.abs(grew) <= 0.5 && Math.abs(rows.growth) <= 0.5) return 'none';
  if (rows.growth < -0.5) return 'layout';
  // The container grew by the rows, give or take a loading indicator under them.
  return rows.growth > SAME_PX && Math.abs(grew - rows.growth) <= LOADER_PX ? 'rows' : 'layout';
}

/** A table body's growth: `at` is its old bottom edge (viewport y at the old scroll position), `by` the px it grew. */
export interface Growth {
  at: number;
  by: number;
}

/**
 * Controls measured when the page's scroller was at `scrolledBefore`, moved to where they are at
 * `scrolledNow` after the table bodies grew: scrolling content moves up by the distance scrolled, and down
 * by the growth of every body that ended above it; pinned controls stay.
 */
export function carryOver(
  obstacles: readonly Obstacle[],
  scrolledBefore: number,
  scrolledNow: number,
  growths: readonly Growth[] = [],
): Obstacle[] {
  const scrolled = scrolledNow - scrolledBefore;
  return obstacles.map((o) => {
    if (o.pinned) return o;
    let dy = -scrolled;
    for (const g of growths) if (g.at <= o.top) dy += g.by;
    return dy === 0 ? o : { ...o, top: o.top + dy, bottom: o.bottom + dy };
  });
}

/**
 * Coalesces bursts of changes into one run: `delay` ms after the last change, but no later than `maxWait`
 * ms after the first one, so a page that keeps changing is still measured now and then.
 * Pure timing arithmetic; the caller owns the timers and the clock.
 */
export function dueAt(firstChange: number, lastChange: number, delay: number, maxWait: number): number {
  return Math.min(lastChange + delay, firstChange + maxWait);
}
