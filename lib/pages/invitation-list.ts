/**
 * Target collaboration list. Seen on https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB
 * and /affiliate/collaboration/target-invitation (newer builds). The page loads
 * `invitation_group/search` and then `invitation_group/detail` per ongoing row; those JSON bodies
 * carry the per-product rates, the DOM only the summary.
 */
import { buttonByText, cellAt, columnIndex, firstOf, safeQuery, safeQueryAll, tableHeaders, tableRows, textOf } from './dom';
import { t } from '../i18n';
import { toId } from './json-common';
import { whichLabel } from './labels';
import { normalisePath, type MountPoint, type ReadResult } from './page-types';

export {
  groupStatus,
  parseGroupDetailResponse,
  parseGroupSearchResponse,
  type CreatorInviteStatus,
  type GroupDetail,
  type GroupStatus,
  type GroupSummary,
} from './group-json';

export const URL_PATTERNS = ['/connection/target-invitation', '/affiliate/collaboration/target-invitation'] as const;

export function matchUrl(url: URL): boolean {
  return (URL_PATTERNS as readonly string[]).includes(normalisePath(url.pathname));
}

export const SELECTORS = {
  /** m4b wrapper seen on /connection/target-invitation; bare Arco table as fallback. */
  table: ['[data-tid="m4b_table"]', '.arco-table-container', '.arco-table'],
  /** The "View" link carries the group id in its href. */
  viewLink: ['a[href*="invitation_group_id="]'],
} as const;

export interface ListDomRow {
  id: string | null;
  name: string;
  statusText: string | null;
  productsText: string | null;
  creatorsText: string | null;
  validUntilText: string | null;
  /** Link to the collaboration's own page, when the row has one. */
  href: string | null;
  element: Element;
}

function findTable(root: ParentNode): Element | null {
  const all = safeQueryAll(root, SELECTORS.table[0]);
  return all.find((t) => safeQuery(t, 'tr[data-row-key]')) ?? all[0] ?? firstOf(root, SELECTORS.table.slice(1));
}

function groupIdFromHref(href: string | null): string | null {
  if (!href) return null;
  const m = /[?&]invitation_group_id=([^&#]+)/.exec(href);
  return m?.[1] ? toId(decodeURIComponent(m[1])) : null;
}

export function readInvitationRows(root: ParentNode): ReadResult<{ rows: ListDomRow[]; table: Element }> {
  const table = findTable(root);
  if (!table) return { ok: false, missing: [t('pages_missing_collaborations_table')] };
  const h = tableHeaders(table);
  const byLabel = {
    name: columnIndex(h, 'colName'),
    status: columnIndex(h, 'colStatus'),
    products: columnIndex(h, 'colProducts'),
    creators: columnIndex(h, 'colCreators'),
    valid: columnIndex(h, 'colValidUntil'),
  };
  // Contract order when the header labels are not ours: Name · Status · Products · Creators · Valid until · Action.
  const cols = byLabel.name >= 0 && byLabel.status >= 0 ? byLabel : { name: 0, status: 1, products: 2, creators: 3, valid: 4 };
  const rows = tableRows(table).map((row) => {
    const link = firstOf(row, SELECTORS.viewLink) ?? buttonByText(row, 'view');
    const href = link?.getAttribute('href') ?? null;
    const t = (i: number) => textOf(cellAt(row, i)) || null;
    return {
      id: toId(row.getAttribute('data-row-key')) ?? groupIdFromHref(href),
      name: t(cols.name) ?? '',
      statusText: t(cols.status),
      productsText: t(cols.products),
      creatorsText: t(cols.creators),
      validUntilText: t(cols.valid),
      href,
      element: row,
    };
  });
  // An empty wrapper is not the list: it needs rows we can tie to a collaboration, or the list's own columns.
  if (!safeQuery(table, 'table') || (!rows.some((r) => r.id) && !looksLikeListTable(table))) {
    return { ok: false, missing: [t('pages_missing_collaboration_rows')] };
  }
  return { ok: true, table, rows };
}

/** The header row's labels are ours (any language): a weak sign the table is the list we know. */
export function looksLikeListTable(table: Element): boolean {
  return tableHeaders(table).some((t) => whichLabel(t, ['colStatus', 'colValidUntil']) != null);
}

/** Above the table, in the flow. */
export function findMountPoint(root: ParentNode): MountPoint | null {
  const table = findTable(root);
  return table ? { anchor: table, append: 'before' } : null;
}
