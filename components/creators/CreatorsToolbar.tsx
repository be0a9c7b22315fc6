import { useEffect, useRef, useState } from 'preact/hooks';
import { type BulkAddResult, bulkResultMessage, REASON_MESSAGES, TOOLBAR_MESSAGES } from '@/lib/creators/messages';
import { REASONS, type ReasonCode } from '@/lib/creators/reasons';
import { useUniqueId } from './use-unique-id';

export interface BulkProgress {
  done: number;
  total: number;
}

export interface CreatorsToolbarProps {
  /** How many listed rows carry each reason (see countByReason). */
  reasonCounts: Readonly<Record<ReasonCode, number>>;
  /** Ticked reasons; empty means no filter. */
  reasons: ReadonlySet<number>;
  onReasonsChange: (next: Set<number>) => void;
  /** Rows the page has listed so far, and how many of them "Queue all matching" would add. */
  listedCount: number;
  /** Listed rows the page's data has not described yet: their reasons are unknown, not "none". */
  unknownCount?: number;
  matchingCount: number;
  /** Rows ticked in the page's own checkbox column (0 where the region has none). */
  selectedCount: number;
  queueCount: number;
  onQueueSelected: () => Promise<BulkAddResult>;
  onQueueMatching: () => Promise<BulkAddResult>;
  /** Progress of the running bulk add, reported by the caller; omitted before the first report. */
  progress?: BulkProgress | null;
  /** Asks the caller to stop; its promise then resolves with `cancelled: true`. */
  onCancel?: () => void;
  /** A message from outside (e.g. the worker); replaces the current one when it changes. */
  message?: string | null;
}

type Busy = null | { kind: 'selected' | 'matching'; total: number };

/**
 * The Find creators toolbar: reason filter with per-reason counts, bulk queueing with progress and
 * cancel, the queue count, and one status line. Props-driven so it runs without the extension.
 */
export function CreatorsToolbar(props: CreatorsToolbarProps) {
  const baseId = useUniqueId('cp-reason');
  const [busy, setBusy] = useState<Busy>(null);
  const [cancelling, setCancelling] = useState(false);
  const [message, setMessage] = useState<string>(props.message ?? '');
  // A bulk add may finish after the toolbar is gone (the seller navigated away).
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    if (props.message != null) setMessage(props.message);
  }, [props.message]);

  const toggle = (code: number, on: boolean) => {
    const next = new Set(props.reasons);
    if (on) next.add(code);
    else next.delete(code);
    props.onReasonsChange(next);
  };

  const run = async (kind: 'selected' | 'matching') => {
    if (busy) return;
    const total = kind === 'selected' ? props.selectedCount : props.matchingCount;
    if (total === 0) {
      setMessage(kind === 'selected' ? TOOLBAR_MESSAGES.nothingSelected : TOOLBAR_MESSAGES.nothingMatching);
      return;
    }
    setBusy({ kind, total });
    setCancelling(false);
    setMessage('');
    try {
      const result = await (kind === 'selected' ? props.onQueueSelected() : props.onQueueMatching());
      if (mounted.current) setMessage(bulkResultMessage({ total, ...result }));
    } catch (err) {
      const why = err instanceof Error && err.message ? err.message : TOOLBAR_MESSAGES.unknownError;
      if (mounted.current) setMessage(TOOLBAR_MESSAGES.failed(why));
    } finally {
      if (mounted.current) {
        setBusy(null);
        setCancelling(false);
      }
    }
  };

  const progress = busy ? (props.progress ?? { done: 0, total: busy.total }) : null;

  return (
    <div class="cp-toolbar">
      <fieldset class="cp-reasons">
        <legend class="cp-reasons__legend">{REASON_MESSAGES.legend}</legend>
        {REASONS.map((r) => {
          const id = `${baseId}-${r.code}`;
          return (
            <div class="cp-reasons__item" key={r.code}>
              <input
                id={id}
                type="checkbox"
                checked={props.reasons.has(r.code)}
                onChange={(e) => toggle(r.code, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={id}>{TOOLBAR_MESSAGES.reasonCount(r.label, props.reasonCounts[r.code] ?? 0)}</label>
            </div>
          );
        })}
        <p class="cp-muted cp-reasons__hint">
          {props.reasons.size === 0
            ? TOOLBAR_MESSAGES.noReasonHint
            : TOOLBAR_MESSAGES.matching(props.matchingCount, props.listedCount)}
        </p>
        {props.unknownCount ? (
          <p class="cp-muted cp-reasons__hint">{TOOLBAR_MESSAGES.reasonsUnknown(props.unknownCount)}</p>
        ) : null}
      </fieldset>

      <div class="cp-toolbar__actions">
        <button
          type="button"
          class="cp-btn"
          aria-disabled={busy || props.selectedCount === 0 ? 'true' : undefined}
          onClick={() => void run('selected')}
        >
          {TOOLBAR_MESSAGES.queueSelected(props.selectedCount)}
        </button>
        <button
          type="button"
          class="cp-btn cp-btn--primary"
          aria-disabled={busy || props.matchingCount === 0 ? 'true' : undefined}
          onClick={() => void run('matching')}
        >
          {TOOLBAR_MESSAGES.queueMatching(props.matchingCount)}
        </button>
        <span class="cp-toolbar__count">{TOOLBAR_MESSAGES.queueCount(props.queueCount)}</span>
      </div>

      {progress ? (
        <div class="cp-progress">
          <progress
            class="cp-progress__bar"
            max={Math.max(progress.total, 1)}
            value={Math.min(progress.done, progress.total)}
            aria-label={TOOLBAR_MESSAGES.progressLabel}
          />
          <span class="cp-progress__text">{TOOLBAR_MESSAGES.progress(progress.done, progress.total)}</span>
          {props.onCancel ? (
            <button
              type="button"
              class="cp-btn cp-btn--ghost"
              aria-disabled={cancelling ? 'true' : undefined}
              onClick={() => {
                if (cancelling) return;
                setCancelling(true);
                props.onCancel?.();
              }}
            >
              {cancelling ? TOOLBAR_MESSAGES.cancelling : TOOLBAR_MESSAGES.cancel}
            </button>
          ) : null}
        </div>
      ) : null}

      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <p class="cp-toolbar__message" role="status">
        {message}
      </p>
    </div>
  );
}
