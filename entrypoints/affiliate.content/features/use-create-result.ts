import { useEffect, useRef } from 'preact/hooks';
import { loadLaterTexts } from '@/components/common/i18n';
import type { Prefill } from '@/lib/messages';
import type { PageData } from '../page-data';
import type { SendStatus } from './use-send-status';

/**
 * After Send: the page's create answer is shown, and the entries of the batch that opened this page
 * learn their fate (only the creators that request named, and only after the seller's own Send click).
 */
export function useCreateResult(
  pageData: PageData,
  batch: Prefill | null,
  status: Pick<SendStatus, 'answered'>,
  onSent: () => void,
): void {
  const seen = useRef(pageData.lastCreate?.n ?? 0);
  useEffect(() => {
    const last = pageData.lastCreate;
    if (!last || last.n <= seen.current) return;
    seen.current = last.n;
    // Reading the answer loads with the first one: pages where no one presses Send carry none of it.
    void Promise.all([import('./create-answer'), loadLaterTexts('queue')]).then(([m]) =>
      m.applyCreateAnswer(pageData, last, batch, status, onSent),
    );
  }, [pageData.rev]);
}
