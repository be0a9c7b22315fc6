import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { blockingClause, type FollowUp, leftOutText } from '@/lib/templates';

export interface CopyFollowUpProps {
  followUp: FollowUp;
  /** The clipboard writer; the browser's by default. */
  writeText?: ((text: string) => Promise<void>) | undefined;
  /** Told after the text reached the clipboard: the creators it was copied for, and the template used. */
  onCopied?: ((creatorIds: string[], templateId: string) => void) | undefined;
}

type State = { kind: 'idle' } | { kind: 'copied'; lines: string[] } | { kind: 'blocked'; line: string } | { kind: 'manual'; text: string };

/**
 * "Copy follow-up": puts the filled follow-up on the clipboard from the seller's click. Nothing is sent;
 * the seller pastes it into the page's own message to the creator.
 */
export function CopyFollowUp(props: CopyFollowUpProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const { filled, creatorIds, templateId } = props.followUp;
  const copy = () => {
    const blocked = blockingClause(filled);
    if (blocked) return setState({ kind: 'blocked', line: t('templates_not_copied', blocked) });
    const write = props.writeText ?? ((s: string) => navigator.clipboard.writeText(s));
    const leftOut = leftOutText(filled);
    write(filled.text).then(
      () => {
        setState({ kind: 'copied', lines: leftOut ? [t('templates_copied'), leftOut] : [t('templates_copied')] });
        props.onCopied?.(creatorIds, templateId);
      },
      () => setState({ kind: 'manual', text: filled.text }),
    );
  };
  return (
    <div class="cp-health__follow-up">
      <button type="button" class="cp-btn" onClick={copy} title={t('templates_copy_follow_up_hint')}>
        {t('templates_copy_follow_up')}
      </button>
      <div role="status" aria-atomic="true">
        {state.kind === 'copied' ? state.lines.map((line) => <p key={line} class="cp-muted">{line}</p>) : null}
      </div>
      {state.kind === 'blocked' ? <p role="alert">{state.line}</p> : null}
      {state.kind === 'manual' ? (
        <>
          <p role="alert">{t('templates_copy_failed')}</p>
          <textarea class="cp-health__follow-up-text" readOnly rows={5} aria-label={t('templates_copy_text_label')} value={state.text} ref={(el) => el?.select()} />
        </>
      ) : null}
    </div>
  );
}
