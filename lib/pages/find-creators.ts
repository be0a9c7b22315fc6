/**
 * Find creators page (and a creator's detail page): the DOM row reader (URL and anchors: find-creators-anchors.ts).
 * Seen on https://affiliate.tiktok.com/connection/creator?shop_region=GB (and the other hosts in
 * lib/hosts.ts); detail on /connection/creator/detail?cid=….
 */
import {
  buttonByText,
  byPlaceholder,
  cellAt,
  columnIndex,
  firstOf,
  safeQuery,
  tableHeaders,
  tableRows,
  textOf,
} from './dom';
import { ANCHOR_SELECTORS, creatorDetailAnchors, findCreatorsAnchors, findTable } from './find-creators-anchors';
import { toId } from './json-common';
import { detectLanguage, type Language, labelTexts, norm } from './labels';
import { parseDisplayNumber, parsePercent } from './numbers';
import type { MountPoint, ReadResult } from './page-types';

export {
  type CreatorRow,
  creatorSchema,
  type FindRequest,
  type FindResult,
  normaliseCreator,
  parseFindRequest,
  parseFindResponse,
  type RecommendReason,
} from './creator-json';

export { type FindCreatorsPage, matchUrl, URL_PATTERNS } from './find-creators-anchors';

/** Best first; every entry has a fallback. Never `sc-*` classes (they change per build). */
export const SELECTORS = {
  ...ANCHOR_SELECTORS,
  /** The sticky header is its own <table>. */
  headerTable: ['.arco-table-header table', 'thead'],
  /** Search box: m4b wrapper, then Arco's input-search, then the placeholder (labels.searchCreators). */
  search: ['[data-tid="m4b_input_search"] input', '.arco-input-search input'],
  /** Row checkbox, present on GB and ID only. */
  rowCheckbox: ['.arco-checkbox', 'input[type="checkbox"]'],
  /** The save-to-My-creators icon button. */
  saveButton: ['[aria-label="Save"]', 'button[aria-label]'],
  /** The nickname on the live page; else the first plain text after the handle. */
  nickname: ['[data-e2e="3b9caa65-c65a-e9df"]'],
  /** A link to the creator's detail page, where a build has one: it carries the id. */
  detailLink: ['a[href*="cid="]'],
} as const;

/** One row as the DOM shows it. The JSON (CreatorRow) is richer; merge by id. */
export interface CreatorDomRow {
  id: string | null;
  handle: string | null;
  nickname: string | null;
  followers: number | null;
  gmv: number | null;
  /** True when GMV is shown as a floor ("RM10K+"). */
  gmvFloor: boolean;
  gmvText: string | null;
  unitsSold: number | null;
  avgViews: number | null;
  /** Ratio 0..1 ("0,3%" → 0.003). */
  engagement: number | null;
  element: Element;
  /** Cell holding "Invite"; overlays must not cover it. */
  actionCell: Element | null;
  /** Cell holding avatar, handle and followers: where a row overlay goes. */
  creatorCell: Element | null;
}

interface TextBit {
  text: string;
  /** Inside a tag or badge (e.g. "LIVE"): never the nickname. */
  badge: boolean;
}

/**
 * Texts in document order, adjacent text nodes merged: React renders `@{handle}` as two text nodes
 * ("@", "max_kitchen"), which a saved page would show as one.
 */
function textBits(el: Element): TextBit[] {
  const out: TextBit[] = [];
  const walk = (node: Element, depth: number) => {
    if (depth > 30) return;
    let run = '';
    const flush = () => {
      const text = run.replace(/\s+/g, ' ').trim();
      run = '';
      if (!text) return;
      const badge = !!node.closest('.arco-tag,.arco-badge,[class*="badge"]') || /^[A-Z]{2,6}$/.test(text);
      out.push({ text, badge });
    };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) run += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        flush();
        walk(child as Element, depth + 1);
      }
    }
    flush();
  };
  walk(el, 0);
  return out;
}

function textNodes(el: Element): string[] {
  return textBits(el).map((b) => b.text);
}

/** "@name": the sandbox contract's and older builds' handle text. */
const AT_HANDLE_RE = /^@([A-Za-z0-9._]{1,64})$/;
/** A handle shown without "@" (the live page): one word of handle characters with a letter or "_" in it. */
const BARE_HANDLE_RE = /^@?([A-Za-z0-9._]{1,64})$/;
/** Compact figures ("12.3K", "1.2M") use the same characters as handles: never a handle. */
const FIGURE_RE = /^[\d.,]+[KMBkmb]?\+?$/;

function asHandle(text: string | null | undefined): string | null {
  const m = text ? BARE_HANDLE_RE.exec(text.trim()) : null;
  const h = m?.[1] ?? null;
  return h && /[A-Za-z_]/.test(h) && !FIGURE_RE.test(h) ? h : null;
}

