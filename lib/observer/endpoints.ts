/**
 * The page's own JSON endpoints the observer may read (an allow-list by path; nothing else is
 * touched). Bundled into the main-world observer: keep it plain data, no imports.
 * Paths from ../../../shared/domain.md and test/sandbox/CONTRACT.md (seen on affiliate.tiktok.com).
 */
export const ENDPOINTS = {
  'creator-find': '/api/v1/oec/affiliate/creator/marketplace/find',
  'product-list': '/api/v1/affiliate/product_selection/list',
  quota: '/api/v1/oec/affiliate/seller/quota/info',
  'invitation-limit': '/api/v1/oec/affiliate/seller/invitation/limit',
  'conflict-check': '/api/v1/oec/affiliate/seller/invitation_group/conflict_check',
  create: '/api/v1/oec/affiliate/seller/invitation_group/create',
  'group-search': '/api/v1/oec/affiliate/seller/invitation_group/search',
  'group-detail': '/api/v1/oec/affiliate/seller/invitation_group/detail',
} as const;

export type EndpointName = keyof typeof ENDPOINTS;

/** Envelope marker: posted by the observer, checked by lib/observer/receive.ts. */
export const OBSERVER_SOURCE = 'collab-pilot/observer';
export const OBSERVER_VERSION = 1;
/** The content script's one message to the observer: "post your recent messages again". */
export const REPLAY_SOURCE = 'collab-pilot/content';

/** The endpoint a request path belongs to, or null. Exact match (trailing slash tolerated). */
export function endpointForPath(pathname: string): EndpointName | null {
  const p = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const name in ENDPOINTS) {
    if (ENDPOINTS[name as EndpointName] === p) return name as EndpointName;
  }
  return null;
}
