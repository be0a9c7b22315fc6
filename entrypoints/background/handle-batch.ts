/**
 * batch/plan, batch/open and prefill/take. Opening a batch is the only thing the worker does on the
 * seller's behalf: it opens the create page with the creators pre-selected and keeps the batch's terms
 * for the setup guard under a one-time token. Sending stays with the seller.
 */
import { LIMITS } from '@/lib/config/limits';
import { HOSTS, hostEntry } from '@/lib/hosts';
import type { Remembered } from '@/lib/memory/summary';
import type { PlannedBatch, Prefill, Reply, RequestOf } from '@/lib/messages';
import type { QueueEntry } from '@/lib/queue/entry';
import { type PlannableEntry, plannableEntries, resolveEndsAt } from '@/lib/queue/plan';
import { type Batch, planBatches } from '@/lib/rules/batches';
import { checkInvitationTrusted } from '@/lib/rules/check';
import { draftFromBatch } from '@/lib/rules/draft-from-batch';
import { resolveSettings } from '@/lib/settings/resolve';
import type { Core } from './core';
import { WORKER_MESSAGES } from './messages';
import { capReason, readOpens, readQuota, recordOpen } from './quota';
import { ok, refused } from './refused';

const PREFILL_PREFIX = 'prefill:';
const PREFILL_TTL_MS = 60 * 60 * 1000;
/**
 * The draft needs a name to check; the seller names the invitation on the page. Never shown, so not
 * translated (and a fixed length keeps the name checks the same in every language).
 */
const PLACEHOLDER_NAME = 'Collab Pilot batch';

function batchId(b: Pick<Batch, 'entryIds'>): string {
  return `${b.entryIds[0] ?? ''}+${b.entryIds.length}`;
}

function regionOf(core: Core, entries: readonly QueueEntry[], asked?: string): string | null {
  return asked ?? entries.find((e) => e.creator.region)?.creator.region ?? core.lastPage?.region ?? null;
}

function plan(
  core: Core,
  entries: readonly PlannableEntry[],
  region: string | null,
  now: number,
  blocked: string | null,
  memory: ReadonlyMap<string, Remembered>,
): PlannedBatch[] {
  const s = resolveSettings(core.settings, region);
  const context = { now, minStock: s.minStock, recentInviteDays: core.settings.recentInviteDays };
  // Each batch carries its entries' own creator and terms objects: no lookup tables over the whole
  // queue (two 10,000-entry maps per plan were most of its time and garbage).
  return planBatches(entries).map((b) => {
    const products = new Map((b.terms?.products ?? []).map((p) => [p.id, p]));
    const draft = draftFromBatch(b, {
      name: PLACEHOLDER_NAME,
      message: '',
      product: (id) => {
        const p = products.get(id);
        if (!p) return undefined;
        return {
          ...(p.title !== undefined ? { title: p.title } : {}),
          stock: p.stock ?? null,
          openRateBp: p.openRateBp ?? null,
          sampleUnitsPerCreator: s.sampleUnitsPerCreator > 0 ? s.sampleUnitsPerCreator : 1,
        };
      },
      // The batch's own creator object: creators are unique within a batch, so no table is needed. One
      // shape with unknowns left undefined, as the draft keeps them: no spread per creator.
      creator: (id, c) => {
        const r = memory.get(id);
        return {
          handle: c.handle || undefined,
          invitedWithin90Days: c.invitedWithin90Days,
          doNotInvite: r?.doNotInvite,
          lastInvitedByYouAt: r?.lastInvitedByYouAt,
        };
      },
    });
    const findings = draft ? checkInvitationTrusted(draft, context) : [];
    const creators = b.creators.map((c) => ({
      id: c?.id ?? '',
      handle: c?.handle,
      nickname: c?.nickname,
      canLive: c?.canLive ?? null,
    }));
    const out: PlannedBatch = {
      id: batchId(b),
      entryIds: b.entryIds,
      creators,
      terms: {
        ...(b.terms ?? { products: [], contentType: 'any', flashSale: false, feeStructure: 'commission' }),
        endsAt: b.terms?.endsAt,
      },
      findings,
    };
    if (blocked) out.blockedReason = blocked;
    return out;
  });
}

export async function batchPlan(core: Core, req: RequestOf<'batch/plan'>): Promise<Reply<'batch/plan'>> {
  const now = core.deps.now();
  const entries = plannableEntries(core.queue.state.entries, now);
  const region = regionOf(core, entries, req.region);
  const quota = await readQuota(core.deps.local, region);
  const opened = (await readOpens(core.deps.local, now)).length;
  const memory = await core.memory
    .remembered(entries.map((e) => e.creator.id))
    .catch(() => new Map<string, Remembered>());
  return ok({ batches: plan(core, entries, region, now, capReason(quota, opened, 1, now), memory), quota });
}

