/**
 * Target collaboration list. Seen on https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB
 * and /affiliate/collaboration/target-invitation (newer builds). The page loads
 * `invitation_group/search` and then `invitation_group/detail` per ongoing row; those JSON bodies
 * carry the per-product rates, the DOM only the summary.
 */

import { t } from '../i18n';
import { cellAt, columnIndex, safeQuery, tableHeaders, tableRows, textOf } from './dom';
import { findTable, looksLikeListTable, rowLink } from './invitation-list-anchors';
import type { MountPoint, ReadResult } from './page-types';

export {
  type CreatorInviteStatus,
  type GroupDetail,
  type GroupStatus,
  type GroupSummary,
  groupStatus,
  parseGroupDetailResponse,
  parseGroupSearchResponse,
} from './group-json';

export { ANCHOR_SELECTORS as SELECTORS, looksLikeListTable, matchUrl, URL_PATTERNS } from './invitation-list-anchors';

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
  const cols =
    byLabel.name >= 0 && byLabel.status >= 0 ? byLabel : { name: 0, status: 1, products: 2, creators: 3, valid: 4 };
  const rows = tableRows(table).map((row) => {
    const { id, href } = rowLink(row);
    const t = (i: number) => textOf(cellAt(row, i)) || null;
    return {
      id,
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

/** Above the table, in the flow. */
export function findMountPoint(root: ParentNode): MountPoint | null {
  const table = findTable(root);
  return table ? { anchor: table, append: 'before' } : null;
}
