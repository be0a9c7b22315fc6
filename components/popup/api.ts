/** What the popup needs from the browser, injected so component tests run without one. */
import type { FocusedCreatorReply, QueueSummary, SendMessage } from '@/lib/messages';

export interface PopupApi {
  send: SendMessage;
  /** storage.local `queue:summary`, read directly: the fastest way to first paint. */
  readSummary(): Promise<QueueSummary | null>;
  onSummary(cb: (s: QueueSummary) => void): () => void;
  /** Asks the active tab's content script; null when there is none or it has no creator in focus. */
  focusedCreator(): Promise<FocusedCreatorReply | null>;
  newOpId(): string;
  optionsUrl: string;
}
