/**
 * The one place extension pages and content scripts call the worker. Typed by lib/messages: the
 * request's `type` picks the reply. A worker stopped mid-request (MV3 does that) makes the call fail
 * with a connection error, or leaves it pending: real Chromium kept one pending 8.5 s while its worker
 * was being stopped, and nothing promises such a call settles at all. So each attempt is bounded, and we
 * retry the same request; since every write carries an op id the worker applies it once however often
 * it arrives.
 */
import { browser } from 'wxt/browser';
import { MESSAGE_ERRORS } from '@/lib/message-constants';
import type { AnyReply, Reply, RequestOf, RequestType, SendMessage } from '@/lib/messages';

const RETRIES = 3;
const RETRY_DELAY_MS = 150;
/** Far above any request's own work: a 10,000-row CSV import takes ~0.4 s in the worker's unit tests. */
export const ATTEMPT_MS = 20_000;
const STALLED = 'no answer within the attempt bound';

function isConnectionError(e: unknown): boolean {
  const text = String((e as { message?: unknown })?.message ?? e);
  return /Receiving end does not exist|Could not establish connection|message port closed|context invalidated|no answer within/i.test(
    text,
  );
}

function bounded<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(STALLED)), ATTEMPT_MS);
  });
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer));
}

function isReply(v: unknown): v is AnyReply {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

export const sendMessage: SendMessage = async <K extends RequestType>(request: RequestOf<K>): Promise<Reply<K>> => {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await bounded(browser.runtime.sendMessage(request));
      if (isReply(reply)) return reply as Reply<K>;
      throw new Error('message port closed before a response was received');
    } catch (e) {
      if (attempt >= RETRIES || !isConnectionError(e)) {
        return { ok: false, code: 'internal', error: MESSAGE_ERRORS.noAnswer };
      }
      await new Promise((r) => setTimeout(r, RETRY_DELAY_MS * (attempt + 1)));
    }
  }
};

/** A fresh op id for a write; reuse it when retrying the same write yourself. */
export function newOpId(): string {
  return crypto.randomUUID();
}
