import { Checkbox, Spin, Typography } from '@arco-design/web-react';
import { IconStar, IconStarFill } from '@arco-design/web-react/icon';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CreatorJson } from '../../data/types.ts';
import { api, type FindBody } from '../api.ts';
import { useEnv } from '../context.ts';
import { E2E, M4bButton, M4bInputSearch, M4bSelect, M4bTable } from '../m4b.tsx';
import { navigate, withShopQuery } from '../router.ts';
import { CreatorCell, engagement, LIVE_E2E, number } from './creatorView.tsx';
import { InviteModal } from './InviteModal.tsx';

const PAGE_SIZE = 12;
/** With the variant's `remountTable`: how long after the first rows the table is mounted again (as a language switch does). */
const REMOUNT_AFTER_MS = 2000;
/** Rows re-render on every page appended; the creator cell is the costly part, and its data never changes. */
const MemoCreatorCell = memo(CreatorCell);
/** Regions whose Find creators table has a bulk-selection checkbox column. */
const CHECKBOX_REGIONS = ['GB', 'ID'];

interface Filters {
  query: string;
  reason: number;
  notInvited: boolean;
}

/** Find creators: search, reason filter, and a table that grows by 12 rows as #scroll-container nears its bottom. */
export function FindCreators() {
  const env = useEnv();
  const { t, lang, region } = env;
  const [filters, setFilters] = useState<Filters>({ query: '', reason: 0, notInvited: false });
  const [rows, setRows] = useState<CreatorJson[] | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [inviteIds, setInviteIds] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<(string | number)[]>([]);
  const [searchText, setSearchText] = useState('');
  const { variant } = env;
  /** Bumped once with `remountTable`: a new key makes React mount a new table element. */
  const [tableMount, setTableMount] = useState(0);
  const hasRows = rows !== null && rows.length > 0;
  useEffect(() => {
    if (!variant.remountTable || !hasRows || tableMount > 0) return;
    const id = setTimeout(() => setTableMount(1), REMOUNT_AFTER_MS);
    return () => clearTimeout(id);
  }, [variant.remountTable, hasRows, tableMount]);
  const busy = useRef(false);
  const next = useRef({ page: 1, searchKey: '' });
  const generation = useRef(0);

  const load = useCallback(async (reset: boolean, f: Filters) => {
    if (busy.current && !reset) return;
    busy.current = true;
    const gen = reset ? ++generation.current : generation.current;
    if (reset) next.current = { page: 1, searchKey: '' };
    setLoading(true);
    const body: FindBody = {
      pagination: {
        size: PAGE_SIZE,
        page: next.current.page,
        ...(next.current.searchKey ? { search_key: next.current.searchKey } : {}),
      },
      ...(f.query ? { query: f.query } : {}),
      ...(f.reason || f.notInvited
        ? {
            filter: {
              ...(f.reason ? { reason: f.reason } : {}),
              ...(f.notInvited ? { not_invited_in_90d: true } : {}),
            },
          }
        : {}),
    };
    const res = await api.find(body);
    if (gen !== generation.current) return;
    const list = res.data?.creator_profile_list ?? [];
    next.current = { page: res.data.next_pagination.next_page, searchKey: res.data.next_pagination.search_key };
    setRows((prev) => (reset || !prev ? list : [...prev, ...list]));
    setHasMore(res.data.next_pagination.has_more);
    setLoading(false);
    busy.current = false;
  }, []);

  useEffect(() => {
    void load(true, filters);
  }, [filters, load]);

  // Infinite scroll inside #scroll-container (the window itself never scrolls on the real site).
  useEffect(() => {
    const container = document.getElementById('scroll-container');
    if (!container || rows === null) return;
    let frame = 0;
    const check = () => {
      frame = 0;
      if (hasMore && !busy.current && container.scrollTop + container.clientHeight >= container.scrollHeight - 300)
        void load(false, filters);
    };
    // One layout read per frame, not per scroll event.
    const onScroll = () => {
      frame ||= requestAnimationFrame(check);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    check();
    return () => {
      cancelAnimationFrame(frame);
      container.removeEventListener('scroll', onScroll);
    };
  }, [rows, hasMore, filters, load]);

  const reasons = ([1, 2, 3, 4] as const).map((r) => ({ value: r, label: t(`reason${r}`) }));
  const columns = useMemo(
    () => [
      {
        title: t('colCreator'),
        key: 'creator',
        width: 340,
        render: (_: unknown, c: CreatorJson) => <MemoCreatorCell c={c} env={env} />,
      },
      ...(variant.videoColumn
        ? [
            {
              title: t('colVideo'),
              key: 'video',
              width: 90,
              render: () => <div className="video-thumbs" aria-hidden="true" />,
            },
          ]
        : []),
      { title: t('colGmv'), key: 'gmv', render: (_: unknown, c: CreatorJson) => c.med_gmv_revenue.format },
      {
        title: t('colItemsSold'),
        key: 'units',
        render: (_: unknown, c: CreatorJson) => number(c.units_sold.value, lang),
      },
      {
        title: t('colAvgViews'),
        key: 'views',
        render: (_: unknown, c: CreatorJson) => number(c.video_avg_view_cnt.value, lang),
      },
      { title: t('colEngagement'), key: 'eng', render: (_: unknown, c: CreatorJson) => engagement(c, lang) },
      {
        title: t('colAction'),
        key: 'action',
        width: 150,
        render: (_: unknown, c: CreatorJson) => {
          const id = c.creator_oecuid.value;
          const isSaved = saved.has(id);
          return (
            <div className="row">
              <M4bButton
                type="primary"
                size="small"
                e2e={variant.liveIds ? LIVE_E2E.invite : E2E.inviteButton}
                onClick={() => setInviteIds([id])}
              >
                {t('invite')}
              </M4bButton>
              <M4bButton
                size="small"
                aria-label="Save"
                aria-pressed={isSaved}
                icon={isSaved ? <IconStarFill /> : <IconStar />}
                onClick={() =>
                  setSaved((s) => {
                    const n = new Set(s);
                    if (isSaved) n.delete(id);
                    else n.add(id);
                    return n;
                  })
                }
              />
            </div>
          );
        },
      },
    ],
    [env, lang, t, saved, variant],
  );

  if (rows === null) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  return (
    <div>
      <Typography.Title heading={4}>{t('findCreators')}</Typography.Title>
      <div className="page-card">
        <div className="toolbar">
          <div style={{ width: 360 }}>
            <M4bInputSearch
              e2e={E2E.findSearchInput}
              placeholder={t('searchCreators')}
              allowClear
              value={searchText}
              onChange={setSearchText}
              onSearch={(v) => setFilters((f) => ({ ...f, query: v.trim() }))}
            />
          </div>
          <span className="field-label" style={{ margin: 0 }} id="reason-label">
            {t('reasonLabel')}
          </span>
          <div style={{ width: 320 }}>
            <M4bSelect
              e2e={E2E.reasonSelect}
              aria-labelledby="reason-label"
              placeholder={t('reasonLabel')}
              allowClear
              options={reasons}
              value={filters.reason || undefined}
              onChange={(v: number | undefined) => setFilters((f) => ({ ...f, reason: v ?? 0 }))}
            />
          </div>
          <Checkbox
            checked={filters.notInvited}
            onChange={(v: boolean) => setFilters((f) => ({ ...f, notInvited: v }))}
          >
            {t('notInvited90')}
          </Checkbox>
          {selected.length > 0 && (
            <M4bButton type="primary" onClick={() => setInviteIds(selected.map(String))}>
              {t('invite')} ({selected.length})
            </M4bButton>
          )}
        </div>
        <M4bTable<CreatorJson>
          key={tableMount}
          e2e={E2E.creatorTable}
          rowKey={(c) => c.creator_oecuid.value}
          columns={columns}
          data={rows}
          pagination={false}
          scroll={{ y: true }}
          border={false}
          rowSelection={
            variant.checkboxColumn === 'regional' && CHECKBOX_REGIONS.includes(region)
              ? {
                  type: 'checkbox',
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys),
                  checkCrossPage: true,
                }
              : undefined
          }
          onRow={(c) => ({
            ...(variant.rowKeys ? { 'data-row-key': c.creator_oecuid.value } : {}),
            style: { cursor: 'pointer' },
            onClick: (e: React.MouseEvent) => {
              if ((e.target as Element).closest('button, a, input, label, .arco-checkbox')) return;
              navigate(withShopQuery('/connection/creator/detail', { cid: c.creator_oecuid.value }));
            },
          })}
        />
        <div className="load-more">{loading ? <Spin /> : hasMore ? '' : t('noMore')}</div>
      </div>
      {inviteIds && <InviteModal creatorIds={inviteIds} onClose={() => setInviteIds(null)} />}
    </div>
  );
}
