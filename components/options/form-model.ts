/**
 * The options form as text fields and switches, and the conversion to and from Settings. Rates use
 * lib/rules' parseRate so the form accepts exactly what the page panels accept ("15", "15,5 %").
 */
import { formatRate } from '@/lib/format/rate';
import { parseRate } from '@/lib/rules/rate';
import {
  BOUNDS,
  CONTENT_TYPES,
  FEE_STRUCTURES,
  type RegionOverride,
  SAMPLE_OFFERS,
  type Settings,
} from '@/lib/settings/schema';
import { OPTIONS_TEXT } from './messages';

export type FieldKind = 'int' | 'number' | 'rate' | 'margin' | 'percent';

export const TEXT_FIELDS: Record<string, { kind: FieldKind; min: number; max: number }> = {
  defaultDurationDays: { kind: 'int', ...BOUNDS.durationDays },
  defaultTargetRateBp: { kind: 'rate', ...BOUNDS.rateBp },
  raiseMarginBp: { kind: 'margin', ...BOUNDS.raiseMarginBp },
  minStock: { kind: 'int', ...BOUNDS.minStock },
  sampleUnitsPerCreator: { kind: 'int', ...BOUNDS.sampleUnits },
  'fit.minFollowers': { kind: 'int', ...BOUNDS.followers },
  'fit.minGmv': { kind: 'number', ...BOUNDS.gmv },
  'fit.minEngagement': { kind: 'percent', ...BOUNDS.ratio },
  'fit.minSampleFulfilment': { kind: 'percent', ...BOUNDS.ratio },
  notAcceptedAfterDays: { kind: 'int', ...BOUNDS.notAcceptedAfterDays },
  recentInviteDays: { kind: 'int', ...BOUNDS.recentInviteDays },
};

export type FormText = Record<string, string>;

function get(s: Settings, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s);
}

/** 0.02 → "2"; 0.805 → "80.5". */
function ratioText(r: number): string {
  return String(Math.round(r * 10000) / 100);
}

export function formatField(kind: FieldKind, value: number): string {
  switch (kind) {
    case 'rate':
    case 'margin':
      return value === 0 ? '0%' : formatRate(value);
    case 'percent':
      return ratioText(value);
    default:
      return String(value);
  }
}

export function textOf(s: Settings): FormText {
  return Object.fromEntries(Object.entries(TEXT_FIELDS).map(([k, f]) => [k, formatField(f.kind, get(s, k) as number)]));
}

const PERCENT = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/;

export function parseField(
  kind: FieldKind,
  text: string,
  min: number,
  max: number,
): { ok: true; value: number } | { ok: false; error: string } {
  const E = OPTIONS_TEXT.errors;
  const t = text.trim();
  switch (kind) {
    case 'rate': {
      const r = parseRate(t);
      return r.ok ? { ok: true, value: r.bp } : { ok: false, error: r.reason };
    }
    case 'margin': {
      if (/^0+(?:[.,]0*)?\s*%?$/.test(t)) return { ok: true, value: 0 };
      const r = parseRate(t);
      return r.ok && r.bp <= max ? { ok: true, value: r.bp } : { ok: false, error: E.margin };
    }
    case 'percent': {
      const m = PERCENT.exec(t);
      if (!m) return { ok: false, error: E.percent };
      const hundredths = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
      if (hundredths > 10000) return { ok: false, error: E.percent };
      return { ok: true, value: hundredths / 10000 };
    }
    case 'int': {
      if (!/^\d+$/.test(t)) return { ok: false, error: E.wholeNumber };
      const n = Number(t);
      return n >= min && n <= max ? { ok: true, value: n } : { ok: false, error: E.between(min, max) };
    }
    case 'number': {
      if (!/^\d+(?:\.\d+)?$/.test(t)) return { ok: false, error: E.number };
      const n = Number(t);
      return n >= min && n <= max ? { ok: true, value: n } : { ok: false, error: E.between(min, max) };
    }
  }
}

export function validateField(key: string, text: string): string | undefined {
  const f = TEXT_FIELDS[key];
  if (!f) return undefined;
  const r = parseField(f.kind, text, f.min, f.max);
  return r.ok ? undefined : r.error;
}

/** Builds the settings from the form; the switches and selects live in `base` already. */
export function settingsFromForm(
  base: Settings,
  text: FormText,
): { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const next = structuredClone(base) as Settings & Record<string, unknown>;
  for (const [key, f] of Object.entries(TEXT_FIELDS)) {
    const r = parseField(f.kind, text[key] ?? '', f.min, f.max);
    if (!r.ok) {
      errors[key] = r.error;
      continue;
    }
    const [a, b] = key.split('.') as [string, string | undefined];
    if (b) (next[a] as Record<string, unknown>)[b] = r.value;
    else next[a] = r.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings: next };
}

/** Region overrides edit only the collaboration defaults; anything else stored is kept. */
export const REGION_FIELDS = ['defaultTargetRateBp', 'defaultDurationDays', 'minStock'] as const;
/** The defaults chosen from a list, with their choices; a region may override each. */
export const CHOICES = {
  defaultContentType: CONTENT_TYPES,
  defaultSampleOffer: SAMPLE_OFFERS,
  defaultFeeStructure: FEE_STRUCTURES,
} as const;
export type ChoiceField = keyof typeof CHOICES;
export const CHOICE_FIELDS = Object.keys(CHOICES) as ChoiceField[];

export function overrideFromText(
  current: RegionOverride,
  text: Partial<Record<(typeof REGION_FIELDS)[number], string>>,
): { ok: true; override: RegionOverride } | { ok: false; errors: Record<string, string> } {
  const out: RegionOverride = { ...current };
  const errors: Record<string, string> = {};
  for (const k of REGION_FIELDS) {
    const t = (text[k] ?? '').trim();
    if (t === '') {
      delete out[k];
      continue;
    }
    const f = TEXT_FIELDS[k] as { kind: FieldKind; min: number; max: number };
    const r = parseField(f.kind, t, f.min, f.max);
    if (r.ok) out[k] = r.value;
    else errors[k] = r.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, override: out };
}
