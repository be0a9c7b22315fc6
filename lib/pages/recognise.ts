/**
 * Which affiliate page this is, from the URL first (cheap) and then the page's anchors.
 * URL not ours → 'not-ours' (the caller does nothing); URL ours but anchors missing →
 * 'not-recognised' naming them (the caller may wait for the SPA to render, then say so).
 * Never throws: a page we cannot read must not break because of us.
 */
import { isKnownHost } from '../hosts';
import { t } from '../i18n';
import * as create from './create-invitation';
import * as find from './find-creators';
import * as list from './invitation-list';
import { detectLanguage, type Language } from './labels';

export type PageKind = 'find-creators' | 'creator-detail' | 'create-invitation' | 'invitation-list';

interface PageBase {
  language: Language;
  /** `?shop_region=XX`, upper-cased, when present. */
  region: string | null;
}

export type PageRecognition =
  | ({ kind: 'find-creators' } & PageBase)
  | ({ kind: 'creator-detail'; creatorId: string | null } & PageBase)
  | ({ kind: 'create-invitation' } & PageBase & create.CreatePageUrl & { feeStructure: create.FeeType })
  | ({ kind: 'invitation-list' } & PageBase)
  | { kind: 'not-recognised'; page: PageKind; reason: string; missing: string[] }
  | { kind: 'not-ours' };

/** User-facing text from the `pages` catalog, read at call time. */
export const MESSAGES = {
  // The list join stays in code: each item is a whole name from the catalog.
  missingAnchors: (page: string, missing: string[]) => t('pages_recognise_missing_anchors', page, missing.join(', ')),
  readFailed: (page: string) => t('pages_recognise_read_failed', page),
} as const;

const PAGE_NAMES: Record<PageKind, () => string> = {
  'find-creators': () => t('pages_page_find_creators'),
  'creator-detail': () => t('pages_page_creator_detail'),
  'create-invitation': () => t('pages_page_create_invitation'),
  'invitation-list': () => t('pages_page_invitation_list'),
};

export interface RecogniseOptions {
  /** Skip the host check (tests and local demos only). */
  anyHost?: boolean;
}

function pageFromUrl(url: URL): PageKind | null {
  const f = find.matchUrl(url);
  if (f) return f;
  if (create.matchUrl(url)) return 'create-invitation';
  if (list.matchUrl(url)) return 'invitation-list';
  return null;
}

function notRecognised(page: PageKind, missing: string[]): PageRecognition {
  return { kind: 'not-recognised', page, reason: MESSAGES.missingAnchors(PAGE_NAMES[page](), missing), missing };
}

export function recognisePage(url: URL, root: ParentNode, opts: RecogniseOptions = {}): PageRecognition {
  try {
    if (!opts.anyHost && !isKnownHost(url.hostname)) return { kind: 'not-ours' };
    const page = pageFromUrl(url);
    if (!page) return { kind: 'not-ours' };
    const rawRegion = url.searchParams.get('shop_region');
    const base = (): PageBase => ({
      language: detectLanguage(root),
      region: rawRegion && /^[A-Za-z]{2}$/.test(rawRegion) ? rawRegion.toUpperCase() : null,
    });
    switch (page) {
      case 'find-creators': {
        const r = find.readFindCreatorsPage(root);
        return r.ok ? { kind: page, ...base() } : notRecognised(page, r.missing);
      }
      case 'creator-detail': {
        const r = find.readCreatorDetail(root, url);
        return r.ok ? { kind: page, creatorId: r.creatorId, ...base() } : notRecognised(page, r.missing);
      }
      case 'create-invitation': {
        const u = create.matchUrl(url);
        const r = create.readCreateForm(root, url);
        if (!u || !r.ok) return notRecognised(page, r.ok ? [] : r.missing);
        return { kind: page, ...base(), ...u, feeStructure: r.form.feeStructure };
      }
      case 'invitation-list': {
        const r = list.readInvitationRows(root);
        return r.ok ? { kind: page, ...base() } : notRecognised(page, r.missing);
      }
    }
  } catch {
    const page = pageFromUrlSafe(url);
    return page ? { kind: 'not-recognised', page, reason: MESSAGES.readFailed(PAGE_NAMES[page]()), missing: [] } : { kind: 'not-ours' };
  }
}

function pageFromUrlSafe(url: URL): PageKind | null {
  try {
    return pageFromUrl(url);
  } catch {
    return null;
  }
}
