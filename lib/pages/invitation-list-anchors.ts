/**
 * Target collaboration list: URL and anchors only, for recognising the page on every route. The row
 * reader is in invitation-list.ts, loaded with the page's feature.
 */

import { t } from '../i18n';
import { buttonByText, firstOf, safeQuery, safeQueryAll, tableHeaders, tableRows } from './dom';
import { toId } from './json-common';
import { whichLabel } from './labels';
import { normalisePath, type ReadResult } from './page-types';

export const URL_PATTERNS = ['/connection/target-invitation', '/affiliate/collaboration/target-invitation'] as const;

export function matchUrl(url: URL): boolean {
  return (URL_PATTERNS as readonly string[]).includes(normalisePath(url.pathname));
}

export const ANCHOR_SELECTORS = {
  /** m4b wrapper seen on /connection/target-invitation; bare Arco table as fallback. */
  table: ['[data-tid="m4b_table"]', '.arco-table-container', '.arco-table'],
  /** The "View" link carries the group id in its href. */
  viewLink: ['a[href*="invitation_group_id="]'],
} as const;

export function findTable(root: ParentNode): Element | null {
  const all = safeQueryAll(root, ANCHOR_SELECTORS.table[0]);
  return all.find((t) => safeQuery(t, 'tr[data-row-key]')) ?? all[0] ?? firstOf(root, ANCHOR_SELECTORS.table.slice(1));
}

function groupIdFromHref(href: string | null): string | null {
  if (!href) return null;
  const m = /[?&]invitation_group_id=([^&#]+)/.exec(href);
  return m?.[1] ? toId(decodeURIComponent(m[1])) : null;
}

/** A row's link to its collaboration, and the collaboration's id (the row key, else the link's). */
export function rowLink(row: Element): { id: string | null; href: string | null } {
  const link = firstOf(row, ANCHOR_SELECTORS.viewLink) ?? buttonByText(row, 'view');
  const href = link?.getAttribute('href') ?? null;
  return { id: toId(row.getAttribute('data-row-key')) ?? groupIdFromHref(href), href };
}

/** The header row's labels are ours (any language): a weak sign the table is the list we know. */
export function looksLikeListTable(table: Element): boolean {
  return tableHeaders(table).some((t) => whichLabel(t, ['colStatus', 'colValidUntil']) != null);
}

/** The list's table, with rows tied to a collaboration or the list's own columns. */
export function invitationListAnchors(root: ParentNode): ReadResult<{ table: Element }> {
  const table = findTable(root);
  if (!table) return { ok: false, missing: [t('pages_missing_collaborations_table')] };
  // An empty wrapper is not the list: it needs rows we can tie to a collaboration, or the list's own columns.
  if (!safeQuery(table, 'table') || (!tableRows(table).some((row) => rowLink(row).id) && !looksLikeListTable(table))) {
    return { ok: false, missing: [t('pages_missing_collaboration_rows')] };
  }
  return { ok: true, table };
}
