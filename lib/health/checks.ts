/**
 * Collaboration health: what went wrong with a target collaboration after it was sent. Pure: the clock and the
 * seller's settings come in as options. Expired and cancelled collaborations are never flagged; where a fact
 * was not loaded the checks say so (health.not-loaded) instead of guessing.
 */
import { LIMITS } from '../config/limits.ts';
import { formatMoney, formatRate, payoutCents } from '../format/rate.ts';
import { creatorLabel, productLabel } from '../rules/messages.ts';
import { effectiveRate } from '../rules/rate.ts';
import { DAY_MS, EXPIRING_WITHIN_DAYS, FALLBACK_NOT_ACCEPTED_AFTER_DAYS, MAX_NAMED_IN_MESSAGE } from './config.ts';
import { formatDate } from './format.ts';
import { collaborationLabel, healthMessage, listNames, MISSING, rateInCollaboration } from './messages.ts';
import { type ReadSnapshot, readSnapshots } from './read.ts';
import { sortIssues } from './sort.ts';
import type {
  CollaborationSnapshot,
  HealthCode,
  HealthIssue,
  HealthOptions,
  HealthResult,
  Severity,
  SnapshotProduct,
} from './types.ts';

/** Options after defaulting: `now` null means the time checks cannot run. */
export interface CheckContext {
  now: number | null;
  minStock: number;
  notAcceptedAfterDays: number;
  locale: string | undefined;
  timeZone: string | undefined;
}

export function resolveOptions(options: Partial<HealthOptions> | undefined): CheckContext {
  const o = options && typeof options === 'object' ? options : {};
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return {
    now: finite(o.now) ? o.now : null,
    minStock: finite(o.minStock) && o.minStock >= 0 ? Math.floor(o.minStock) : LIMITS.defaultMinStock,
    notAcceptedAfterDays:
      finite(o.notAcceptedAfterDays) && o.notAcceptedAfterDays > 0
        ? o.notAcceptedAfterDays
        : FALLBACK_NOT_ACCEPTED_AFTER_DAYS,
    locale: typeof o.locale === 'string' && o.locale ? o.locale : undefined,
    timeZone: typeof o.timeZone === 'string' && o.timeZone ? o.timeZone : undefined,
  };
}

const isActive = (s: { status: string }) => s.status === 'pending' || s.status === 'ongoing';
const isInactive = (s: { status: string }) => s.status === 'expired' || s.status === 'cancelled';

function issue(
  code: HealthCode,
  severity: Severity,
  collab: CollaborationSnapshot,
  fields: Omit<HealthIssue, 'code' | 'severity' | 'collaborationId' | 'facts'> & {
    facts?: HealthIssue['facts'];
  },
): HealthIssue {
  return {
    code,
    severity,
    collaborationId: collab.id,
    ...fields,
    facts: { collaborationName: collab.name, ...fields.facts },
  };
}

const productFacts = (p: SnapshotProduct) => ({ productId: p.id, productTitle: p.title ?? null });
const withCurrency = (p: SnapshotProduct) => (p.currency ? { currency: p.currency } : {});

/** health.target-not-above-open: the target rate supersedes, so at or below open the creator earns no more. */
export function checkTargetNotAboveOpen(s: CollaborationSnapshot, ctx: CheckContext): HealthIssue[] {
  if (!isActive(s) || !s.products) return [];
  const out: HealthIssue[] = [];
  for (const p of s.products) {
    const target = p.targetRateBp;
    const open = p.openRateBp;
    if (target === null || open === null || target > open) continue;
    const price = p.priceCents;
    const priced = price !== null && price > 0;
    const money = priced ? Math.max(0, payoutCents(price, open) - payoutCents(price, target)) : null;
    const example = priced
      ? {
          price: formatMoney(price, p.currency, ctx.locale),
          targetPayout: formatMoney(payoutCents(price, target), p.currency, ctx.locale),
          openPayout: formatMoney(payoutCents(price, open), p.currency, ctx.locale),
        }
      : undefined;
    out.push(
      issue('health.target-not-above-open', 'warning', s, {
        productId: p.id,
        message: healthMessage('health.target-not-above-open', {
          collab: collaborationLabel(s),
          product: productLabel(p),
          target: formatRate(target, ctx.locale),
          open: formatRate(open, ctx.locale),
          equal: target === open,
          ...(example ? { example } : {}),
        }),
        moneyAtStakeCents: money,
        ...withCurrency(p),
        facts: { ...productFacts(p), targetRateBp: target, openRateBp: open, paidRateBp: target, priceCents: price },
      }),
    );
  }
  return out;
}

