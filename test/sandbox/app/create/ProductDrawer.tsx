import { Drawer } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import type { ProductJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { M4bButton, M4bInputSearch, M4bTable } from '../m4b.tsx';

const PAGE_SIZE = 20;

/** "Add products": a right-hand drawer with search, a checkbox table of the shop's products, and "Add". */
export function ProductDrawer(props: {
  visible: boolean;
  chosen: string[];
  onClose: () => void;
  onAdd: (p: ProductJson[]) => void;
}) {
  const { t } = useEnv();
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ products: ProductJson[]; total: number } | null>(null);
  const [picked, setPicked] = useState<Map<string, ProductJson>>(new Map());
  useEffect(() => {
    if (!props.visible) return;
    let live = true;
    void api.products({ page, page_size: PAGE_SIZE, ...(keyword ? { keyword } : {}) }).then((r) => {
      if (live) setData(r.data);
    });
    return () => {
      live = false;
    };
  }, [props.visible, page, keyword]);
  useEffect(() => {
    if (props.visible) setPicked(new Map());
  }, [props.visible]);
  return (
    <Drawer
      visible={props.visible}
      placement="right"
      width={720}
      title={t('addProducts')}
      onCancel={props.onClose}
      footer={
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <M4bButton onClick={props.onClose}>{t('cancel')}</M4bButton>
          <M4bButton type="primary" disabled={picked.size === 0} onClick={() => props.onAdd([...picked.values()])}>
            {t('add')}
          </M4bButton>
        </div>
      }
    >
      <div style={{ marginBottom: 12 }}>
        <M4bInputSearch
          placeholder={t('searchProducts')}
          allowClear
          onSearch={(v) => {
            setPage(1);
            setKeyword(v.trim());
          }}
        />
      </div>
      <M4bTable<ProductJson>
        rowKey="product_id"
        loading={data === null}
        data={data?.products ?? []}
        border={false}
        onRow={(p) => ({ 'data-row-key': p.product_id })}
        pagination={{ total: data?.total ?? 0, current: page, pageSize: PAGE_SIZE, onChange: setPage }}
        rowSelection={{
          type: 'checkbox',
          checkCrossPage: true,
          selectedRowKeys: [...props.chosen, ...picked.keys()],
          checkboxProps: (p) => ({ disabled: p.status === 6 || props.chosen.includes(p.product_id) }),
          onSelect: (selected, p) =>
            setPicked((m) => {
              const n = new Map(m);
              if (selected) n.set(p.product_id, p);
              else n.delete(p.product_id);
              return n;
            }),
          onSelectAll: (selected, rows) =>
            setPicked((m) => {
              const n = new Map(m);
              for (const p of data?.products ?? []) {
                if (props.chosen.includes(p.product_id) || p.status === 6) continue;
                if (selected && rows.some((r: ProductJson) => r.product_id === p.product_id)) n.set(p.product_id, p);
                else n.delete(p.product_id);
              }
              return n;
            }),
        }}
        columns={[
          {
            title: t('colProduct'),
            key: 'title',
            render: (_, p) => (
              <div>
                {p.title}
                <div className="muted">ID: {p.product_id}</div>
              </div>
            ),
          },
          { title: t('colPrice'), key: 'price', render: (_, p) => `${p.price.symbol}${p.price.amount}` },
          { title: t('colStock'), key: 'stock', render: (_, p) => p.stock },
          {
            title: t('colOpenRate'),
            key: 'open',
            render: (_, p) => (p.open_commission === null ? '--' : `${(p.open_commission / 100).toFixed(2)}%`),
          },
        ]}
      />
    </Drawer>
  );
}
