import { Descriptions, Result, Spin, Table, Tag, Typography } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import type { GroupDetailJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { ymd } from '../dates.ts';
import { M4bButton } from '../m4b.tsx';
import { linkClick, navigate, withShopQuery } from '../router.ts';

type ProductRow = GroupDetailJson['product_list'][number];
type CreatorRow = GroupDetailJson['creator_list'][number];
const rate = (v: number | null) => (v === null ? '--' : `${(v / 100).toFixed(2)}%`);

/** One target collaboration: its products with open and target rates, its creators with their answers. */
export function CollabDetail({ id, family }: { id: string; family: string }) {
  const { t } = useEnv();
  const [group, setGroup] = useState<GroupDetailJson | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void api.detail(id).then((r) => {
      if (live) setGroup(r.code === 0 ? r.data.invitation_group : null);
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (group === undefined) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const back = withShopQuery(family);
  if (group === null) return <Result status="404" title={t('notFound')} />;
  const edit = withShopQuery(`${family}${group.fee_type === 2 ? '/flat-fee' : ''}/edit`, {
    invitation_group_id: group.invitation_group_id,
  });
  return (
    <div>
      <a href={back} onClick={linkClick(back)}>
        ← {t('back')}
      </a>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <Typography.Title heading={4}>{group.name}</Typography.Title>
        {(group.status === 1 || group.status === 2) && (
          <M4bButton onClick={() => navigate(edit)}>{t('edit')}</M4bButton>
        )}
      </div>
      <div className="page-card">
        <Descriptions
          column={3}
          title={t('collabDetail')}
          data={[
            { label: t('colStatus'), value: t(`status${group.status}`) },
            { label: t('colValidUntil'), value: ymd(Number(group.end_time)) },
            { label: t('flatFee'), value: group.fee_type === 2 ? '✓' : '--' },
          ]}
        />
      </div>
      <div className="page-card">
        <Typography.Title heading={6}>{t('products')}</Typography.Title>
        <Table<ProductRow>
          data-tid="m4b_table"
          rowKey="product_id"
          pagination={false}
          data={group.product_list}
          onRow={(p) => ({ 'data-row-key': p.product_id })}
          columns={[
            {
              title: t('colProduct'),
              key: 'p',
              render: (_, p) => (
                <div>
                  {p.title}
                  <div className="muted">ID: {p.product_id}</div>
                </div>
              ),
            },
            { title: t('colPrice'), key: 'price', render: (_, p) => `${p.price.symbol}${p.price.amount}` },
            { title: t('colStock'), key: 'stock', render: (_, p) => p.stock },
            { title: t('colOpenRate'), key: 'open', render: (_, p) => rate(p.open_commission) },
            { title: t('colTargetRate'), key: 'target', render: (_, p) => rate(p.target_commission) },
          ]}
        />
      </div>
      <div className="page-card">
        <Typography.Title heading={6}>{t('creators')}</Typography.Title>
        <Table<CreatorRow>
          data-tid="m4b_table"
          rowKey="creator_oec_id"
          pagination={false}
          data={group.creator_list}
          onRow={(c) => ({ 'data-row-key': c.creator_oec_id })}
          columns={[
            { title: t('colCreator'), key: 'c', render: (_, c) => `@${c.handle}` },
            { title: t('colStatus'), key: 's', render: (_, c) => <Tag>{t(`invite${c.status}`)}</Tag> },
            { title: t('invitedOn'), key: 'i', render: (_, c) => ymd(Number(c.invite_time)) },
          ]}
        />
      </div>
    </div>
  );
}
