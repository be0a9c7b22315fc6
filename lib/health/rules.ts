/**
 * Every collaboration-health check, each defined once (code, severity, check, message) in the shape of the
 * pre-send rules (lib/rules/define.ts). `HealthCode` and the message parameters are derived from here.
 * Expired and cancelled collaborations are never flagged; where a fact was not loaded the checks say so
 * (health.not-loaded) instead of guessing.
 */
import { formatRate, type PayoutExample, payoutCents, payoutExample } from '../format/rate';
import { t, tn } from '../i18n/index';
import type { AnyEntry, CodeOf, Entry, ParamsOf } from '../rules/define';
import { creatorLabel, productLabel } from '../rules/messages';
import { effectiveRate } from '../rules/rate';
import { stockState } from '../rules/stock';
import type { Severity } from '../rules/types';
import { DAY_MS, EXPIRING_WITHIN_DAYS, MAX_NAMED_IN_MESSAGE } from './config';
import type { HealthContext } from './context';
import { formatDate } from './format';
import { collaborationLabel, listNames, MISSING, rateInCollaboration } from './messages';
import type { ReadSnapshot } from './read';
import type { CollaborationSnapshot, HealthIssue, SnapshotProduct } from './types';

/** A per-collaboration check sees one read snapshot; a cross-collaboration check sees them all. */
export interface CollaborationRun {
  read: ReadSnapshot;
  ctx: HealthContext;
}
export interface AllRun {
  snapshots: readonly CollaborationSnapshot[];
  ctx: HealthContext;
}

/** Everything an issue holds besides its code, severity and message; `collab` is the one to open to fix it. */
export interface IssueFields extends Omit<HealthIssue, 'code' | 'severity' | 'message' | 'collaborationId' | 'facts'> {
  collab: { id: string; name: string };
  facts: HealthIssue['facts'];
}

type Declared<C extends string, P, S> = {
  code: C;
  severity: Severity;
  message: (params: P) => string;
  check: (run: S, report: (params: P, fields: IssueFields) => void) => void;
};

export type CollaborationRule<C extends string = string, P = unknown> = Entry<C, P, CollaborationRun, IssueFields> & {
  scope: 'collaboration';
};
export type AllRule<C extends string = string, P = unknown> = Entry<C, P, AllRun, IssueFields> & { scope: 'all' };

/** A check of one collaboration at a time: a failure inside it marks that collaboration "not checked". */
function perCollaboration<const C extends string, P>(entry: Declared<C, P, CollaborationRun>): CollaborationRule<C, P> {
  return { ...entry, scope: 'collaboration' };
}

/** A check across every collaboration loaded. */
function acrossCollaborations<const C extends string, P>(entry: Declared<C, P, AllRun>): AllRule<C, P> {
  return { ...entry, scope: 'all' };
}

export const isActive = (s: { status: string }) => s.status === 'pending' || s.status === 'ongoing';
export const isInactive = (s: { status: string }) => s.status === 'expired' || s.status === 'cancelled';

const productFacts = (p: SnapshotProduct) => ({ productId: p.id, productTitle: p.title ?? null });
const withCurrency = (p: SnapshotProduct) => (p.currency ? { currency: p.currency } : {});

/** What both stock issues say of a product: the rate its creators are paid, and the stock against the minimum. */
function stockOf(p: SnapshotProduct, ctx: HealthContext) {
  const paid = effectiveRate(p).rateBp;
  return {
    // The seller's minimum only: a sent collaboration's free samples are already out of stock.
    state: stockState(p.stock, { sampleUnits: 0, needed: ctx.minStock }),
    rate: paid === null ? null : formatRate(paid, ctx.locale),
    facts: { ...productFacts(p), stock: p.stock, minStock: ctx.minStock, paidRateBp: paid },
  };
}

interface ClashEntry {
  collab: CollaborationSnapshot;
  product: SnapshotProduct;
  rateBp: number;
}

