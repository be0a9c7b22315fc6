import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Template } from '@/lib/templates';

export interface MessageTemplateState {
  /** The seller's invitation templates, in their order. */
  templates: readonly Template[];
  chosenId: string | null;
  busy: boolean;
  /** The last fill's outcome; `lines` are read out together. */
  status: { kind: 'ok' | 'error'; lines: string[] } | null;
}

export interface MessageFromTemplateProps extends MessageTemplateState {
  choose(id: string): void;
  fill(): void;
}

/** "Message from template": the seller picks an invitation template and asks for the message box to be filled. */
export function MessageFromTemplate(props: MessageFromTemplateProps) {
  const pickId = useId();
  const headingId = useId();
  return (
    <section class="cp-msgtpl" aria-labelledby={headingId} data-testid="message-from-template">
      <h3 id={headingId} class="cp-msgtpl__heading">
        {t('templates_fill_heading')}
      </h3>
      {props.templates.length === 0 ? (
        <p class="cp-muted">{t('templates_fill_none')}</p>
      ) : (
        <div class="cp-row">
          <select
            id={pickId}
            aria-labelledby={headingId}
            value={props.chosenId ?? ''}
            onChange={(e) => props.choose((e.currentTarget as HTMLSelectElement).value)}
          >
            {props.templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <button type="button" class="cp-btn" disabled={props.busy || !props.chosenId} onClick={props.fill}>
            {t('templates_fill_button')}
          </button>
        </div>
      )}
      <div role="status" aria-atomic="true">
        {props.status?.kind === 'ok'
          ? props.status.lines.map((line) => (
              <p key={line} class="cp-muted">
                {line}
              </p>
            ))
          : null}
      </div>
      {props.status?.kind === 'error' ? (
        <div role="alert" class="cp-alert cp-alert--warning">
          {props.status.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
