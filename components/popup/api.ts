/** What the popup needs from the browser, injected so component tests run without one. */
import type { FocusedCreatorReply, QueueSummary, SendMessage } from '@/lib/messages';

/** What the first paint needs: the stored summary and the settings link. No worker, no polyfill. */
export interface SummaryApi {
  /** storage.local `queue:summary`, read directly: the fastest way to first paint. */
  readSummary(): Promise<QueueSummary | null>;
  onSummary(cb: (s: QueueSummary) => void): () => void;
  optionsUrl: string;
}

export interface PopupApi extends SummaryApi {
  send: SendMessage;
  /** Asks the active tab's content script; null when there is none or it has no creator in focus. */
  focusedCreator(): Promise<FocusedCreatorReply | null>;
  newOpId(): string;
}
