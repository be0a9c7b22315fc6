/**
 * Parsing of numbers as the Seller Center *displays* them, across locales:
 * "12.3K", "1,2 JT", "183,13K", "RM10K+", "0,3%", "£1.2M", "Rp19.990", "1.234".
 * The JSON (observer) is preferred whenever we have it; these parsers serve the DOM fallback.
 */
export type NumberLocale = 'en' | 'id' | 'vi';

export interface DisplayNumber {
  value: number;
  /** "RM10K+" means "at least 10K": the shown number is a floor, not the value. */
  floor: boolean;
  /** Leading/trailing currency text such as "£", "RM", "Rp", "₫", if any. */
  currency: string | null;
}

// Longest suffixes first so "JT" is not read as "T", "RB" not as "B".
const SUFFIXES: Record<NumberLocale, ReadonlyArray<readonly [string, number]>> = {
  en: [
    ['K', 1e3],
    ['M', 1e6],
    ['B', 1e9],
  ],
  // Indonesian: ribu (thousand), juta (million), miliar (billion), triliun; "M" is miliar here.
  id: [
    ['RB', 1e3],
    ['JT', 1e6],
    ['M', 1e9],
    ['T', 1e12],
    ['K', 1e3],
  ],
  // Vietnamese pages use K/M/B with a decimal comma; "N"/"Tr"/"Tỷ" appear in some builds.
  vi: [
    ['TỶ', 1e9],
    ['TR', 1e6],
    ['K', 1e3],
    ['N', 1e3],
    ['M', 1e6],
    ['B', 1e9],
  ],
};

/** Currency markers we strip and report; order matters only for multi-letter ones. */
const CURRENCY = /^(RM|RP|R\$|S\$|US\$|MX\$|HK\$|₱|฿|₫|£|€|\$|¥|VND|IDR|MYR|PHP|THB|SGD|USD|GBP|EUR)/i;
const CURRENCY_TAIL = /(₫|€|VND|IDR|đ)$/i;

/**
 * Decide which of "." and "," is the decimal separator and return a plain JS number string.
 * `hasSuffix`: with a compact suffix ("183,13K") a separator is almost always decimal.
 */
function normaliseDigits(raw: string, locale: NumberLocale, hasSuffix: boolean): string | null {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots && commas) {
    // Both present: the last one is the decimal separator.
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    if (s.split(dec).length - 1 > 1) return null;
    return s.split(thou).join('').replace(dec, '.');
  }
  const sep = dots ? '.' : commas ? ',' : null;
  if (!sep) return s;
  const parts = s.split(sep);
  const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
  if (parts.length > 2) return groupsOfThree ? parts.join('') : null;
  // One separator. Locale decides the ambiguous "1.234" / "1,234".
  const localeDecimal = locale === 'en' ? '.' : ',';
  const isDecimal = hasSuffix || !groupsOfThree || sep === localeDecimal;
  return isDecimal ? parts.join('.') : parts.join('');
}

/** "12.3K" → 12300; "RM10K+" → {10000, floor}; "--" → null. */
export function parseDisplayNumber(text: string | null | undefined, locale: NumberLocale = 'en'): DisplayNumber | null {
  if (text == null) return null;
  let s = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (!s || /^[-–—]+$/.test(s)) return null;
  let floor = false;
  if (s.endsWith('+')) {
    floor = true;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith('>') || s.startsWith('≥')) {
    floor = true;
    s = s.slice(1).trim();
  }
  let currency: string | null = null;
  const head = CURRENCY.exec(s);
  if (head) {
    currency = head[0];
    s = s.slice(head[0].length).trim();
  }
  const tail = CURRENCY_TAIL.exec(s);
  if (tail) {
    currency ??= tail[0];
    s = s.slice(0, -tail[0].length).trim();
  }
  const m = /^([\d][\d.,\s\u00a0']*)\s*([A-Za-zỶỷ]*)\.?$/.exec(s);
  if (!m) return null;
  const digits = (m[1] ?? '').trim();
  const suffix = (m[2] ?? '').toUpperCase();
  let mult = 1;
  if (suffix) {
    const found = SUFFIXES[locale].find(([k]) => k === suffix) ?? SUFFIXES.en.find(([k]) => k === suffix);
    if (!found) return null;
    mult = found[1];
  }
  const plain = normaliseDigits(digits, locale, suffix !== '');
  if (plain == null) return null;
  const n = Number(plain);
  if (!Number.isFinite(n)) return null;
  // Round away float noise from "1.2 × 1e6".
  return { value: Math.round(n * mult * 1e6) / 1e6, floor, currency };
}

/** Convenience: just the number (floors read as their floor). */
export function parseCount(text: string | null | undefined, locale: NumberLocale = 'en'): number | null {
  return parseDisplayNumber(text, locale)?.value ?? null;
}

/** "0,3%" → 0.3 (percent units); "10.00%" → 10; "--" → null. */
export function parsePercent(text: string | null | undefined, locale: NumberLocale = 'en'): number | null {
  if (text == null) return null;
  const s = text.trim();
  const m = /^(-?)\s*([\d.,\s]+)\s*%$/.exec(s);
  if (!m) return null;
  const plain = normaliseDigits((m[2] ?? '').trim(), locale, true);
  if (plain == null) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? (m[1] ? -n : n) : null;
}

/** "£19.99" → { amount: 19.99, currency: "£" }; "Rp19.990" (id) → 19990. */
export function parseMoney(
  text: string | null | undefined,
  locale: NumberLocale = 'en',
): { amount: number; currency: string | null } | null {
  const d = parseDisplayNumber(text, locale);
  return d ? { amount: d.value, currency: d.currency } : null;
}
