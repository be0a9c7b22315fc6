import { useEffect, useRef } from 'preact/hooks';
import { debugFailure } from '@/components/common/debug';
import { findSendButton } from '@/lib/pages/create-invitation';
import type { Finding } from '@/lib/rules';

/** Our own failures, not facts about the form: they are shown, but never hold the seller's Send. */
const NEVER_HOLD: ReadonlySet<string> = new Set(['draft.invalid', 'check.failed']);

/** Must-fix findings that hold Send: read with certainty (unknown readings are never errors). */
export function holdingErrors(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error' && !NEVER_HOLD.has(f.code)).length;
}

export interface HoldState {
  errors: number;
  /** Identifies the warnings standing, so a confirmation covers exactly these. */
  warningKey: string;
  /** The seller's "confirm warnings before Send" setting. */
  confirm: boolean;
}

export interface SendHoldEvents {
  held(state: 'blocked' | 'confirm'): void;
  /** The click went through; `trusted` when the seller made it (a page script's click is not). */
  passed(trusted: boolean): void;
}

export interface SendHold {
  /** Lets the next Send through whatever stands; the Send after it is checked again. */
  releaseOnce(): void;
  /** The warnings standing now are accepted until they change or a Send goes through. */
  confirmWarnings(): void;
  /** Forget confirmations (after the page answered a Send). */
  reset(): void;
}

/**
 * Holds the page's Send (capture phase on window, so the page's own handlers never see a held click)
 * while a must-fix stands or warnings wait for confirmation. The hold lives and dies with the panel: it
 * is registered by the mounted guard and removed when the guard unmounts (overlay switched off, panel
 * gone, the feature crashed into its error boundary), it holds only while `guardRoot` is in the page,
 * and any failure of our own lets the click through.
 */
export function useSendHold(
  state: { readonly current: HoldState | null },
  guardRoot: { readonly current: Element | null },
  events: SendHoldEvents,
): SendHold {
  const released = useRef(false);
  const confirmedFor = useRef<string | null>(null);
  const on = useRef(events);
  on.current = events;

  useEffect(() => {
    const onClick = (ev: MouseEvent) => {
      try {
        const button = findSendButton(document);
        const target = ev.target as Node | null;
        if (!button || !target || !button.contains(target)) return;
        const s = state.current;
        const hold =
          !!s &&
          !!guardRoot.current?.isConnected &&
          (s.errors > 0 || (s.warningKey !== '' && s.confirm && confirmedFor.current !== s.warningKey));
        if (!hold || released.current) {
          released.current = false;
          on.current.passed(ev.isTrusted);
          return;
        }
        ev.preventDefault();
        ev.stopImmediatePropagation();
        on.current.held(s.errors > 0 ? 'blocked' : 'confirm');
      } catch (e) {
        // Fail open: a click we could not judge is the seller's.
        debugFailure('send hold: a click could not be judged', e);
      }
    };
    window.addEventListener('click', onClick, { capture: true });
    return () => window.removeEventListener('click', onClick, { capture: true });
  }, []);

  return {
    releaseOnce() {
      released.current = true;
    },
    confirmWarnings() {
      confirmedFor.current = state.current?.warningKey ?? null;
    },
    reset() {
      confirmedFor.current = null;
      released.current = false;
    },
  };
}
