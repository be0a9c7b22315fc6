/**
 * The values a template is filled with, written the way a creator reading that language expects:
 * rates through lib/format/rate.ts, dates and lists through Intl for the language (and shop region).
 * The phrases below are message content in the message's language, not UI text: the panel's own
 * language may differ from the language the seller writes to creators in.
 */
import { formatRate } from '../format/rate';
import type { Language } from '../i18n/catalog';
import type { VariableName } from './parse';

export type SampleOffer = 'free-sample' | 'refund-first-sale' | 'none';

/** What is known about the invitation; null when it could not be read (the variable is left out). */
export interface TemplateValues {
  shop: string | null;
  products: readonly string[] | null;
  /** Target commission per product, hundredths of a percent. */
  commissionBp: readonly number[] | null;
  /** YYYY-MM-DD. */
  endDate: string | null;
  sample: SampleOffer | null;
  /** Handles ("@name") or names of the chosen creators; null when unknown. */
  creators: readonly string[] | null;
}

const SAMPLE_PHRASE: Record<Language, Record<SampleOffer, string>> = {
  en: {
    'free-sample': 'a free sample',
    'refund-first-sale': 'a sample refunded after your first sale',
    none: 'no free sample',
  },
  id: {
    'free-sample': 'sampel gratis',
    'refund-first-sale': 'sampel yang dananya dikembalikan setelah penjualan pertama Anda',
    none: 'tanpa sampel gratis',
  },
  vi: {
    'free-sample': 'mẫu thử miễn phí',
    'refund-first-sale': 'mẫu thử được hoàn tiền sau đơn hàng đầu tiên của bạn',
    none: 'không có mẫu thử miễn phí',
  },
};

/** "and 3 more" closes a long product list, so one message can name a batch of up to 100 products. */
const MORE_PRODUCTS: Record<Language, (n: number) => string> = {
  en: (n) => `${n} more`,
  id: (n) => `${n} produk lainnya`,
  vi: (n) => `${n} sản phẩm khác`,
};
const PRODUCTS_NAMED = 3;

function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function dateText(ymd: string, locale: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(ms)) return null;
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      ms,
    );
  } catch {
    return ymd;
  }
}

function handleText(name: string): string {
  const n = name.trim();
  return /^[A-Za-z0-9._]{1,64}$/.test(n) ? `@${n}` : n;
}

/** The text for each variable, or null when its value is unknown (or, for `{creator}`, not exactly one). */
export function variableTexts(
  values: TemplateValues,
  language: Language,
  locale: string,
): Record<VariableName, string | null> {
  const products = values.products?.map((p) => p.trim()).filter(Boolean) ?? [];
  const rates = [...new Set(values.commissionBp?.filter(Number.isFinite) ?? [])].sort((a, b) => a - b);
  const shown =
    products.length > PRODUCTS_NAMED + 1
      ? [...products.slice(0, PRODUCTS_NAMED), MORE_PRODUCTS[language](products.length - PRODUCTS_NAMED)]
      : products;
  const low = rates[0];
  const high = rates[rates.length - 1];
  return {
    shop: values.shop?.trim() || null,
    products: shown.length ? listOf(shown, locale) : null,
    commission:
      low === undefined || high === undefined
        ? null
        : low === high
          ? formatRate(low, locale)
          : `${formatRate(low, locale)}–${formatRate(high, locale)}`,
    end_date: values.endDate ? dateText(values.endDate, locale) : null,
    sample: values.sample ? SAMPLE_PHRASE[language][values.sample] : null,
    creator: values.creators?.length === 1 && values.creators[0]?.trim() ? handleText(values.creators[0]) : null,
  };
}
