/**
 * Find creators and a creator's detail page: URL and anchors only, for recognising the page on every
 * route. The row readers are in find-creators.ts, loaded with the page's feature.
 */

import { t } from '../i18n';
import { buttonByText, columnIndex, firstOf, safeQuery, safeQueryAll, tableHeaders } from './dom';
import { toId } from './json-common';
import { normalisePath, type ReadResult } from './page-types';

export const URL_PATTERNS = {
  findCreators: ['/connection/creator'],
  creatorDetail: ['/connection/creator/detail'],
} as const;

export type FindCreatorsPage = 'find-creators' | 'creator-detail';

/** Path only; the host is checked once, in recognise.ts. */
export function matchUrl(url: URL): FindCreatorsPage | null {
  const p = normalisePath(url.pathname);
  if (URL_PATTERNS.creatorDetail.includes(p as never)) return 'creator-detail';
  if (URL_PATTERNS.findCreators.includes(p as never)) return 'find-creators';
  return null;
}

/** Best first; every entry has a fallback. Never `sc-*` classes (they change per build). */
export const ANCHOR_SELECTORS = {
  /** m4b wrapper seen on /connection/creator (2025-2026); bare Arco table as fallback. */
  resultsTable: ['[data-tid="m4b_table"]', '.arco-table-container', '.arco-table'],
  /** The handle, shown without "@" on the live page (docs/domain.md, "The live pages"); else the first handle-like text. */
  handle: ['span[data-e2e="fbc99397-6043-1b37"]', '[data-e2e="fbc99397-6043-1b37"]'],
  /** A row's or the detail page's "Invite": the live id first, then the sandbox contract's; else the label. */
  invite: ['button[data-tid="m4b_button"][data-e2e="b46d0775-c371-37cf"]', 'button[data-e2e="a1b2c3d4-e5f6-4a7b"]'],
} as const;

export function looksLikeResults(table: Element): boolean {
  return (
    (!!safeQuery(table, 'table') && columnIndex(tableHeaders(table), 'colCreator') >= 0) ||
    !!firstOf(table, ANCHOR_SELECTORS.handle) ||
    !!safeQuery(table, 'tr[data-row-key]')
  );
}

export function findTable(root: ParentNode): Element | null {
  // Prefer the table that shows creators (a page may hold other m4b tables).
  const candidates = safeQueryAll(root, ANCHOR_SELECTORS.resultsTable[0]);
  return candidates.find(looksLikeResults) ?? candidates[0] ?? firstOf(root, ANCHOR_SELECTORS.resultsTable.slice(1));
}

/** The results table with creators in it; `missing` names what a renamed/removed page lacks. */
export function findCreatorsAnchors(root: ParentNode): ReadResult<{ table: Element }> {
  const table = findTable(root);
  if (!table) return { ok: false, missing: [t('pages_missing_results_table')] };
  // An empty Arco wrapper is not enough: the results need a real table with body rows or the Creator column.
  if (!looksLikeResults(table)) return { ok: false, missing: [t('pages_missing_creator_rows')] };
  return { ok: true, table };
}

export function findInviteButton(root: ParentNode): Element | null {
  return firstOf(root, ANCHOR_SELECTORS.invite) ?? buttonByText(root, 'invite');
}

/** The detail page's Invite button; the creator's id comes from the URL. */
export function creatorDetailAnchors(
  root: ParentNode,
  url: URL,
): ReadResult<{ creatorId: string | null; inviteButton: Element }> {
  const inviteButton = findInviteButton(root);
  if (!inviteButton) return { ok: false, missing: [t('pages_missing_invite_button')] };
  return { ok: true, creatorId: toId(url.searchParams.get('cid')), inviteButton };
}
