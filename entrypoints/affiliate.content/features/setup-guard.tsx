import { useRef } from 'preact/hooks';
import { SetupGuard } from '@/components/setup-guard/SetupGuard';
import {
  BatchMissing,
  Counts,
  Findings,
  FlatFeeNote,
  FormUnreadable,
  type GuardSection,
  Prefill,
  Products,
  QuotaNote,
  SendStatus,
} from '@/components/setup-guard/sections';
import { guardView } from '@/lib/guard/view-model';
import type { PageRecognition } from '@/lib/pages/recognise';
import { type PageDataStore, usePageData } from '../page-data';
import { useSettings } from '../settings-hook';
import { MessageFromTemplateFeature } from './message-from-template';
import { useCreateResult } from './use-create-result';
import { useDraftChecks } from './use-draft-checks';
import { useLiveForm } from './use-live-form';
import { usePrefill } from './use-prefill';
import { usePrefillToken } from './use-prefill-token';
import { useSendStatus } from './use-send-status';

type CreatePage = Extract<PageRecognition, { kind: 'create-invitation' }>;

export interface SetupGuardFeatureProps {
  page: CreatePage;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

/** The create panel, top to bottom: a new section is one more line here. */
export const CREATE_PANEL_SECTIONS: readonly GuardSection[] = [
  FormUnreadable,
  BatchMissing,
  Counts,
  SendStatus,
  Findings,
  FlatFeeNote,
  QuotaNote,
  Products,
  Prefill,
];

/**
 * The setup guard on the create and edit pages: checks the form as it stands, holds the page's Send while
 * an error stands (and once for warnings), offers prefills, and reports what the platform answered.
 */
export function SetupGuardFeature({ page, url, signal, data }: SetupGuardFeatureProps) {
  const settings = useSettings(page.region);
  const pageData = usePageData(data);
  const { form, reread } = useLiveForm(url, signal);
  const guardRoot = useRef<HTMLDivElement>(null);
  const { built, findings, products } = useDraftChecks(page, form, pageData, settings);
  const status = useSendStatus(findings, settings.confirmWarnings, guardRoot);
  const batch = usePrefillToken(url, signal);
  const prefill = usePrefill(form, products, settings, batch, page.language, reread);
  // Once sent, an offered prefill would only undo what was sent.
  useCreateResult(pageData, batch, status, prefill.actions.dismissPrefill);

  const view = guardView({
    page,
    form,
    built,
    facts: pageData,
    findings,
    products,
    send: status.send,
    prefill: prefill.state,
    changes: prefill.changes,
    batchProducts: batch?.terms.products ?? null,
  });
  return (
    <div ref={guardRoot}>
      <SetupGuard
        view={view}
        sections={CREATE_PANEL_SECTIONS}
        actions={{
          // "Raise" loads with the seller's click, with the form writer it uses (raise-target.ts).
          raise: (productId) =>
            void import('./raise-target')
              .then((m) => m.raiseTarget(products, productId))
              .then((done) => done && reread()),
          ...prefill.actions,
          confirmWarnings: status.confirmWarnings,
          sendAnyway: status.sendAnyway,
        }}
      />
      <MessageFromTemplateFeature
        form={form}
        products={products}
        handles={built ? built.draft.creators.map((c) => c.handle) : null}
        settings={settings}
        language={page.language}
        region={page.region}
        reread={reread}
      />
    </div>
  );
}
