import { useSyncExternalStore } from 'react';

/** A tiny History-API router: the real Seller Center changes pages with pushState, never a reload. */

const EVENT = 'sandbox:navigate';

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb);
  window.addEventListener(EVENT, cb);
  return () => {
    window.removeEventListener('popstate', cb);
    window.removeEventListener(EVENT, cb);
  };
}

const snapshot = () => location.pathname + location.search;

export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, location.origin);
  return { pathname: url.pathname, search: url.searchParams, href };
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
  document.getElementById('scroll-container')?.scrollTo(0, 0);
}

/** Keeps the shop's region (and a forced language) on every internal link, as the real nav does. */
export function withShopQuery(path: string, extra: Record<string, string> = {}): string {
  const current = new URLSearchParams(location.search);
  const q = new URLSearchParams();
  const region = current.get('shop_region');
  if (region) q.set('shop_region', region);
  const lang = current.get('lang');
  if (lang) q.set('lang', lang);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString().replace(/%5B/g, '[').replace(/%5D/g, ']');
  return s ? `${path}?${s}` : path;
}

export type Route =
  | { page: 'home' }
  | { page: 'find' }
  | { page: 'creatorDetail'; cid: string }
  | { page: 'list'; family: string }
  | { page: 'collabDetail'; family: string; id: string }
  | { page: 'create'; family: string; flatFee: boolean; editId: string | null }
  | { page: 'notFound' };

const FAMILY = '(/connection|/affiliate/collaboration)/target-invitation';

export function matchRoute(pathname: string, search: URLSearchParams): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/homepage') return { page: 'home' };
  if (path === '/' || path === '/connection/creator') return { page: 'find' };
  if (path === '/connection/creator/detail') return { page: 'creatorDetail', cid: search.get('cid') ?? '' };
  let m = new RegExp(`^${FAMILY}$`).exec(path);
  if (m) return { page: 'list', family: `${m[1]}/target-invitation` };
  m = new RegExp(`^${FAMILY}/detail$`).exec(path);
  // The live list's "View" button opens the detail with `invitation_id`; links carry `invitation_group_id`.
  if (m)
    return {
      page: 'collabDetail',
      family: `${m[1]}/target-invitation`,
      id: search.get('invitation_group_id') ?? search.get('invitation_id') ?? '',
    };
  m = new RegExp(`^${FAMILY}(/flat-fee)?/(create|edit)$`).exec(path);
  if (m)
    return {
      page: 'create',
      family: `${m[1]}/target-invitation`,
      flatFee: Boolean(m[2]),
      editId: m[3] === 'edit' ? (search.get('invitation_group_id') ?? '') : null,
    };
  return { page: 'notFound' };
}

/** A link that routes client-side on a plain click and still works as a real link (new tab, copy). */
export function linkClick(to: string) {
  return (e: { preventDefault(): void; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; button: number }) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
}
