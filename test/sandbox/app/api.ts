import { type FindPage, readFindBody } from '../data/creator-shapes.ts';
import { detailFromEither, searchFromEither } from '../data/group-live.ts';
import type {
  ApiResponse,
  ConflictItem,
  CreateRequest,
  GroupDetailJson,
  ProductJson,
  QuotaInfo,
} from '../data/types.ts';

/**
 * The page's own API client. Like the real site it sends the shop region as a query parameter; creator search and the
 * product picker use fetch, everything else XMLHttpRequest (the real app mixes both, and observers must see both).
 */

function withQuery(path: string, extra: Record<string, string> = {}): string {
  const page = new URLSearchParams(location.search);
  const q = new URLSearchParams({ user_language: page.get('lang') ?? document.documentElement.lang ?? 'en', ...extra });
  const region = page.get('shop_region');
  if (region) q.set('shop_region', region);
  return `${path}?${q.toString()}`;
}

async function viaFetch<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResponse<T>> {
  const res = await fetch(withQuery(path), {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as ApiResponse<T>;
}

function viaXhr<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  query: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, withQuery(path, query));
    xhr.responseType = 'json';
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.onload = () => resolve(xhr.response as ApiResponse<T>);
    xhr.onerror = () => reject(new Error(`network error on ${path}`));
    xhr.send(body === undefined ? null : JSON.stringify(body));
  });
}

const BASE = '/api/v1/oec/affiliate';

export interface FindBody {
  pagination: { size: number; page: number; search_key?: string };
  query?: string;
  creator_ids?: string[];
  filter?: { reason?: number; not_invited_in_90d?: boolean };
}

export const api = {
  /** Read back from whichever shape the variant serves (../data/creator-shapes.ts). */
  find: async (body: FindBody): Promise<ApiResponse<FindPage>> =>
    readFindBody(await viaFetch<unknown>('POST', `${BASE}/creator/marketplace/find`, body)),
  products: (body: { page: number; page_size: number; keyword?: string }) =>
    viaFetch<{ products: ProductJson[]; total: number }>('POST', '/api/v1/affiliate/product_selection/list', body),
  quota: () => viaXhr<QuotaInfo>('GET', `${BASE}/seller/quota/info`),
  limit: () => viaXhr<{ max_creator_num: number; max_product_num: number }>('GET', `${BASE}/seller/invitation/limit`),
  conflictCheck: (body: { creator_ids: string[]; product_ids: string[]; invitation_group_id?: string }) =>
    viaXhr<{ conflict_list: ConflictItem[] }>('POST', `${BASE}/seller/invitation_group/conflict_check`, body),
  create: (body: CreateRequest) =>
    viaXhr<{ invitation_group_id?: string; conflict_list?: ConflictItem[] }>(
      'POST',
      `${BASE}/seller/invitation_group/create`,
      body,
    ),
  update: (body: CreateRequest) =>
    viaXhr<{ invitation_group_id?: string; conflict_list?: ConflictItem[] }>(
      'POST',
      `${BASE}/seller/invitation_group/update`,
      body,
    ),
  // The wire shape follows the variant's listJson; the pages render from the classic one.
  search: async (
    body: { page: number; page_size: number; status?: number },
    endpoint: 'search' | 'unknown' = 'search',
  ) => {
    const r = await viaXhr<unknown>(
      'POST',
      `${BASE}/seller/invitation_group/${endpoint === 'search' ? 'search' : 'list_v2'}`,
      body,
    );
    return { ...r, data: { invitation_group_list: searchFromEither(r.data) } };
  },
  detail: async (
    id: string,
    endpoint: 'search' | 'unknown' = 'search',
  ): Promise<ApiResponse<{ invitation_group: GroupDetailJson }>> => {
    const path = `${BASE}/seller/invitation_group/${endpoint === 'search' ? 'detail' : 'detail_v2'}`;
    const r = await viaXhr<unknown>('GET', path, undefined, { invitation_group_id: id });
    const g = r.code === 0 ? detailFromEither(r.data) : null;
    return g
      ? { ...r, data: { invitation_group: g } }
      : { ...r, code: r.code || -1, data: { invitation_group: null as unknown as GroupDetailJson } };
  },
};
