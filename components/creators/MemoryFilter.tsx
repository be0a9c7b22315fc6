import { t } from '@/lib/i18n';
import type { MemoryFilter as Filter } from '@/lib/memory/summary';
import { useUniqueId } from './use-unique-id';

export interface MemoryFilterProps {
  filter: Filter;
  /** The seller's "recent invitation" days; the first box hides creators invited within them. */
  recentDays: number;
  onChange: (next: Filter) => void;
  /** Listed rows the filter fades and leaves out of "Queue all matching". */
  hiddenCount: number;
}

/** "Hide creators": invited by you lately, marked "don't invite", or who never accepted. */
export function MemoryFilter(props: MemoryFilterProps) {
  const base = useUniqueId('cp-memf');
  const { filter, recentDays } = props;
  const box = (key: string, label: string, checked: boolean, next: (on: boolean) => Filter) => (
    <div class="cp-reasons__item">
      <input
        id={`${base}-${key}`}
        type="checkbox"
        checked={checked}
        onChange={(e) => props.onChange(next((e.currentTarget as HTMLInputElement).checked))}
      />
      <label for={`${base}-${key}`}>{label}</label>
    </div>
  );
  const on = !!(filter.invitedWithinDays || filter.hideDoNotInvite || filter.hideNeverAccepted);
  return (
    <fieldset class="cp-reasons cp-memory-filter">
      <legend class="cp-reasons__legend">{t('memory_filter_legend')}</legend>
      {box('recent', t('memory_filter_recent', recentDays), !!filter.invitedWithinDays, (v) => ({
        ...filter,
        invitedWithinDays: v ? recentDays : 0,
      }))}
      {box('dni', t('memory_filter_do_not_invite'), !!filter.hideDoNotInvite, (v) => ({
        ...filter,
        hideDoNotInvite: v,
      }))}
      {box('never', t('memory_filter_never_accepted'), !!filter.hideNeverAccepted, (v) => ({
        ...filter,
        hideNeverAccepted: v,
      }))}
      {on ? <p class="cp-muted cp-reasons__hint">{t('memory_filter_hidden', props.hiddenCount)}</p> : null}
    </fieldset>
  );
}