/** health.out-of-stock / health.low-stock, for ongoing collaborations (creators are promoting now). */
export function checkStock(s: CollaborationSnapshot, ctx: CheckContext): HealthIssue[] {
  if (s.status !== 'ongoing' || !s.products) return [];
  const out: HealthIssue[] = [];
  for (const p of s.products) {
    if (p.stock === null) continue;
    const paid = effectiveRate(p).rateBp;
    const rate = paid === null ? null : formatRate(paid, ctx.locale);
    const facts = { ...productFacts(p), stock: p.stock, minStock: ctx.minStock, paidRateBp: paid };
    if (p.stock <= 0) {
      out.push(
        issue('health.out-of-stock', 'error', s, {
          productId: p.id,
          message: healthMessage('health.out-of-stock', { collab: collaborationLabel(s), product: productLabel(p), rate }),
          // Every order a creator would have brought in is lost: the sale itself is at stake.
          moneyAtStakeCents: p.priceCents !== null && p.priceCents > 0 ? p.priceCents : null,
          ...withCurrency(p),
          facts,
        }),
      );
    } else if (p.stock < ctx.minStock) {
      out.push(
        issue('health.low-stock', 'warning', s, {
          productId: p.id,
          message: healthMessage('health.low-stock', {
            collab: collaborationLabel(s),
            product: productLabel(p),
            stock: p.stock,
            minStock: ctx.minStock,
            rate,
          }),
          // Nothing is lost yet.
          moneyAtStakeCents: null,
          ...withCurrency(p),
          facts,
        }),
      );
    }
  }
  return out;
}

/** health.ending-soon: within the platform's own 7-day "expiring" window, or past its end date but still open. */
export function checkEndingSoon(s: CollaborationSnapshot, ctx: CheckContext): HealthIssue[] {
  if (!isActive(s) || s.endsAt === null || ctx.now === null) return [];
  const ms = s.endsAt - ctx.now;
  if (ms > EXPIRING_WITHIN_DAYS * DAY_MS) return [];
  const days = Math.max(0, Math.ceil(ms / DAY_MS));
  const date = formatDate(s.endsAt, ctx.locale, ctx.timeZone);
  return [
    issue('health.ending-soon', 'warning', s, {
      message: healthMessage('health.ending-soon', { collab: collaborationLabel(s), date, ms, days }),
      moneyAtStakeCents: null,
      facts: { endsAt: s.endsAt, endDate: date, daysLeft: days },
    }),
  ];
}

/** health.not-accepted: one issue per collaboration naming the creators pending for notAcceptedAfterDays or more. */
export function checkNotAccepted(s: CollaborationSnapshot, ctx: CheckContext): HealthIssue[] {
  if (!isActive(s) || !s.creators || ctx.now === null) return [];
  const now = ctx.now;
  const limitMs = ctx.notAcceptedAfterDays * DAY_MS;
  const stale = s.creators.filter((c) => c.status === 'pending' && c.invitedAt !== null && now - c.invitedAt >= limitMs);
  if (stale.length === 0) return [];
  const oldest = Math.min(...stale.map((c) => c.invitedAt ?? now));
  const labels = stale.map(creatorLabel);
  return [
    issue('health.not-accepted', 'warning', s, {
      ...(stale.length === 1 && stale[0] ? { creatorId: stale[0].id } : {}),
      creatorIds: stale.map((c) => c.id),
      message: healthMessage('health.not-accepted', {
        collab: collaborationLabel(s),
        creators: listNames(labels, MAX_NAMED_IN_MESSAGE),
        count: stale.length,
        days: ctx.notAcceptedAfterDays,
      }),
      moneyAtStakeCents: null,
      facts: {
        count: stale.length,
        afterDays: ctx.notAcceptedAfterDays,
        oldestPendingDays: Math.floor((now - oldest) / DAY_MS),
        creators: labels.join('; '),
      },
    }),
  ];
}

