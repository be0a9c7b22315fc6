/** The health list as CSV for a spreadsheet. Cells a spreadsheet would run as a formula are defused. */
import Papa from 'papaparse';
import { formatMoney } from '../format/rate';
import { creatorLabel } from '../rules/messages';
import { HEALTH_TITLES, HEALTH_UI, SEVERITY_LABELS } from './messages';
import type { CollaborationSnapshot, HealthIssue, PathFamily } from './types';
import { collaborationUrl } from './url';

export interface HealthCsvOptions {
  /** The list page's origin; without it the link column is empty. */
  origin?: string;
  pathFamily?: PathFamily;
  shopRegion?: string;
  locale?: string;
}

/** OWASP CSV injection: a leading = + - @ (or tab / CR) makes Excel and Sheets evaluate the cell. */
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function productCell(issue: HealthIssue, snaps: ReadonlyMap<string, CollaborationSnapshot>): string {
  if (!issue.productId) return '';
  const ids = [issue.collaborationId, ...(issue.relatedCollaborationIds ?? [])];
  for (const id of ids) {
    const title = snaps
      .get(id)
      ?.products?.find((p) => p.id === issue.productId)
      ?.title?.trim();
    if (title) return `${title} (${issue.productId})`;
  }
  return issue.productId;
}

function creatorCell(issue: HealthIssue, snap: CollaborationSnapshot | undefined): string {
  const ids = issue.creatorIds ?? (issue.creatorId ? [issue.creatorId] : []);
  return ids
    .map((id) => {
      const c = snap?.creators?.find((x) => x.id === id);
      return creatorLabel(c ?? { id });
    })
    .join('; ');
}

export function healthCsv(
  issues: readonly HealthIssue[],
  snapshots: readonly CollaborationSnapshot[],
  options: HealthCsvOptions = {},
): string {
  const snaps = new Map<string, CollaborationSnapshot>();
  const snapList: readonly CollaborationSnapshot[] = Array.isArray(snapshots) ? snapshots : [];
  for (const s of snapList) if (s && typeof s.id === 'string') snaps.set(s.id, s);
  const list: readonly HealthIssue[] = Array.isArray(issues) ? issues : [];
  const rows = list.map((i) => {
    const snap = snaps.get(i.collaborationId);
    const money =
      typeof i.moneyAtStakeCents === 'number' ? formatMoney(i.moneyAtStakeCents, i.currency, options.locale) : '';
    const link = options.origin
      ? collaborationUrl(options.origin, i.collaborationId, options.pathFamily ?? 'connection', options.shopRegion)
      : '';
    return [
      i.collaborationId,
      snap?.name ?? String(i.facts?.collaborationName ?? ''),
      HEALTH_TITLES[i.code] ?? i.code,
      SEVERITY_LABELS[i.severity] ?? i.severity,
      productCell(i, snaps),
      creatorCell(i, snap),
      money,
      i.message,
      link,
    ].map((cell) => defuseCell(String(cell ?? '')));
  });
  return Papa.unparse({ fields: [...HEALTH_UI.csvHeaders], data: rows }, { newline: '\r\n' });
}
