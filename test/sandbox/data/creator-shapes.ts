import type { Variant } from '../variant.ts';
import type { CreatorJson } from './types.ts';

/**
 * The creator search answer in each shape a variant names (../variant.ts `creatorJson`, `findJsonAtRoot`),
 * and the app's own tolerant reading of it back: the page renders whatever shape it is served.
 */

/** Fields the 'extra-missing' shape leaves out (none the extension needs to keep a creator). */
export const MISSING_FIELDS = [
  'units_sold',
  'sample_fulfillment_rate',
  'is_live_auction',
  'selection_region',
  'has_collaborated',
] as const;

type Shape = Variant['creatorJson'];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const bare = (v: unknown): unknown => (isObj(v) && 'value' in v ? v.value : v);

function stringly(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

/** One creator as the variant's answer draws it. */
export function shapeCreator(c: CreatorJson, shape: Shape): Obj {
  const src = c as unknown as Obj;
  const out: Obj = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'med_gmv_revenue') out[k] = shape === 'plain' ? c.med_gmv_revenue.value : v;
    else if (k === 'category') {
      if (shape === 'plain') out[k] = c.category.map((x) => x.value.name);
      else if (shape === 'category-wrapped') out[k] = { value: c.category.map((x) => x.value) };
      else out[k] = v;
    } else if (shape === 'plain') out[k] = bare(v);
    else if (shape === 'strings') out[k] = { value: stringly(bare(v)) };
    else out[k] = v;
  }
  if (shape === 'extra-missing') {
    for (const k of MISSING_FIELDS) delete out[k];
    out.handle = { value: c.handle.value, is_verified: false };
    out.creator_label = { value: [{ id: 3, name: 'Rising' }] };
    out.rank_in_category = { value: 7 };
  }
  return out;
}

/** The find answer's body: the list and pagination under `data`, or at the root. */
export function shapeFindBody(data: { creator_profile_list: Obj[]; next_pagination: Obj }, atRoot: boolean): Obj {
  return atRoot ? { code: 0, message: 'success', ...data } : { code: 0, message: 'success', data };
}

const num = (v: unknown): number => {
  const n = Number(bare(v));
  return Number.isFinite(n) ? n : 0;
};
const bool = (v: unknown): boolean => {
  const b = bare(v);
  return b === true || b === 1 || b === '1' || b === 'true';
};
const str = (v: unknown): string => {
  const s = bare(v);
  return typeof s === 'string' || typeof s === 'number' ? String(s) : '';
};
const w = <T>(value: T): { value: T } => ({ value });

/** The app's side: a creator in any of the shapes, as the page renders it (missing figures show as 0). */
export function readCreator(raw: unknown): CreatorJson {
  const r = isObj(raw) ? raw : {};
  const cats = bare(r.category);
  const gmv = r.med_gmv_revenue;
  const avatar = bare(r.avatar);
  return {
    creator_oecuid: w(str(r.creator_oecuid)),
    handle: w(str(r.handle)),
    nickname: w(str(r.nickname)),
    avatar: w({ url_list: isObj(avatar) && Array.isArray(avatar.url_list) ? (avatar.url_list as string[]) : [] }),
    follower_cnt: w(num(r.follower_cnt)),
    category: (Array.isArray(cats) ? cats : []).map((x) => {
      const v = bare(x);
      return w({ name: typeof v === 'string' ? v : isObj(v) ? str(v.name) : '' });
    }),
    med_gmv_revenue: isObj(gmv)
      ? { value: str(gmv.value), format: str(gmv.format), symbol: str(gmv.symbol) }
      : { value: str(gmv), format: str(gmv), symbol: '' },
    units_sold: w(num(r.units_sold)),
    video_avg_view_cnt: w(num(r.video_avg_view_cnt)),
    ec_video_engagement: w(num(r.ec_video_engagement)),
    live_streaming_cnt_30d: w(num(r.live_streaming_cnt_30d)),
    ec_live_streaming_cnt_30d: w(num(r.ec_live_streaming_cnt_30d)),
    is_live_auction: w(bool(r.is_live_auction)),
    has_invited_before_90d: w(bool(r.has_invited_before_90d)),
    has_collaborated: w(bool(r.has_collaborated)),
    is_creator_blocked_by_shop: w(bool(r.is_creator_blocked_by_shop)),
    sample_fulfillment_rate: w(num(r.sample_fulfillment_rate)),
    selection_region: w(str(r.selection_region)),
    recommend_reason: w(num(r.recommend_reason) as 0 | 1 | 2 | 3 | 4),
  };
}

export interface FindPage {
  creator_profile_list: CreatorJson[];
  next_pagination: { has_more: boolean; next_page: number; search_key: string };
}

/** The app's side: a find answer with its list under `data` or at the root. */
export function readFindBody(body: unknown): { code: number; message: string; data: FindPage } {
  const b = isObj(body) ? body : {};
  const d = isObj(b.data) && 'creator_profile_list' in b.data ? b.data : b;
  const list = Array.isArray(d.creator_profile_list) ? d.creator_profile_list : [];
  const p = isObj(d.next_pagination) ? d.next_pagination : {};
  return {
    code: num(b.code),
    message: str(b.message),
    data: {
      creator_profile_list: list.map(readCreator),
      next_pagination: { has_more: bool(p.has_more), next_page: num(p.next_page), search_key: str(p.search_key) },
    },
  };
}
