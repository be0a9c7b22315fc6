import { useState } from 'preact/hooks';
import type { MessageTemplateState } from '@/components/setup-guard/MessageFromTemplate';
import { GUARD_TEXT } from '@/components/setup-guard/messages';
import type { GuardProductRow } from '@/components/setup-guard/types';
import { t } from '@/lib/i18n';
import { type CreateForm, findCreateControls } from '@/lib/pages/create-invitation';
import type { Language } from '@/lib/pages/labels';
import type { ResolvedSettings } from '@/lib/settings/resolve';
import type { SampleOffer, TemplateValues } from '@/lib/templates';

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

export interface MessageTemplateInput {
  form: CreateForm | null;
  products: readonly GuardProductRow[];
  /** The chosen creators' handles as the page's data names them (the live table shows display names). */
  handles: ReadonlyArray<string | undefined> | null;
  settings: ResolvedSettings;
  language: Language;
  region: string | null;
  /** Reads the form again after the write, so the rules check the filled text. */
  reread: () => void;
}

/**
 * Fills the page's message box from an invitation template, through the same writer as the prefill,
 * so the page's own state holds the text. Never sends: the seller reads it and presses Send.
 */
export function useMessageTemplate(
  input: MessageTemplateInput,
): MessageTemplateState & { choose(id: string): void; fill(): void } {
  const templates = input.settings.templates.filter((x) => x.kind === 'invitation');
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<MessageTemplateState['status']>(null);
  const chosen = templates.find((x) => x.id === picked) ?? templates[0] ?? null;

  const fill = async () => {
    if (!chosen || !input.form) return;
    // The template code and the form writer load on the seller's click: pages where no one fills a message
    // carry none of it.
    const [{ fillTemplate }, { blockingClause, leftOutText }, { writeText }] = await Promise.all([
      import('@/lib/templates/fill'),
      import('@/lib/templates/messages'),
      import('@/lib/form/arco'),
    ]);
    const filled = fillTemplate(
      chosen.body,
      valuesFromForm(input.form, input.products, input.handles, input.settings.shopName),
      input.language,
      input.region,
    );
    const blocked = blockingClause(filled);
    if (blocked) return setStatus({ kind: 'error', lines: [t('templates_not_used', blocked)] });
    const box = findCreateControls(document).message;
    if (!box) return setStatus({ kind: 'error', lines: [t('templates_not_used', GUARD_TEXT.fieldMissing)] });
    // The box's maxlength counts code points, not graphemes: an emoji-rich text could fit one and not the other.
    const max = (box as HTMLTextAreaElement).maxLength;
    const points = Array.from(filled.text).length;
    if (max > 0 && points > max)
      return setStatus({
        kind: 'error',
        lines: [t('templates_not_used', t('templates_problem_too_long', points, max))],
      });
    setBusy(true);
    const written = await writeText(box, filled.text).catch(() => null);
    setBusy(false);
    input.reread();
    if (!written?.ok)
      return setStatus({ kind: 'error', lines: [t('templates_not_used', written?.reason ?? GUARD_TEXT.fieldMissing)] });
    const leftOut = leftOutText(filled);
    setStatus({ kind: 'ok', lines: leftOut ? [t('templates_fill_done'), leftOut] : [t('templates_fill_done')] });
  };

  return {
    templates,
    chosenId: chosen?.id ?? null,
    busy,
    status,
    choose: (id) => {
      setPicked(id);
      setStatus(null);
    },
    fill: () => void fill(),
  };
}
