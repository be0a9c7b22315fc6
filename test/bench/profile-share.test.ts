import { describe, expect, it } from 'vitest';
import { MARKER, ourShare, whoseLongTask } from '../../scripts/bench/profile-share';

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
    {
      t: { duration: 53, ours: 25.6, gc: 0, stall: 21.3 },
      whose: 'stall',
      why: 'the thread did not run for 21 ms inside 3 ms of ours',
    },
    {
      t: { duration: 53, ours: 8, gc: 2, stall: 2 },
      whose: 'stall',
      why: 'without the pause and the stall it is 49 ms',
    },
    { t: { duration: 60, ours: 20, gc: 0, stall: 5 }, whose: 'ours', why: 'still 55 ms without the stall' },
    { t: { duration: 120, ours: 5, gc: 0, stall: 80 }, whose: 'page', why: 'a stall in a task long without our part' },
  ] as const)('$why → $whose', ({ t, whose }) => {
    expect(whoseLongTask(t)).toBe(whose);
  });

  it('takes another limit', () => {
    expect(whoseLongTask({ duration: 40, ours: 10, gc: 0 }, 35)).toBe('ours');
    expect(whoseLongTask({ duration: 40, ours: 10, gc: 10 }, 35)).toBe('gc');
    expect(whoseLongTask({ duration: 40, ours: 4, gc: 0 }, 35)).toBe('page');
  });
});

describe('ourShare', () => {
  const EXT = 'chrome-extension://abc/';
  const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
    id,
    children,
    callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
  });
  // root → page app → our fetch wrapper → native fetch; root → our handler; GC; idle; the clock marker.
  const profile = {
    nodes: [
      frame(1, '(root)', '', [2, 5, 6, 7, 8]),
      frame(2, 'load', 'https://affiliate.tiktok.com/assets/app.js', [3]),
      frame(3, 't', `${EXT}content-scripts/observer.js`, [4]),
      frame(4, 'fetch', ''),
      frame(5, 'handler', `${EXT}content-scripts/esm/affiliate.js`),
      frame(6, '(garbage collector)', ''),
      frame(7, MARKER, 'https://affiliate.tiktok.com/'),
      frame(8, '(idle)', ''),
    ],
    startTime: 0,
    // Each sample stands for the 1 ms before it (deltas in µs).
    samples: [7, 2, 3, 4, 4, 5, 5, 6, 6, 6, 8],
    timeDeltas: Array.from({ length: 11 }, () => 1000),
  };

  it("counts our frames, not the page's fetch our wrapper hands on, GC or idle", () => {
    const share = ourShare(profile, EXT);
    expect(share.ours).toBe(3); // the wrapper's own sample and the two handler samples
    expect(share.busy).toBe(7); // marker, page, wrapper, 2 × fetch, 2 × handler
  });

  it('splits a long task into our part and its GC pauses, tied to the page clock by the marker', () => {
    // The marker's sample is at 1 ms profile time; it ran at 100 ms page time. Task: page 101–111 ms.
    const [task] = ourShare(profile, EXT, [{ start: 100.5, duration: 10 }], 100).tasks;
    expect(task).toMatchObject({ ours: 3, gc: 3, stall: 0, mostly: `handler content-scripts/esm/affiliate.js:1:1` });
    expect(task?.longestSample).toBe(1);
  });

  it('counts a sample over STALL_SAMPLE_MS, beyond one interval, as a stall (GC samples are GC)', () => {
    // The same profile with the handler's second sample 12 ms long and the first GC sample 9 ms long.
    const deltas = profile.timeDeltas.map((d, i) => (i === 6 ? 12_000 : i === 7 ? 9_000 : d));
    const [task] = ourShare({ ...profile, timeDeltas: deltas }, EXT, [{ start: 100.5, duration: 40 }], 100).tasks;
    expect(task).toMatchObject({ ours: 14, gc: 11, stall: 11.5, longestSample: 12 });
    // 14 ms of ours (12 of them stalled), 11 of GC: short without our part up to a 64 ms task.
    expect(whoseLongTask({ ...task!, duration: 52 })).toBe('gc');
    expect(whoseLongTask({ ...task!, duration: 62 })).toBe('stall');
    expect(whoseLongTask({ ...task!, duration: 64, stall: 2 })).toBe('ours');
    expect(whoseLongTask({ ...task!, duration: 70 })).toBe('page');
  });

  it('ties no task without a marker sample', () => {
    expect(
      ourShare(
        { ...profile, samples: profile.samples.map((s) => (s === 7 ? 8 : s)) },
        EXT,
        [{ start: 0, duration: 60 }],
        0,
      ).tasks,
    ).toEqual([]);
  });
});
