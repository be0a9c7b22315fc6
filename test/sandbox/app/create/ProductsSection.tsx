import { Modal } from '@arco-design/web-react';
import { IconDelete } from '@arco-design/web-react/icon';
import { useState } from 'react';
import type { ProductJson } from '../../data/types.ts';
import { useEnv } from '../context.ts';
import { createIds, E2E, M4bButton, M4bInputNumber, M4bSelect, M4bTable } from '../m4b.tsx';
import type { FormState, ProductRow, Update } from './formState.ts';
import { ProductDrawer } from './ProductDrawer.tsx';

const openRate = (p: ProductJson) => (p.open_commission === null ? '--' : `${(p.open_commission / 100).toFixed(2)}%`);

/** The products table: one target commission InputNumber and one sample offer Select per product. */
export function ProductsSection({ form, update }: { form: FormState; update: Update }) {
  const { t, variant } = useEnv();
  const showId = variant.productIdText;
  const [drawer, setDrawer] = useState(false);
  const [batch, setBatch] = useState<number | undefined | null>(null);
  const setRow = (id: string, patch: Partial<ProductRow>) =>
    update((s) => ({ products: s.products.map((r) => (r.product.product_id === id ? { ...r, ...patch } : r)) }));
  const columns = [
    {
      title: t('colProduct'),
      key: 'product',
      width: 280,
      render: (_: unknown, r: ProductRow) => (
        <div className="product-cell">
          <img src={r.product.image_url} alt="" />
          <div>
            <div>{r.product.title}</div>
            {showId && <div className="muted">ID: {r.product.product_id}</div>}
          </div>
        </div>
      ),
    },
    {
      title: t('colPrice'),
      key: 'price',
      render: (_: unknown, r: ProductRow) => `${r.product.price.symbol}${r.product.price.amount}`,
    },
    { title: t('colStock'), key: 'stock', render: (_: unknown, r: ProductRow) => r.product.stock },
    { title: t('colOpenRate'), key: 'open', render: (_: unknown, r: ProductRow) => openRate(r.product) },
    {
      title: t('colTargetRate'),
      key: 'target',
      width: 170,
      render: (_: unknown, r: ProductRow) => (
        <M4bInputNumber
          e2e={createIds(variant.createLiveIds).commissionInput}
          placeholder="1.00-80.00"
          min={1}
          max={80}
          precision={2}
          suffix="%"
          hideControl
          value={r.commission}
          onChange={(v) => setRow(r.product.product_id, { commission: v ?? undefined })}
        />
      ),
    },
    {
      title: t('colSample'),
      key: 'sample',
      width: 190,
      render: (_: unknown, r: ProductRow) => (
        <M4bSelect
          e2e={E2E.sampleSelect}
          value={r.sampleType}
          disabled={!form.freeSample}
          options={[
            { value: 1, label: t('sampleFree') },
            { value: 2, label: t('sampleRefund') },
            { value: 0, label: t('sampleNone') },
          ]}
          onChange={(v: 0 | 1 | 2) => setRow(r.product.product_id, { sampleType: v })}
        />
      ),
    },
    {
      title: '',
      key: 'remove',
      width: 60,
      render: (_: unknown, r: ProductRow) => (
        <M4bButton
          size="small"
          aria-label={t('remove')}
          icon={<IconDelete />}
          onClick={() =>
            update((s) => ({ products: s.products.filter((x) => x.product.product_id !== r.product.product_id) }))
          }
        />
      ),
    },
  ];
  return (
    <div>
      <div className="toolbar">
        <span className="muted">{t('chooseProducts')}</span>
        <M4bButton type="primary" e2e={E2E.addProductsButton} onClick={() => setDrawer(true)}>
          {t('addProducts')}
        </M4bButton>
        <M4bButton e2e={E2E.batchEditButton} disabled={form.products.length === 0} onClick={() => setBatch(undefined)}>
          {t('batchEdit')}
        </M4bButton>
        <span className="muted">{form.products.length}/100</span>
      </div>
      <M4bTable<ProductRow>
        e2e={E2E.productTable}
        rowKey={(r) => r.product.product_id}
        columns={columns}
        data={form.products}
        pagination={false}
        border={false}
        onRow={(r) => (showId ? { 'data-row-key': r.product.product_id } : {})}
      />
      <ProductDrawer
        visible={drawer}
        chosen={form.products.map((r) => r.product.product_id)}
        onClose={() => setDrawer(false)}
        onAdd={(products) => {
          setDrawer(false);
          update((s) => {
            const have = new Set(s.products.map((r) => r.product.product_id));
            const added = products
              .filter((p) => !have.has(p.product_id))
              .map((product) => ({ product, commission: undefined, sampleType: 1 as const }));
            return { products: [...s.products, ...added] };
          });
        }}
      />
      <Modal
        visible={batch !== null}
        title={t('batchEdit')}
        okText={t('apply')}
        cancelText={t('cancel')}
        onCancel={() => setBatch(null)}
        onOk={() => {
          const value = batch ?? undefined;
          update((s) => ({ products: s.products.map((r) => ({ ...r, commission: value })) }));
          setBatch(null);
        }}
      >
        <M4bInputNumber
          placeholder="1.00-80.00"
          min={1}
          max={80}
          precision={2}
          suffix="%"
          hideControl
          value={batch ?? undefined}
          onChange={(v) => setBatch(v ?? undefined)}
        />
      </Modal>
    </div>
  );
}
