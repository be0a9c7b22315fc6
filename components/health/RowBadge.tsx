import {
  collaborationLabel,
  HEALTH_TITLES,
  HEALTH_UI,
  type HealthIssue,
  mostSevere,
  SEVERITY_LABELS,
} from '@/lib/health/index';
import { t } from '@/lib/i18n/index';

export interface RowBadgeProps {
  /** result.byCollaboration.get(id) for this row. */
  issues: readonly HealthIssue[] | undefined;
  collaborationId: string;
  collaborationName?: string;
  /** When given, the badge is a button (e.g. to reveal the row's issues in the panel). */
  onSelect?: () => void;
}

/**
 * A compact badge for one row of the list page: how many issues and the most severe level, as text, with the
 * details in a tooltip and in the accessible name. Renders nothing for a row with no issues.
 */
export function RowBadge(props: RowBadgeProps) {
  const issues = props.issues ?? [];
  const worst = mostSevere(issues);
  if (!worst) return null;
  const label = SEVERITY_LABELS[worst];
  const titles = [...new Set(issues.map((i) => HEALTH_TITLES[i.code]))];
  const details = issues
    .map((i) => t('healthui_badge_detail', SEVERITY_LABELS[i.severity], HEALTH_TITLES[i.code]))
    .join('\n');
  const text = HEALTH_UI.badgeText(label, issues.length);
  const accessible = HEALTH_UI.badgeLabel(
    text,
    collaborationLabel({ id: props.collaborationId, name: props.collaborationName }),
    issues.length,
    `${titles.join('; ')}.`,
  );
  const className = `cp-health-badge cp-health-badge--${worst}`;
  if (props.onSelect) {
    return (
      <button type="button" class={className} title={details} aria-label={accessible} onClick={props.onSelect}>
        {text}
      </button>
    );
  }
  return (
    <span class={className} role="note" title={details} aria-label={accessible}>
      {text}
    </span>
  );
}
