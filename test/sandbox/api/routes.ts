import { shapeCreator, shapeFindBody } from '../data/creator-shapes.ts';
import { liveDetailJson, liveSearchJson } from '../data/group-live.ts';
import { isOpenGroup } from '../data/groups.ts';
import { creatorJson, groupDetailJson, groupSummaryJson, productJson } from '../data/json.ts';
import { digitId } from '../data/random.ts';
import type { ApiResponse, CreateRequest, GroupRecord, Lang } from '../data/types.ts';
import { LIMITS, openPairs, type SandboxState } from './state.ts';
import { CODES, validateCreate } from './validateCreate.ts';

export interface ApiContext {
  region: string;
  lang: Lang;
  now: number;
}

export interface ApiResult {
  status: number;
  body: ApiResponse<unknown> | { code: number; message: string };
}

const ok = (data: unknown): ApiResult => ({ status: 200, body: { code: 0, message: 'success', data } });
const fail = (code: number, message: string, data: unknown = {}): ApiResult => ({
  status: 200,
  body: { code, message, data },
});

const PREFIX = '/api/v1';
export const API_PATHS = {
  find: `${PREFIX}/oec/affiliate/creator/marketplace/find`,
  products: `${PREFIX}/affiliate/product_selection/list`,
  quota: `${PREFIX}/oec/affiliate/seller/quota/info`,
  limit: `${PREFIX}/oec/affiliate/seller/invitation/limit`,
  conflictCheck: `${PREFIX}/oec/affiliate/seller/invitation_group/conflict_check`,
  create: `${PREFIX}/oec/affiliate/seller/invitation_group/create`,
  update: `${PREFIX}/oec/affiliate/seller/invitation_group/update`,
  search: `${PREFIX}/oec/affiliate/seller/invitation_group/search`,
  /** The same list and detail under paths the extension's observer does not know (variant listEndpoint: 'unknown'). */
  searchElsewhere: `${PREFIX}/oec/affiliate/seller/invitation_group/list_v2`,
  detailElsewhere: `${PREFIX}/oec/affiliate/seller/invitation_group/detail_v2`,
  detail: `${PREFIX}/oec/affiliate/seller/invitation_group/detail`,
} as const;

type Body = Record<string, unknown>;
const num = (v: unknown, dflt: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : dflt);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function find(state: SandboxState, body: Body, ctx: ApiContext): ApiResult {
  const pagination = (body.pagination ?? {}) as Body;
  const size = Math.min(50, Math.max(1, num(pagination.size, 12)));
  const page = Math.max(1, num(pagination.page, 1));
  const ids = Array.isArray(body.creator_ids) ? body.creator_ids.map(String) : null;
  const query = str(body.query).trim().replace(/^@/, '').toLowerCase();
  const filter = (body.filter ?? {}) as Body;
  const reason = num(filter.reason, 0);
  let list = state.world.creators;
  if (ids) list = ids.flatMap((id) => state.creatorById.get(id) ?? []);
  if (query)
    list = list.filter(
      (c) => c.id === query || c.handle.toLowerCase().includes(query) || c.nickname.toLowerCase().includes(query),
    );
  if (reason) list = list.filter((c) => c.reason === reason);
  if (filter.not_invited_in_90d === true) list = list.filter((c) => !c.invitedWithin90d);
  const start = (page - 1) * size;
  const slice = list.slice(start, start + size);
  const has_more = start + size < list.length;
  // Drawn as the variant says (../data/creator-shapes.ts): wrapped or not, at the root or under `data`.
  const shape = state.variant.creatorJson;
  const data = {
    creator_profile_list: slice.map((c) => shapeCreator(creatorJson(c, ctx.region, ctx.lang), shape)),
    next_pagination: {
      has_more,
      next_page: has_more ? page + 1 : page,
      search_key: `sk_${reason}_${query}_${list.length}`,
      total: list.length,
    },
  };
  const answer = shapeFindBody(data, state.variant.findJsonAtRoot);
  // Past the size an observer reads (lib/observer/endpoints.ts MAX_BODY_CHARS, 4 Mi characters).
  if (state.variant.findJsonOversize) answer.padding = 'x'.repeat(4.5 * 1024 * 1024);
  return { status: 200, body: answer as ApiResult['body'] };
}

function products(state: SandboxState, body: Body, ctx: ApiContext): ApiResult {
  const page = Math.max(1, num(body.page, 1));
  const size = Math.min(100, Math.max(1, num(body.page_size, 20)));
  const kw = str(body.keyword).trim().toLowerCase();
  const list = kw
    ? state.world.products.filter((p) => p.id === kw || p.title.toLowerCase().includes(kw))
    : state.world.products;
  return ok({
    products: list.slice((page - 1) * size, page * size).map((p) => productJson(p, ctx.region)),
    total: list.length,
  });
}

function quota(state: SandboxState): ApiResult {
  return ok({
    group_cnt_limit_for24: LIMITS.per24h,
    current_group_cnt_for24: state.count24h,
    effective_group_cnt_limit: LIMITS.per24h,
    open_group_cnt: state.openGroupCount,
    open_group_cnt_limit: LIMITS.openMax,
    weekly_quota_limit: LIMITS.weeklyQuota,
    weekly_quota_used: state.weeklyQuotaUsed,
  });
}

