/**
 * The isolated side of the observer: checks a `message` event's envelope, and reads an answer into typed
 * page data with the readers a page has loaded (AnswerReaders), or null.
 *
 * The messages come only on the observer's private port (lib/observer/link.ts), never from `window`.
 * What they carry is still the page's own JSON, so it stays untrusted page data, exactly like the DOM
 * (a page script can call the page's endpoints itself): it may only ever *inform* (creators,
 * products, quota, a Send outcome), never *command* (no field here triggers an action, a request,
 * a navigation or a storage write by itself). Everything is validated with zod/mini per endpoint,
 * strings and lists are bounded, ids restricted; anything malformed is dropped (null).
 *
 * The bodies arrive as JSON text (envelope v2) and are parsed here, in the isolated world, with the
 * isolated world's own JSON.parse; a body over MAX_BODY_CHARS is dropped before it is parsed.
 */
import { z } from 'zod/mini';
import type { Conflict, CreateOutcome, SentInvitation } from '../pages/create-json';
import type { FindRequest, FindResult } from '../pages/creator-json';
import type { GroupDetail, GroupSummary } from '../pages/group-json';
import type { ProductRow } from '../pages/product-json';
import type { InvitationLimits, Quota } from '../pages/quota-json';
import {
  ENDPOINTS,
  type EndpointName,
  MAX_BODY_CHARS,
  OBSERVER_SOURCE,
  OBSERVER_VERSION,
  REPLAY_SOURCE,
} from './endpoints';

export type ObserverData =
  | { endpoint: 'creator-find'; request: FindRequest | null; result: FindResult }
  | { endpoint: 'product-list'; products: ProductRow[]; total: number | null }
  | { endpoint: 'quota'; quota: Quota }
  | { endpoint: 'invitation-limit'; limits: InvitationLimits }
  | { endpoint: 'conflict-check'; conflicts: Conflict[] }
  | { endpoint: 'create'; sent: SentInvitation | null; outcome: CreateOutcome }
  | { endpoint: 'group-search'; groups: GroupSummary[]; total: number | null }
  | { endpoint: 'group-detail'; group: GroupDetail };

/** `seq` numbers the observer's messages per page load: a replayed message repeats its seq. */
export type ObserverEvent = ObserverData & { seq: number | null };

/** An answer whose envelope is valid, its bodies parsed as JSON but not yet read. */
export interface Answer {
  endpoint: EndpointName;
  seq: number | null;
  /** Null when no request body was seen, or it was not JSON: only what was sent is lost, not the outcome. */
  request: unknown;
  response: unknown;
}

/**
 * Reads an endpoint's bodies into page data, or null when they are not of its shape. Each reader lives
 * with the page JSON it reads (lib/pages/*-json.ts), so that a page loads only the readers of its answers.
 */
export type AnswerReaders = {
  [E in EndpointName]?: (response: unknown, request: unknown) => Extract<ObserverData, { endpoint: E }> | null;
};

/** Every answer the observer reports. */
const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as [EndpointName, ...EndpointName[]];

const body = z.string().check(z.maxLength(MAX_BODY_CHARS));
const envelope = z.object({
  source: z.literal(OBSERVER_SOURCE),
  v: z.literal(OBSERVER_VERSION),
  seq: z.optional(z.number().check(z.int(), z.positive())),
  endpoint: z.literal(ENDPOINT_NAMES),
  request: z.optional(z.nullable(body)),
  response: body,
});

/** JSON text → value, or null when empty or malformed (never throws). */
function json(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Cheap pre-check, so the page's unrelated messages cost nothing. */
export function looksLikeObserverMessage(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { source?: unknown }).source === OBSERVER_SOURCE;
}

/** A message from the observer's port → an answer with a valid envelope and a JSON response, or null. */
export function readEnvelope(data: unknown): Answer | null {
  try {
    if (!looksLikeObserverMessage(data)) return null;
    const e = envelope.safeParse(data);
    if (!e.success) return null;
    const response = json(e.data.response);
    if (response == null) return null;
    return { endpoint: e.data.endpoint, seq: e.data.seq ?? null, request: json(e.data.request), response };
  } catch {
    return null;
  }
}

/** An answer → a validated event, or null when no reader is given for its endpoint or its bodies are malformed. */
export function readAnswer(answer: Answer, readers: AnswerReaders): ObserverEvent | null {
  try {
    const read = readers[answer.endpoint] as ((response: unknown, request: unknown) => ObserverData | null) | undefined;
    const d = read?.(answer.response, answer.request);
    return d ? { ...d, seq: answer.seq } : null;
  } catch {
    return null;
  }
}

export interface ListenOptions {
  /** false: the caller asks for the replay itself (requestReplay), when it is ready. */
  replay?: boolean;
  /** Told when `onAnswer` throws; the listener carries on with the next message either way. */
  onError?: (error: unknown) => void;
}

/** What the listener needs of the port: a MessagePort, or a test double of one. */
export type ObserverPort = Pick<MessagePort, 'addEventListener' | 'removeEventListener' | 'postMessage' | 'start'>;

/**
 * Convenience for the content script: listen on the observer's port and hand answers with a valid
 * envelope to `onAnswer`, once per seq. Returns the unsubscribe function; pass an AbortSignal to end with the page visit.
 */
export function listenToObserver(
  port: ObserverPort,
  onAnswer: (a: Answer) => void,
  signal?: AbortSignal,
  { replay = true, onError }: ListenOptions = {},
): () => void {
  const seen = new Set<number>();
  const handler = (ev: MessageEvent) => {
    const data: unknown = ev.data;
    // A replayed seq already delivered is skipped before its body is parsed (seen holds valid envelopes' seqs only).
    if (looksLikeObserverMessage(data) && seen.has((data as { seq?: number }).seq as number)) return;
    const parsed = readEnvelope(data);
    // A replay repeats messages this listener may already have had: deliver each seq once.
    if (parsed && parsed.seq != null) {
      if (seen.has(parsed.seq)) return;
      seen.add(parsed.seq);
    }
    if (parsed) {
      try {
        onAnswer(parsed);
      } catch (e) {
        // A consumer's bug must not surface in the page: its caller hears of it instead.
        onError?.(e);
      }
    }
  };
  port.addEventListener('message', handler as EventListener, signal ? { signal } : undefined);
  port.start();
  if (replay) requestReplay(port);
  return () => {
    port.removeEventListener('message', handler as EventListener);
  };
}

/** Ask the observer to post its recent messages again (it holds the last few; data only). */
export function requestReplay(port: ObserverPort): void {
  try {
    port.postMessage({ source: REPLAY_SOURCE, type: 'replay' });
  } catch {
    // A closed port: no replay, and the answers that come next still arrive.
  }
}
