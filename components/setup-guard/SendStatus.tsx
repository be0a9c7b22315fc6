import { GUARD_TEXT } from './messages';
import type { GuardActions, GuardView } from './types';

/** What the Send guard did, and after Send what the platform answered, in plain words. */
export function SendStatus(props: { view: GuardView; actions: Pick<GuardActions, 'confirmWarnings' | 'sendAnyway'> }) {
  const { send, findings } = props.view;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (send.state === 'done' && send.outcome) {
    const o = send.outcome;
    if (o.ok) {
      return (
        <div class="cp-alert cp-alert--ok" role="status" data-send="sent">
          <p>{GUARD_TEXT.sent(o.groupId)}</p>
        </div>
      );
    }
    return (
      <div class="cp-alert cp-alert--error" role="alert" data-send="failed">
        <p>{o.message}</p>
        {o.conflicts.length > 0 ? (
          <ul>
            {o.conflicts.map((c) => (
              <li key={`${c.creator}:${c.product}`}>{GUARD_TEXT.conflict(c.creator, c.product)}</li>
            ))}
          </ul>
        ) : null}
        <p class="cp-muted">{GUARD_TEXT.errorCode(o.code)}</p>
      </div>
    );
  }
  if (send.state === 'waiting') return <p role="status">{GUARD_TEXT.waiting}</p>;
  if (send.state === 'released') {
    return (
      <p class="cp-alert cp-alert--info" role="status" data-send="released">
        {GUARD_TEXT.releasedOnce}
      </p>
    );
  }
  if (errors > 0) {
    // Every hold can be released by the seller: our reading may be wrong, the decision is theirs.
    return (
      <div
        class={`cp-alert ${send.state === 'blocked' ? 'cp-alert--error' : 'cp-alert--info'}`}
        role={send.state === 'blocked' ? 'alert' : 'status'}
        data-send="blocked"
      >
        <p>{GUARD_TEXT.held(errors)}</p>
        <button type="button" class="cp-btn" onClick={props.actions.sendAnyway}>
          {GUARD_TEXT.sendAnyway}
        </button>
      </div>
    );
  }
  if (send.state === 'confirm') {
    return (
      <div class="cp-alert cp-alert--warning" role="alert" data-send="confirm">
        <p>{GUARD_TEXT.confirmWarnings(warnings)}</p>
        <button type="button" class="cp-btn cp-btn--primary" onClick={props.actions.confirmWarnings}>
          {GUARD_TEXT.allowSend}
        </button>
      </div>
    );
  }
  if (send.state === 'confirmed') return <p role="status">{GUARD_TEXT.sendAllowed}</p>;
  return null;
}
