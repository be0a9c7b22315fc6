/**
 * The one place extension pages and content scripts call the worker. Typed by lib/messages: the
 * request's `type` picks the reply. A worker stopped mid-request (MV3 does that) makes the call fail
 * with a connection error; we retry the same request, and since every write carries an op id the
 * worker applies it once however often it arrives.
 */
import { browser } from 'wxt/browser';
import { type AnyReply, MESSAGE_ERRORS, type Reply, type RequestOf, type RequestType, type SendMessage } from '@/lib/messages';

const RETRIES = 3;
const RETRY_DELAY_MS = 150;

function isConnectionError(e: unknown): boolean {
  const text = String((e as { message?: unknown })?.message ?? e);
  return /Receiving end does not exist|Could not establish connection|message port closed|context invalidated/i.test(text);
}

function isReply(v: unknown): v is AnyReply {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

export const sendMessage: SendMessage = async <K extends RequestType>(request: RequestOf<K>): Promise<Reply<K>> => {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(request);
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
