import { describe, expect, it } from 'vitest';
import { whoseLongTask } from '../../scripts/bench/long-tasks';

describe('whoseLongTask', () => {
  it.each([
    // duration, ours, gc → whose
    { t: { duration: 120, ours: 5, gc: 0 }, whose: 'page', why: 'long without our part' },
    { t: { duration: 56, ours: 0, gc: 0 }, whose: 'page', why: 'none of ours in it' },
    { t: { duration: 56, ours: 8, gc: 0 }, whose: 'ours', why: 'our 8 ms took a 48 ms task past the limit' },
    { t: { duration: 70, ours: 70, gc: 0 }, whose: 'ours', why: 'all ours' },
    { t: { duration: 70, ours: 25, gc: 15 }, whose: 'ours', why: 'still 55 ms without the GC pause' },
    { t: { duration: 51, ours: 4.2, gc: 46 }, whose: 'gc', why: 'a GC pause landed in a short task of ours' },
    { t: { duration: 53, ours: 8, gc: 5 }, whose: 'gc', why: 'both are needed; without the pause it is 48 ms' },
    { t: { duration: 51, ours: 1, gc: 1 }, whose: 'gc', why: 'exactly 50 ms without the pause is not long' },
  ] as const)('$why → $whose', ({ t, whose }) => {
    expect(whoseLongTask(t)).toBe(whose);
  });

  it('takes another limit', () => {
    expect(whoseLongTask({ duration: 40, ours: 10, gc: 0 }, 35)).toBe('ours');
    expect(whoseLongTask({ duration: 40, ours: 10, gc: 10 }, 35)).toBe('gc');
    expect(whoseLongTask({ duration: 40, ours: 4, gc: 0 }, 35)).toBe('page');
  });
});
