import type { Page } from 'playwright-core';
import { PANEL } from './harness';

/**
 * The page's elements (by selector; every match) that the browser does not hit at their centre and near each
 * edge's middle (in by half the height at the sides, so rounded ends count), each with what covers it: our panel, or another element. Empty when every one is visible
 * and usable as a whole.
 */
export function coveredElements(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ([tag, sels]) =>
      sels.flatMap((sel) => {
        const all = Array.from(document.querySelectorAll(sel));
        if (!all.length) return [`${sel}: not on the page`];
        return all.flatMap((el) => {
          const r = el.getBoundingClientRect();
          const side = Math.min(r.height / 2, r.width / 4);
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + side, r.top + r.height / 2],
            [r.right - side, r.top + r.height / 2],
            [r.left + r.width / 2, r.top + 2],
            [r.left + r.width / 2, r.bottom - 2],
          ] as const;
          for (const [x, y] of points) {
            const top = document.elementFromPoint(x, y);
            if (top && (top === el || el.contains(top))) continue;
            const by = top === document.querySelector(tag) ? 'our panel' : (top?.localName ?? 'nothing');
            return [
              `${sel} "${(el.textContent ?? '').trim().slice(0, 20)}" at ${Math.round(x)},${Math.round(y)}: covered by ${by}`,
            ];
          }
          return [];
        });
      }),
    [PANEL, selectors] as const,
  );
}