function conflictCheck(state: SandboxState, body: Body): ApiResult {
  const creators = Array.isArray(body.creator_ids) ? body.creator_ids.map(String) : [];
  const prods = Array.isArray(body.product_ids) ? body.product_ids.map(String) : [];
  const pairs = openPairs(state, str(body.invitation_group_id) || undefined);
  const conflict_list = creators.flatMap((c) =>
    prods.flatMap((p) => {
      const gid = pairs.get(`${c}:${p}`);
      return gid ? [{ creator_oec_id: c, product_id: p, invitation_group_id: gid }] : [];
    }),
  );
  return ok({ conflict_list });
}

function toGroup(req: CreateRequest['invitation_group'], id: string, now: number, previous?: GroupRecord): GroupRecord {
  const before = new Map(previous?.creators.map((c) => [c.creatorId, c]));
  return {
    id,
    name: req.name,
    message: req.message,
    status: previous?.status ?? 2,
    createTime: previous?.createTime ?? now,
    endTime: Number(req.end_time),
    feeType: req.fee_type,
    products: req.product_list.map((p) => ({
      productId: String(p.product_id),
      targetCommission: p.target_commission,
      sampleType: p.sample_type ?? 0,
    })),
    creators: req.creator_id_list.map(
      ({ base_info }) =>
        before.get(base_info.creator_oec_id) ?? { creatorId: base_info.creator_oec_id, status: 1, inviteTime: now },
    ),
    contentOption: req.delivery_requirements?.content_option ?? 0,
    flashSale: Boolean(req.flash_sale),
    freeSample: req.free_sample_rule ?? { has_free_sample: false, is_free_sample_auto_review: false },
    ...(req.flat_fee ? { flatFee: req.flat_fee } : {}),
  };
}

function create(state: SandboxState, body: Body, ctx: ApiContext): ApiResult {
  const failure = validateCreate(state, body, ctx.now);
  if (failure) return fail(failure.code, failure.message, failure.data ?? {});
  const req = (body as unknown as CreateRequest).invitation_group;
  const group = toGroup(req, digitId(state.idRng, '7'), ctx.now);
  state.groups.push(group);
  state.count24h += 1;
  state.openGroupCount += 1;
  return ok({ invitation_group_id: group.id });
}

function update(state: SandboxState, body: Body, ctx: ApiContext): ApiResult {
  const req = (body as unknown as Partial<CreateRequest>).invitation_group;
  const id = str(req?.invitation_group_id);
  const index = state.groups.findIndex((g) => g.id === id);
  const previous = state.groups[index];
  if (!previous || !req) return fail(CODES.invalidParams, 'Invalid parameter: invitation not found');
  if (!isOpenGroup(previous))
    return fail(CODES.invalidParams, 'Invalid parameter: this invitation can no longer be edited');
  const failure = validateCreate(state, body, ctx.now, id);
  if (failure) return fail(failure.code, failure.message, failure.data ?? {});
  state.groups[index] = toGroup(req, id, ctx.now, previous);
  return ok({ invitation_group_id: id });
}

function search(state: SandboxState, body: Body): ApiResult {
  const page = Math.max(1, num(body.page, 1));
  const size = Math.min(100, Math.max(1, num(body.page_size, 20)));
  const status = num(body.status, 0);
  const list = state.groups.filter((g) => !status || g.status === status).sort((a, b) => b.createTime - a.createTime);
  const rows = list.slice((page - 1) * size, page * size).map(groupSummaryJson);
  if (state.variant.listJson === 'live') return ok(liveSearchJson(rows, list.length, page * size < list.length));
  return ok({ invitation_group_list: rows, total: list.length });
}

function detail(state: SandboxState, query: URLSearchParams, ctx: ApiContext): ApiResult {
  const g = state.groups.find((x) => x.id === query.get('invitation_group_id'));
  if (!g) return fail(CODES.invalidParams, 'Invalid parameter: invitation not found');
  const detail = groupDetailJson(g, state.productById, state.creatorById, ctx.region);
  return ok(state.variant.listJson === 'live' ? liveDetailJson(detail) : { invitation_group: detail });
}

/** Routes one API call. Returns null for unknown paths (the server answers 404). */
export function handleApi(
  state: SandboxState,
  method: string,
  url: URL,
  body: unknown,
  ctx: ApiContext,
): ApiResult | null {
  const b = (body && typeof body === 'object' ? body : {}) as Body;
  state.requests.push({ method, path: url.pathname, body });
  switch (`${method} ${url.pathname}`) {
    case `POST ${API_PATHS.find}`:
      return find(state, b, ctx);
    case `POST ${API_PATHS.products}`:
      return products(state, b, ctx);
    case `GET ${API_PATHS.quota}`:
      return quota(state);
    case `GET ${API_PATHS.limit}`:
      return ok({ max_creator_num: LIMITS.creatorsMax, max_product_num: LIMITS.productsMax });
    case `POST ${API_PATHS.conflictCheck}`:
      return conflictCheck(state, b);
    case `POST ${API_PATHS.create}`:
      return create(state, b, ctx);
    case `POST ${API_PATHS.update}`:
      return update(state, b, ctx);
    case `POST ${API_PATHS.search}`:
    case `POST ${API_PATHS.searchElsewhere}`:
      return search(state, b);
    case `GET ${API_PATHS.detail}`:
    case `GET ${API_PATHS.detailElsewhere}`:
      return detail(state, url.searchParams, ctx);
    default:
      return null;
  }
}
