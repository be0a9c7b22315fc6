import { useMemo } from 'preact/hooks';
import { creatorBadges, type Badge } from '@/lib/creators/badges';
import { fitScore } from '@/lib/creators/fit';
import { OVERLAY_MESSAGES } from '@/lib/creators/messages';
import type { CreatorRow } from '@/lib/creators/types';
import type { FitThresholds } from '@/lib/settings/schema';
import { FitScore } from './FitScore';
import { useUniqueId } from './use-unique-id';
import { BADGE_ICONS } from './icons';

export type AddState = 'idle' | 'adding' | 'queued' | 'error';

export interface RowOverlayProps {
  creator: CreatorRow;
  thresholds: FitThresholds;
  state: AddState;
  onAdd: () => void;
  /** Why the last add failed, shown beside the retry button. */
  error?: string;
  /** Locale for numbers in the fit breakdown. */
  locale?: string;
}

/**
 * The host row opens the creator's detail page on click, and the page's own keyboard handlers sit
 * above us: nothing that starts inside the overlay may reach them.
 */
const stop = (e: Event) => e.stopPropagation();

/**
 * One creator row's overlay: badges, fit score and "Add to queue", on one line of ~220 px.
 * The add button uses aria-disabled rather than `disabled` so it keeps keyboard focus while
 * adding/queued, and stays focusable when blocked so its explanation can be read.
 */
export function RowOverlay(props: RowOverlayProps) {
  const { creator, thresholds, state, locale } = props;
  const noteId = useUniqueId('cp-note');
  const fit = useMemo(() => fitScore(creator, thresholds, { locale }), [creator, thresholds, locale]);
  const badges = creatorBadges(creator, { queued: state === 'queued' });
  const blocked = creator.blocked === true;
  const inert = blocked || state === 'adding' || state === 'queued';

  let label: string = OVERLAY_MESSAGES.add;
  if (blocked) label = OVERLAY_MESSAGES.cantAdd;
  else if (state === 'adding') label = OVERLAY_MESSAGES.adding;
  else if (state === 'queued') label = OVERLAY_MESSAGES.queued;
  else if (state === 'error') label = OVERLAY_MESSAGES.retry;

  const note = blocked
    ? OVERLAY_MESSAGES.blockedExplain
    : state === 'error'
      ? (props.error ?? OVERLAY_MESSAGES.failed)
      : state === 'queued'
        ? OVERLAY_MESSAGES.alreadyQueued
        : null;

  return (
    <fieldset
      class="cp-overlay"
      aria-label={OVERLAY_MESSAGES.region(creator.handle)}
      onClick={stop}
      onMouseDown={stop}
      onMouseUp={stop}
      onPointerDown={stop}
      onPointerUp={stop}
      onDblClick={stop}
      onKeyDown={stop}
      onKeyUp={stop}
    >
      {badges.length ? (
        <ul class="cp-badges">
          {badges.map((b) => (
            <BadgeItem key={b.key} badge={b} />
          ))}
        </ul>
      ) : null}
      <FitScore fit={fit} />
      <button
        type="button"
        class={`cp-btn cp-add cp-add--${blocked ? 'blocked' : state}`}
        aria-disabled={inert ? 'true' : undefined}
        aria-busy={state === 'adding' ? 'true' : undefined}
        aria-describedby={note ? noteId : undefined}
        title={note ?? undefined}
        onClick={() => {
          if (!inert) props.onAdd();
        }}
      >
        {label}
      </button>
      {note ? (
        <span id={noteId} class={state === 'error' && !blocked ? 'cp-overlay__error' : 'cp-sr-only'}>
          {state === 'error' && !blocked ? (
            <span aria-hidden="true" class="cp-overlay__error-icon">
              ⚠{' '}
            </span>
          ) : null}
          {note}
        </span>
      ) : null}
    </fieldset>
  );
}

function BadgeItem({ badge }: { badge: Badge }) {
  return (
    <li class={`cp-badge cp-tone--${badge.tone}`} data-badge={badge.key} title={badge.description}>
      <span class="cp-badge__icon" aria-hidden="true">
        {BADGE_ICONS[badge.key]}
      </span>
      {badge.label}
      <span class="cp-sr-only">: {badge.description}</span>
    </li>
  );
}
