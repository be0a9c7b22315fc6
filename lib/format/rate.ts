/**
 * Locale-aware formatting for commission rates and money. Formatters are cached per locale because
 * constructing Intl objects costs far more than using them (batches are checked in a hot loop).
 */

const DEFAULT_LOCALE = 'en';

const rateFormatters = new Map<string, Intl.NumberFormat>();
const moneyFormatters = new Map<string, Intl.NumberFormat>();

// Intl's format() costs microseconds and the same few rates and prices recur across thousands of
// findings, so recent results are remembered. Cleared when full to keep memory bounded.
const MEMO_MAX = 4096;
const memo = new Map<string, string>();
function remember(key: string, make: () => string): string {
  let text = memo.get(key);
  if (text === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    text = make();
    memo.set(key, text);
  }
  return text;
}

function cached(cache: Map<string, Intl.NumberFormat>, key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

const resolvedLocales = new Map<string, string>();

/** An unknown or malformed locale tag falls back to English rather than throwing. */
function safeLocale(locale: string | undefined): string {
  if (typeof locale !== 'string' || !locale) return DEFAULT_LOCALE;
  let resolved = resolvedLocales.get(locale);
  if (resolved === undefined) {
    try {
      resolved = Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_LOCALE;
    } catch {
      resolved = DEFAULT_LOCALE;
    }
    resolvedLocales.set(locale, resolved);
  }
  return resolved;
}

/**
 * Formats a rate in hundredths of a percent: 1550 → "15.5%" (en), "15,5 %" (de).
 * Never more than two decimals, so `parseRate(formatRate(bp))` gives `bp` back.
 */
export function formatRate(bp: number, locale?: string): string {
  if (!Number.isFinite(bp)) return '–';
  const loc = safeLocale(locale);
  return remember(`r|${loc}|${bp}`, () => formatRateWith(loc, bp));
}

function formatRateWith(loc: string, bp: number): string {
  const f = cached(
    rateFormatters,
    loc,
    () =>
      // Latin digits in every locale, so parseRate can read the text back.
      new Intl.NumberFormat(loc, {
        style: 'percent',
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
        numberingSystem: 'latn',
      }),
  );
  return f.format(bp / 10000);
}

/**
 * Formats an amount in minor units (cents, pence). With a valid ISO 4217 currency it shows the symbol
 * ("£19.99"); without one, a plain two-decimal number, since guessing the currency would mislead.
 */
export function formatMoney(cents: number, currency?: string, locale?: string): string {
  if (!Number.isFinite(cents)) return '–';
  const loc = safeLocale(locale);
  return remember(`m|${loc}|${currency ?? ''}|${cents}`, () => formatMoneyWith(loc, cents, currency));
}

function formatMoneyWith(loc: string, cents: number, currency: string | undefined): string {
  if (currency) {
    try {
      const f = cached(
        moneyFormatters,
        `${loc}|${currency}`,
        () => new Intl.NumberFormat(loc, { style: 'currency', currency }),
      );
      return f.format(cents / 100);
    } catch {
      // Not a currency code Intl knows: fall through to a plain number.
    }
  }
  const f = cached(
    moneyFormatters,
    loc,
    () => new Intl.NumberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
  return f.format(cents / 100);
}

/** What a creator earns on one order: price × rate, rounded to the nearest minor unit. */
export function payoutCents(priceCents: number, rateBp: number): number {
  return Math.round((priceCents * rateBp) / 10000);
}

/** The payouts on one order at the target and at the open rate, as texts; none without a price to show them on. */
export interface PayoutExample {
  price: string;
  targetPayout: string;
  openPayout: string;
}

export function payoutExample(
  priceCents: number | null | undefined,
  targetBp: number,
  openBp: number,
  currency?: string,
  locale?: string,
): PayoutExample | undefined {
  if (typeof priceCents !== 'number' || priceCents <= 0) return undefined;
  return {
    price: formatMoney(priceCents, currency, locale),
    targetPayout: formatMoney(payoutCents(priceCents, targetBp), currency, locale),
    openPayout: formatMoney(payoutCents(priceCents, openBp), currency, locale),
  };
}
