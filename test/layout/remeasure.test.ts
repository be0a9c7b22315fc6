import { describe, expect, it } from 'vitest';
import type { Obstacle } from '@/lib/layout/place-panel';
import type { Size } from '@/lib/layout/rect';
import {
  type ContainerChange,
  carryOver,
  classifyChange,
  dueAt,
  LOADER_PX,
  type RowsChange,
} from '@/lib/layout/remeasure';

const boxes = (...sizes: Array<[number, number]>) =>
  new Map<string, Size>(sizes.map(([width, height], i) => [`box${i}`, { width, height }]));
const rows = (growth: number, moved = false): RowsChange => ({ growth, moved });

describe('classifyChange', () => {
  it.each<[string, Map<string, Size>, Map<string, Size>, RowsChange, ContainerChange]>([
    ['nothing changed', boxes([1000, 56], [1000, 4000]), boxes([1000, 56], [1000, 4000]), rows(0), 'none'],
    [
      '12 rows appended, container grew by them',
      boxes([1000, 56], [1000, 4000]),
      boxes([1000, 56], [1000, 4816]),
      rows(816),
      'rows',
    ],
    ['rows appended while the loading spinner shows', boxes([1000, 4000]), boxes([1000, 4848]), rows(816), 'rows'],
    ['rows appended and the spinner gone', boxes([1000, 4032]), boxes([1000, 4816]), rows(816), 'rows'],
    ['a section opened (no rows grew)', boxes([1000, 2000]), boxes([1000, 2300]), rows(0), 'layout'],
    ['rows grew but much more than rows came in', boxes([1000, 2000]), boxes([1000, 3000]), rows(400), 'layout'],
    ['something above the table moved', boxes([1000, 4000]), boxes([1000, 4816]), rows(816, true), 'layout'],
    ['the container got narrower', boxes([1000, 4000]), boxes([900, 4816]), rows(816), 'layout'],
    ['the container shrank', boxes([1000, 4000]), boxes([1000, 3000]), rows(0), 'layout'],
    ['rows were removed (filter)', boxes([1000, 4000]), boxes([1000, 3000]), rows(-1000), 'layout'],
    ['a box appeared (new page)', boxes([1000, 4000]), boxes([1000, 4000], [1000, 20]), rows(0), 'layout'],
    ['only the spinner toggled', boxes([1000, 4000]), boxes([1000, 4032]), rows(0), 'layout'],
  ])('%s', (_name, before, now, change, want) => {
    expect(classifyChange(before, now, change)).toBe(want);
  });

  it('allows at most LOADER_PX of growth besides the rows', () => {
    expect(classifyChange(boxes([1000, 0]), boxes([1000, 400 + LOADER_PX]), rows(400))).toBe('rows');
    expect(classifyChange(boxes([1000, 0]), boxes([1000, 401 + LOADER_PX]), rows(400))).toBe('layout');
  });
});

describe('carryOver', () => {
  const o = (top: number, pinned = false): Obstacle => ({ left: 0, right: 100, top, bottom: top + 30, pinned });
  it.each<[string, Obstacle, number, number, Array<{ at: number; by: number }>, number]>([
    ['nothing scrolled or grew', o(300), 0, 0, [], 300],
    ['scrolled down 200: scrolling content moves up', o(300), 100, 300, [], 100],
    ['pinned control stays put when scrolled', o(10, true), 0, 500, [], 10],
    ['below a body that grew by 400: moves down', o(900), 0, 0, [{ at: 800, by: 400 }], 1300],
    ['above that body: stays', o(100), 0, 0, [{ at: 800, by: 400 }], 100],
    ['scrolled and below a grown body', o(900), 0, 250, [{ at: 800, by: 400 }], 1050],
  ])('%s', (_name, obstacle, before, now, growths, wantTop) => {
    const [moved] = carryOver([obstacle], before, now, growths);
    expect(moved?.top).toBe(wantTop);
    expect((moved?.bottom ?? 0) - (moved?.top ?? 0)).toBe(30);
  });
});

describe('dueAt', () => {
  it.each([
    ['one change: after the delay', 1000, 1000, 1200],
    ['a burst: after the delay from the last change', 1000, 1500, 1700],
    ['a change that never stops: no later than maxWait after the first', 1000, 1950, 2000],
  ])('%s', (_name, first, last, want) => {
    expect(dueAt(first, last, 200, 1000)).toBe(want);
  });
});
