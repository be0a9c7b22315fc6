/**
 * Turns what the page showed into what the queue stores. The snapshot schema is stricter than the
 * page's row (no nulls for optional facts, ratios 0..1), so only values that fit are copied.
 */

import type { CreatorRow } from '@/lib/pages/creator-json';
import type { CreatorDomRow } from '@/lib/pages/find-creators';
import type { CreatorSnapshot } from '@/lib/queue/entry';

const count = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
const ratio = (n: number | null | undefined): n is number => count(n) && n <= 1;

export function toSnapshot(c: CreatorRow, pageRegion: string | null): CreatorSnapshot {
  const s: CreatorSnapshot = { id: c.id, canLive: c.canLive };
  if (c.handle) s.handle = c.handle;
  if (c.nickname) s.nickname = c.nickname;
  if (count(c.followers)) s.followers = c.followers;
  if (count(c.gmv)) s.gmv = c.gmv;
  if (ratio(c.engagement)) s.engagement = c.engagement;
  if (ratio(c.sampleFulfilment)) s.sampleFulfilment = c.sampleFulfilment;
  if (c.invitedWithin90Days != null) s.invitedWithin90Days = c.invitedWithin90Days;
  if (c.collaborated != null) s.collaborated = c.collaborated;
  if (c.blocked != null) s.blocked = c.blocked;
  const region = c.region ?? pageRegion;
  if (region) s.region = region;
  return s;
}

/**
 * A row the page's JSON has not told us about (the observer started late, the answer was too large):
 * what the DOM shows, with every fact the DOM cannot show left unknown rather than guessed. `key` stands
 * in for the id a live row does not show; such a row is never queued (its blocked state is unknown).
 */
export function rowFromDom(d: CreatorDomRow, key: string): CreatorRow {
  return {
    id: d.id ?? key,
    handle: d.handle ?? '',
    nickname: d.nickname ?? '',
    followers: d.followers,
    gmv: d.gmv,
    gmvText: d.gmvText,
    gmvCurrency: null,
    unitsSold: d.unitsSold,
    avgViews: d.avgViews,
    engagement: ratio(d.engagement) ? d.engagement : null,
    canLive: null,
    invitedWithin90Days: null,
    collaborated: null,
    blocked: null,
    sampleFulfilment: null,
    region: null,
    categories: [],
    recommendReason: 0,
  };
}
