import { useRef, useState } from 'preact/hooks';
import { usePanelControl, usePanelCounts } from '@/components/panel/panel-context';
import type { GuardView, SendOutcome } from '@/components/setup-guard/types';
import { controlsToKeepVisible } from '@/lib/pages/create-invitation';
import type { Finding } from '@/lib/rules';
import { type HoldState, holdingErrors, useSendHold } from './use-send-hold';

export interface SendStatus {
  send: GuardView['send'];
  confirmWarnings(): void;
  sendAnyway(): void;
  /**
   * The page answered a Send: show the answer and check the next Send afresh. Returns when the seller's
   * own (trusted) Send click went through, once: only its answer may settle a batch.
   */
  answered(outcome: SendOutcome): number | null;
}

/**
 * What stands between the seller and Send: the counts on the compact pill, the hold on the page's Send
 * (use-send-hold.ts), and the status line. A held Send, and the platform's answer to Send, open the panel.
 */
export function useSendStatus(
  findings: readonly Finding[],
  confirm: boolean,
  guardRoot: { readonly current: Element | null },
): SendStatus {
  const [send, setSend] = useState<GuardView['send']>({ state: 'idle' });
  const sendClickAt = useRef<number | null>(null);
  const errors = holdingErrors(findings);
  const warnings = findings.filter((f) => f.severity === 'warning');
  const warningKey = warnings.map((f) => `${f.code}:${f.productId ?? ''}:${f.creatorId ?? ''}`).join('|');
  const panel = usePanelControl();
  usePanelCounts(errors, warnings.length);
  const latest = useRef<HoldState>({ errors, warningKey, confirm });
  latest.current = { errors, warningKey, confirm };
  const hold = useSendHold(latest, guardRoot, {
    held(state) {
      setSend({ state: state === 'blocked' ? 'blocked' : 'confirm' });
      panel.expand(controlsToKeepVisible(document));
    },
    passed(trusted) {
      if (trusted) sendClickAt.current = Date.now();
      setSend({ state: 'waiting' });
    },
  });
  return {
    send,
    confirmWarnings() {
      hold.confirmWarnings();
      setSend({ state: 'confirmed' });
    },
    sendAnyway() {
      hold.releaseOnce();
      setSend({ state: 'released' });
    },
    answered(outcome) {
      setSend({ state: 'done', outcome });
      panel.expand();
      hold.reset();
      const at = sendClickAt.current;
      sendClickAt.current = null;
      return at;
    },
  };
}