/** In the order the panel ranks codes of equal money and severity (lib/health/sort.ts). */
export const HEALTH_RULES = [
  // Ongoing collaborations only: creators are promoting now.
  perCollaboration({
    code: 'health.out-of-stock',
    severity: 'error',
    message: ({ collab, product, rate }: { collab: string; product: string; rate: string | null }) =>
      rate ? t('health_out_of_stock_rate', product, collab, rate) : t('health_out_of_stock', product, collab),
    check: ({ read: { snapshot: s }, ctx }, report) => {
      if (s.status !== 'ongoing' || !s.products) return;
      for (const p of s.products) {
        const { state, rate, facts } = stockOf(p, ctx);
        if (state !== 'out') continue;
        report(
          { collab: collaborationLabel(s), product: productLabel(p), rate },
          {
            collab: s,
            productId: p.id,
            // Every order a creator would have brought in is lost: the sale itself is at stake.
            moneyAtStakeCents: p.priceCents !== null && p.priceCents > 0 ? p.priceCents : null,
            ...withCurrency(p),
            facts,
          },
        );
      }
    },
  }),
  // The target rate supersedes, so at or below open the creator earns no more.
  perCollaboration({
    code: 'health.target-not-above-open',
    severity: 'warning',
    message: ({
      collab,
      product,
      target,
      open,
      equal,
      example,
    }: {
      collab: string;
      product: string;
      target: string;
      open: string;
      equal: boolean;
      /** Present when the price is known: payouts per order under each rate. */
      example?: PayoutExample;
    }) => {
      // When equal, the payouts are the same too: no example needed.
      if (equal) return t('health_target_equal', collab, product, target, open);
      return example
        ? t(
            'health_target_below_example',
            collab,
            product,
            target,
            open,
            example.price,
            example.targetPayout,
            example.openPayout,
          )
        : t('health_target_below', collab, product, target, open);
    },
    check: ({ read: { snapshot: s }, ctx }, report) => {
      if (!isActive(s) || !s.products) return;
      for (const p of s.products) {
        const target = p.targetRateBp;
        const open = p.openRateBp;
        if (target === null || open === null || target > open) continue;
        const price = p.priceCents;
        const example = payoutExample(price, target, open, p.currency, ctx.locale);
        report(
          {
            collab: collaborationLabel(s),
            product: productLabel(p),
            target: formatRate(target, ctx.locale),
            open: formatRate(open, ctx.locale),
            equal: target === open,
            ...(example ? { example } : {}),
          },
          {
            collab: s,
            productId: p.id,
            moneyAtStakeCents: price ? Math.max(0, payoutCents(price, open) - payoutCents(price, target)) : null,
            ...withCurrency(p),
            facts: {
              ...productFacts(p),
              targetRateBp: target,
              openRateBp: open,
              paidRateBp: target,
              priceCents: price,
            },
          },
        );
      }
    },
  }),
  /**
   * One product in several ongoing target collaborations at different target rates. One issue per product,
   * filed under the lowest-rate collaboration (the one to raise) with the others as related.
   */
  acrossCollaborations({
    code: 'health.rate-clash',
    severity: 'warning',
    message: ({
      product,
      rates,
      count,
      lowest,
      lowestCollab,
    }: {
      product: string;
      rates: string;
      count: number;
      lowest: string;
      lowestCollab: string;
    }) => t('health_rate_clash', product, count, rates, lowestCollab, lowest),
    check: ({ snapshots, ctx }, report) => {
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
        report(
          {
            product: productLabel(titled),
            rates: listNames(sorted.map(rateText), sorted.length),
            count: new Set(sorted.map((e) => e.collab.id)).size,
            lowest: formatRate(lowest.rateBp, ctx.locale),
            lowestCollab: collaborationLabel(lowest.collab),
          },
          {
            collab: lowest.collab,
            relatedCollaborationIds: related,
            productId,
            moneyAtStakeCents:
              price !== null ? payoutCents(price, highest.rateBp) - payoutCents(price, lowest.rateBp) : null,
            ...(base?.product.currency ? { currency: base.product.currency } : {}),
            facts: {
              productId,
              productTitle: titled.title ?? null,
              highestRateBp: highest.rateBp,
              lowestRateBp: lowest.rateBp,
              priceCents: price,
              rates: sorted.map((e) => `${e.rateBp} (${e.collab.id})`).join('; '),
            },
          },
        );
      }
    },
  }),
  perCollaboration({
    code: 'health.low-stock',
    severity: 'warning',
    message: ({
      collab,
      product,
      stock,
      minStock,
      rate,
    }: {
      collab: string;
      product: string;
      stock: number;
      minStock: number;
      rate: string | null;
    }) =>
      rate
        ? t('health_low_stock_rate', product, stock, minStock, collab, rate)
        : t('health_low_stock', product, stock, minStock, collab),
    check: ({ read: { snapshot: s }, ctx }, report) => {
      if (s.status !== 'ongoing' || !s.products) return;
      for (const p of s.products) {
        const { state, rate, facts } = stockOf(p, ctx);
        if (state !== 'low' || p.stock === null) continue;
        report(
          { collab: collaborationLabel(s), product: productLabel(p), stock: p.stock, minStock: ctx.minStock, rate },
          // Nothing is lost yet.
          { collab: s, productId: p.id, moneyAtStakeCents: null, ...withCurrency(p), facts },
        );
      }
    },
  }),
  // Within the platform's own 7-day "expiring" window, or past its end date but still open.
  perCollaboration({
    code: 'health.ending-soon',
    severity: 'warning',
    message: ({ collab, date, ms, days }: { collab: string; date: string; ms: number; days: number }) => {
      if (ms <= 0) return t('health_ending_past', collab, date);
      if (ms < DAY_MS) return t('health_ending_within_day', collab, date);
      return tn('health_ending_days', days, collab, days, date);
    },
    check: ({ read: { snapshot: s }, ctx }, report) => {
      if (!isActive(s) || s.endsAt === null || ctx.now === null) return;
      const ms = s.endsAt - ctx.now;
      if (ms > EXPIRING_WITHIN_DAYS * DAY_MS) return;
      const days = Math.max(0, Math.ceil(ms / DAY_MS));
      const date = formatDate(s.endsAt, ctx.locale, ctx.timeZone);
      report(
        { collab: collaborationLabel(s), date, ms, days },
        { collab: s, moneyAtStakeCents: null, facts: { endsAt: s.endsAt, endDate: date, daysLeft: days } },
      );
    },
  }),
  // One issue per collaboration naming the creators pending for notAcceptedAfterDays or more.
  perCollaboration({
    code: 'health.not-accepted',
    severity: 'warning',
    message: ({ collab, creators, count, days }: { collab: string; creators: string; count: number; days: number }) =>
      tn('health_not_accepted', count, count, collab, days, creators),
    check: ({ read: { snapshot: s }, ctx }, report) => {
      if (!isActive(s) || !s.creators || ctx.now === null) return;
      const now = ctx.now;
      const limitMs = ctx.notAcceptedAfterDays * DAY_MS;
      const stale = s.creators.filter(
        (c) => c.status === 'pending' && c.invitedAt !== null && now - c.invitedAt >= limitMs,
      );
      if (stale.length === 0) return;
      const oldest = Math.min(...stale.map((c) => c.invitedAt ?? now));
      const labels = stale.map(creatorLabel);
      report(
        {
          collab: collaborationLabel(s),
          creators: listNames(labels, MAX_NAMED_IN_MESSAGE),
          count: stale.length,
          days: ctx.notAcceptedAfterDays,
        },
        {
          collab: s,
          ...(stale.length === 1 && stale[0] ? { creatorId: stale[0].id } : {}),
          creatorIds: stale.map((c) => c.id),
          moneyAtStakeCents: null,
          facts: {
            count: stale.length,
            afterDays: ctx.notAcceptedAfterDays,
            oldestPendingDays: Math.floor((now - oldest) / DAY_MS),
            creators: labels.join('; '),
          },
        },
      );
    },
  }),
  // Lists every fact a check needed and did not get, for one open collaboration.
  perCollaboration({
    code: 'health.not-loaded',
    severity: 'info',
    message: ({ collab, missing }: { collab: string; missing: string }) => t('health_not_loaded', collab, missing),
    check: ({ read: r, ctx }, report) => {
      const s = r.snapshot;
      if (isInactive(s)) return;
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
      if (missing.length) report(...notLoaded(s, missing));
    },
  }),
] as const;

