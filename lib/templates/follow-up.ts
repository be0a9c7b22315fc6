/**
 * A follow-up for one health issue: the follow-up template filled with what the collaboration list
 * showed (products, target rates, end date) for the creators the issue names. The sample offer is not in
 * the list's answer, so `{sample}` is left out and said so. Loaded on the seller's click only (the list
 * page's panel carries none of the template code until then).
 */
import type { CollaborationSnapshot, HealthIssue } from '../health/types';
import type { Language } from '../i18n/catalog';
import { isoDate } from '../prefill/plan';
import { fillTemplate } from './fill';
import { blockingClause, leftOutText } from './messages';
import type { Template } from './schema';
import type { TemplateValues } from './values';

export interface FollowUp {
  templateId: string;
  creatorIds: string[];
  text: string;
  /** Why the text must not be copied as it stands (a clause), or null. */
  blocked: string | null;
  /** The notice for values left out, or null. */
  leftOut: string | null;
}

export function followUpValues(
  s: CollaborationSnapshot,
  creatorIds: readonly string[],
  shopName: string,
): TemplateValues {
  const products = s.products ?? [];
  const rates = products.map((p) => p.targetRateBp).filter((bp): bp is number => bp != null);
  const handles = creatorIds.map((id) => s.creators?.find((c) => c.id === id)?.handle?.trim());
  return {
    shop: shopName.trim() || null,
    products: products.length && products.every((p) => p.title) ? products.map((p) => p.title as string) : null,
    commissionBp: rates.length ? rates : null,
    endDate: s.endsAt == null ? null : isoDate(s.endsAt),
    sample: null,
    creators: handles.every(Boolean) ? (handles as string[]) : null,
  };
}

/** The seller's first follow-up template, filled for the issue's creators; null when there is none. */
export function followUpFor(
  issue: HealthIssue,
  snapshot: CollaborationSnapshot | undefined,
  templates: readonly Template[],
  shopName: string,
  language: Language,
  region?: string | null,
): FollowUp | null {
  const template = templates.find((x) => x.kind === 'follow-up');
  if (!template || !snapshot || issue.code !== 'health.not-accepted') return null;
  const creatorIds = issue.creatorIds ?? (issue.creatorId ? [issue.creatorId] : []);
  const filled = fillTemplate(template.body, followUpValues(snapshot, creatorIds, shopName), language, region);
  return {
    templateId: template.id,
    creatorIds,
    text: filled.text,
    blocked: blockingClause(filled),
    leftOut: leftOutText(filled),
  };
}
