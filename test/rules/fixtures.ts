/** A draft that passes every rule, and small builders to break one thing at a time. */
import type { DraftCreator, DraftProduct, InvitationDraft, PlanEntry, PlanTerms } from '../../lib/rules';

export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function product(over: Partial<DraftProduct> = {}): DraftProduct {
  return {
    id: 'p1',
    title: 'Blue Mug',
    priceCents: 1999,
    stock: 500,
    openRateBp: 1000,
    targetRateBp: 1500,
    sampleOffer: 'none',
    ...over,
  };
}

export function creator(over: Partial<DraftCreator> = {}): DraftCreator {
  return { id: 'c1', handle: 'mugfan', canLive: true, ...over };
}

export function draft(over: Partial<InvitationDraft> = {}): InvitationDraft {
  return {
    name: 'Winter mugs',
    message: 'Hi! We would love to work with you.',
    feeStructure: 'commission',
    contentType: 'any',
    flashSale: false,
    endsAt: NOW + 30 * DAY,
    products: [product()],
    creators: [creator()],
    ...over,
  };
}

export const products = (n: number): DraftProduct[] =>
  Array.from({ length: n }, (_, i) => product({ id: `p${i}`, title: `Product ${i}` }));
export const creators = (n: number): DraftCreator[] =>
  Array.from({ length: n }, (_, i) => creator({ id: `c${i}`, handle: `creator${i}` }));

export function terms(over: Partial<PlanTerms> = {}): PlanTerms {
  return {
    products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'none' }],
    endsAt: NOW + 30 * DAY,
    contentType: 'any',
    flashSale: false,
    feeStructure: 'commission',
    ...over,
  };
}

export function entry(
  id: string,
  creatorId: string,
  t: PlanTerms = terms(),
  canLive: boolean | null = true,
): PlanEntry {
  return { id, creator: { id: creatorId, canLive }, terms: t };
}

import type { Finding } from '../../lib/rules';

/** Codes of the findings, in order. */
export const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);
/** Findings with one code. */
export const withCode = (findings: Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);
