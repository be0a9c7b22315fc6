import { debugFailure } from '@/components/common/debug';
import { GUARD_TEXT } from '@/components/setup-guard/messages';
import { chooseSelectOption, setSwitch, type WriteResult, writeDate, writeNumber } from '@/lib/form/arco';
import { t, tn } from '@/lib/i18n';
import { type CreateControls, findCreateControls } from '@/lib/pages/create-invitation';
import { LABELS, type Language } from '@/lib/pages/labels';
import type { PrefillChange } from '@/lib/prefill/plan';

const CONTENT_KEY = { video: 'contentVideo', live: 'contentLive', any: 'contentAny' } as const;
const SAMPLE_KEY = { 'free-sample': 'sampleFree', 'refund-first-sale': 'sampleRefund', none: 'sampleNone' } as const;
// A function, not a constant: the reason is read in the language chosen at start-up.
const missing = (): WriteResult => ({ ok: false, reason: GUARD_TEXT.fieldMissing });

function optionText(key: keyof typeof LABELS, lang: Language): string {
  return LABELS[key][lang][0] ?? LABELS[key].en[0] ?? '';
}

/** A product's row on the page, by its place in the form (rows may show no id: docs/domain.md). */
export type RowOf = (productId: string) => number;

async function applyOne(
  c: PrefillChange,
  controls: CreateControls,
  lang: Language,
  rowOf: RowOf,
): Promise<WriteResult> {
  const row = c.productId ? controls.products[rowOf(c.productId)] : undefined;
  switch (c.field) {
    case 'endDate':
      return controls.endDate ? writeDate(controls.endDate, String(c.value)) : missing();
    case 'contentType':
      return controls.contentType
        ? chooseSelectOption(controls.contentType, optionText(CONTENT_KEY[c.value as keyof typeof CONTENT_KEY], lang))
        : missing();
    case 'flashSale':
      return controls.flashSale ? setSwitch(controls.flashSale, c.value === true) : missing();
    case 'targetRate':
      return row?.targetInput ? writeNumber(row.targetInput, Number(c.value) / 100) : missing();
    case 'sampleOffer':
      return row?.sampleSelect
        ? chooseSelectOption(row.sampleSelect, optionText(SAMPLE_KEY[c.value as keyof typeof SAMPLE_KEY], lang))
        : missing();
  }
}

/**
 * Writes the accepted changes into the page's own controls, one after another (each waits for React to
 * re-render), and returns what could not be written. Never presses Send.
 */
export async function applyPrefill(
  changes: PrefillChange[],
  lang: Language,
  rowOf: RowOf,
): Promise<Array<{ change: PrefillChange; reason: string }>> {
  const failed: Array<{ change: PrefillChange; reason: string }> = [];
  for (const change of changes) {
    // Re-find the controls each time: a write can re-render the row that holds the next one.
    const r = await applyOne(change, findCreateControls(document), lang, rowOf).catch((e: unknown) => {
      debugFailure('prefill: a change could not be written', e);
      return missing();
    });
    if (!r.ok) failed.push({ change, reason: r.reason });
  }
  return failed;
}

/** What a fill did, in words: loaded with the writers, on the seller's click. */
export const FILLED_TEXT = {
  filledAll: (done: number) => tn('guard_filled_all', done, done),
  /** `notFilled` is a list of `notFilledItem`s. */
  filledSome: (done: number, chosen: number, notFilled: string) => t('guard_filled_some', done, chosen, notFilled),
  notFilledItem: (change: string, reason: string) => t('guard_not_filled_item', change, reason),
};

/** Writes the chosen changes (applyPrefill) and says how it went. */
export async function fillAndTell(changes: PrefillChange[], lang: Language, rowOf: RowOf): Promise<string> {
  const failed = await applyPrefill(changes, lang, rowOf);
  const done = changes.length - failed.length;
  return failed.length === 0
    ? FILLED_TEXT.filledAll(done)
    : FILLED_TEXT.filledSome(
        done,
        changes.length,
        failed.map((f) => FILLED_TEXT.notFilledItem(f.change.label, f.reason)).join('; '),
      );
}