function pickHost(core: Core, region: string, asked?: string): string | null {
  if (asked && hostEntry(asked)?.regions.includes(region)) return asked;
  const last = core.lastPage;
  if (last && hostEntry(last.host)?.regions.includes(region)) return last.host;
  const serving = HOSTS.filter((h) => h.regions.includes(region));
  return (serving.find((h) => h.host.startsWith('affiliate')) ?? serving[0])?.host ?? null;
}

export function createPageUrl(host: string, region: string, creatorIds: readonly string[], token: string): string {
  const creators = creatorIds.map((id, i) => `creator_ids[${i}]=${encodeURIComponent(id)}`).join('&');
  return `https://${host}/connection/target-invitation/create?shop_region=${encodeURIComponent(region)}&${creators}&cp_batch=${token}`;
}

export function batchOpen(core: Core, req: RequestOf<'batch/open'>): Promise<Reply<'batch/open'>> {
  // In the write chain: two "Open batch" clicks must not both pass the cap check.
  return core.serial.run(async () => {
    const now = core.deps.now();
    const wanted = new Set(req.entryIds);
    const entries = core.queue.state.entries.filter(
      (e) => wanted.has(e.id) && (e.status === 'queued' || e.status === 'opened'),
    );
    if (entries.length === 0) return refused(WORKER_MESSAGES.noEntries);
    const plannable = entries.map((e) => ({ ...e, terms: { ...e.terms, endsAt: resolveEndsAt(e.terms, now) } }));
    const batches = planBatches(plannable);
    if (batches.length !== 1) {
      if (plannable.some((e) => e.terms.flashSale)) return refused(WORKER_MESSAGES.flashSaleAlone);
      if (batches.length > 1 && entries.length > LIMITS.creatorsPerInvitation)
        return refused(WORKER_MESSAGES.tooManyCreators(LIMITS.creatorsPerInvitation));
      return refused(WORKER_MESSAGES.mixedTerms);
    }
    const batch = batches[0] as Batch;
    const region = regionOf(core, entries, req.region);
    const host = region ? pickHost(core, region, req.host) : null;
    if (!region || !host) return refused(WORKER_MESSAGES.noRegion);
    const quota = await readQuota(core.deps.local, region);
    const opened = (await readOpens(core.deps.local, now)).length;
    const blocked = capReason(quota, opened, batch.creatorIds.length, now);
    if (blocked) return refused(blocked);

    const token = core.deps.token();
    const first = plannable.find((e) => e.id === batch.entryIds[0]) ?? plannable[0];
    const prefill: Prefill = {
      batchId: token,
      entryIds: batch.entryIds,
      creators: batch.entryIds.map((id) => plannable.find((e) => e.id === id)?.creator).filter((c) => c !== undefined),
      terms: first
        ? first.terms
        : { ...batch.terms, products: [], contentType: 'any', flashSale: false, feeStructure: 'commission' },
      region,
      createdAt: now,
    };
    await core.deps.session.set({ [`${PREFILL_PREFIX}${token}`]: prefill });
    await core.applyQueueOp({ kind: 'open', opId: req.opId, at: now, ids: batch.entryIds, batchId: token });
    const url = createPageUrl(host, region, batch.creatorIds, token);
    let tabId: number | undefined;
    try {
      tabId = (await core.deps.openTab(url)).id;
    } catch {
      // Put the entries back: nothing reached the page.
      await core.applyQueueOp({
        kind: 'status',
        opId: `${req.opId}:undo-open`,
        at: now,
        ids: batch.entryIds,
        status: 'queued',
      });
      return refused(WORKER_MESSAGES.tabFailed);
    }
    await recordOpen(core.deps.local, now);
    return ok(tabId === undefined ? { url, batchId: token } : { url, batchId: token, tabId });
  });
}

/** One-time: the first caller gets the prefill, later callers (a reload, another tab) get null. */
export function prefillTake(core: Core, req: RequestOf<'prefill/take'>): Promise<Reply<'prefill/take'>> {
  return core.serial.run(async () => {
    const key = `${PREFILL_PREFIX}${req.token}`;
    const raw = (await core.deps.session.get(key))[key] as Prefill | undefined;
    if (raw === undefined) return ok({ prefill: null });
    await core.deps.session.remove(key);
    const fresh = typeof raw.createdAt === 'number' && core.deps.now() - raw.createdAt < PREFILL_TTL_MS;
    return ok({ prefill: fresh ? raw : null });
  });
}
