/**
 * The page's own JSON endpoints the observer may read (an allow-list by path; nothing else is
 * touched). Bundled into the main-world observer: keep it plain data, no imports.
 * Paths from docs/domain.md and test/sandbox/CONTRACT.md (seen on affiliate.tiktok.com).
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
/**
 * 2: `request` and `response` are the bodies as JSON *text*, parsed in the isolated world. v1 posted
 * parsed objects: JSON.parse plus cloning the graph cost the main world ~15x what cloning one string
 * does (measured on a 12-creator answer: ~150 µs down to ~10 µs).
 */
export const OBSERVER_VERSION = 2;
/**
 * Longest body (in string length) relayed; longer ones are dropped silently on both sides. Real
 * responses are tens of KB; this bounds the isolated world's JSON.parse (a few ms per MB) and memory.
 */
export const MAX_BODY_CHARS = 4 * 1024 * 1024;
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
