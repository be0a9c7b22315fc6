import { describe, expect, it } from 'vitest';
import { afterPaint } from '../../components/popup/after-paint';

/** A clock we drive by hand: timers and animation frames run only when told. */
function fakeClock(withFrames: boolean) {
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const frames = new Map<number, () => void>();
  let now = 0;
  const g = {
    setTimeout: ((fn: () => void, ms = 0) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    }) as unknown as typeof setTimeout,
    clearTimeout: ((id: number) => timers.delete(id)) as unknown as typeof clearTimeout,
    ...(withFrames
      ? {
          requestAnimationFrame: (fn: () => void) => {
            frames.set(next, fn);
            return next++;
          },
          cancelAnimationFrame: (id: number) => frames.delete(id),
        }
      : {}),
  };
  return {
    g: g as unknown as Parameters<typeof afterPaint>[1],
    frame() {
      const list = [...frames.values()];
      frames.clear();
      for (const f of list) f();
    },
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now && timers.delete(id)) t.fn();
      }
    },
  };
}

describe('afterPaint', () => {
  // Steps: 'frame' delivers the pending animation frames, a number advances the clock by that many ms.
  it.each([
    ['after the next frame, in a task after it', true, ['frame', 0], 1],
    ['not before the frame has come', true, [15], 0],
    ['on the fallback timer when no frame comes', true, [100], 1],
    ['on the fallback timer without requestAnimationFrame', false, [100], 1],
    ['once, when both the frame and the fallback fire', true, ['frame', 0, 200], 1],
  ] as const)('runs %s', (_name, withFrames, steps, runs) => {
    const c = fakeClock(withFrames);
    let n = 0;
    afterPaint(() => n++, c.g);
    for (const step of steps) {
      if (step === 'frame') c.frame();
      else c.advance(step);
    }
    expect(n).toBe(runs);
  });

  it('never runs once cancelled', () => {
    const c = fakeClock(true);
    let n = 0;
    const cancel = afterPaint(() => n++, c.g);
    c.frame();
    cancel();
    c.advance(500);
    expect(n).toBe(0);
  });
});
