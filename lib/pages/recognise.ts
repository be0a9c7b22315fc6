/**
 * Which affiliate page this is, from the URL first (cheap) and then the page's anchors.
 * URL not ours → 'not-ours' (the caller does nothing); URL ours but anchors missing →
 * 'not-recognised' naming them (the caller may wait for the SPA to render, then say so).
 * Never throws: a page we cannot read must not break because of us.
 */
import { isKnownHost } from '../hosts';
import { t } from '../i18n';
import { detectLanguage, type Language } from './labels';
import { PAGES, type PageFacts, type PageKind, pageFromUrl } from './registry';

export type { PageKind } from './registry';

interface PageBase {
  language: Language;
  /** `?shop_region=XX`, upper-cased, when present. */
  region: string | null;
}

/** A recognised page of each kind, with the facts its anchors gave (registry.ts). */
export type RecognisedPage = { [K in PageKind]: { kind: K } & PageBase & PageFacts<K> }[PageKind];

export type PageRecognition =
  | RecognisedPage
  | { kind: 'not-recognised'; page: PageKind; reason: string; missing: string[] }
  | { kind: 'not-ours' };

/** User-facing text from the `pages` catalog, read at call time. */
export const MESSAGES = {
  // The list join stays in code: each item is a whole name from the catalog.
  missingAnchors: (page: string, missing: string[]) => t('pages_recognise_missing_anchors', page, missing.join(', ')),
  readFailed: (page: string) => t('pages_recognise_read_failed', page),
} as const;

/** The page's name, in the language the texts are in now. */
export function pageTitle(page: PageKind): string {
  return t(PAGES[page].title);
}

export interface RecogniseOptions {
  /** Skip the host check (tests and local demos only). */
  anyHost?: boolean;
}

export function recognisePage(url: URL, root: ParentNode, opts: RecogniseOptions = {}): PageRecognition {
  try {
    if (!opts.anyHost && !isKnownHost(url.hostname)) return { kind: 'not-ours' };
    const page = pageFromUrl(url);
    if (!page) return { kind: 'not-ours' };
    const r = PAGES[page].recognise(root, url);
    if (!r.ok)
      return {
        kind: 'not-recognised',
        page,
        reason: MESSAGES.missingAnchors(pageTitle(page), r.missing),
        missing: r.missing,
      };
    const { ok: _ok, ...facts } = r;
    const rawRegion = url.searchParams.get('shop_region');
    return {
      kind: page,
      language: detectLanguage(root),
      region: rawRegion && /^[A-Za-z]{2}$/.test(rawRegion) ? rawRegion.toUpperCase() : null,
      ...facts,
    } as RecognisedPage;
  } catch {
    const page = pageFromUrlSafe(url);
    return page
      ? { kind: 'not-recognised', page, reason: MESSAGES.readFailed(pageTitle(page)), missing: [] }
      : { kind: 'not-ours' };
  }
}

function pageFromUrlSafe(url: URL): PageKind | null {
  try {
    return pageFromUrl(url);
  } catch {
    return null;
  }
}
