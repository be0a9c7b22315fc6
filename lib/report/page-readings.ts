/**
 * Each page's readings for the reading report, from what its reader returned. Pure: the features pass in
 * the form, the rows and the page's data, and get the list the panel shows.
 */
import { t } from '../i18n';
import type { CreateForm } from '../pages/create-invitation';
import type { ProductRow } from '../pages/product-json';
import type { Reading } from './readings';

const notFound = (key: Reading['key']): Reading => ({ key, source: 'not-found', detail: t('report_not_found_detail') });

/** Find creators: the rows listed and how many could be tied to a creator, and where the creators came from. */
export function findCreatorsReadings(
  rows: { listed: number; unreadable: number; fromPageData: number } | null,
): Reading[] {
  if (!rows) return [notFound('rows'), notFound('creators')];
  const tied = rows.listed - rows.unreadable;
  return [
    {
      key: 'rows',
      source: rows.listed > 0 ? 'page-text' : 'not-found',
      detail: t('report_rows_detail', rows.listed, tied, rows.unreadable),
    },
    {
      key: 'creators',
      source: rows.fromPageData > 0 ? 'page-data' : tied > 0 ? 'page-text' : 'not-found',
      detail: t('report_creators_find_detail', rows.fromPageData, Math.max(0, tied - rows.fromPageData)),
    },
  ];
}

/** Create target collaboration: creators, products, rates, stock and the end date, each with its source. */
export function createReadings(form: CreateForm | null, pageProducts: ReadonlyMap<string, ProductRow>): Reading[] {
  if (!form) return (['creators', 'products', 'rates', 'stock', 'endDate'] as const).map(notFound);
  const readings: Reading[] = [];
  readings.push(
    form.creatorsShownAs
      ? {
          key: 'creators',
          source: 'page-text',
          detail: t(
            'report_creators_create_detail',
            form.creatorsShownAs,
            form.creatorCount ?? '?',
            form.creators.length,
          ),
        }
      : notFound('creators'),
  );
  if (!form.productsFound) {
    readings.push(notFound('products'), notFound('rates'), notFound('stock'));
  } else {
    const ids = form.products.filter((p) => p.id != null);
    const withData = ids.filter((p) => p.id != null && pageProducts.has(p.id));
    readings.push({
      key: 'products',
      source: withData.length > 0 ? 'page-data' : form.products.length > 0 ? 'page-text' : 'not-found',
      detail: t('report_products_detail', form.products.length, ids.length, withData.length),
    });
    const typed = form.products.filter((p) => p.targetRateText != null && p.targetRateText.trim() !== '').length;
    const open = withData.filter((p) => pageProducts.get(p.id as string)?.openRateBp != null).length;
    readings.push({
      key: 'rates',
      source: form.products.length > 0 ? 'page-text' : 'not-found',
      detail: t('report_rates_detail', typed, form.products.length, open),
    });
    const stock = withData.filter((p) => pageProducts.get(p.id as string)?.stock != null).length;
    readings.push({
      key: 'stock',
      source: stock > 0 ? 'page-data' : 'not-found',
      detail: t('report_stock_detail', stock, form.products.length),
    });
  }
  const reading = form.endDateReading;
  readings.push(
    form.endsAt == null || reading == null
      ? notFound('endDate')
      : {
          key: 'endDate',
          source: reading.kind === 'unreadable' ? 'not-found' : 'page-text',
          detail:
            reading.kind === 'unreadable'
              ? t('report_end_unreadable', form.endsAt)
              : reading.kind === 'ambiguous'
                ? t('report_end_ambiguous', form.endsAt, reading.ymd, reading.alternative)
                : t('report_end_detail', form.endsAt, reading.ymd),
        },
  );
  return readings;
}

/** Target collaborations: the rows listed, and how many the page's data described. */
export function listReadings(rows: number, fromPageData: number, listRead: boolean): Reading[] {
  return [
    { key: 'rows', source: rows > 0 ? 'page-text' : 'not-found', detail: t('report_list_rows_detail', rows) },
    {
      key: 'collaborations',
      source: listRead && fromPageData > 0 ? 'page-data' : 'not-found',
      detail: listRead ? t('report_collaborations_detail', fromPageData) : t('report_not_loaded'),
    },
  ];
}
