import type { Lang, Price } from './types.ts';

interface Currency {
  code: string;
  symbol: string;
  /** Multiplier from the generator's base unit. */
  rate: number;
  decimals: number;
}

const EUR: Currency = { code: 'EUR', symbol: '€', rate: 0.92, decimals: 2 };
const CURRENCIES: Record<string, Currency> = {
  GB: { code: 'GBP', symbol: '£', rate: 0.79, decimals: 2 },
  US: { code: 'USD', symbol: '$', rate: 1, decimals: 2 },
  DE: EUR,
  FR: EUR,
  IT: EUR,
  ES: EUR,
  IE: EUR,
  ID: { code: 'IDR', symbol: 'Rp', rate: 16000, decimals: 0 },
  VN: { code: 'VND', symbol: '₫', rate: 25000, decimals: 0 },
  MY: { code: 'MYR', symbol: 'RM', rate: 4.5, decimals: 2 },
  PH: { code: 'PHP', symbol: '₱', rate: 57, decimals: 2 },
  TH: { code: 'THB', symbol: '฿', rate: 35, decimals: 2 },
  SG: { code: 'SGD', symbol: 'S$', rate: 1.35, decimals: 2 },
  BR: { code: 'BRL', symbol: 'R$', rate: 5.4, decimals: 2 },
  MX: { code: 'MXN', symbol: '$', rate: 18, decimals: 2 },
  JP: { code: 'JPY', symbol: '¥', rate: 150, decimals: 0 },
};

export const currencyFor = (region: string): Currency =>
  CURRENCIES[region.toUpperCase()] ?? (CURRENCIES.US as Currency);

export function priceFor(base: number, region: string): Price {
  const c = currencyFor(region);
  // Shop prices end in .99 (or round hundreds for currencies without decimals), whatever the conversion.
  const v =
    c.decimals === 0
      ? Math.max(100, Math.round((base * c.rate) / 100) * 100)
      : Math.max(0.99, Math.round(base * c.rate) - 0.01);
  return { amount: v.toFixed(c.decimals), currency: c.code, symbol: c.symbol };
}

/**
 * Compact numbers the way the real pages print them: en "12.3K", id "12,3RB"/"1,2JT", vi "183,13K" (decimal comma).
 */
export function compact(n: number, lang: Lang): string {
  const units: [number, string][] =
    lang === 'id'
      ? [
          [1e9, 'M'],
          [1e6, 'JT'],
          [1e3, 'RB'],
        ]
      : [
          [1e9, 'B'],
          [1e6, 'M'],
          [1e3, 'K'],
        ];
  const decimals = lang === 'vi' ? 2 : 1;
  for (const [size, suffix] of units) {
    // 999,958 is "1M", not "1000K": compare after rounding.
    if (Math.abs(Number((n / size).toFixed(decimals))) >= 1) {
      const s = (n / size).toFixed(decimals).replace(/\.?0+$/, '');
      return (lang === 'en' ? s : s.replace('.', ',')) + suffix;
    }
  }
  const s = String(Math.round(n * 100) / 100);
  return lang === 'en' ? s : s.replace('.', ',');
}

export const percent = (ratio: number, lang: Lang, decimals = 1): string => {
  const s = (ratio * 100).toFixed(decimals);
  return `${lang === 'en' ? s : s.replace('.', ',')}%`;
};

/** GMV as the find endpoint formats it: symbol + compact, e.g. "£12.3K", "Rp12,3JT". */
export function moneyCompact(
  base: number,
  region: string,
  lang: Lang,
): { value: string; format: string; symbol: string } {
  const c = currencyFor(region);
  const v = base * c.rate;
  return { value: v.toFixed(2), format: `${c.symbol}${compact(v, lang)}`, symbol: c.symbol };
}
