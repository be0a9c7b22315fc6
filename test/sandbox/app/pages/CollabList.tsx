import { Spin, Tag, Typography } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import type { GroupDetailJson, GroupSummaryJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { ymd } from '../dates.ts';
import { E2E, M4bButton, M4bTable } from '../m4b.tsx';
import { linkClick, navigate, withShopQuery } from '../router.ts';

const STATUS_COLOR = { 1: 'orange', 2: 'green', 3: 'gray', 4: 'red' } as const;

/**
 * Target collaborations: the list from invitation_group/search, then invitation_group/detail for every ongoing row,
 * as the real page does to show per-product data.
 */
export function CollabList({ family }: { family: string }) {
  const { t, variant } = useEnv();
  const [groups, setGroups] = useState<GroupSummaryJson[] | null>(null);
  const [, setDetails] = useState<Record<string, GroupDetailJson>>({});
  useEffect(() => {
    let live = true;
    void (async () => {
      const res = await api.search({ page: 1, page_size: 50 }, variant.listEndpoint);
      if (!live) return;
      const list = res.data?.invitation_group_list ?? [];
      setGroups(list);
      const details = await Promise.all(
        list.filter((g) => g.status === 2).map((g) => api.detail(g.invitation_group_id, variant.listEndpoint)),
      );
      if (live)
        setDetails(
          Object.fromEntries(
            details.flatMap((d) =>
              d.data ? [[d.data.invitation_group.invitation_group_id, d.data.invitation_group]] : [],
            ),
          ),
        );
    })();
    return () => {
      live = false;
    };
  }, []);
  if (groups === null) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const detailHref = (id: string) => withShopQuery(`${family}/detail`, { invitation_group_id: id });
  const liveDetailHref = (id: string) => withShopQuery('/connection/target-invitation/detail', { invitation_id: id });
  const create = withShopQuery(`${family}/create`);
  const columns = [
    { title: t('colName'), key: 'name', render: (_: unknown, g: GroupSummaryJson) => g.name },
    {
      title: t('colStatus'),
      key: 'status',
      render: (_: unknown, g: GroupSummaryJson) => <Tag color={STATUS_COLOR[g.status]}>{t(`status${g.status}`)}</Tag>,
    },
    { title: t('products'), key: 'products', render: (_: unknown, g: GroupSummaryJson) => g.product_cnt },
    {
      title: t('creators'),
      key: 'creators',
      render: (_: unknown, g: GroupSummaryJson) => `${g.creator_cnt} (${g.accepted_creator_cnt} ${t('accepted')})`,
    },
    { title: t('colValidUntil'), key: 'end', render: (_: unknown, g: GroupSummaryJson) => ymd(Number(g.end_time)) },
    {
      title: t('colAction'),
      key: 'action',
      render: (_: unknown, g: GroupSummaryJson) =>
        variant.listView === 'button' ? (
          // As live: the detail opens in a new tab, with no href to read.
          <M4bButton type="text" onClick={() => window.open(liveDetailHref(g.invitation_group_id), '_blank')}>
            {t('view')}
          </M4bButton>
        ) : (
          <a href={detailHref(g.invitation_group_id)} onClick={linkClick(detailHref(g.invitation_group_id))}>
            {t('view')}
          </a>
        ),
    },
  ];
  return (
    <div>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <Typography.Title heading={4}>{t('targetCollabs')}</Typography.Title>
        <M4bButton type="primary" onClick={() => navigate(create)}>
          {t('createTarget')}
        </M4bButton>
      </div>
      <div className="page-card">
        <M4bTable<GroupSummaryJson>
          e2e={E2E.collabTable}
          rowKey={(g) => g.invitation_group_id}
          columns={columns}
          data={groups}
          pagination={false}
          border={false}
          onRow={(g) => (variant.listRowKey ? { 'data-row-key': g.invitation_group_id } : {})}
        />
      </div>
    </div>
  );
}