/** health.not-loaded: lists every fact a check needed and did not get, for one open collaboration. */
export function checkNotLoaded(r: ReadSnapshot, ctx: CheckContext): HealthIssue[] {
  const s = r.snapshot;
  if (isInactive(s)) return [];
  const missing: string[] = [];
  if (s.status === 'unknown') missing.push(MISSING.status());
  if (s.endsAt === null) missing.push(MISSING.endDate());
  if (s.products === null && s.creators === null) missing.push(MISSING.detail());
  else if (s.products === null) missing.push(MISSING.products());
  else if (s.creators === null) missing.push(MISSING.creators());
  if (s.products) {
    const noTarget = s.products.filter((p) => p.targetRateBp === null).map(productLabel);
    if (noTarget.length) missing.push(MISSING.targetRate(listNames(noTarget, MAX_NAMED_IN_MESSAGE)));
    // Stock is only checked while ongoing, so only then is an unknown stock worth saying.
    const noStock = s.status === 'ongoing' ? s.products.filter((p) => p.stock === null).map(productLabel) : [];
    if (noStock.length) missing.push(MISSING.stock(listNames(noStock, MAX_NAMED_IN_MESSAGE)));
  }
  if (s.creators && ctx.now !== null) {
    const noDate = s.creators.filter((c) => c.status === 'pending' && c.invitedAt === null).length;
    if (noDate) missing.push(MISSING.inviteDate(noDate));
  }
  if (s.creators) {
    const unknown = s.creators.filter((c) => c.status === 'unknown').length;
    if (unknown) missing.push(MISSING.creatorStatus(unknown));
  }
  if (r.unreadableProducts) missing.push(MISSING.unreadableProducts(r.unreadableProducts));
  if (r.unreadableCreators) missing.push(MISSING.unreadableCreators(r.unreadableCreators));
  return missing.length ? [notLoaded(s, missing)] : [];
}

function notLoaded(s: { id: string; name: string }, missing: string[]): HealthIssue {
  return {
    code: 'health.not-loaded',
    severity: 'info',
    collaborationId: s.id,
    message: healthMessage('health.not-loaded', { collab: collaborationLabel(s), missing: missing.join('; ') }),
    moneyAtStakeCents: null,
    facts: { collaborationName: s.name, missing: missing.join('; ') },
  };
}

interface ClashEntry {
  collab: CollaborationSnapshot;
  product: SnapshotProduct;
  rateBp: number;
}

/**
 * health.rate-clash: one product in several ongoing target collaborations at different target rates. One issue
 * per product, filed under the lowest-rate collaboration (the one to raise) with the others as related.
 */
