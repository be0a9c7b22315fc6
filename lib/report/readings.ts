/**
 * What Collab Pilot read on a page, and where from, for the seller who turns on "Show what Collab Pilot
 * reads". A page that differs from what we know then tells us exactly which reading failed: the panel lists
 * the readings, and "Copy report" puts them on the clipboard as plain text (nothing is sent anywhere).
 * Pure: the panel passes in the page's URL and the browser's name.
 */

/** Every reading a page may report, in the order the panel lists them. */
export const READING_KEYS = [
  'page',
  'language',
  'quota',
  'rows',
  'creators',
  'products',
  'rates',
  'stock',
  'endDate',
  'collaborations',
] as const;
export type ReadingKey = (typeof READING_KEYS)[number];

/** Where a reading came from: the JSON the page loaded, the page's visible text, or nowhere. */
export const READING_SOURCES = ['page-data', 'page-text', 'not-found'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

export interface Reading {
  key: ReadingKey;
  source: ReadingSource;
  /** What was read, in the seller's words (counts and shapes, never names or handles). */
  detail: string;
}

export interface ReportContext {
  /** The page's URL; only its host, path and `shop_region` go into the report. */
  url: string;
  /** The page as recognised ("find-creators", "not-recognised", …). */
  page: string;
  language: string;
  extensionVersion: string;
  /** The browser's user agent, as the seller's browser names itself. */
  browser: string;
  now: Date;
}

/** Readings in the panel's order; a key reported twice keeps its last reading. */
export function orderReadings(readings: readonly Reading[]): Reading[] {
  const byKey = new Map<ReadingKey, Reading>();
  for (const r of readings) byKey.set(r.key, r);
  return READING_KEYS.flatMap((k) => {
    const r = byKey.get(k);
    return r ? [r] : [];
  });
}

/** The URL without anything that could identify the seller or a creator: host, path and region only. */
export function reportUrl(href: string): string {
  try {
    const u = new URL(href);
    const region = u.searchParams.get('shop_region');
    const safeRegion = region && /^[A-Za-z]{2}$/.test(region) ? `?shop_region=${region.toUpperCase()}` : '';
    return `${u.host}${u.pathname}${safeRegion}`;
  } catch {
    return '(unreadable URL)';
  }
}

/**
 * The plain-text report. Keys and sources stay in English (stable words a maintainer can search for);
 * the details are the seller's own panel texts.
 */
export function reportText(ctx: ReportContext, readings: readonly Reading[]): string {
  const lines = [
    'Collab Pilot reading report',
    `version: ${ctx.extensionVersion}`,
    `date: ${ctx.now.toISOString()}`,
    `page: ${ctx.page}`,
    `url: ${reportUrl(ctx.url)}`,
    `language: ${ctx.language}`,
    `browser: ${ctx.browser.slice(0, 200)}`,
    '',
  ];
  const ordered = orderReadings(readings);
  if (ordered.length === 0) lines.push('(no readings reported)');
  for (const r of ordered) lines.push(`${r.key}: ${r.source} | ${oneLine(r.detail)}`);
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
