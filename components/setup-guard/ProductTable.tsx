import { formatMoney, formatRate } from '@/lib/rules';
import type { GuardProductRow } from './types';

const STOCK_LABEL = { ok: 'In stock', low: 'Low', out: 'Out of stock', unknown: 'Unknown' } as const;
const OFFER_LABEL = { 'free-sample': 'Free sample', 'refund-first-sale': 'Refund 1st sale', none: 'None' } as const;

/** Per product: stock, open, target and the rate the creator is actually paid. */
export function ProductTable(props: { products: GuardProductRow[]; locale: string; currency?: string }) {
  const { products, locale, currency } = props;
  if (products.length === 0) return <p class="cp-muted">No products chosen yet.</p>;
  const rate = (bp: number | null) => (bp == null ? '—' : formatRate(bp, locale));
  return (
    // Focusable and named: the table scrolls sideways in a narrow panel, and keyboard users must reach it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs a tab stop (axe scrollable-region-focusable).
    <section class="cp-table-wrap" tabIndex={0} aria-label="Products in this invitation">
      <table class="cp-table">
        <caption class="cp-sr-only">Products in this invitation</caption>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Stock</th>
            <th scope="col">Open</th>
            <th scope="col">Target</th>
            <th scope="col">Paid</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.id} data-product-id={p.id}>
              <th scope="row" class="cp-table__product">
                <span class="cp-clip" title={p.title}>
                  {p.title}
                </span>
                {p.priceCents != null ? <span class="cp-muted"> {formatMoney(p.priceCents, currency, locale)}</span> : null}
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