export function checkRateClash(snapshots: readonly CollaborationSnapshot[], ctx: CheckContext): HealthIssue[] {
  const byProduct = new Map<string, ClashEntry[]>();
  for (const collab of snapshots) {
    if (collab.status !== 'ongoing' || !collab.products) continue;
    for (const product of collab.products) {
      if (product.targetRateBp === null) continue;
      const entries = byProduct.get(product.id) ?? [];
      entries.push({ collab, product, rateBp: product.targetRateBp });
      byProduct.set(product.id, entries);
    }
  }
  const out: HealthIssue[] = [];
  for (const [productId, entries] of byProduct) {
    if (new Set(entries.map((e) => e.rateBp)).size < 2) continue;
    // Highest first; stable, so equal rates keep the page's order.
    const sorted = [...entries].sort((a, b) => b.rateBp - a.rateBp);
    const highest = sorted[0];
    const lowest = sorted[sorted.length - 1];
    if (!highest || !lowest) continue;
    const priced = sorted.find((e) => e.product.priceCents !== null && e.product.priceCents > 0);
    const base = lowest.product.priceCents !== null && lowest.product.priceCents > 0 ? lowest : priced;
    const price = base?.product.priceCents ?? null;
    const titled = sorted.find((e) => e.product.title?.trim())?.product ?? lowest.product;
    const related = [...new Set(sorted.map((e) => e.collab.id))].filter((id) => id !== lowest.collab.id);
    const rateText = (e: ClashEntry) =>
      rateInCollaboration(formatRate(e.rateBp, ctx.locale), collaborationLabel(e.collab));
    out.push({
      code: 'health.rate-clash',
      severity: 'warning',
      collaborationId: lowest.collab.id,
      relatedCollaborationIds: related,
      productId,
      message: healthMessage('health.rate-clash', {
        product: productLabel(titled),
        rates: listNames(sorted.map(rateText), sorted.length),
        count: new Set(sorted.map((e) => e.collab.id)).size,
        lowest: formatRate(lowest.rateBp, ctx.locale),
        lowestCollab: collaborationLabel(lowest.collab),
      }),
      moneyAtStakeCents: price !== null ? payoutCents(price, highest.rateBp) - payoutCents(price, lowest.rateBp) : null,
      ...(base?.product.currency ? { currency: base.product.currency } : {}),
      facts: {
        collaborationName: lowest.collab.name,
        productId,
        productTitle: titled.title ?? null,
        highestRateBp: highest.rateBp,
        lowestRateBp: lowest.rateBp,
        priceCents: price,
        rates: sorted.map((e) => `${e.rateBp} (${e.collab.id})`).join('; '),
      },
    });
  }
  return out;
}

/** Every per-collaboration check; a failure inside one is reported as "not checked", never thrown. */
function checkOne(r: ReadSnapshot, ctx: CheckContext): HealthIssue[] {
  try {
    const s = r.snapshot;
    return [
      ...checkTargetNotAboveOpen(s, ctx),
      ...checkStock(s, ctx),
      ...checkEndingSoon(s, ctx),
      ...checkNotAccepted(s, ctx),
      ...checkNotLoaded(r, ctx),
    ];
  } catch {
    return [notLoaded(r.snapshot, [MISSING.unchecked()])];
  }
}

/**
 * Checks the collaborations the page has loaded. Never throws: unreadable input is reported as not loaded.
 * Issues come most money at stake first (unknown amounts last), then most severe.
 */
export function checkHealth(snapshots: readonly CollaborationSnapshot[], options: HealthOptions): HealthResult {
  const ctx = resolveOptions(options);
  const { read, unreadableIds } = readSnapshots(snapshots);
  const valid = read.map((r) => r.snapshot);
  const issues: HealthIssue[] = [];
  for (const r of read) issues.push(...checkOne(r, ctx));
  try {
    issues.push(...checkRateClash(valid, ctx));
  } catch {
    // A clash check failure must not hide the per-collaboration issues.
  }
  for (const id of unreadableIds) issues.push(notLoaded({ id, name: '' }, [MISSING.unreadable()]));

  const order = new Map<string, number>();
  for (const id of [...valid.map((s) => s.id), ...unreadableIds]) order.set(id, order.size);
  const sorted = sortIssues(issues, order);

  const byCollaboration = new Map<string, HealthIssue[]>();
  for (const id of order.keys()) byCollaboration.set(id, []);
  for (const i of sorted) {
    for (const id of [i.collaborationId, ...(i.relatedCollaborationIds ?? [])]) byCollaboration.get(id)?.push(i);
  }

  const ids = [...order.keys()];
  const has = (id: string, test: (i: HealthIssue) => boolean) => (byCollaboration.get(id) ?? []).some(test);
  const statusOf = new Map(valid.map((s) => [s.id, s.status]));
  return {
    issues: sorted,
    byCollaboration,
    healthy: valid.filter((s) => isActive(s) && (byCollaboration.get(s.id)?.length ?? 0) === 0).map((s) => s.id),
    needsAttention: ids.filter((id) => has(id, (i) => i.severity !== 'info')),
    notFullyLoaded: ids.filter((id) => has(id, (i) => i.code === 'health.not-loaded')),
    inactive: ids.filter((id) => {
      const status = statusOf.get(id);
      return status !== undefined && isInactive({ status });
    }),
    total: ids.length,
  };
}