/** The not-loaded issue's parameters and fields, also for collaborations the engine could not check at all. */
export function notLoaded(
  s: { id: string; name: string },
  missing: readonly string[],
): [{ collab: string; missing: string }, IssueFields] {
  const text = missing.join('; ');
  return [
    { collab: collaborationLabel(s), missing: text },
    { collab: s, moneyAtStakeCents: null, facts: { missing: text } },
  ];
}

export type HealthCode = CodeOf<typeof HEALTH_RULES>;
export type HealthMessageParams = ParamsOf<typeof HEALTH_RULES>;
export type AnyHealthRule =
  | (AnyEntry<CollaborationRun, IssueFields> & { scope: 'collaboration' })
  | (AnyEntry<AllRun, IssueFields> & { scope: 'all' });

const BY_CODE = new Map<string, AnyHealthRule>((HEALTH_RULES as readonly AnyHealthRule[]).map((r) => [r.code, r]));

/** The issue an entry reports: the collaboration's name leads its facts. */
export function toIssue(rule: AnyHealthRule, params: unknown, fields: IssueFields): HealthIssue {
  const { collab, facts, ...rest } = fields;
  return {
    code: rule.code as HealthCode,
    severity: rule.severity,
    collaborationId: collab.id,
    ...rest,
    message: rule.message(params as never),
    facts: { collaborationName: collab.name, ...facts },
  };
}

/** Builds the text for a code, in the language the context uses now. */
export function healthMessage<C extends HealthCode>(code: C, params: HealthMessageParams[C]): string {
  return (BY_CODE.get(code) as AnyHealthRule).message(params as never);
}

/** An issue of `code` built outside its entry's check (the engine's own not-loaded issues). */
export function issueOf<C extends HealthCode>(
  code: C,
  params: HealthMessageParams[C],
  fields: IssueFields,
): HealthIssue {
  return toIssue(BY_CODE.get(code) as AnyHealthRule, params, fields);
}
