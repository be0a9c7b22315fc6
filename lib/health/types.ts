/**
 * The input model of the collaboration health checks, independent of the page's JSON: the list-page
 * reader maps into it. `null` always means "not loaded", never zero.
 */
import { z } from 'zod/mini';
import type { Severity } from '../rules/types';
import type { HealthCode } from './rules';

export type { Severity };

export const COLLAB_STATUSES = ['pending', 'ongoing', 'expired', 'cancelled', 'unknown'] as const;
export const CREATOR_STATUSES = ['pending', 'accepted', 'declined', 'unknown'] as const;

const nonEmpty = z.string().check(z.minLength(1));
/** z.number() already rejects NaN and ±Infinity. */
const count = z.int().check(z.gte(0));

export const SnapshotProductSchema = z.object({
  id: nonEmpty,
  title: z.optional(z.string()),
  priceCents: z.nullable(z.int().check(z.gte(0))),
  currency: z.optional(z.string()),
  stock: z.nullable(z.int()),
  /** Hundredths of a percent; null = no open collaboration (or not loaded). */
  openRateBp: z.nullable(z.number()),
  targetRateBp: z.nullable(z.number()),
});
export type SnapshotProduct = z.infer<typeof SnapshotProductSchema>;

export const SnapshotCreatorSchema = z.object({
  id: nonEmpty,
  handle: z.optional(z.string()),
  status: z.literal(CREATOR_STATUSES),
  /** Epoch ms. */
  invitedAt: z.nullable(z.number()),
});
export type SnapshotCreator = z.infer<typeof SnapshotCreatorSchema>;

export const CollaborationSnapshotSchema = z.object({
  id: nonEmpty,
  name: z.string(),
  status: z.literal(COLLAB_STATUSES),
  /** Epoch ms. */
  endsAt: z.nullable(z.number()),
  createdAt: z.nullable(z.number()),
  /** Whether the page's detail response for this collaboration was seen. */
  detailLoaded: z.boolean(),
  products: z.nullable(z.array(SnapshotProductSchema)),
  creators: z.nullable(z.array(SnapshotCreatorSchema)),
  /** Counts from the list response; present even when the detail is not loaded. */
  productCount: z.optional(count),
  creatorCount: z.optional(count),
  acceptedCount: z.optional(count),
});
export type CollaborationSnapshot = z.infer<typeof CollaborationSnapshotSchema>;

/** Derived from the health registry (lib/health/rules.ts). */
export type { HealthCode };

export interface HealthIssue {
  code: HealthCode;
  severity: Severity;
  /** The collaboration to open to fix it (for a rate clash: the one with the lowest rate). */
  collaborationId: string;
  /** Other collaborations the issue involves (rate clash); it is listed under each in `byCollaboration`. */
  relatedCollaborationIds?: string[];
  productId?: string;
  /** Set when the issue concerns exactly one creator. */
  creatorId?: string;
  /** Every creator the issue concerns (not-accepted groups them per collaboration). */
  creatorIds?: string[];
  /** Plain English: names the product/creator, what the creator is paid, and what to do. */
  message: string;
  /** Per order, in minor units of `currency`; null when it cannot be worked out. */
  moneyAtStakeCents: number | null;
  currency?: string;
  facts: Record<string, string | number | null>;
}

export interface HealthOptions {
  /** Epoch ms; lib/ never reads the clock. */
  now: number;
  /** The seller's minimum stock (settings.minStock). */
  minStock: number;
  /** Days after which an unanswered invitation is flagged (settings.notAcceptedAfterDays). */
  notAcceptedAfterDays: number;
  /** BCP 47 tag for numbers and dates in messages; default "en". */
  locale?: string;
  /** IANA zone for end dates in messages; default the runtime's. */
  timeZone?: string;
}

export interface HealthResult {
  /** Most money at stake first (unknown amounts last), then most severe. */
  issues: HealthIssue[];
  /** What a check threw: reported as "not checked" or as nothing, and handed back so the caller can log it. */
  failures: unknown[];
  /** Every collaboration id checked, with its issues ([] when none). */
  byCollaboration: Map<string, HealthIssue[]>;
  /** Pending or ongoing, fully loaded, and nothing to report. */
  healthy: string[];
  /** At least one error or warning. */
  needsAttention: string[];
  /** Something was not loaded, so some checks were not run. */
  notFullyLoaded: string[];
  /** Expired or cancelled: never flagged. */
  inactive: string[];
  /** Collaborations checked (valid snapshots, deduplicated by id). */
  total: number;
}

export type PathFamily = 'connection' | 'affiliate';
