import { useEffect, useState } from 'preact/hooks';
import { debugFailure } from '@/components/common/debug';
import { mergeCreatorRow } from '@/lib/creators/merge-row';
import {
  type Answer,
  type AnswerReaders,
  listenToObserver,
  type ObserverEvent,
  type ObserverPort,
  readAnswer,
} from '@/lib/observer/receive';
import type { Conflict, CreateOutcome, SentInvitation } from '@/lib/pages/create-json';
import type { CreatorRow } from '@/lib/pages/creator-json';
import type { GroupDetail, GroupSummary } from '@/lib/pages/group-json';
import type { ProductRow } from '@/lib/pages/product-json';
import { type InvitationLimits, QUOTA_ANSWERS, type Quota } from '@/lib/pages/quota-json';

/** Bounds so a page that loads for hours (infinite scroll) cannot grow our memory without end. */
const MAX_CREATORS = 5000;
const MAX_PRODUCTS = 2000;
const MAX_GROUPS = 1000;
/**
 * Answers held until a feature brings their reader: enough for what a page says while its feature chunk
 * loads, and a bound on what a page whose feature never reads an endpoint can make us keep.
 */
const MAX_HELD = 20;

export interface CreateRecord {
  sent: SentInvitation | null;
  outcome: CreateOutcome;
  /** Increments per Send answer, so a feature can tell a new answer from one it already handled. */
  n: number;
}

export interface PageData {
  creators: Map<string, CreatorRow>;
  /** Creator ids in the order the page listed them. */
  creatorOrder: string[];
  products: Map<string, ProductRow>;
  quota: Quota | null;
  limits: InvitationLimits | null;
  conflicts: Conflict[];
  lastCreate: CreateRecord | null;
  groups: Map<string, GroupSummary>;
  groupDetails: Map<string, GroupDetail>;
  /** The page's list answer was read (even an empty one): without it, the list's data is unknown to us. */
  listRead: boolean;
  rev: number;
}

/** Called after each of the page's answers, with the answer that changed `data`. */
type Listener = (data: PageData, event: ObserverEvent) => void;

function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

/**
 * What the page's own JSON has told us, for the content script's lifetime (the observer sees requests
 * that happen before a page visit starts). Everything in here was validated by lib/observer/receive and
 * is still untrusted page data: it informs our checks and never triggers an action.
 *
 * The quota's reader is always here (every panel may show it); each feature chunk brings the readers of
 * its page's answers (`addReaders`), so a page loads only those. An answer that arrives before its reader
 * is held, in order, and read when the reader comes.
 */
export function createPageData(observer: Promise<ObserverPort | null>, signal: AbortSignal) {
  const data: PageData = {
    creators: new Map(),
    creatorOrder: [],
    products: new Map(),
    quota: null,
    limits: null,
    conflicts: [],
    lastCreate: null,
    groups: new Map(),
    groupDetails: new Map(),
    listRead: false,
    rev: 0,
  };
  const listeners = new Set<Listener>();
  let createCount = 0;
  const readers: AnswerReaders = { ...QUOTA_ANSWERS };
  const held: Answer[] = [];

  const apply = (e: ObserverEvent) => {
    switch (e.endpoint) {
      case 'creator-find':
        for (const c of e.result.creators) {
          if (!data.creators.has(c.id)) data.creatorOrder.push(c.id);
          setBounded(data.creators, c.id, mergeCreatorRow(data.creators.get(c.id), c), MAX_CREATORS);
        }
        if (data.creatorOrder.length > MAX_CREATORS)
          data.creatorOrder.splice(0, data.creatorOrder.length - MAX_CREATORS);
        break;
      case 'product-list':
        for (const p of e.products) setBounded(data.products, p.id, p, MAX_PRODUCTS);
        break;
      case 'quota':
        data.quota = e.quota;
        break;
      case 'invitation-limit':
        data.limits = e.limits;
        break;
      case 'conflict-check':
        data.conflicts = e.conflicts;
        break;
      case 'create':
        createCount += 1;
        data.lastCreate = { sent: e.sent, outcome: e.outcome, n: createCount };
        break;
      case 'group-search':
        data.listRead = true;
        for (const g of e.groups) setBounded(data.groups, g.id, g, MAX_GROUPS);
        break;
      case 'group-detail':
        setBounded(data.groupDetails, e.group.id, e.group, MAX_GROUPS);
        break;
    }
    data.rev += 1;
    for (const l of listeners) l(data, e);
  };

  const receive = (a: Answer) => {
    if (!readers[a.endpoint]) {
      held.push(a);
      if (held.length > MAX_HELD) held.shift();
      return;
    }
    const e = readAnswer(a, readers);
    if (e) apply(e);
  };

  void observer.then((port) => {
    if (port && !signal.aborted)
      listenToObserver(port, receive, signal, {
        onError: (e) => debugFailure('page data: an answer could not be applied', e),
      });
  });

  return {
    get: () => data,
    /** A feature's readers: the answers held for them are read now, in the order they came. */
    addReaders(more: AnswerReaders): void {
      Object.assign(readers, more);
      for (const a of held.splice(0)) {
        try {
          receive(a);
        } catch (e) {
          debugFailure('page data: an answer could not be applied', e);
        }
      }
    },
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export type PageDataStore = ReturnType<typeof createPageData>;

/**
 * Re-renders the caller whenever the page's JSON brought something new. Here with the store, in the entry:
 * the features and the reading report all use it, and a module of its own would be a chunk of its own.
 */
export function usePageData(store: PageDataStore): PageData {
  const [, setRev] = useState(store.get().rev);
  useEffect(() => store.subscribe((d) => setRev(d.rev)), [store]);
  return store.get();
}
