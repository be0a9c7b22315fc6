import { useState } from 'preact/hooks';
import type { CollaborationSnapshot, HealthIssue } from '@/lib/health/types';
import type { Language } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import type { Template } from '@/lib/templates/schema';
import { loadLaterTexts } from '../common/i18n';

/** What a follow-up is filled from besides the collaboration: the seller's templates and shop, the page's language. */
export interface FollowUpSource {
  templates: readonly Template[];
  shopName: string;
  language: Language;
  region?: string | null | undefined;
}

export interface CopyFollowUpProps {
  issue: HealthIssue;
  snapshot: CollaborationSnapshot | undefined;
  source: FollowUpSource;
  /** The clipboard writer; the browser's by default. */
  writeText?: ((text: string) => Promise<void>) | undefined;
  /** Told after the text reached the clipboard: the creators it was copied for, and the template used. */
  onCopied?: ((creatorIds: string[], templateId: string) => void) | undefined;
}

/**
 * "Copy follow-up": puts the filled follow-up on the clipboard from the seller's click. Nothing is sent;
 * the seller pastes it into the page's own message to the creator. One status line says what happened;
 * when the clipboard refuses, the text stands below, selected, to copy by hand.
 */
export function CopyFollowUp(props: CopyFollowUpProps) {
  const [state, setState] = useState<{ line: string; manual: string | null }>({ line: '', manual: null });
  const copy = async () => {
    const write = props.writeText ?? ((s: string) => navigator.clipboard.writeText(s));
    // Its "copy refused" line is the reading report's.
    const [{ copyFollowUp }] = await Promise.all([import('./copy-follow-up'), loadLaterTexts('report')]);
    const r = await copyFollowUp(props.issue, props.snapshot, props.source, write);
    if (!r) return;
    setState(r);
    if (r.copied) props.onCopied?.(r.copied.creatorIds, r.copied.templateId);
  };
  return (
    <div class="cp-health__follow-up">
      <button type="button" class="cp-btn" onClick={() => void copy()}>
        {t('templates_copy_follow_up')}
      </button>
      <p role="status">{state.line}</p>
      {state.manual === null ? null : (
        <textarea
          readOnly
          rows={5}
          aria-label={t('templates_copy_follow_up')}
          value={state.manual}
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}
