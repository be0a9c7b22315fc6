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

/** What a row shows at a glance: the score, how sure it is, and the sentence saying why. No part texts. */
export interface FitOutline {
  /** 0..100 over the known parts; 0 when nothing is known (check `known`). */
  score: number;
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

/** The parts in the order they are listed. */
export const FIT_KEYS: readonly FitKey[] = Object.freeze(['followers', 'gmv', 'engagement', 'sampleFulfilment']);

type Verdicts = Record<FitKey, boolean | null>;

/** Whether each threshold is met; null when the page did not tell us. Arithmetic only, no text. */
function judge(creator: FitInput, thresholds: FitThresholds): Verdicts {
  const atLeast = (value: number | null, min: number) => (isKnown(value) ? value >= min : null);
  const ratio = (value: number | null, min: number) => (isKnown(value) ? value >= min - RATIO_EPSILON : null);
  return {
    followers: atLeast(creator.followers, thresholds.minFollowers),
    gmv: gmvMet(creator, thresholds.minGmv),
    engagement: ratio(creator.engagement, thresholds.minEngagement),
    sampleFulfilment: ratio(creator.sampleFulfilment, thresholds.minSampleFulfilment),
  };
}

/** GMV may be a floor ("RM10K+"): a floor at or above the goal meets it; below it, we cannot tell. */
function gmvMet(creator: FitInput, min: number): boolean | null {
  if (!isKnown(creator.gmv)) return null;
  if (creator.gmv >= min) return true;
  return isFloor(creator) ? null : false;
}

function isFloor(creator: FitInput): boolean {
  return creator.gmvFloor ?? !!creator.gmvText?.trim().endsWith('+');
}

/**
 * The score and summary without the parts' value and goal texts: what a Find creators row shows (the
 * breakdown is read only when its tooltip opens, see fitParts). Costs no number formatting.
 */
export function fitOutline(creator: FitInput, thresholds: FitThresholds): FitOutline {
  const met = judge(creator, thresholds);
  let known = 0;
  let knownWeight = 0;
  let metWeight = 0;
  for (const key of FIT_KEYS) {
    if (met[key] === null) continue;
    known++;
    knownWeight += FIT_WEIGHTS[key];
    if (met[key]) metWeight += FIT_WEIGHTS[key];
  }
  return {
    score: knownWeight > 0 ? Math.round((100 * metWeight) / knownWeight) : 0,
    summary: summarise(met, known),
    known,
    total: FIT_KEYS.length,
  };
}

/** Each part with its label, value and goal texts, in FIT_KEYS order: the tooltip's breakdown. */
export function fitParts(creator: FitInput, thresholds: FitThresholds, options: FitOptions = {}): FitPart[] {
  const locale = options.locale ?? currentLanguage();
  const met = judge(creator, thresholds);
  const count = (n: number) => compact(n, locale);
  const pct = (n: number) => percent(n, locale);
  const part = (key: FitKey, value: string, min: number, fmt: (n: number) => string): FitPart => ({
    key,
    label: FIT_MESSAGES.labels[key],
    met: met[key],
    value,
    goal: min > 0 ? FIT_MESSAGES.atLeast(fmt(min)) : FIT_MESSAGES.noMinimum,
    weight: FIT_WEIGHTS[key],
  });
  const shown = (n: number | null, fmt: (n: number) => string) => (isKnown(n) ? fmt(n) : FIT_MESSAGES.unknown);
  return [
    part('followers', shown(creator.followers, count), thresholds.minFollowers, count),
    part('gmv', gmvText(creator, met.gmv, locale), thresholds.minGmv, count),
    part('engagement', shown(creator.engagement, pct), thresholds.minEngagement, pct),
    part('sampleFulfilment', shown(creator.sampleFulfilment, pct), thresholds.minSampleFulfilment, pct),
  ];
}

/** The GMV as the page showed it; a floor below the goal says the real value may be more. */
function gmvText(creator: FitInput, met: boolean | null, locale: string): string {
  if (!isKnown(creator.gmv)) return FIT_MESSAGES.unknown;
  const text = creator.gmvText?.trim() || compact(creator.gmv, locale);
  return met === null ? FIT_MESSAGES.floorBelowGoal(text) : text;
}

function summarise(met: Verdicts, known: number): string {
  const knownText = FIT_MESSAGES.known(known, FIT_KEYS.length);
  if (known === 0) return `${FIT_MESSAGES.nothingKnown} (${knownText})`;
  let metCount = 0;
  const missed: string[] = [];
  for (const key of FIT_KEYS) {
    if (met[key] === true) metCount++;
    else if (met[key] === false) missed.push(FIT_MESSAGES.labels[key]);
  }
  const head = `${cap(FIT_MESSAGES.meets(metCount, known))} · ${knownText}`;
  return missed.length ? `${head} · ${FIT_MESSAGES.misses(missed)}` : head;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
