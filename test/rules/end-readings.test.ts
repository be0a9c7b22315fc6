import { describe, expect, it } from 'vitest';
import { checkWithEndReadings } from '../../lib/rules';
import { draft as baseDraft, DAY, NOW } from './fixtures';

describe('checkWithEndReadings', () => {
  it.each([
    ['one reading', 40 * DAY, null, false, []],
    ['both far enough: same findings, date order does not matter', 40 * DAY, 60 * DAY, false, []],
    [
      'one past, one ahead: the picker offers no past day, so the reading ahead counts',
      -5 * DAY,
      2 * DAY,
      false,
      ['ends.soon'],
    ],
    ['the other way round', 2 * DAY, -5 * DAY, false, ['ends.soon']],
    ['both ahead, findings differ: dropped and the date called uncertain', 2 * DAY, 40 * DAY, true, []],
    ['both past: the finding stands', -5 * DAY, -2 * DAY, false, ['ends.past']],
  ])('%s', (_, end, alt, uncertain, endCodes) => {
    const draft = baseDraft({ endsAt: NOW + end });
    const r = checkWithEndReadings(draft, alt == null ? null : NOW + alt, { now: NOW });
    expect(r.endUncertain).toBe(uncertain);
    expect(r.findings.map((f) => f.code).filter((c) => /^ends\.|^sample\.post/.test(c))).toEqual(endCodes);
  });
});
