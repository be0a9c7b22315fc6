import { useState } from 'preact/hooks';
import type { MessageTemplateState } from '@/components/setup-guard/MessageFromTemplate';
import type { GuardProductRow } from '@/components/setup-guard/types';
import type { CreateForm } from '@/lib/pages/create-invitation';
import type { Language } from '@/lib/pages/labels';
import type { ResolvedSettings } from '@/lib/settings/resolve';

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
    // The filling code loads on the seller's click (fill-message.ts).
    const { fillMessage } = await import('./fill-message');
    setStatus(await fillMessage({ ...input, form: input.form }, chosen.body, setBusy));
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
