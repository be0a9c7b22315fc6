import { Spin, Tag } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import type { CreatorJson } from '../../data/types.ts';
import type { Variant } from '../../variant.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { E2E, M4bButton, M4bInputSearch, M4bTable } from '../m4b.tsx';
import { canGoLive, followersText } from '../pages/creatorView.tsx';
import type { FormState, Update } from './formState.ts';

const MAX_CREATORS = 50;

/**
 * "Choose creators": search by username or id, add recommended ones, "N/50", and the chosen creators as the
 * variant draws them: closable "@handle" tags, cards, the live paginated table, or not at all (counter only).
 */
export function CreatorsSection({ form, update }: { form: FormState; update: Update }) {
  const env = useEnv();
  const { t } = env;
  const [text, setText] = useState('');
  const [results, setResults] = useState<CreatorJson[] | null>(null);
  const [searching, setSearching] = useState(false);
  const chosen = new Set(form.creators.map((c) => c.creator_oecuid.value));

  // Search as the seller types (debounced), and on Enter.
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setSearching(true);
      void api.find({ pagination: { size: 12, page: 1 }, query: q }).then((r) => {
        if (!live) return;
        setSearching(false);
        setResults(r.data?.creator_profile_list ?? []);
      });
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  const add = (list: CreatorJson[]) =>
    update((s) => {
      const have = new Set(s.creators.map((c) => c.creator_oecuid.value));
      return { creators: [...s.creators, ...list.filter((c) => !have.has(c.creator_oecuid.value))] };
    });

  const addRecommended = async () => {
    const r = await api.find({ pagination: { size: 12, page: 1 }, filter: { reason: 1 } });
    add((r.data?.creator_profile_list ?? []).filter((c) => !c.is_creator_blocked_by_shop.value).slice(0, 5));
  };

  return (
    <div>
      <div className="muted" style={{ marginBottom: 12 }}>
        {t('chooseCreators')}
      </div>
      <div className="toolbar">
        <div style={{ width: 420 }}>
          <M4bInputSearch
            e2e={E2E.creatorSearchInput}
            placeholder={t('searchCreatorsBy')}
            allowClear
            value={text}
            onChange={setText}
            onSearch={(v) => setText(`${v}`)}
          />
        </div>
        <M4bButton onClick={() => void addRecommended()}>{t('addRecommended')}</M4bButton>
        <span className="muted" style={{ color: form.creators.length > MAX_CREATORS ? '#f53f3f' : undefined }}>
          {form.creators.length}/{MAX_CREATORS}
        </span>
      </div>
      {searching && <Spin size={16} />}
      {results && !searching && (
        <div className="search-results" role="listbox">
          {results.length === 0 && <div className="muted">{t('noResults')}</div>}
          {results.map((c) => (
            <div
              key={c.creator_oecuid.value}
              role="option"
              tabIndex={-1}
              aria-selected={chosen.has(c.creator_oecuid.value)}
            >
              <span>
                @{c.handle.value} · {c.nickname.value} · <span className="muted">{followersText(c, env)}</span>
                {canGoLive(c) && <span className="badge">{t('live')}</span>}
              </span>
              <M4bButton size="small" disabled={chosen.has(c.creator_oecuid.value)} onClick={() => add([c])}>
                {t('add')}
              </M4bButton>
            </div>
          ))}
        </div>
      )}
      <ChosenCreators
        creators={form.creators}
        shownAs={env.variant.chosenCreators}
        remove={(id) => update((s) => ({ creators: s.creators.filter((x) => x.creator_oecuid.value !== id) }))}
      />
    </div>
  );
}

function ChosenCreators({
  creators,
  shownAs,
  remove,
}: {
  creators: CreatorJson[];
  shownAs: Variant['chosenCreators'];
  remove: (id: string) => void;
}) {
  const { t } = useEnv();
  if (shownAs === 'counter') return null;
  if (shownAs === 'table') {
    // As on the live page: a checkbox column, the name, an action; 20 per page with "1-20 of N".
    return (
      <M4bTable<CreatorJson>
        className="invitation-select-creator-table"
        rowKey={(c) => c.creator_oecuid.value}
        rowSelection={{ type: 'checkbox' }}
        data={creators}
        border={false}
        pagination={{
          pageSize: 20,
          sizeCanChange: true,
          sizeOptions: [20, 50],
          showTotal: (total: number, range: number[]) => `${range[0]}-${range[1]} of ${total}`,
        }}
        columns={[
          {
            title: t('creators'),
            key: 'name',
            render: (_: unknown, c: CreatorJson) => <span>{c.nickname.value}</span>,
          },
          {
            title: '',
            key: 'action',
            width: 90,
            render: (_: unknown, c: CreatorJson) => (
              <M4bButton size="small" onClick={() => remove(c.creator_oecuid.value)}>
                {t('remove')}
              </M4bButton>
            ),
          },
        ]}
      />
    );
  }
  if (shownAs === 'cards') {
    return (
      <div className="chosen-creators creator-cards">
        {creators.map((c) => (
          <div key={c.creator_oecuid.value} className="creator-card">
            <div>@{c.handle.value}</div>
            <div className="muted">{c.nickname.value}</div>
            <M4bButton size="small" aria-label={t('remove')} onClick={() => remove(c.creator_oecuid.value)}>
              ×
            </M4bButton>
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="chosen-creators">
      {creators.map((c) => (
        <Tag key={c.creator_oecuid.value} closable onClose={() => remove(c.creator_oecuid.value)}>
          @{c.handle.value}
        </Tag>
      ))}
    </div>
  );
}
