import type { GuardActions, GuardView } from './types';

/** What the Send guard did, and after Send what the platform answered, in plain words. */
export function SendStatus(props: { view: GuardView; actions: Pick<GuardActions, 'confirmWarnings'> }) {
  const { send, findings } = props.view;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (send.state === 'done' && send.outcome) {
    const o = send.outcome;
    if (o.ok) {
      return (
        <div class="cp-alert cp-alert--ok" role="status" data-send="sent">
          <p>Invitation sent. TikTok Shop accepted it{o.groupId ? ` (invitation ${o.groupId})` : ''}.</p>
        </div>
      );
    }
    return (
      <div class="cp-alert cp-alert--error" role="alert" data-send="failed">
        <p>{o.message}</p>
        {o.conflicts.length > 0 ? (
          <ul>
            {o.conflicts.map((c) => (
              <li key={`${c.creator}:${c.product}`}>
                {c.creator} already has {c.product} in another open target collaboration.
              </li>
            ))}
          </ul>
        ) : null}
        <p class="cp-muted">Code {o.code}.</p>
      </div>
    );
  }
  if (send.state === 'waiting') return <p role="status">Waiting for TikTok Shop's answer…</p>;
  if (errors > 0) {
    return (
      <p class={`cp-alert ${send.state === 'blocked' ? 'cp-alert--error' : 'cp-alert--info'}`} role={send.state === 'blocked' ? 'alert' : 'status'} data-send="blocked">
        Send is held until {errors === 1 ? 'the problem marked “Must fix” is' : `the ${errors} problems marked “Must fix” are`} fixed.
      </p>
    );
  }
  if (send.state === 'confirm') {
    return (
      <div class="cp-alert cp-alert--warning" role="alert" data-send="confirm">
        <p>
          {warnings === 1 ? 'One warning' : `${warnings} warnings`} above. Send anyway?
        </p>
        <button type="button" class="cp-btn cp-btn--primary" onClick={props.actions.confirmWarnings}>
          Yes, I checked: allow Send
        </button>
      </div>
    );
  }
  if (send.state === 'confirmed') return <p role="status">Send allowed: press the page's Send button.</p>;
  return null;
}
