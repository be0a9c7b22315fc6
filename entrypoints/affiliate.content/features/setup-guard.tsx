import { pageLocale } from '@/lib/format/locale';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage, newOpId } from '@/components/common/rpc';
import { usePanelControl, usePanelCounts } from '@/components/panel/panel-context';
import { useReadings } from '@/components/panel/readings-context';
import { createReadings } from '@/lib/report/page-readings';
import { GUARD_TEXT } from '@/components/setup-guard/messages';
import { SetupGuard } from '@/components/setup-guard/SetupGuard';
import type { GuardProductRow, GuardView, SendOutcome } from '@/components/setup-guard/types';
import { writeNumber } from '@/lib/form/arco';
import type { Prefill } from '@/lib/messages';
import { controlsToKeepVisible, findCreateControls } from '@/lib/pages/create-invitation';
import { MESSAGES as DRAFT_TEXT, toInvitationDraft } from '@/lib/pages/draft';
import type { PageRecognition } from '@/lib/pages/recognise';
import { createErrorReason } from '@/lib/queue/create-result';
import { settleBatch } from '@/lib/queue/settle';
import { planPrefill, type PrefillForm } from '@/lib/prefill/plan';
import { checkWithEndReadings, type Finding, LIMITS, raiseTargetBp, stockNeed, stockState } from '@/lib/rules';
import { useSettings } from '../settings-hook';
import type { PageData, PageDataStore } from '../page-data';
import { usePageData } from '../use-page-data';
import { applyPrefill } from './apply-prefill';
import { MessageFromTemplateFeature } from './message-from-template';
import { useLiveForm } from './use-live-form';
import { holdingErrors, type HoldState, useSendHold } from './use-send-hold';

type CreatePage = Extract<PageRecognition, { kind: 'create-invitation' }>;

