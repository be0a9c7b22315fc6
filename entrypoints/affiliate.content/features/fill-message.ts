/**
 * Fills the page's message box from a template: loaded on the seller's click (use-message-template.ts),
 * with the template code and the form writer, so pages where no one fills a message carry none of it.
 */
import type { MessageTemplateState } from '@/components/setup-guard/MessageFromTemplate';
import { GUARD_TEXT } from '@/components/setup-guard/messages';
import type { GuardProductRow } from '@/components/setup-guard/types';
import { writeText } from '@/lib/form/arco';
import { t } from '@/lib/i18n';
import { type CreateForm, findCreateControls } from '@/lib/pages/create-invitation';
import type { SampleOffer, TemplateValues } from '@/lib/templates';
import { fillTemplate } from '@/lib/templates/fill';
import { blockingClause, leftOutText } from '@/lib/templates/messages';
import type { MessageTemplateInput } from './use-message-template';

/** The form as read, as template values: only what the page shows with certainty; the rest is left out. */
export function valuesFromForm(
  form: CreateForm,
  products: readonly GuardProductRow[],
  handles: ReadonlyArray<string | undefined> | null,
  shopName: string,
): TemplateValues {
  const rates = products.map((p) => p.targetRateBp).filter((bp): bp is number => bp != null);
  const offers = [...new Set(form.products.map((p) => p.sampleOffer))];
  const sample = offers.length === 1 && offers[0] ? (offers[0] as SampleOffer) : null;
  return {
    shop: shopName.trim() || null,
    products: products.length ? products.map((p) => p.title) : null,
    commissionBp: rates.length ? rates : null,
    endDate: form.endDate,
    sample,
    // Only a complete list says how many creators there are; a partial one could hide a second creator.
    creators: form.creatorsComplete
      ? (handles?.map((h, i) => h ?? form.creators[i]?.handle ?? '') ?? form.creators.map((c) => c.handle))
      : null,
  };
}

/**
 * Fills `body` into the message box and says how it went; `setBusy` brackets the write. Never sends: the
 * seller reads the text and presses Send.
 */
export async function fillMessage(
  input: MessageTemplateInput & { form: CreateForm },
  body: string,
  setBusy: (busy: boolean) => void,
): Promise<NonNullable<MessageTemplateState['status']>> {
  const filled = fillTemplate(
    body,
    valuesFromForm(input.form, input.products, input.handles, input.settings.shopName),
    input.language,
    input.region,
  );
  const blocked = blockingClause(filled);
  if (blocked) return { kind: 'error', lines: [t('templates_not_used', blocked)] };
  const box = findCreateControls(document).message;
  if (!box) return { kind: 'error', lines: [t('templates_not_used', GUARD_TEXT.fieldMissing)] };
  // The box's maxlength counts code points, not graphemes: an emoji-rich text could fit one and not the other.
  const max = (box as HTMLTextAreaElement).maxLength;
  const points = Array.from(filled.text).length;
  if (max > 0 && points > max)
    return { kind: 'error', lines: [t('templates_not_used', t('templates_problem_too_long', points, max))] };
  setBusy(true);
  const written = await writeText(box, filled.text).catch(() => null);
  setBusy(false);
  input.reread();
  if (!written?.ok)
    return { kind: 'error', lines: [t('templates_not_used', written?.reason ?? GUARD_TEXT.fieldMissing)] };
  const leftOut = leftOutText(filled);
  return { kind: 'ok', lines: leftOut ? [t('templates_fill_done'), leftOut] : [t('templates_fill_done')] };
}
