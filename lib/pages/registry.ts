/**
 * The Seller Center pages we work on, one row each: everything else about a page (its kind, its settings
 * switch, its title, its feature chunk) is derived from this table. A row's `recognise` checks only the
 * page's anchors, cheaply, on every route; the page's full readers load with its feature.
 */
import type { MessageKey } from '../i18n';
import { createAnchors, matchUrl as matchCreate } from './create-anchors';
import { creatorDetailAnchors, findCreatorsAnchors, matchUrl as matchFind } from './find-creators-anchors';
import { invitationListAnchors, matchUrl as matchList } from './invitation-list-anchors';
import type { ReadResult } from './page-types';

interface PageRow {
  /** The key of its switches in the settings (`overlay`, `panelCollapsed`); pages may share one. */
  settingsKey: string;
  /** Its name, in the panel's subtitle and in "The … page does not look as expected". */
  title: MessageKey;
  /** The content script's feature chunk that draws its panel (entrypoints/affiliate.content/feature-loader.tsx). */
  feature: string;
  /** The message areas its feature shows, besides the panel's own (lib/i18n/panel-texts.ts): its feature's catalog chunk holds them. */
  texts: readonly string[];
  /** Path only; the host is checked once, in recognise.ts. */
  matchUrl(url: URL): boolean;
  /** Its anchors, and the facts a recognised page carries. */
  recognise(root: ParentNode, url: URL): ReadResult<object>;
}

/** A recognised page carries facts, never the page's elements (they are read again when needed). */
function factsOf<T, F>(r: ReadResult<T>, facts: (found: T) => F): ReadResult<F> {
  return r.ok ? { ok: true, ...facts(r) } : r;
}

/** In the order URLs are matched. */
export const PAGES = {
  'find-creators': {
    settingsKey: 'findCreators',
    title: 'pages_page_find_creators',
    feature: 'find-creators',
    texts: ['creators', 'finder', 'memory'],
    matchUrl: (url: URL) => matchFind(url) === 'find-creators',
    recognise: (root: ParentNode) => factsOf(findCreatorsAnchors(root), () => ({})),
  },
  'creator-detail': {
    settingsKey: 'findCreators',
    title: 'pages_page_creator_detail',
    feature: 'find-creators',
    texts: ['creators', 'finder', 'memory'],
    matchUrl: (url: URL) => matchFind(url) === 'creator-detail',
    recognise: (root: ParentNode, url: URL) =>
      factsOf(creatorDetailAnchors(root, url), (r) => ({ creatorId: r.creatorId })),
  },
  'create-invitation': {
    settingsKey: 'createInvitation',
    title: 'pages_page_create_invitation',
    feature: 'setup-guard',
    texts: ['guard', 'rules', 'templates'],
    matchUrl: (url: URL) => matchCreate(url) !== null,
    recognise: (root: ParentNode, url: URL) => createAnchors(root, url),
  },
  'invitation-list': {
    settingsKey: 'invitationList',
    title: 'pages_page_invitation_list',
    feature: 'health',
    texts: ['health', 'healthui', 'rules', 'templates'],
    matchUrl: (url: URL) => matchList(url),
    recognise: (root: ParentNode) => factsOf(invitationListAnchors(root), () => ({})),
  },
} as const satisfies Record<string, PageRow>;

export type PageKind = keyof typeof PAGES;
/** The settings' name for a page's switches. */
export type PageKey = (typeof PAGES)[PageKind]['settingsKey'];
/** The feature chunk that draws a page's panel. */
export type FeatureName = (typeof PAGES)[PageKind]['feature'];

/** What a recognised page of `K` carries besides its kind, language and region (its anchors' facts). */
export type PageFacts<K extends PageKind> = Omit<
  Extract<ReturnType<(typeof PAGES)[K]['recognise']>, { ok: true }>,
  'ok'
>;

export const PAGE_KINDS = Object.keys(PAGES) as PageKind[];

/** Each settings key once, in table order. */
export const PAGE_KEYS = [...new Set(PAGE_KINDS.map((k) => PAGES[k].settingsKey))] as [PageKey, ...PageKey[]];

export function pageFromUrl(url: URL): PageKind | null {
  return PAGE_KINDS.find((k) => PAGES[k].matchUrl(url)) ?? null;
}
