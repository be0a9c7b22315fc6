/** Commission rates: the one rate a creator is paid, and reading what a seller types. */
import { LIMITS } from '../config/limits';
import { formatRate } from '../format/rate';
import { RATE_REASONS } from './messages';

export type RateSource = 'target' | 'open' | 'none';

/**
 * The one rate the creator is paid for a product. The target rate always supersedes the open rate,
 * even when it is lower; that is why a low target rate is worth a warning.
 */
export function effectiveRate(product: { openRateBp: number | null; targetRateBp?: number | null }): {
  rateBp: number | null;
  source: RateSource;
} {
  const target = product?.targetRateBp;
  if (typeof target === 'number' && Number.isFinite(target)) return { rateBp: target, source: 'target' };
  const open = product?.openRateBp;
  if (typeof open === 'number' && Number.isFinite(open)) return { rateBp: open, source: 'open' };
  return { rateBp: null, source: 'none' };
}

export type ParseRateResult = { ok: true; bp: number } | { ok: false; reason: string };

// Whitespace includes the no-break spaces Intl puts before "%" in some locales ("15,5 %").
const WS = '\\s\\u00a0\\u202f';
const PERCENT_AROUND = new RegExp(`^(?:%[${WS}]*)?([^%]*?)(?:[${WS}]*%)?$`);
// Invisible direction marks that Intl (Arabic, Hebrew locales) and copy-paste leave around numbers.
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const EDGE_SPACE = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g');
const PLAIN_NUMBER = /^(\d+)(?:[.,](\d+))?$/;

/**
 * Reads a commission as a seller types it: "15", "15%", " 15.5 ", "15,5" (decimal comma), "80.00".
 * Returns whole hundredths of a percent (15.5 % → 1550). Rejects anything else with a reason, and
 * never throws. Digits are combined as text, not floats, so "12.34" is exactly 1234.
 */
export function parseRate(text: string): ParseRateResult {
  const min = formatRate(LIMITS.rateMinBp);
  const max = formatRate(LIMITS.rateMaxBp);
  if (typeof text !== 'string') return { ok: false, reason: RATE_REASONS.notNumber() };
  const trimmed = text.replace(BIDI_MARKS, '').replace(EDGE_SPACE, '');
  if (trimmed === '') return { ok: false, reason: RATE_REASONS.empty(min, max) };
  const around = PERCENT_AROUND.exec(trimmed);
  if (!around) return { ok: false, reason: RATE_REASONS.notNumber() };
  const body = around[1] ?? '';
  if (body === '') return { ok: false, reason: RATE_REASONS.empty(min, max) };
  const m = PLAIN_NUMBER.exec(body);
  if (!m) {
    if (/^-\s*\d/.test(body)) return { ok: false, reason: RATE_REASONS.negative(min) };
    return { ok: false, reason: RATE_REASONS.notNumber() };
  }
  const whole = (m[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = m[2] ?? '';
  if (fraction.length > LIMITS.rateDecimals) return { ok: false, reason: RATE_REASONS.tooManyDecimals() };
  // More than three whole digits is above 80 % whatever follows; avoids huge-number precision loss.
  if (whole.length > 3) return { ok: false, reason: RATE_REASONS.tooHigh(max) };
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (bp < LIMITS.rateMinBp) return { ok: false, reason: RATE_REASONS.tooLow(min) };
  if (bp > LIMITS.rateMaxBp) return { ok: false, reason: RATE_REASONS.tooHigh(max) };
  return { ok: true, bp };
}
