import { compact, percent } from '../../data/format.ts';
import type { CreatorJson, Lang } from '../../data/types.ts';
import type { AppEnv } from '../context.ts';

export const canGoLive = (c: CreatorJson): boolean =>
  c.ec_live_streaming_cnt_30d.value > 0 || c.live_streaming_cnt_30d.value > 0;

export const followersText = (c: CreatorJson, env: AppEnv): string =>
  `${compact(c.follower_cnt.value, env.lang)} ${env.t('followers')}`;

export const number = (n: number, lang: Lang): string => compact(n, lang);
export const engagement = (c: CreatorJson, lang: Lang): string => percent(c.ec_video_engagement.value, lang);

/** The live page's opaque ids on Find creators (docs/domain.md, "The live pages"); drawn when the variant's `liveIds` is on. */
export const LIVE_E2E = {
  handle: 'fbc99397-6043-1b37',
  nickname: '3b9caa65-c65a-e9df',
  invite: 'b46d0775-c371-37cf',
} as const;

/** The handle as the variant shows it: "@handle" or bare, in the live id'd span or a plain one. */
export function HandleText({ handle, env }: { handle: string; env: AppEnv }) {
  const { handleAt, liveIds } = env.variant;
  return (
    <span data-e2e={liveIds ? LIVE_E2E.handle : undefined}>
      {handleAt ? '@' : ''}
      {handle}
    </span>
  );
}

/**
 * The Creator cell as the real table draws it: avatar, the handle as its own text ("@handle" or bare, per
 * variant), nickname, categories, followers. No stable class names on purpose (the real ones are
 * build-specific styled-components classes).
 */
export function CreatorCell({ c, env }: { c: CreatorJson; env: AppEnv }) {
  return (
    <div className="creator-cell">
      <img src={c.avatar.value.url_list[0]} alt="" loading="lazy" />
      <div>
        <div>
          <HandleText handle={c.handle.value} env={env} />
          {canGoLive(c) && <span className="badge">{env.t('live')}</span>}
          {c.has_invited_before_90d.value && <span className="badge">{env.t('invitedBefore')}</span>}
          {c.has_collaborated.value && <span className="badge">{env.t('collaborated')}</span>}
        </div>
        <div className="nick" data-e2e={env.variant.liveIds ? LIVE_E2E.nickname : undefined}>
          {c.nickname.value}
        </div>
        <div className="meta">{c.category.map((x) => x.value.name).join(' · ')}</div>
        <div className="meta">{followersText(c, env)}</div>
      </div>
    </div>
  );
}
