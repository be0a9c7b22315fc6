import { formatMoney, formatRate } from '@/lib/rules';
import { GUARD_TEXT, OFFER_LABEL, STOCK_LABEL } from './messages';
import type { GuardProductRow } from './types';

/** Per product: stock, open, target and the rate the creator is actually paid. */
export function ProductTable(props: { products: GuardProductRow[]; locale: string; currency?: string }) {
  const { products, locale, currency } = props;
  if (products.length === 0) return <p class="cp-muted">{GUARD_TEXT.noProducts}</p>;
  const col = GUARD_TEXT.columns;
  const rate = (bp: number | null) => (bp == null ? '—' : formatRate(bp, locale));
  return (
    // Focusable and named: the table scrolls sideways in a narrow panel, and keyboard users must reach it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs a tab stop (axe scrollable-region-focusable).
    <section class="cp-table-wrap" tabIndex={0} aria-label={GUARD_TEXT.productsLabel}>
      <table class="cp-table">
        <caption class="cp-sr-only">{GUARD_TEXT.productsLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{col.product}</th>
            <th scope="col">{col.stock}</th>
            <th scope="col">{col.open}</th>
            <th scope="col">{col.target}</th>
            <th scope="col">{col.paid}</th>
            <th scope="col">{col.sample}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.id} data-product-id={p.id}>
              <th scope="row" class="cp-table__product">
                <span class="cp-clip" title={p.title}>
                  {p.title}
                </span>
                {p.priceCents != null ? (
                  <span class="cp-muted"> {formatMoney(p.priceCents, currency, locale)}</span>
                ) : null}
              </th>
              <td class={`cp-stock cp-stock--${p.stockState}`}>
                {p.stock ?? '—'} <span class="cp-tag">{STOCK_LABEL[p.stockState]}</span>
              </td>
              <td>{rate(p.openRateBp)}</td>
              <td>{rate(p.targetRateBp)}</td>
              <td>
                <strong>{rate(p.effectiveBp)}</strong>
              </td>
              <td>{p.sampleOffer ? OFFER_LABEL[p.sampleOffer] : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
