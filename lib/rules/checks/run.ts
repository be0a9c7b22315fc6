/** What every rule receives: the validated draft, a sanitised context, and a way to report a finding. */
import type { Entry, Report } from '../define';
import type { DraftCreator, DraftProduct, InvitationDraft } from '../schema';
import { minStockOf } from '../stock';
import type { RuleContext, Severity } from '../types';

/** Used when the seller has not said how long an invitation of theirs counts as recent. */
export const DEFAULT_RECENT_INVITE_DAYS = 30;

export interface ResolvedContext {
  now: number | undefined;
  minStock: number;
  /** Days after the seller's own invitation during which inviting the creator again is flagged. */
  recentInviteDays: number;
  quota: { used24h: number; cap24h: number; open: number; openCap: number } | undefined;
  /** Conflicting product ids per creator id, for lookups without scanning the list. */
  conflicts: ReadonlyMap<string, ReadonlySet<string>>;
  locale: string | undefined;
  currency: string | undefined;
}

export interface RuleRun {
  draft: InvitationDraft;
  ctx: ResolvedContext;
  /** Products and creators once each, first occurrence first. */
  uniqueProducts: readonly DraftProduct[];
  uniqueCreators: readonly DraftCreator[];
  /** How often an id is listed, for ids listed more than once only. */
  productRepeats: ReadonlyMap<string, number>;
  creatorRepeats: ReadonlyMap<string, number>;
  /** Creators counted once each (duplicates are reported separately). */
  uniqueCreatorCount: number;
  /**
   * How many creators are chosen: the page's own count when it shows more than it lets us identify,
   * else `uniqueCreatorCount`; null when unknown (count rules are then skipped).
   */
  creatorCount: number | null;
}

/** The product or creator a finding concerns; none for a finding about the whole invitation. */
export type FindingIds = { productId?: string; creatorId?: string } | undefined;

/** One rule: a finding code, its severity, the check that reports it (once or per item) and its message. */
export type Rule<C extends string = string, P = Record<string, never>> = Entry<C, P, RuleRun, FindingIds>;

/**
 * Declares a rule; the message's parameter type is inferred from `message` and required of `report`.
 * The check builds labels and id objects only when it reports: most rules see every product or creator
 * of every queued batch, and most have no finding.
 */
export function rule<const C extends string, P = Record<string, never>>(entry: {
  code: C;
  severity: Severity;
  message: (params: P) => string;
  check: (run: RuleRun, report: Report<P, FindingIds>) => void;
}): Rule<C, P> {
  return entry;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The context may come from anywhere (settings, page data): keep only well-formed parts. */
export function resolveContext(context: RuleContext | undefined): ResolvedContext {
  const c: Partial<RuleContext> = context && typeof context === 'object' ? context : {};
  const q = c.quota;
  const quota =
    q && typeof q === 'object' && finite(q.used24h) && finite(q.cap24h) && finite(q.open) && finite(q.openCap)
      ? q
      : undefined;
  const conflicts = new Map<string, Set<string>>();
  if (Array.isArray(c.conflicts)) {
    for (const x of c.conflicts as unknown[]) {
      if (!x || typeof x !== 'object') continue;
      const { creatorId, productId } = x as Record<string, unknown>;
      if (typeof creatorId !== 'string' || typeof productId !== 'string') continue;
      const set = conflicts.get(creatorId) ?? new Set<string>();
      set.add(productId);
      conflicts.set(creatorId, set);
    }
  }
  return {
    now: finite(c.now) ? c.now : undefined,
    minStock: minStockOf(c.minStock),
    recentInviteDays:
      finite(c.recentInviteDays) && c.recentInviteDays > 0 ? c.recentInviteDays : DEFAULT_RECENT_INVITE_DAYS,
    quota,
    conflicts,
    locale: typeof c.locale === 'string' ? c.locale : undefined,
    currency: typeof c.currency === 'string' ? c.currency : undefined,
  };
}

export function newRun(draft: InvitationDraft, ctx: ResolvedContext): RuleRun {
  const products = dedupe(draft.products);
  const creators = dedupe(draft.creators);
  return {
    draft,
    ctx,
    uniqueProducts: products.unique,
    uniqueCreators: creators.unique,
    productRepeats: products.repeats,
    creatorRepeats: creators.repeats,
    uniqueCreatorCount: creators.unique.length,
    creatorCount: draft.creatorCount === undefined ? creators.unique.length : draft.creatorCount,
  };
}

const NO_REPEATS: ReadonlyMap<string, number> = new Map();

/**
 * First occurrence of each id, in order, and how often the repeated ids are listed. Repeats are rare
 * and this runs for every creator of every batch, so the common case allocates only one Set.
 */
export function dedupe<T extends { id: string }>(
  items: readonly T[],
): { unique: readonly T[]; repeats: ReadonlyMap<string, number> } {
  const ids = new Set<string>();
  for (const item of items) ids.add(item.id);
  if (ids.size === items.length) return { unique: items, repeats: NO_REPEATS };
  const unique: T[] = [];
  const times = new Map<string, number>();
  for (const item of items) {
    const n = times.get(item.id) ?? 0;
    if (n === 0) unique.push(item);
    times.set(item.id, n + 1);
  }
  const repeats = new Map<string, number>();
  for (const [id, n] of times) if (n > 1) repeats.set(id, n);
  return { unique, repeats };
}
