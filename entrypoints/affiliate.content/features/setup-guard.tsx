import { pageLocale } from '@/lib/format/locale';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage, newOpId } from '@/components/common/rpc';
import { usePanelControl, usePanelCounts } from '@/components/panel/panel-context';
import { GUARD_TEXT } from '@/components/setup-guard/messages';
import { SetupGuard } from '@/components/setup-guard/SetupGuard';
import type { GuardProductRow, GuardView, SendOutcome, StockState } from '@/components/setup-guard/types';
import { writeNumber } from '@/lib/form/arco';
import type { Prefill } from '@/lib/messages';
import { controlsToKeepVisible, findCreateControls, findSendButton } from '@/lib/pages/create-invitation';
import { toInvitationDraft } from '@/lib/pages/draft';
import type { PageRecognition } from '@/lib/pages/recognise';
import { createErrorReason } from '@/lib/queue/create-result';
import { planPrefill, type PrefillForm } from '@/lib/prefill/plan';
import { checkInvitation, LIMITS } from '@/lib/rules';
import { useSettings } from '../settings-hook';
import type { PageData, PageDataStore } from '../page-data';
import { usePageData } from '../use-page-data';
import { applyPrefill } from './apply-prefill';
import { useLiveForm } from './use-live-form';

type CreatePage = Extract<PageRecognition, { kind: 'create-invitation' }>;

export interface SetupGuardFeatureProps {
  page: CreatePage;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

function stockState(stock: number | null, minStock: number, sampleUnits: number): StockState {
  if (stock == null) return 'unknown';
  if (stock <= 0) return 'out';
  return stock < minStock + sampleUnits ? 'low' : 'ok';
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
  const confirmedFor = useRef<string | null>(null);
  const seenCreate = useRef(pageData.lastCreate?.n ?? 0);
  const currency = isoCurrency(pageData);

  const built = useMemo(
    () =>
      form
        ? toInvitationDraft(form, pageData.products, pageData.creators, {
            language: page.language,
            utcOffsetMinutes: -new Date().getTimezoneOffset(),
          })
        : null,
    [form, pageData.rev],
  );

  const findings = useMemo(() => {
    if (!built) return [];
    const q = pageData.quota;
    return checkInvitation(built.draft, {
      now: Date.now(),
      minStock: settings.minStock,
      quota: q
        ? { used24h: q.used24h, cap24h: q.cap24h, open: q.open ?? 0, openCap: q.openCap ?? LIMITS.openInvitationsCap }
        : undefined,
      conflicts: pageData.conflicts.map((c) => ({ creatorId: c.creatorId, productId: c.productId })),
      locale: pageLocale(page.language, page.region),
      currency,
    });
  }, [built, settings, pageData.rev]);

  const products: GuardProductRow[] = useMemo(() => {
    if (!built) return [];
    const creators = built.draft.creators.length;
    return built.draft.products.map((p, i) => {
      const formProduct = form?.products[i];
      const typed = formProduct?.targetRateText?.trim() ? p.targetRateBp : null;
      const sampleUnits = p.sampleOffer === 'free-sample' ? settings.sampleUnitsPerCreator * creators : 0;
      return {
        id: p.id,
        title: p.title ?? p.id,
        priceCents: p.priceCents ?? null,
        stock: p.stock,
        stockState: stockState(p.stock, settings.minStock, sampleUnits),
        openRateBp: p.openRateBp,
        targetRateBp: typed,
        effectiveBp: typed ?? p.openRateBp,
        sampleOffer: p.sampleOffer,
        raiseToBp: p.openRateBp == null ? null : Math.min(LIMITS.rateMaxBp, p.openRateBp + settings.raiseMarginBp),
      };
    });
  }, [built, settings]);

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warningKey = findings
    .filter((f) => f.severity === 'warning')
    .map((f) => `${f.code}:${f.productId ?? ''}:${f.creatorId ?? ''}`)
    .join('|');
  // The compact pill shows what stands; a held Send, and the platform's answer to Send, open the panel.
  const panel = usePanelControl();
  usePanelCounts(errors, findings.filter((f) => f.severity === 'warning').length);
  const latest = useRef({ errors, warningKey, confirm: settings.confirmWarnings });
  latest.current = { errors, warningKey, confirm: settings.confirmWarnings };

  // Send guard: capture phase on window, so the page's own handlers never see a held click.
  useEffect(() => {
    const onClick = (ev: MouseEvent) => {
      const button = findSendButton(document);
      const target = ev.target as Node | null;
      if (!button || !target || !button.contains(target)) return;
      const l = latest.current;
      const hold = l.errors > 0 || (l.warningKey !== '' && l.confirm && confirmedFor.current !== l.warningKey);
      if (hold) {
        ev.preventDefault();
        ev.stopImmediatePropagation();
        setSend({ state: l.errors > 0 ? 'blocked' : 'confirm' });
        panel.expand(controlsToKeepVisible(document));
        return;
      }
      setSend({ state: 'waiting' });
    };
    window.addEventListener('click', onClick, { capture: true, signal });
  }, []);

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
    confirmedFor.current = null;
    // Once sent, an offered prefill would only undo what was sent.
    if (outcome.ok) setPrefillState((s) => s && { ...s, status: 'dismissed' });
    if (batch) {
      const o = last.outcome;
      sendMessage({
        type: 'queue/apply-result',
        opId: newOpId(),
        entryIds: batch.entryIds,
        result: o.ok ? { ok: true } : { ok: false, code: String(o.code), message: o.message, conflicts: o.conflicts.map(({ creatorId, productId }) => ({ creatorId, productId })) },
      });
    }
  }, [pageData.rev]);

  const prefillForm: PrefillForm | null = form
    ? {
        endDate: form.endDate,
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
    creatorCount: built?.draft.creators.length ?? 0,
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

  const missingBatchProducts =
    batch && form ? batch.terms.products.filter((bp) => !form.products.some((fp) => fp.id === bp.id)) : [];

  return (
    <>
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
            const input = findCreateControls(document).products.find((x) => x.id === productId)?.targetInput;
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
            const failed = await applyPrefill(chosen, page.language);
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
            confirmedFor.current = latest.current.warningKey;
            setSend({ state: 'confirmed' });
          },
        }}
      />
    </>
  );
}
