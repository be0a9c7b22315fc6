import { compact, percent } from '../../data/format.ts';
import type { CreatorJson, Lang } from '../../data/types.ts';
import type { AppEnv } from '../context.ts';

export const canGoLive = (c: CreatorJson): boolean => c.ec_live_streaming_cnt_30d.value > 0 || c.live_streaming_cnt_30d.value > 0;

export const followersText = (c: CreatorJson, env: AppEnv): string => `${compact(c.follower_cnt.value, env.lang)} ${env.t('followers')}`;

export const number = (n: number, lang: Lang): string => compact(n, lang);
export const engagement = (c: CreatorJson, lang: Lang): string => percent(c.ec_video_engagement.value, lang);

/**
 * The Creator cell as the real table draws it: avatar, "@handle" as its own text, nickname, categories, followers.
 * No stable class names on purpose (the real ones are build-specific styled-components classes).
 */
export function CreatorCell({ c, env }: { c: CreatorJson; env: AppEnv }) {
  return (
    <div className="creator-cell">
      <img src={c.avatar.value.url_list[0]} alt="" loading="lazy" />
      <div>
        <div>
          <span>@{c.handle.value}</span>
          {canGoLive(c) && <span className="badge">{env.t('live')}</span>}
          {c.has_invited_before_90d.value && <span className="badge">{env.t('invitedBefore')}</span>}
          {c.has_collaborated.value && <span className="badge">{env.t('collaborated')}</span>}
        </div>
        <div className="nick">{c.nickname.value}</div>
        <div className="meta">{c.category.map((x) => x.value.name).join(' · ')}</div>
        <div className="meta">{followersText(c, env)}</div>
      </div>
    </div>
  );
}
