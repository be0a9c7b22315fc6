import { useState } from 'preact/hooks';
import { GUARD_TEXT } from '@/components/setup-guard/messages';
import type { GuardActions, GuardProductRow, PrefillState } from '@/components/setup-guard/types';
import { prefillFormOf, rowIndex } from '@/lib/guard/view-model';
import type { Prefill } from '@/lib/messages';
import type { CreateForm } from '@/lib/pages/create-invitation';
import type { Language } from '@/lib/pages/labels';
import { type PrefillChange, type PrefillDefaults, planPrefill } from '@/lib/prefill/plan';

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
  // Until the seller acts on it, a batch's terms stand offered.
  const state = chosen ?? (batch ? BATCH_OFFER : null);
  const update = (patch: Partial<PrefillState>) =>
    setChosen((s) => {
      const current = s ?? (batch ? BATCH_OFFER : null);
      return current && { ...current, ...patch };
    });
  const planned = state ? prefillFormOf(form, products) : null;
  const changes =
    state && planned
      ? planPrefill(planned, settings, Date.now(), state.source === 'batch' && batch ? batch.terms : undefined)
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
        const { applyPrefill } = await import('./apply-prefill');
        const failed = await applyPrefill(picked, language, (id) => rowIndex(products, id));
        const done = picked.length - failed.length;
        const note =
          failed.length === 0
            ? GUARD_TEXT.filledAll(done)
            : GUARD_TEXT.filledSome(
                done,
                picked.length,
                failed.map((f) => GUARD_TEXT.notFilledItem(f.change.label, f.reason)).join('; '),
              );
        update({ status: 'applied', note });
        reread();
      },
      dismissPrefill() {
        update({ status: 'dismissed' });
      },
    },
  };
}
