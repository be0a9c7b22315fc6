import { useId, useState } from 'preact/hooks';
import { formatMoney } from '@/lib/format/rate';
import {
  type CollaborationSnapshot,
  collaborationLabel,
  collaborationUrl,
  HEALTH_TITLES,
  HEALTH_UI,
  type HealthIssue,
  type HealthResult,
  type PathFamily,
  SEVERITY_LABELS,
  summarizeHealth,
} from '@/lib/health/index';
import { CopyFollowUp, type FollowUpSource } from './CopyFollowUp';

export interface HealthPanelProps {
  snapshots: readonly CollaborationSnapshot[];
  /** checkHealth(snapshots, …), computed once by the caller so the row badges share it. */
  result: HealthResult;
  /** The list page's origin (location.origin), for links to each collaboration. */
  origin: string;
  pathFamily: PathFamily;
  shopRegion?: string;
  locale?: string;
  /** Receives the CSV text; the caller turns it into a download (kept out so the panel stays testable). */
  onExport: (csv: string) => void;
  /** The page's list answer was read; without it (an endpoint we do not know), nothing could be checked. */
  listRead?: boolean;
  /** Issues shown before "Show all" (default 20): a list of hundreds would bury the page. */
  initialLimit?: number;
  /** With a follow-up template among them, "not accepted" issues offer "Copy follow-up", filled on the click. */
  followUp?: FollowUpSource;
  /** Told when a follow-up reached the clipboard, for the creators it names and the template it used. */
  onFollowUpCopied?: (creatorIds: string[], templateId: string) => void;
  /** The clipboard writer; the browser's by default. */
  writeText?: (text: string) => Promise<void>;
}

/** The health summary and issue list for the Target collaboration list page. */
export function HealthPanel(props: HealthPanelProps) {
  const headingId = useId();
  const listHeadingId = useId();
  const [showAll, setShowAll] = useState(false);
  const { result } = props;
  const summary = summarizeHealth(result);
  const names = new Map(props.snapshots.map((s) => [s.id, s.name]));
  const limit = Math.max(1, props.initialLimit ?? 20);
  const shown = showAll ? result.issues : result.issues.slice(0, limit);
  const link = (id: string) => collaborationUrl(props.origin, id, props.pathFamily, props.shopRegion);

  // The CSV writer (with its CSV library) loads on the seller's click: showing the list never needs it.
  const exportCsv = () =>
    void import('@/lib/health/csv').then(({ healthCsv }) =>
      props.onExport(
        healthCsv(result.issues, props.snapshots, {
          origin: props.origin,
          pathFamily: props.pathFamily,
          ...(props.shopRegion ? { shopRegion: props.shopRegion } : {}),
          ...(props.locale ? { locale: props.locale } : {}),
        }),
      ),
    );

  return (
    <section class="cp-health" aria-labelledby={headingId}>
      <h3 id={headingId} class="cp-health__heading">
        {HEALTH_UI.heading}
      </h3>
      <div class="cp-health__summary" aria-live="polite" aria-atomic="true">
        {summary.loaded === 0 ? (
          <p class="cp-muted" data-state={props.listRead ? 'list-empty' : 'list-unread'}>
            {props.listRead ? HEALTH_UI.listEmpty : HEALTH_UI.nothingLoaded}
          </p>
        ) : (
          <ul class="cp-health__counts">
            <li>{HEALTH_UI.loaded(summary.loaded)}</li>
            <li class={summary.needsAttention ? 'cp-health__count--attention' : undefined}>
              {HEALTH_UI.needsAttention(summary.needsAttention)}
            </li>
            <li>{HEALTH_UI.healthy(summary.healthy)}</li>
            <li>{HEALTH_UI.notFullyLoaded(summary.notFullyLoaded)}</li>
            {summary.inactive ? <li>{HEALTH_UI.inactive(summary.inactive)}</li> : null}
          </ul>
        )}
        {summary.loaded > 0 && summary.issues === 0 ? <p>{HEALTH_UI.allClear}</p> : null}
      </div>

      {result.issues.length > 0 ? (
        <>
          <div class="cp-health__toolbar">
            <h4 id={listHeadingId} class="cp-health__subheading">
              {HEALTH_UI.issuesHeading}
            </h4>
            <button type="button" class="cp-btn" onClick={exportCsv} title={HEALTH_UI.exportHint}>
              {HEALTH_UI.exportCsv}
            </button>
          </div>
          <ol class="cp-health__list" aria-labelledby={listHeadingId}>
            {withKeys(shown).map(([key, issue]) => (
              <IssueItem
                key={key}
                issue={issue}
                names={names}
                link={link}
                locale={props.locale}
                followUp={
                  issue.code === 'health.not-accepted' && props.followUp?.templates.some((x) => x.kind === 'follow-up')
                    ? props.followUp
                    : null
                }
                snapshot={props.snapshots.find((s) => s.id === issue.collaborationId)}
                writeText={props.writeText}
                onFollowUpCopied={props.onFollowUpCopied}
              />
            ))}
          </ol>
          {result.issues.length > limit ? (
            <button
              type="button"
              class="cp-btn cp-btn--ghost"
              aria-expanded={showAll}
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? HEALTH_UI.showFewer : HEALTH_UI.showAll(result.issues.length)}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** Keys from what an issue is about, so items keep their identity when the list re-sorts; repeats get a suffix. */
function withKeys(issues: readonly HealthIssue[]): [string, HealthIssue][] {
  const seen = new Map<string, number>();
  return issues.map((issue) => {
    const base = `${issue.code}|${issue.collaborationId}|${issue.productId ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [n ? `${base}|${n}` : base, issue];
  });
}

function IssueItem(props: {
  issue: HealthIssue;
  names: ReadonlyMap<string, string>;
  link: (id: string) => string;
  locale: string | undefined;
  followUp: FollowUpSource | null;
  snapshot: CollaborationSnapshot | undefined;
  writeText: ((text: string) => Promise<void>) | undefined;
  onFollowUpCopied: ((creatorIds: string[], templateId: string) => void) | undefined;
}) {
  const { issue } = props;
  const collabIds = [issue.collaborationId, ...(issue.relatedCollaborationIds ?? [])];
  const money =
    typeof issue.moneyAtStakeCents === 'number' && issue.moneyAtStakeCents > 0
      ? formatMoney(issue.moneyAtStakeCents, issue.currency, props.locale)
      : null;
  return (
    <li class={`cp-health__issue cp-health__issue--${issue.severity}`} data-collaboration-id={issue.collaborationId}>
      <p class="cp-health__issue-title">
        <span class={`cp-health-sev cp-health-sev--${issue.severity}`}>{SEVERITY_LABELS[issue.severity]}</span>
        <span class="cp-health-sr-only">: </span>
        <strong>{HEALTH_TITLES[issue.code]}</strong>
      </p>
      <p class="cp-health__message">{issue.message}</p>
      {money ? <p class="cp-health__money">{HEALTH_UI.atStake(money)}</p> : null}
      <ul class="cp-health__links">
        {collabIds.map((id) => (
          <li key={id}>
            <a class="cp-health-link" href={props.link(id)}>
              {HEALTH_UI.open(collaborationLabel({ id, name: props.names.get(id) }))}
            </a>
          </li>
        ))}
      </ul>
      {props.followUp ? (
        <CopyFollowUp
          issue={issue}
          snapshot={props.snapshot}
          source={props.followUp}
          writeText={props.writeText}
          onCopied={props.onFollowUpCopied}
        />
      ) : null}
    </li>
  );
}