/** The handle's text among `bits`: an "@name" first, else the first plain text that reads as a handle. */
function handleIndexIn(bits: readonly TextBit[]): number {
  const at = bits.findIndex((b) => AT_HANDLE_RE.test(b.text));
  return at >= 0 ? at : bits.findIndex((b) => !b.badge && asHandle(b.text) != null);
}

const isFollowers = (text: string) => labelTexts('followersWord').some((w) => norm(text).endsWith(` ${norm(w)}`));

/** Handle and nickname of a creator cell: the live page's own spans when present, else read from its texts. */
function whoIn(cell: Element): { handle: string | null; nickname: string | null } {
  const handleEl = firstOf(cell, SELECTORS.handle);
  const nickEl = firstOf(cell, SELECTORS.nickname);
  let handle = handleEl ? asHandle(textOf(handleEl)) : null;
  let nickname = nickEl ? textOf(nickEl) || null : null;
  if (handle && nickname) return { handle, nickname };
  const bits = textBits(cell);
  const i = handleIndexIn(bits);
  handle ??= i >= 0 ? asHandle(bits[i]?.text) : null;
  // The nickname is the first plain text after the handle that is not a badge or the follower count.
  const next = i >= 0 ? bits.slice(i + 1).find((b) => !b.badge) : undefined;
  nickname ??= next && !isFollowers(next.text) ? next.text : null;
  return { handle, nickname };
}

/** The creator id a row names itself: Arco's `data-row-key` where the app sets one, else a link's `cid`. */
function rowId(row: Element): string | null {
  const key = toId(row.getAttribute('data-row-key'));
  if (key) return key;
  const href = firstOf(row, SELECTORS.detailLink)?.getAttribute('href');
  if (!href) return null;
  // The query of a relative or absolute link, read without resolving it against any origin.
  const query = href.split('#')[0]?.split('?')[1] ?? '';
  return toId(new URLSearchParams(query).get('cid'));
}

function followersIn(texts: string[], lang: Language): number | null {
  const words = labelTexts('followersWord').map(norm);
  for (const t of texts) {
    const n = norm(t);
    const w = words.find((word) => n.endsWith(` ${word}`));
    if (w) return parseDisplayNumber(t.slice(0, t.length - w.length).trim(), lang)?.value ?? null;
  }
  return null;
}

/**
 * A table that shows creators: its header has the Creator column (a language we know), or its rows carry
 * what only creator rows carry (the live handle span, Arco's row key). Rows alone are not enough: any
 * table has them.
 */
export interface Columns {
  creator: number;
  gmv: number;
  sold: number;
  views: number;
  engagement: number;
  action: number;
}

/** Column positions from header labels; the contract's order when the labels are not ours. */
export function columns(table: Element, sampleRow: Element | undefined): Columns {
  const headers = tableHeaders(table);
  const byLabel: Columns = {
    creator: columnIndex(headers, 'colCreator'),
    gmv: columnIndex(headers, 'colGmv'),
    sold: columnIndex(headers, 'colItemsSold'),
    views: columnIndex(headers, 'colAvgViews'),
    engagement: columnIndex(headers, 'colEngagement'),
    action: headers.length - 1,
  };
  if (byLabel.creator >= 0 && byLabel.gmv >= 0) return byLabel;
  const first = sampleRow ? cellAt(sampleRow, 0) : null;
  const off = first && firstOf(first, SELECTORS.rowCheckbox) ? 1 : 0;
  const cellCount = sampleRow ? Array.from(sampleRow.children).length : 7;
  return {
    creator: off,
    gmv: off + 1,
    sold: off + 2,
    views: off + 3,
    engagement: off + 4,
    action: cellCount - 1,
  };
}

/**
 * What ties a row to the page's JSON and where its overlay mounts. Live rows carry no id (no
 * `data-row-key`, no link): the handle, else the nickname, is what is surely there; an id is a bonus.
 */
export type CreatorRowKey = Pick<
  CreatorDomRow,
  'id' | 'handle' | 'nickname' | 'element' | 'actionCell' | 'creatorCell'
>;

const rowCells = (row: Element) => Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');

/**
 * A row's id, handle, nickname and cells without reading its figures: the page's JSON normally tells us
 * the rest, so the figures are read (readCreatorRow) only for a row that JSON did not cover.
 */
export function readCreatorRowKey(row: Element, cols: Columns): CreatorRowKey {
  const cells = rowCells(row);
  const creatorCell = cols.creator < 0 ? null : (cells[cols.creator] ?? null);
  return {
    id: rowId(row),
    ...whoIn(creatorCell ?? row),
    element: row,
    actionCell: cols.action < 0 ? null : (cells[cols.action] ?? null),
    creatorCell,
  };
}

