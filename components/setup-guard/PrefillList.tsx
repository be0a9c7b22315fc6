import { useState } from 'preact/hooks';
import { GUARD_TEXT } from './messages';
import type { GuardActions, GuardView } from './types';

/** A prefill is only ever a proposal: each change is listed, ticked by default, and applied on request. */
export function PrefillList(props: {
  prefill: GuardView['prefill'];
  actions: Pick<GuardActions, 'acceptPrefill' | 'dismissPrefill' | 'offerDefaults'>;
}) {
  const { prefill, actions } = props;
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  if (!prefill || prefill.status === 'dismissed') {
    return (
      <button type="button" class="cp-btn" onClick={actions.offerDefaults}>
        {GUARD_TEXT.fillFromDefaults}
      </button>
    );
  }
  const { source } = prefill;
  if (prefill.status === 'applied' || prefill.changes.length === 0) {
    return (
      <p class="cp-muted" role="status">
        {prefill.status === 'applied'
          ? (prefill.note ?? GUARD_TEXT.filledFrom(source))
          : GUARD_TEXT.alreadyMatches(source)}
      </p>
    );
  }
  const toggle = (id: string) => {
    const next = new Set(unticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setUnticked(next);
  };
  const chosen = prefill.changes.filter((c) => !unticked.has(c.id)).map((c) => c.id);
  return (
    <fieldset class="cp-prefill" disabled={prefill.status === 'applying'}>
      <legend>{GUARD_TEXT.suggestedFrom(source)}</legend>
      <ul class="cp-prefill__list">
        {prefill.changes.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" checked={!unticked.has(c.id)} onChange={() => toggle(c.id)} /> {c.label}
              {c.from ? <span class="cp-muted"> {GUARD_TEXT.nowValue(c.from)}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <div class="cp-row">
        <button
          type="button"
          class="cp-btn cp-btn--primary"
          disabled={chosen.length === 0}
          onClick={() => actions.acceptPrefill(chosen)}
        >
          {prefill.status === 'applying' ? GUARD_TEXT.filling : GUARD_TEXT.fillChanges(chosen.length)}
        </button>
        <button type="button" class="cp-btn" onClick={actions.dismissPrefill}>
          {GUARD_TEXT.dismiss}
        </button>
      </div>
    </fieldset>
  );
}
