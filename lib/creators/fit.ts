/**
 * The creator fit score: how many of the seller's thresholds a creator meets, weighted.
 * Unknown facts are left out of the score (a creator is not punished for data the page did not show)
 * but reported as lower confidence ("2 of 4 known"). Pure and deterministic: same input, same output.
 */
import { currentLanguage } from '../i18n/index';
import type { FitThresholds } from '../settings/schema';
import { FIT_MESSAGES } from './messages';
import type { CreatorRow } from './types';

export type FitKey = 'followers' | 'gmv' | 'engagement' | 'sampleFulfilment';

export interface FitPart {
  key: FitKey;
  label: string;
  /** null: the page did not tell us, so the part is not counted either way. */
  met: boolean | null;
  value: string;
  goal: string;
  weight: number;
}

export interface FitResult {
  /** 0..100 over the known parts; 0 when nothing is known (check `known`). */
  score: number;
  parts: FitPart[];
  summary: string;
  known: number;
  total: number;
}

export type FitInput = Pick<CreatorRow, 'followers' | 'gmv' | 'engagement' | 'sampleFulfilment'> & {
  /** As displayed; a trailing "+" ("RM10K+") marks a floor. */
  gmvText?: string | null;
  /** Set by the DOM reader when it saw a floor; otherwise inferred from gmvText. */
  gmvFloor?: boolean;
};

/** Reach and sales matter most to a seller paying commission; the two ratios refine them. */
export const FIT_WEIGHTS: Readonly<Record<FitKey, number>> = Object.freeze({
  followers: 30,
  gmv: 30,
  engagement: 20,
  sampleFulfilment: 20,
});

/**
 * Ratios come from parsed percentages ("2%" → 0.02) and may carry float noise;
 * a value equal to the threshold must count as met, so compare with a tiny tolerance.
 */
const RATIO_EPSILON = 1e-9;

const compactCache = new Map<string, Intl.NumberFormat>();
const percentCache = new Map<string, Intl.NumberFormat>();

function formatter(cache: Map<string, Intl.NumberFormat>, locale: string, opts: Intl.NumberFormatOptions) {
  let f = cache.get(locale);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      f = new Intl.NumberFormat('en', opts);
    }
    cache.set(locale, f);
  }
  return f;
}

const compact = (n: number, locale: string) =>
  formatter(compactCache, locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
const percent = (n: number, locale: string) =>
  formatter(percentCache, locale, { style: 'percent', maximumFractionDigits: 1 }).format(n);

const isKnown = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export interface FitOptions {
  /** Locale for the value and goal texts; the language of the messages by default. */
  locale?: string;
}

export function fitScore(creator: FitInput, thresholds: FitThresholds, options: FitOptions = {}): FitResult {
  const locale = options.locale ?? currentLanguage();
  const goalText = (min: number, fmt: (n: number) => string) =>
    min > 0 ? FIT_MESSAGES.atLeast(fmt(min)) : FIT_MESSAGES.noMinimum;

  const count = (key: 'followers', value: number | null, min: number): FitPart => ({
    key,
    label: FIT_MESSAGES.labels[key],
    met: isKnown(value) ? value >= min : null,
    value: isKnown(value) ? compact(value, locale) : FIT_MESSAGES.unknown,
    goal: goalText(min, (n) => compact(n, locale)),
    weight: FIT_WEIGHTS[key],
  });

  const ratio = (key: 'engagement' | 'sampleFulfilment', value: number | null, min: number): FitPart => ({
    key,
    label: FIT_MESSAGES.labels[key],
    met: isKnown(value) ? value >= min - RATIO_EPSILON : null,
    value: isKnown(value) ? percent(value, locale) : FIT_MESSAGES.unknown,
    goal: goalText(min, (n) => percent(n, locale)),
    weight: FIT_WEIGHTS[key],
  });

  const parts: FitPart[] = [
    count('followers', creator.followers, thresholds.minFollowers),
    gmvPart(creator, thresholds.minGmv, locale, goalText),
    ratio('engagement', creator.engagement, thresholds.minEngagement),
    ratio('sampleFulfilment', creator.sampleFulfilment, thresholds.minSampleFulfilment),
  ];

  const knownParts = parts.filter((p) => p.met !== null);
  const knownWeight = knownParts.reduce((s, p) => s + p.weight, 0);
  const metWeight = knownParts.reduce((s, p) => s + (p.met ? p.weight : 0), 0);
  const score = knownWeight > 0 ? Math.round((100 * metWeight) / knownWeight) : 0;

  return {
    score,
    parts,
    summary: summarise(parts),
    known: knownParts.length,
    total: parts.length,
  };
}

/** GMV may be a floor ("RM10K+"): a floor at or above the goal meets it; below it, we cannot tell. */
function gmvPart(
  creator: FitInput,
  min: number,
  locale: string,
  goalText: (min: number, fmt: (n: number) => string) => string,
): FitPart {
  const shown = creator.gmvText?.trim();
  const isFloor = creator.gmvFloor ?? (!!shown && shown.endsWith('+'));
  const value = creator.gmv;
  let met: boolean | null = null;
  let text: string = FIT_MESSAGES.unknown;
  if (isKnown(value)) {
    text = shown || compact(value, locale);
    if (value >= min) met = true;
    else if (isFloor) text = FIT_MESSAGES.floorBelowGoal(text);
    else met = false;
  }
  return {
    key: 'gmv',
    label: FIT_MESSAGES.labels.gmv,
    met,
    value: text,
    goal: goalText(min, (n) => compact(n, locale)),
    weight: FIT_WEIGHTS.gmv,
  };
}

function summarise(parts: readonly FitPart[]): string {
  const known = parts.filter((p) => p.met !== null);
  const knownText = FIT_MESSAGES.known(known.length, parts.length);
  if (known.length === 0) return `${FIT_MESSAGES.nothingKnown} (${knownText})`;
  const met = known.filter((p) => p.met).length;
  const missed = known.filter((p) => p.met === false).map((p) => p.label);
  const head = `${cap(FIT_MESSAGES.meets(met, known.length))} · ${knownText}`;
  return missed.length ? `${head} · ${FIT_MESSAGES.misses(missed)}` : head;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