export interface SetupGuardFeatureProps {
  page: CreatePage;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What could not be read, as "Good to know" notes beside the findings. */
function readingNotes(gaps: readonly string[]): Finding[] {
  return gaps.map((message) => ({ code: 'read.unknown', severity: 'info' as const, message }));
}

function isoCurrency(data: PageData): string | undefined {
  for (const p of data.products.values()) if (p.currency && /^[A-Z]{3}$/.test(p.currency)) return p.currency;
  return undefined;
}

/** The page's answer to Send, with ids turned back into @handles and product titles. */
function describeOutcome(data: PageData): SendOutcome | null {
  const last = data.lastCreate;
  if (!last) return null;
  const o = last.outcome;
  if (o.ok) return { ok: true, groupId: o.groupId };
  return {
    ok: false,
    code: String(o.code),
    message: createErrorReason(String(o.code), o.message),
    conflicts: o.conflicts.map((c) => {
      const handle = data.creators.get(c.creatorId)?.handle;
      return { creator: handle ? `@${handle}` : c.creatorId, product: data.products.get(c.productId)?.title ?? c.productId };
    }),
  };
}

/**
 * The setup guard on the create and edit pages: checks the form as it stands, holds the page's Send while
 * an error stands (and once for warnings), offers prefills, and reports what the platform answered.
 */
export function SetupGuardFeature({ page, url, signal, data }: SetupGuardFeatureProps) {
  const settings = useSettings(page.region);
  const pageData = usePageData(data);
  const { form, reread } = useLiveForm(url, signal);
  const [send, setSend] = useState<GuardView['send']>({ state: 'idle' });
  const [prefillState, setPrefillState] = useState<{ source: 'defaults' | 'batch'; status: 'offered' | 'applying' | 'applied' | 'dismissed'; note?: string } | null>(null);
  const [batch, setBatch] = useState<Prefill | null>(null);
  const guardRoot = useRef<HTMLDivElement>(null);
  const seenCreate = useRef(pageData.lastCreate?.n ?? 0);
  /** When the seller's own (trusted) Send click went through; only its answer may settle a batch. */
  const sendClickAt = useRef<number | null>(null);
  const currency = isoCurrency(pageData);

  const built = useMemo(
    () =>
      form
        ? toInvitationDraft(form, pageData.products, pageData.creators, {
            language: page.language,
            utcOffsetMinutes: -new Date().getTimezoneOffset(),
            sampleUnitsPerCreator: settings.sampleUnitsPerCreator,
          })
        : null,
    [form, pageData.rev, settings.sampleUnitsPerCreator],
  );
  useReadings(() => createReadings(form, pageData.products), [form, pageData.rev]);
  const creatorCount = built ? (built.draft.creatorCount === undefined ? built.draft.creators.length : built.draft.creatorCount) : null;

  const findings = useMemo(() => {
    if (!built) return [];
    const q = pageData.quota;
    const checked = checkWithEndReadings(built.draft, built.endsAtAlternative, {
      now: Date.now(),
      minStock: settings.minStock,
      quota: q
        ? { used24h: q.used24h, cap24h: q.cap24h, open: q.open ?? 0, openCap: q.openCap ?? LIMITS.openInvitationsCap }
        : undefined,
      conflicts: pageData.conflicts.map((c) => ({ creatorId: c.creatorId, productId: c.productId })),
      locale: pageLocale(page.language, page.region),
      currency,
    });
    const notes = readingNotes(built.gaps);
    if (checked.endUncertain && built.draft.endsAt != null && built.endsAtAlternative != null) {
      notes.push({ code: 'read.unknown', severity: 'info', message: DRAFT_TEXT.endDateUncertain(isoDay(built.draft.endsAt), isoDay(built.endsAtAlternative)) });
    }
    return [...checked.findings, ...notes];
  }, [built, settings, pageData.rev]);

  const products: GuardProductRow[] = useMemo(() => {
    if (!built) return [];
    return built.draft.products.map((p, i) => {
      const formProduct = form?.products[i];
      const typed = formProduct?.targetRateText?.trim() ? p.targetRateBp : null;
      return {
        id: p.id,
        title: p.title ?? p.id,
        priceCents: p.priceCents ?? null,
        stock: p.stock,
        stockState: stockState(p.stock, stockNeed(p, creatorCount ?? 0, settings.minStock)),
        openRateBp: p.openRateBp,
        targetRateBp: typed,
        effectiveBp: typed ?? p.openRateBp,
        sampleOffer: p.sampleOffer,
        raiseToBp: raiseTargetBp(p.openRateBp, settings.raiseMarginBp),
      };
    });
  }, [built, settings]);

  const errors = holdingErrors(findings);
  const warningKey = findings
    .filter((f) => f.severity === 'warning')
    .map((f) => `${f.code}:${f.productId ?? ''}:${f.creatorId ?? ''}`)
    .join('|');
  // The compact pill shows what stands; a held Send, and the platform's answer to Send, open the panel.
  const panel = usePanelControl();
  usePanelCounts(errors, findings.filter((f) => f.severity === 'warning').length);
  const latest = useRef<HoldState>({ errors, warningKey, confirm: settings.confirmWarnings });
  latest.current = { errors, warningKey, confirm: settings.confirmWarnings };
  const hold = useSendHold(latest, guardRoot, {
    held(state) {
      setSend({ state: state === 'blocked' ? 'blocked' : 'confirm' });
      panel.expand(controlsToKeepVisible(document));
    },
    passed(trusted) {
      if (trusted) sendClickAt.current = Date.now();
      setSend({ state: 'waiting' });
    },
  });

  // A queued batch opened this page: take its terms (once) for the prefill.
  useEffect(() => {
    const token = url.searchParams.get('cp_batch');
    if (!token || !/^[0-9a-f]{32}$/.test(token)) return;
    sendMessage({ type: 'prefill/take', token }).then((r) => {
      if (signal.aborted || !r.ok || !r.data.prefill) return;
      setBatch(r.data.prefill);
      setPrefillState({ source: 'batch', status: 'offered' });
    });
  }, []);

  // After Send: the page's create response decides; a batch's entries learn their fate.
  useEffect(() => {
    const last = pageData.lastCreate;
    if (!last || last.n <= seenCreate.current) return;
    seenCreate.current = last.n;
    const outcome = describeOutcome(pageData);
    if (!outcome) return;
    setSend({ state: 'done', outcome });
    panel.expand();
    hold.reset();
    // Once sent, an offered prefill would only undo what was sent.
    if (outcome.ok) setPrefillState((s) => s && { ...s, status: 'dismissed' });
    const settled = batch ? settleBatch(batch.entryIds, sendClickAt.current, Date.now(), last) : null;
    sendClickAt.current = null;
    if (settled) sendMessage({ type: 'queue/apply-result', opId: newOpId(), ...settled });
  }, [pageData.rev]);

  const prefillForm: PrefillForm | null = form
    ? {
        // A date that reads two ways is still a date the seller chose: the prefill must not replace it.
        endDate: form.endDate ?? (form.endDateReading?.kind === 'ambiguous' ? form.endDateReading.ymd : null),
        contentType: form.contentType,
        flashSale: form.flashSale,
        contentTypeEditable: form.feeStructure !== 'flat-fee' && form.contentType !== null,
        products: products.map((p, i) => ({
          id: p.id,
          title: p.title,
          openRateBp: p.openRateBp,
          targetRateBp: p.targetRateBp,
          sampleOffer: form.products[i]?.sampleOffer ?? null,
        })),
      }
    : null;
  const changes =
    prefillState && prefillForm
      ? planPrefill(prefillForm, settings, Date.now(), prefillState.source === 'batch' && batch ? batch.terms : undefined)
      : [];

  const view: GuardView = {
    findings,
    products,
    creatorCount: built ? creatorCount : 0,
    feeStructure: form?.feeStructure ?? page.feeStructure,
    flatFee: form?.flatFee ? { videoReview: form.flatFee.videoReview, adsAuthorization: form.flatFee.adsAuthorization } : null,
    quota:
      pageData.quota && pageData.quota.open != null && pageData.quota.openCap != null
        ? { used24h: pageData.quota.used24h, cap24h: pageData.quota.cap24h, open: pageData.quota.open, openCap: pageData.quota.openCap }
        : null,
    send,
    prefill: prefillState ? { ...prefillState, changes } : null,
    currency,
    locale: pageLocale(page.language, page.region),
  };

  // Draft products are in the form's row order; rows may show no id, so they are found by place.
  const rowOf = (productId: string) => products.findIndex((p) => p.id === productId);

  const missingBatchProducts =
    batch && form ? batch.terms.products.filter((bp) => !form.products.some((fp) => fp.id === bp.id)) : [];

  return (
    <div ref={guardRoot}>
      {form ? null : (
        <p class="cp-alert cp-alert--warning" role="status">
          {GUARD_TEXT.formNotReadable}
        </p>
      )}
      {missingBatchProducts.length > 0 ? (
        <p class="cp-alert cp-alert--info">
          {GUARD_TEXT.batchMissing(missingBatchProducts.length, missingBatchProducts.map((p) => p.title ?? p.id).join(', '))}
        </p>
      ) : null}
      <SetupGuard
        view={view}
        actions={{
          async raise(productId) {
            const p = products.find((x) => x.id === productId);
            const input = findCreateControls(document).products[rowOf(productId)]?.targetInput;
            if (!p || p.raiseToBp == null || !input) return;
            await writeNumber(input, p.raiseToBp / 100);
            reread();
          },
          offerDefaults() {
            setPrefillState({ source: 'defaults', status: 'offered' });
          },
          async acceptPrefill(ids) {
            const chosen = changes.filter((c) => ids.includes(c.id));
            setPrefillState((s) => s && { ...s, status: 'applying' });
            const failed = await applyPrefill(chosen, page.language, rowOf);
            const done = chosen.length - failed.length;
            const note =
              failed.length === 0
                ? GUARD_TEXT.filledAll(done)
                : GUARD_TEXT.filledSome(done, chosen.length, failed.map((f) => GUARD_TEXT.notFilledItem(f.change.label, f.reason)).join('; '));
            setPrefillState((s) => s && { ...s, status: 'applied', note });
            reread();
          },
          dismissPrefill() {
            setPrefillState((s) => s && { ...s, status: 'dismissed' });
          },
          confirmWarnings() {
            hold.confirmWarnings();
            setSend({ state: 'confirmed' });
          },
          sendAnyway() {
            hold.releaseOnce();
            setSend({ state: 'released' });
          },
        }}
      />
      <MessageFromTemplateFeature form={form} products={products} handles={built ? built.draft.creators.map((c) => c.handle) : null} settings={settings} language={page.language} region={page.region} reread={reread} />
    </div>
  );
}
