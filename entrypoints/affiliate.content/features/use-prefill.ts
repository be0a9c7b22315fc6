import { useEffect, useState } from 'preact/hooks';
import { debugFailure } from '@/components/common/debug';
import type { GuardActions, GuardProductRow, PrefillState } from '@/components/setup-guard/types';
import { prefillFormOf, rowIndex } from '@/lib/guard/view-model';
import type { Prefill } from '@/lib/messages';
import type { CreateForm } from '@/lib/pages/create-invitation';
import type { Language } from '@/lib/pages/labels';
import type { PrefillChange, PrefillDefaults, planPrefill } from '@/lib/prefill/plan';

const BATCH_OFFER: PrefillState = { source: 'batch', status: 'offered' };

export interface PrefillControl {
  state: PrefillState | null;
  changes: PrefillChange[];
  actions: Pick<GuardActions, 'offerDefaults' | 'acceptPrefill' | 'dismissPrefill'>;
}

/**
 * The prefill offer: the seller's defaults on request, or the terms of the queued batch that opened
 * the page (offered as soon as they arrive), planned against the form as it stands and written only
 * for the changes the seller accepts.
 */
export function usePrefill(
  form: CreateForm | null,
  products: GuardProductRow[],
  settings: PrefillDefaults,
  batch: Prefill | null,
  language: Language,
  reread: () => void,
): PrefillControl {
  const [chosen, setChosen] = useState<PrefillState | null>(null);
  const [plan, setPlan] = useState<typeof planPrefill | null>(null);
  const wanted = chosen != null || batch != null;
  // The planner loads once a prefill is asked for (the seller's defaults, or a batch that opened the page),
  // not with every Create page; until it has, the offer is not shown.
  useEffect(() => {
    if (!wanted || plan) return;
    let live = true;
    import('@/lib/prefill/plan').then(
      (m) => live && setPlan(() => m.planPrefill),
      (e: unknown) => debugFailure('the prefill planner could not be loaded', e),
    );
    return () => {
      live = false;
    };
  }, [wanted, plan]);
  // Until the seller acts on it, a batch's terms stand offered.
  const state = plan ? (chosen ?? (batch ? BATCH_OFFER : null)) : null;
  const update = (patch: Partial<PrefillState>) =>
    setChosen((s) => {
      const current = s ?? (batch ? BATCH_OFFER : null);
      return current && { ...current, ...patch };
    });
  const planned = state ? prefillFormOf(form, products) : null;
  const changes =
    state && planned
      ? (plan?.(planned, settings, Date.now(), state.source === 'batch' && batch ? batch.terms : undefined) ?? [])
      : [];
  return {
    state,
    changes,
    actions: {
      offerDefaults() {
        setChosen({ source: 'defaults', status: 'offered' });
      },
      async acceptPrefill(ids) {
        const picked = changes.filter((c) => ids.includes(c.id));
        update({ status: 'applying' });
        // The form writers load when the seller accepts a prefill, not with every Create page.
        const { fillAndTell } = await import('./apply-prefill');
        const note = await fillAndTell(picked, language, (id) => rowIndex(products, id));
        update({ status: 'applied', note });
        reread();
      },
      dismissPrefill() {
        update({ status: 'dismissed' });
      },
    },
  };
}
