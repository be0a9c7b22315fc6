import { Avatar, Descriptions, Result, Spin, Typography } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import { percent } from '../../data/format.ts';
import type { CreatorJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { E2E, M4bButton } from '../m4b.tsx';
import { linkClick, withShopQuery } from '../router.ts';
import { canGoLive, engagement, followersText, HandleText, LIVE_E2E, number } from './creatorView.tsx';
import { InviteModal } from './InviteModal.tsx';

/** One creator's profile, opened by clicking a Find creators row. */
export function CreatorDetail({ cid }: { cid: string }) {
  const env = useEnv();
  const { t, lang } = env;
  const [creator, setCreator] = useState<CreatorJson | null | undefined>(undefined);
  const [inviting, setInviting] = useState(false);
  useEffect(() => {
    let live = true;
    void api.find({ pagination: { size: 1, page: 1 }, creator_ids: [cid] }).then((r) => {
      if (live) setCreator(r.data?.creator_profile_list[0] ?? null);
    });
    return () => {
      live = false;
    };
  }, [cid]);
  if (creator === undefined) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const back = withShopQuery('/connection/creator');
  if (creator === null) return <Result status="404" title={t('creatorNotFound')} />;
  return (
    <div>
      <a href={back} onClick={linkClick(back)}>
        ← {t('back')}
      </a>
      <div className="page-card" style={{ marginTop: 12 }}>
        <div className="row" style={{ gap: 16 }}>
          <Avatar size={64}>
            <img src={creator.avatar.value.url_list[0]} alt="" />
          </Avatar>
          <div style={{ flex: 1 }}>
            <Typography.Title heading={5} style={{ margin: 0 }}>
              <HandleText handle={creator.handle.value} env={env} />
            </Typography.Title>
            <div>{creator.nickname.value}</div>
            <div className="muted">{followersText(creator, env)}</div>
          </div>
          <M4bButton
            type="primary"
            e2e={env.variant.liveIds ? LIVE_E2E.invite : E2E.inviteButton}
            onClick={() => setInviting(true)}
          >
            {t('invite')}
          </M4bButton>
        </div>
        <Descriptions
          style={{ marginTop: 20 }}
          column={3}
          data={[
            { label: t('colGmv'), value: creator.med_gmv_revenue.format },
            { label: t('colItemsSold'), value: number(creator.units_sold.value, lang) },
            { label: t('colAvgViews'), value: number(creator.video_avg_view_cnt.value, lang) },
            { label: t('colEngagement'), value: engagement(creator, lang) },
            { label: t('live'), value: canGoLive(creator) ? `${creator.live_streaming_cnt_30d.value} / 30d` : '--' },
            { label: t('sampleFulfillment'), value: percent(creator.sample_fulfillment_rate.value, lang, 0) },
          ]}
        />
      </div>
      {inviting && <InviteModal creatorIds={[creator.creator_oecuid.value]} onClose={() => setInviting(false)} />}
    </div>
  );
}
