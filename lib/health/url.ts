/** Links to one collaboration's page on the seller's own host, in the path family the list page uses. */
import type { PathFamily } from './types';

const DETAIL_PATH: Record<PathFamily, string> = {
  connection: '/connection/target-invitation/detail',
  affiliate: '/affiliate/collaboration/target-invitation/detail',
};

/** "/connection/target-invitation" → 'connection'; "/affiliate/collaboration/…" → 'affiliate'. */
export function pathFamilyOf(pathname: string): PathFamily {
  return typeof pathname === 'string' && pathname.startsWith('/affiliate/') ? 'affiliate' : 'connection';
}

/**
 * `${origin}/connection/target-invitation/detail?invitation_group_id=…` (or the /affiliate/collaboration family),
 * plus `shop_region` when given, since every affiliate page carries it. An origin that is not http(s) is dropped
 * and a same-origin relative link returned, so a link can never become `javascript:`.
 */
export function collaborationUrl(origin: string, id: string, pathFamily: PathFamily, shopRegion?: string): string {
  const params = new URLSearchParams({ invitation_group_id: String(id) });
  if (shopRegion) params.set('shop_region', shopRegion);
  const path = `${DETAIL_PATH[pathFamily] ?? DETAIL_PATH.connection}?${params.toString()}`;
  let base = '';
  try {
    const u = new URL(origin);
    if (u.protocol === 'https:' || u.protocol === 'http:') base = u.origin;
  } catch {
    // Not a URL: relative link.
  }
  return `${base}${path}`;
}
