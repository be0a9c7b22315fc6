/**
 * Benchmark of the rules engine: plan 10,000 queued invitations over 100 products into batches and
 * check every batch, as the queue does before the seller sends. Goal: under 20 ms on the team machine.
 */
import { ENGLISH } from '../../lib/i18n/english.ts';
import { setMessages } from '../../lib/i18n/index.ts';
import {
  checkInvitation,
  checkInvitationTrusted,
  draftFromBatch,
  type Finding,
  type PlanEntry,
  type PlanTerms,
  planBatches,
  type RuleContext,
} from '../../lib/rules/index.ts';
import { type BenchFigure, rng, time, timed } from './common.ts';

// Messages are built as in the extension, in English (entrypoints choose the browser's language).
setMessages(ENGLISH);

const ENTRIES = 10_000;
const PRODUCTS = 100;
const CREATORS = 4_000;
const TERM_SETS = 40;
const RUNS = 5;
// Several warm-up runs: V8 reaches its optimising tier only after a few passes over 10,000 entries.
const WARMUP_RUNS = 10;
const GOAL_MS = 20;
const NOW = Date.UTC(2026, 10, 25);
const DAY = 24 * 60 * 60 * 1000;

interface Catalogue {
  title: string;
  priceCents: number;
  stock: number;
  openRateBp: number | null;
}

function buildQueue() {
  const rand = rng(20261125);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const catalogue = new Map<string, Catalogue>();
  for (let i = 0; i < PRODUCTS; i++) {
    catalogue.set(`17290000${i}`, {
      title: `Product ${i} – ceramic mug with a long descriptive title`,
      priceCents: int(299, 9999),
      stock: int(0, 2000),
      openRateBp: rand() < 0.7 ? int(100, 3000) : null,
    });
  }
  const productIds = [...catalogue.keys()];
  const termSets: PlanTerms[] = Array.from({ length: TERM_SETS }, () => {
    const picked = new Set<string>();
    const n = int(1, 8);
    while (picked.size < n) picked.add(productIds[int(0, PRODUCTS - 1)] as string);
    return {
      products: [...picked].map((id) => ({
        id,
        targetRateBp: int(80, 4000),
        sampleOffer: rand() < 0.5 ? 'free-sample' : rand() < 0.5 ? 'refund-first-sale' : 'none',
      })),
      endsAt: NOW + int(1, 60) * DAY,
      contentType: rand() < 0.6 ? 'any' : rand() < 0.7 ? 'video' : 'live',
      flashSale: false,
      feeStructure: rand() < 0.85 ? 'commission' : 'flat-fee',
    };
  });
  const entries: PlanEntry[] = Array.from({ length: ENTRIES }, (_, i) => {
    const base = termSets[int(0, TERM_SETS - 1)] as PlanTerms;
    // About 1 % flash sales, each of which must go alone.
    const terms = rand() < 0.01 ? { ...base, flashSale: true } : base;
    const canLive = rand() < 0.5 ? true : rand() < 0.5 ? false : null;
    return { id: `q${i}`, creator: { id: `c${int(1, CREATORS)}`, canLive }, terms };
  });
  return { catalogue, entries };
}

function planAndCheck(entries: PlanEntry[], catalogue: Map<string, Catalogue>, trusted: boolean): number {
  const context: RuleContext = {
    now: NOW,
    minStock: 20,
    locale: 'en-GB',
    currency: 'GBP',
    quota: { used24h: 10, cap24h: 200, open: 100, openCap: 1000 },
    conflicts: [{ creatorId: 'c7', productId: '172900003' }],
  };
  const details = {
    name: 'Winter mugs',
    message: 'Hi! We would love to send you our new mugs.',
    product: (id: string) => catalogue.get(id),
    creator: (id: string) => ({ handle: `handle_${id}`, invitedWithin90Days: id.endsWith('7') }),
  };
  let findings = 0;
  for (const batch of planBatches(entries)) {
    const draft = draftFromBatch(batch, details);
    const found: Finding[] =
      trusted && draft ? checkInvitationTrusted(draft, context) : checkInvitation(draft, context);
    findings += found.length;
  }
  return findings;
}

export async function benchRules(): Promise<BenchFigure[]> {
  const { catalogue, entries } = buildQueue();
  // Warm-up runs let the JIT optimise the hot paths and fill the Intl formatter caches.
  const trusted = await time(RUNS, WARMUP_RUNS, () => planAndCheck(entries, catalogue, true));
  const validated = await time(RUNS, WARMUP_RUNS, () => planAndCheck(entries, catalogue, false));
  const what = `plan ${ENTRIES.toLocaleString('en')} queued invitations over ${PRODUCTS} products and check every batch`;
  return [
    // The fastest run is a reference, not a goal; so is the zod figure: what validating every draft would add.
    ...timed(`rules: ${what}`, trusted, GOAL_MS),
    {
      figure: 'rules: the same, validating every batch draft with the zod schema (median)',
      value: validated.median,
      unit: 'ms',
      goal: 'reference',
      ok: true,
    },
  ];
}
