import { useState } from 'preact/hooks';
import type { FitResult } from '@/lib/creators/fit';
import { FIT_MESSAGES } from '@/lib/creators/messages';
import { STATUS_ICONS } from './icons';
import { useUniqueId } from './use-unique-id';

export interface FitScoreProps {
  fit: FitResult;
}

/** Score tone, also spelled out in the tooltip: colour is a hint, never the message. */
function tone(fit: FitResult): 'good' | 'warn' | 'bad' | 'neutral' {
  if (fit.known === 0) return 'neutral';
  if (fit.score >= 75) return 'good';
  if (fit.score >= 50) return 'warn';
  return 'bad';
}

/**
 * The fit score as a focusable button whose breakdown shows on hover AND keyboard focus
 * (a role="tooltip" tied by aria-describedby). Hover covers the tooltip too, so the pointer can
 * move onto it without it vanishing; Escape dismisses it (WCAG 1.4.13).
 */
export function FitScore({ fit }: FitScoreProps) {
  const tipId = useUniqueId('cp-fit');
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hover || focus) && !dismissed;

  const text = fit.known === 0 ? FIT_MESSAGES.scoreUnknown : FIT_MESSAGES.scoreShort(fit.score);
  const partial = fit.known > 0 && fit.known < fit.total ? ` (${fit.known}/${fit.total})` : '';

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover mirrors the button's focus for pointer users and must cover the tooltip too
    <span
      class="cp-fit"
      onMouseEnter={() => {
        setHover(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHover(false)}
    >
      <button
        type="button"
        class={`cp-fit__score cp-tone--${tone(fit)}`}
        aria-describedby={tipId}
        onFocus={() => {
          setFocus(true);
          setDismissed(false);
        }}
        onBlur={() => setFocus(false)}
        // Touch has no hover: a tap toggles the breakdown.
        onClick={() => {
          if (open) setDismissed(true);
          else {
            setFocus(true);
            setDismissed(false);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(true);
        }}
      >
        {text}
        {partial ? <span class="cp-fit__known">{partial}</span> : null}
      </button>
      <div id={tipId} role="tooltip" class="cp-tooltip" hidden={!open}>
        <p class="cp-tooltip__title">{FIT_MESSAGES.tooltipTitle}</p>
        <ul class="cp-tooltip__parts">
          {fit.parts.map((p) => {
            const status =
              p.met === null ? FIT_MESSAGES.unknownStatus : p.met ? FIT_MESSAGES.met : FIT_MESSAGES.notMet;
            const icon = p.met === null ? STATUS_ICONS.unknown : p.met ? STATUS_ICONS.met : STATUS_ICONS.notMet;
            const state = p.met === null ? 'unknown' : p.met ? 'met' : 'not-met';
            return (
              <li key={p.key} class={`cp-fit-part cp-fit-part--${state}`} data-key={p.key}>
                <span class="cp-fit-part__icon" aria-hidden="true">
                  {icon}
                </span>{' '}
                <span class="cp-fit-part__value">{FIT_MESSAGES.partValue(p.label, p.value)}</span>{' '}
                <span class="cp-fit-part__goal">{FIT_MESSAGES.partGoal(p.goal, status)}</span>
              </li>
            );
          })}
        </ul>
        <p class="cp-tooltip__summary">{fit.summary}</p>
      </div>
    </span>
  );
}
