/**
 * Every Seller Center / Affiliate Center host Collab Pilot runs on, in one table.
 * Match patterns and host permissions are generated from it, so adding a market is a one-line change.
 * Listed explicitly on purpose: no `*.tiktok.com`, no `<all_urls>`.
 */
export interface HostEntry {
  host: string;
  /** Regions served by this host; the page's `shop_region` query picks among them. */
  regions: readonly string[];
  /** Language the page usually renders in before the seller's own choice applies. */
  language: 'en' | 'id' | 'vi';
}

export const HOSTS: readonly HostEntry[] = [
  {
    host: 'affiliate.tiktok.com',
    regions: ['GB', 'DE', 'FR', 'IT', 'ES', 'IE', 'MY', 'PH', 'TH', 'VN', 'SG', 'BR', 'MX', 'JP'],
    language: 'en',
  },
  { host: 'affiliate-us.tiktok.com', regions: ['US'], language: 'en' },
  { host: 'seller-us.tiktok.com', regions: ['US'], language: 'en' },
  { host: 'seller-uk.tiktok.com', regions: ['GB'], language: 'en' },
  { host: 'seller-eu.tiktok.com', regions: ['DE', 'FR', 'IT', 'ES', 'IE'], language: 'en' },
  { host: 'seller-my.tiktok.com', regions: ['MY'], language: 'en' },
  { host: 'seller-ph.tiktok.com', regions: ['PH'], language: 'en' },
  { host: 'seller-th.tiktok.com', regions: ['TH'], language: 'en' },
  { host: 'seller-vn.tiktok.com', regions: ['VN'], language: 'vi' },
  { host: 'seller-sg.tiktok.com', regions: ['SG'], language: 'en' },
  { host: 'seller-br.tiktok.com', regions: ['BR'], language: 'en' },
  { host: 'seller-mx.tiktok.com', regions: ['MX'], language: 'en' },
  { host: 'seller-jp.tiktok.com', regions: ['JP'], language: 'en' },
  {
    host: 'affiliate.tiktokshopglobalselling.com',
    regions: ['GB', 'US', 'MY', 'PH', 'TH', 'VN', 'SG'],
    language: 'en',
  },
  { host: 'affiliate-id.tokopedia.com', regions: ['ID'], language: 'id' },
  { host: 'seller-id.tokopedia.com', regions: ['ID'], language: 'id' },
];

/**
 * Path prefixes of the affiliate pages, the only paths that get the page code (the content script's
 * loader imports it there). The scripts themselves run on every path of the hosts: Seller Center is a
 * single-page app, and a seller who comes from `/homepage` to Find creators by a client-side route
 * never loads an affiliate path in full.
 */
export const AFFILIATE_PREFIXES = ['/connection/', '/affiliate/'] as const;

// Built in a pure call, so the bundles that never ask for it (the content script's) leave it out.
export const ALL_REGIONS: readonly string[] = /* @__PURE__ */ (() =>
  [...new Set(HOSTS.flatMap((h) => h.regions))].sort())();

/** Match patterns for content scripts: every path of each listed host (never a wildcard host). */
export function contentMatches(): string[] {
  return HOSTS.map((h) => `https://${h.host}/*`);
}

/** Host permissions: the same hosts, same paths. */
export function hostPermissions(): string[] {
  return contentMatches();
}

/** A path under which an affiliate page may live; cheap enough for every route change of the app. */
export function isAffiliatePath(pathname: string): boolean {
  return AFFILIATE_PREFIXES.some((p) => pathname.startsWith(p));
}

export function isKnownHost(hostname: string): boolean {
  return HOSTS.some((h) => h.host === hostname);
}

export function hostEntry(hostname: string): HostEntry | undefined {
  return HOSTS.find((h) => h.host === hostname);
}
