import { Spin, Tag } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import type { CreatorJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { E2E, M4bButton, M4bInputSearch } from '../m4b.tsx';
import { canGoLive, followersText } from '../pages/creatorView.tsx';
import type { FormState, Update } from './formState.ts';

const MAX_CREATORS = 50;

/** "Choose creators": search by username or id, add recommended ones, chosen creators as closable tags, "N/50". */
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
            <div key={c.creator_oecuid.value} role="option" tabIndex={-1} aria-selected={chosen.has(c.creator_oecuid.value)}>
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
      <div className="chosen-creators">
        {form.creators.map((c) => (
          <Tag
            key={c.creator_oecuid.value}
            closable
            onClose={() => update((s) => ({ creators: s.creators.filter((x) => x.creator_oecuid.value !== c.creator_oecuid.value) }))}
          >
            @{c.handle.value}
          </Tag>
        ))}
      </div>
    </div>
  );
}