export function readCreatorRow(row: Element, cols: Columns, lang: Language): CreatorDomRow {
  // The row's cells once, not once per column read (a row is read as infinite scroll adds it).
  const cells = rowCells(row);
  const cell = (index: number): Element | null => (index < 0 ? null : (cells[index] ?? null));
  const creatorCell = cell(cols.creator);
  const { handle, nickname } = whoIn(creatorCell ?? row);
  const followers = followersIn(textNodes(creatorCell ?? row), lang);
  const gmvText = textOf(cell(cols.gmv)) || null;
  const gmv = parseDisplayNumber(gmvText, lang);
  const eng = parsePercent(textOf(cell(cols.engagement)), lang);
  return {
    id: rowId(row),
    handle,
    nickname,
    followers,
    gmv: gmv?.value ?? null,
    gmvFloor: gmv?.floor ?? false,
    gmvText,
    unitsSold: parseDisplayNumber(textOf(cell(cols.sold)), lang)?.value ?? null,
    avgViews: parseDisplayNumber(textOf(cell(cols.views)), lang)?.value ?? null,
    engagement: eng == null ? null : Math.round(eng * 1e4) / 1e6,
    element: row,
    actionCell: cell(cols.action),
    creatorCell,
  };
}

export interface ReadRowsOptions {
  /**
   * Read just these rows (the ones infinite scroll just added), not the whole table: a caller that
   * keeps up with a growing table then pays per new row, not per listed row. Rows that are not body
   * rows of the results table are left out.
   */
  only?: readonly Element[];
  /** The page's language when the caller knows it; detecting it scans up to 400 elements. */
  language?: Language;
}

const isPlaceholder = (r: Element) =>
  r.classList.contains('arco-table-empty-row') || !!safeQuery(r, '.arco-table-no-data');

/** Every creator row currently rendered (infinite scroll adds more later: read again). */
export function readCreatorRows(
  root: ParentNode,
  opts: ReadRowsOptions = {},
): ReadResult<{ rows: CreatorDomRow[]; table: Element }> {
  const anchors = findCreatorsAnchors(root);
  if (!anchors.ok) return anchors;
  const { table } = anchors;
  const rows = opts.only ? bodyRowsOf(table, opts.only) : tableRows(table);
  if (rows.length === 0) return { ok: true, table, rows: [] };
  const cols = columns(table, rows[0]);
  const lang = opts.language ?? detectLanguage(root);
  return {
    ok: true,
    table,
    rows: rows.map((r) => readCreatorRow(r, cols, lang)),
  };
}

/** Those of `rows` that are body rows of `table` with content (not its "No data" placeholder). */
export function bodyRowsOf(table: Element, rows: readonly Element[]): Element[] {
  return rows.filter((r) => r.localName === 'tr' && !!r.closest('tbody') && table.contains(r) && !isPlaceholder(r));
}

/** The page's anchors; `missing` names what a renamed/removed page lacks. */
export function readFindCreatorsPage(root: ParentNode): ReadResult<{ table: Element; search: Element | null }> {
  const anchors = findCreatorsAnchors(root);
  if (!anchors.ok) return anchors;
  const search = firstOf(root, SELECTORS.search) ?? byPlaceholder(root, 'searchCreators', 'input');
  return { ok: true, table: anchors.table, search };
}

export interface CreatorDetail {
  creatorId: string | null;
  handle: string | null;
  inviteButton: Element;
}

export function readCreatorDetail(root: ParentNode, url: URL): ReadResult<CreatorDetail> {
  const anchors = creatorDetailAnchors(root, url);
  if (!anchors.ok) return anchors;
  const container = firstOf(root, ['.micro-app-container', '#scroll-container', 'main', 'body']);
  const handle = container ? findHandle(container) : null;
  return { ok: true, creatorId: anchors.creatorId, handle, inviteButton: anchors.inviteButton };
}

/** The live handle span, else the first "@name" text (a whole page has too many words to take any handle-like one). */
function findHandle(el: Element): string | null {
  const span = firstOf(el, SELECTORS.handle);
  if (span) return asHandle(textOf(span));
  for (const t of textNodes(el)) {
    const m = AT_HANDLE_RE.exec(t);
    if (m) return m[1] ?? null;
  }
  return null;
}

/** Above the results table, in the flow: never over the filters or the rows. */
export function findMountPoint(root: ParentNode): MountPoint | null {
  const table = findTable(root);
  if (table) return { anchor: table, append: 'before' };
  const inviteButton = buttonByText(root, 'invite');
  const container = firstOf(root, ['.micro-app-container']);
  if (inviteButton && container) return { anchor: container, append: 'first' };
  return null;
}

/**
 * Where a row's badges go: first in the creator cell, away from the action buttons. The host takes no
 * height there and its overlay is drawn over the cell's top right, beside the short handle line.
 */
export function rowOverlayMountPoint(row: Pick<CreatorDomRow, 'element' | 'creatorCell'>): MountPoint {
  return row.creatorCell ? { anchor: row.creatorCell, append: 'first' } : { anchor: row.element, append: 'last' };
}
