import { afterEach, describe, expect, it } from 'vitest';
import { type FitInput, fitOutline, fitParts } from '@/lib/creators/fit';
import { setMessages } from '@/lib/i18n';
import { ENGLISH } from '@/lib/i18n/english';

const T = { minFollowers: 1000, minGmv: 500, minEngagement: 0.02, minSampleFulfilment: 0.8 };
const ALL_MET: FitInput = { followers: 5000, gmv: 900, engagement: 0.05, sampleFulfilment: 0.9 };
const NONE: FitInput = { followers: null, gmv: null, engagement: null, sampleFulfilment: null };

type Met = [boolean | null, boolean | null, boolean | null, boolean | null];

describe('fitOutline and fitParts', () => {
  const cases: Array<{ name: string; c: FitInput; score: number; met: Met; known: number }> = [
    { name: 'all met', c: ALL_MET, score: 100, met: [true, true, true, true], known: 4 },
    {
      name: 'exactly at every threshold counts as met',
      c: { followers: 1000, gmv: 500, engagement: 0.02, sampleFulfilment: 0.8 },
      score: 100,
      met: [true, true, true, true],
      known: 4,
    },
    {
      name: 'ratios parsed from percentages ("2%" and "80%") meet equal thresholds',
      c: { ...ALL_MET, engagement: 2 / 100, sampleFulfilment: 0.7 + 0.1 },
      score: 100,
      met: [true, true, true, true],
      known: 4,
    },
    {
      name: 'one below each boundary',
      c: { followers: 999, gmv: 499.99, engagement: 0.0199, sampleFulfilment: 0.7999 },
      score: 0,
      met: [false, false, false, false],
      known: 4,
    },
    {
      name: 'followers missed: 30 of 100 weight lost',
      c: { ...ALL_MET, followers: 10 },
      score: 70,
      met: [false, true, true, true],
      known: 4,
    },
    {
      name: 'engagement missed: 20 weight lost',
      c: { ...ALL_MET, engagement: 0.001 },
      score: 80,
      met: [true, true, false, true],
      known: 4,
    },
    {
      name: 'unknowns are not held against the creator',
      c: { ...NONE, followers: 2000, engagement: 0.03 },
      score: 100,
      met: [true, null, true, null],
      known: 2,
    },
    {
      name: 'score is over the known weight only (30 met of 50 known)',
      c: { ...NONE, followers: 2000, engagement: 0.01 },
      score: 60,
      met: [true, null, false, null],
      known: 2,
    },
    { name: 'nothing known', c: NONE, score: 0, met: [null, null, null, null], known: 0 },
    {
      name: 'NaN counts as unknown',
      c: { ...ALL_MET, followers: Number.NaN },
      score: 100,
      met: [null, true, true, true],
      known: 3,
    },
    {
      name: 'a GMV floor at or above the goal is met',
      c: { ...ALL_MET, gmv: 500, gmvText: 'RM500+' },
      score: 100,
      met: [true, true, true, true],
      known: 4,
    },
    {
      name: 'a GMV floor below the goal is unknown, not missed',
      c: { ...ALL_MET, gmv: 100, gmvText: 'RM100+' },
      score: 100,
      met: [true, null, true, true],
      known: 3,
    },
    {
      name: 'the DOM reader\'s floor flag counts even without a "+"',
      c: { ...ALL_MET, gmv: 100, gmvText: 'RM100', gmvFloor: true },
      score: 100,
      met: [true, null, true, true],
      known: 3,
    },
    {
      name: 'a plain GMV below the goal is missed',
      c: { ...ALL_MET, gmv: 100, gmvText: '£100' },
      score: 70,
      met: [true, false, true, true],
      known: 4,
    },
  ];

  it.each(cases)('$name', ({ c, score, met, known }) => {
    const r = fitOutline(c, T);
    expect(r.score).toBe(score);
    expect(fitParts(c, T).map((p) => p.met)).toEqual(met);
    expect(r.known).toBe(known);
    expect(r.total).toBe(4);
    expect(r.summary).toContain(`${known} of 4 known`);
    expect(Number.isInteger(r.score)).toBe(true);
  });

  it('keeps parts in a fixed order with labels and weights that sum to 100', () => {
    const parts = fitParts(ALL_MET, T);
    expect(parts.map((p) => p.key)).toEqual(['followers', 'gmv', 'engagement', 'sampleFulfilment']);
    expect(parts.map((p) => p.label)).toEqual(['Followers', 'GMV', 'Engagement rate', 'Sample fulfilment']);
    expect(parts.reduce((s, p) => s + p.weight, 0)).toBe(100);
  });

  it.each([
    ['followers', { ...ALL_MET, followers: 12_345 }, '12.3K', 'at least 1K'],
    ['gmv', { ...ALL_MET, gmv: 12_345.67, gmvText: '£12.3K' }, '£12.3K', 'at least 500'],
    ['gmv', { ...ALL_MET, gmv: 2_000_000 }, '2M', 'at least 500'],
    ['gmv', { ...ALL_MET, gmv: 100, gmvText: 'RM100+' }, 'RM100+ (may be more)', 'at least 500'],
    ['engagement', { ...ALL_MET, engagement: 0.0345 }, '3.5%', 'at least 2%'],
    ['sampleFulfilment', { ...ALL_MET, sampleFulfilment: 0.9 }, '90%', 'at least 80%'],
    ['followers', { ...ALL_MET, followers: null }, 'unknown', 'at least 1K'],
  ] as const)('%s value text %s', (key, c, value, goal) => {
    const part = fitParts(c, T).find((p) => p.key === key);
    expect(part?.value).toBe(value);
    expect(part?.goal).toBe(goal);
  });

  it('a zero threshold reads "no minimum" and any known value meets it', () => {
    const gmv = fitParts({ ...ALL_MET, gmv: 0 }, { ...T, minGmv: 0 }).find((p) => p.key === 'gmv');
    expect(gmv?.goal).toBe('no minimum');
    expect(gmv?.met).toBe(true);
  });

  it.each([
    [ALL_MET, 'Meets 4 of 4 · 4 of 4 known'],
    [
      { ...ALL_MET, followers: 1, engagement: 0 },
      'Meets 2 of 4 · 4 of 4 known · below goal: Followers, Engagement rate',
    ],
    [{ ...NONE, gmv: 900 }, 'Meets 1 of 1 · 1 of 4 known'],
    [NONE, 'No fit data for this creator yet (0 of 4 known)'],
  ])('summary %#', (c, summary) => {
    expect(fitOutline(c, T).summary).toBe(summary);
  });

  it('is deterministic and does not mutate its inputs', () => {
    const c = Object.freeze({ ...ALL_MET, followers: 999 });
    const t = Object.freeze({ ...T });
    expect(fitOutline(c, t)).toEqual(fitOutline(c, t));
    expect(fitParts(c, t)).toEqual(fitParts(c, t));
  });

  it('formats with the given locale', () => {
    const part = fitParts({ ...ALL_MET, engagement: 0.0345 }, T, { locale: 'de' })[2];
    expect(part?.value).toMatch(/3,5\s?%/);
  });
});

describe('fitOutline', () => {
  afterEach(() => setMessages(ENGLISH));

  // The row shows only the score and the summary: the parts' value and goal texts are the tooltip's.
  it.each<[string, FitInput, string[]]>([
    ['all met', ALL_MET, ['creators_fit_known', 'creators_fit_meets']],
    [
      'one missed names its label',
      { ...ALL_MET, followers: 1 },
      ['creators_fit_known', 'creators_fit_meets', 'creators_fit_label_followers', 'creators_fit_misses'],
    ],
    ['nothing known', NONE, ['creators_fit_known', 'creators_fit_nothing_known']],
  ])('%s asks only for the summary texts', (_, c, keys) => {
    const asked: string[] = [];
    setMessages({
      language: 'en',
      get: (key, subs) => {
        asked.push(key);
        return ENGLISH.get(key, subs);
      },
    });
    fitOutline(c, T);
    expect([...asked].sort()).toEqual([...keys].sort());
  });
});
