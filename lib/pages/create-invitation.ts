/**
 * Create / Edit target collaboration page, commission and flat fee, both URL families.
 * Seen on https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB and
 * /affiliate/collaboration/target-invitation/create (newer builds); flat fee on
 * /connection/target-invitation/flat-fee/create; edit on …/edit?invitation_group_id=….
 * The DOM tells us what the seller has typed; the JSON (observer) tells us stock, open rates and
 * what was sent. They are kept apart here and merged in draft.ts.
 */

import { t } from '../i18n';
import { ANCHOR_SELECTORS, feeStructure, findSendButton, nameInput } from './create-anchors';
import {
  buttonByText,
  byPlaceholder,
  cellAt,
  columnIndex,
  firstOf,
  isOn,
  labelElements,
  safeQuery,
  safeQueryAll,
  tableHeaders,
  tableRows,
  textOf,
} from './dom';
import { toId } from './json-common';
import { type LabelKey, labelTexts, norm, whichLabel } from './labels';
import type { MountPoint, ReadResult } from './page-types';

export { findSendButton } from './create-anchors';

import type { ContentOption, FeeType, SampleType } from './create-json';
import { dateOrderOf, type EndDateReading, readEndDate } from './end-date';

export { type CreatePageUrl, matchUrl, URL_PATTERNS } from './create-anchors';
export {
  type Conflict,
  type ContentOption,
  type CreateOutcome,
  type FeeType,
  parseConflictCheckResponse,
  parseCreateRequest,
  parseCreateResponse,
  type SampleType,
  type SentInvitation,
} from './create-json';
export { type ProductRow, type ProductStatus, parseProductListResponse } from './product-json';
export { type InvitationLimits, parseLimitResponse, parseQuotaResponse, type Quota } from './quota-json';

/**
 * Best first, each with fallbacks: the ids public automation code saw on the live page (docs/domain.md,
 * "The live pages"), then the contract's stand-ins (test/sandbox/CONTRACT.md), then structure. Placeholders
 * and labels are tried around them, so a changed id costs nothing.
 */
export const SELECTORS = {
  ...ANCHOR_SELECTORS,
  /** Range or single picker; the input with placeholder "End date" wins, else the picker's last input. */
  datePicker: ['#target_complete_details_until', '[data-tid="m4b_date_picker"]', '.arco-picker'],
  messageInput: ['textarea#target_complete_details_message_input', 'textarea[maxlength="500"]'],
  select: '[data-tid="m4b_select"],.arco-select',
  switch: '[data-tid="m4b_switch"][role="switch"],[role="switch"],.arco-switch',
  radio: 'input[type="radio"],.arco-radio',
  productsTable: ['[data-tid="m4b_table"]', '.arco-table'],
  rateInput: [
    'input[role="spinbutton"][data-e2e="3a1bf7cf-465b-f541"]',
    'input[role="spinbutton"]',
    '[data-tid="m4b_input_number"] input',
    '.arco-input-number input',
  ],
  /** The chosen creators as the live page shows them: a paginated table. */
  creatorTable: ['.invitation-select-creator-table'],
  creatorTag: ['.arco-tag'],
  /** Search results and drop-downs list creators that are not chosen. */
  notChosen: '[role="listbox"],[role="option"],.arco-select-popup,.arco-trigger-popup',
  formRoot: ['.arco-form', 'form'],
} as const;

export interface FormProduct {
  id: string | null;
  title: string;
  priceText: string | null;
  stockText: string | null;
  /** "10.00%" or "--" as shown. */
  openRateText: string | null;
  /** What the seller typed, e.g. "12.5" or "" when empty. */
  targetRateText: string | null;
  sampleOffer: SampleType | null;
  sampleOfferText: string | null;
}

/** How the page showed the chosen creators. */
export type CreatorsShownAs = 'chips' | 'cards' | 'table' | 'counter';

export interface CreateForm {
  name: string;
  message: string | null;
  /** YYYY-MM-DD when the picker shows a date that reads one way only. */
  endDate: string | null;
  /** The picker's full displayed text (may include a time), or null. */
  endsAt: string | null;
  /** The displayed text read as a date (null when the field is empty or not found). */
  endDateReading: EndDateReading | null;
  feeStructure: FeeType;
  contentType: ContentOption | null;
  flashSale: boolean | null;
  freeSamples: { on: boolean; autoApprove: boolean | null } | null;
  products: FormProduct[];
  /** False when no product table was found (a collapsed or changed section): not the same as none. */
  productsFound: boolean;
  /** The chosen creators whose identity the page shows: "@handle", or the name in the live table. */
  creators: Array<{ handle: string; id?: string }>;
  /** How many creators are chosen (counter, table total, or the list itself); null when unknown. */
  creatorCount: number | null;
  /** True when `creators` names every chosen creator. */
  creatorsComplete: boolean;
  creatorsShownAs: CreatorsShownAs | null;
  /** "N/50" as shown beside the creators, when present. */
  creatorCounter: { count: number; max: number } | null;
  flatFee?: { amountText: string | null; videoReview: 'seller' | 'platform' | null; adsAuthorization: boolean | null };
  /** Optional fields we looked for and did not find (e.g. "content type"); the form is still read. */
  notFound: string[];
}

/** The live controls, for the form writers (lib/form/arco.ts). */
export interface CreateControls {
  name: Element | null;
  endDate: Element | null;
  message: Element | null;
  contentType: Element | null;
  flashSale: Element | null;
  freeSamples: Element | null;
  autoApprove: Element | null;
  manualReview: Element | null;
  products: Array<{ id: string | null; row: Element; targetInput: Element | null; sampleSelect: Element | null }>;
  send: Element | null;
}

// The form's controls, found by their labels: only this page's reader needs them.

/**
 * The control (matching `controlSelector`) that belongs to a visible label: walks up from the label
 * to the nearest ancestor (at most `depth` levels) that contains such a control. Works whether the
 * label is a <label>, an Arco form-item label, or a bare text beside a switch.
 */
function controlByLabel(root: ParentNode, key: LabelKey, controlSelector: string, depth = 4): Element | null {
  for (const label of labelElements(root, key)) {
    if (label.matches(controlSelector)) return label;
    let node: Element | null = label;
    for (let i = 0; i < depth && node; i++) {
      const hit = safeQuery(node, controlSelector);
      if (hit) return hit;
      node = node.parentElement;
    }
  }
  return null;
}

/** A collapsible section of the create form by its header text. */
function sectionByHeader(root: ParentNode, key: LabelKey): Element | null {
  const sections = safeQueryAll(root, '[data-tid="m4b_collapse_item"],.arco-collapse-item');
  const wanted = new Set(labelTexts(key).map(norm));
  for (const s of sections) {
    const header = firstOf(s, ['.arco-collapse-item-header-title', '.arco-collapse-item-header', '[role="button"]']);
    const t = norm(textOf(header));
    if (wanted.has(t) || [...wanted].some((w) => t.startsWith(w))) return s;
  }
  // Not collapsible in this build: the nearest block that holds a heading with that text.
  const heading = labelElements(root, key)[0];
  return heading?.parentElement ?? null;
}

/** The displayed value of an Arco Select (single). */
function selectValueText(select: Element | null): string | null {
  if (!select) return null;
  const v = firstOf(select, ['.arco-select-view-value', '.arco-select-view-selector', '.arco-select-view']);
  const t = textOf(v ?? select);
  return t || null;
}

function inputValue(el: Element | null): string | null {
  if (!el) return null;
  const v = (el as HTMLInputElement).value;
  return typeof v === 'string' ? v : null;
}

function endDateInput(root: ParentNode): Element | null {
  const byPh = byPlaceholder(root, 'endDate', 'input');
  if (byPh) return byPh;
  const picker =
    controlByLabel(root, 'validUntil', SELECTORS.datePicker.join(',')) ?? firstOf(root, SELECTORS.datePicker);
  const inputs = picker ? safeQueryAll(picker, 'input') : [];
  return inputs[inputs.length - 1] ?? null;
}

function messageInput(root: ParentNode): Element | null {
  return firstOf(root, SELECTORS.messageInput) ?? byPlaceholder(root, 'message', 'textarea');
}

/**
 * What must stay visible while our panel says why Send was held: Send and Discard (the page's footer) and
 * the invitation name, the first field the seller usually has to fix.
 */
export function controlsToKeepVisible(root: ParentNode): Element[] {
  return [findSendButton(root), buttonByText(root, 'discard'), nameInput(root)].filter((e): e is Element => e != null);
}

function productsTable(root: ParentNode): Element | null {
  const section = sectionByHeader(root, 'sectionProducts');
  const inSection = section ? firstOf(section, SELECTORS.productsTable) : null;
  if (inSection) return inSection;
  // Fallback: the table that holds rate inputs.
  const tables = safeQueryAll(root, SELECTORS.productsTable.join(','));
  return tables.find((t) => firstOf(t, SELECTORS.rateInput)) ?? null;
}

interface ProductColumns {
  product: number;
  price: number;
  stock: number;
  open: number;
  target: number;
  sample: number;
}

function productColumns(table: Element, sample: Element | undefined): ProductColumns {
  const h = tableHeaders(table);
  const cols: ProductColumns = {
    product: columnIndex(h, 'colProduct'),
    price: columnIndex(h, 'colPrice'),
    stock: columnIndex(h, 'colStock'),
    open: columnIndex(h, 'colOpenRate'),
    target: columnIndex(h, 'colTargetRate'),
    sample: columnIndex(h, 'colSampleOffer'),
  };
  if (cols.product >= 0 && cols.price >= 0) return cols;
  // Labels not ours: the contract's column order, shifted by a leading checkbox column.
  const first = sample ? cellAt(sample, 0) : null;
  const off = first && safeQuery(first, '.arco-checkbox,input[type="checkbox"]') ? 1 : 0;
  return { product: off, price: off + 1, stock: off + 2, open: off + 3, target: off + 4, sample: off + 5 };
}

function sampleOfferOf(text: string | null): SampleType | null {
  if (!text) return null;
  const k = whichLabel(text, ['sampleFree', 'sampleRefund', 'sampleNone']);
  return k === 'sampleFree'
    ? 'free-sample'
    : k === 'sampleRefund'
      ? 'refund-first-sale'
      : k === 'sampleNone'
        ? 'none'
        : null;
}

function contentTypeOf(text: string | null): ContentOption | null {
  if (!text) return null;
  const k = whichLabel(text, ['contentVideo', 'contentLive', 'contentAny']);
  return k === 'contentVideo' ? 'video' : k === 'contentLive' ? 'live' : k === 'contentAny' ? 'any' : null;
}

const ID_IN_TEXT = /ID\s*[:：]\s*([A-Za-z0-9_-]{1,64})/;

type ProductRowRead = { data: FormProduct; row: Element; targetInput: Element | null; sampleSelect: Element | null };

function readProductRows(root: ParentNode): ProductRowRead[] | null {
  const table = productsTable(root);
  if (!table) return null;
  const rows = tableRows(table);
  const cols = productColumns(table, rows[0]);
  return rows.map((row) => {
    const productCell = cellAt(row, cols.product);
    const cellText = textOf(productCell);
    // "ID: 123" sits in its own element; element texts are joined without spaces, so look per leaf.
    const leaves = productCell ? safeQueryAll(productCell, '*').filter((e) => e.children.length === 0) : [];
    const idLeaf = leaves.map((e) => ID_IN_TEXT.exec(textOf(e))?.[1]).find(Boolean);
    const id = toId(row.getAttribute('data-row-key')) ?? toId(idLeaf) ?? toId(ID_IN_TEXT.exec(cellText)?.[1]);
    const titleEl = productCell
      ? safeQueryAll(productCell, 'span,div,a,p').find(
          (e) => e.children.length === 0 && textOf(e) && !ID_IN_TEXT.test(textOf(e)),
        )
      : undefined;
    const targetCell = cellAt(row, cols.target);
    const targetInput = (targetCell && firstOf(targetCell, SELECTORS.rateInput)) ?? firstOf(row, SELECTORS.rateInput);
    const sampleCell = cellAt(row, cols.sample);
    const sampleSelect = sampleCell ? safeQuery(sampleCell, SELECTORS.select) : null;
    const sampleOfferText = selectValueText(sampleSelect);
    const shown = (i: number) => textOf(cellAt(row, i)) || null;
    return {
      row,
      targetInput,
      sampleSelect,
      data: {
        id,
        title: textOf(titleEl) || cellText.replace(ID_IN_TEXT, '').trim(),
        priceText: shown(cols.price),
        stockText: shown(cols.stock),
        openRateText: shown(cols.open),
        targetRateText: inputValue(targetInput),
        sampleOffer: sampleOfferOf(sampleOfferText),
        sampleOfferText,
      },
    };
  });
}

const HANDLE_RE = /@([A-Za-z0-9._]{1,64})/;
const HANDLE_ONLY = /^@([A-Za-z0-9._]{1,64})$/;
/** "1-20 of 57" (Arco's pagination total), in any language: the last number is the total. */
const PAGE_TOTAL = /^\d+\s*[-–]\s*\d+\D+(\d{1,4})\D*$/;

interface CreatorsRead {
  creators: CreateForm['creators'];
  count: number | null;
  complete: boolean;
  shownAs: CreatorsShownAs | null;
  counter: CreateForm['creatorCounter'];
}

function counterIn(scope: ParentNode): CreateForm['creatorCounter'] {
  for (const el of safeQueryAll(scope, 'span,div')) {
    if (el.children.length) continue;
    const m = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(textOf(el));
    // 30 and 500 are the name's and the message's character counters; 100 the products'.
    if (m && ![30, 100, 500].includes(Number(m[2]))) return { count: Number(m[1]), max: Number(m[2]) };
  }
  return null;
}

/** The live page's table: a "Creators" column with the name (or "@handle"); the rest is checkbox and actions. */
function creatorsInTable(table: Element): { names: string[]; total: number | null } {
  const headers = tableHeaders(table);
  const col = columnIndex(headers, 'colCreators');
  const names: string[] = [];
  for (const row of tableRows(table)) {
    const cell =
      col >= 0
        ? cellAt(row, col)
        : Array.from(row.children).find((c) => textOf(c) && !safeQuery(c, 'input[type="checkbox"],button'));
    const leaves = cell ? safeQueryAll(cell, '*').filter((e) => e.children.length === 0 && textOf(e)) : [];
    const handle = leaves.map((e) => HANDLE_ONLY.exec(textOf(e))?.[1]).find(Boolean);
    const name = handle ?? textOf(leaves[0] ?? cell);
    if (name) names.push(name);
  }
  const totalText = safeQueryAll(table.parentElement ?? table, '.arco-pagination-total-text,[class*="total"]')
    .map((e) => textOf(e))
    .find((t) => PAGE_TOTAL.test(t));
  const total = totalText ? Number(PAGE_TOTAL.exec(totalText)?.[1]) : null;
  return { names, total };
}

/**
 * The chosen creators, from whichever the page shows: "@handle" chips, cards, the paginated table, or only
 * the "N/50" counter. What cannot be identified is counted; what cannot be counted is unknown.
 */
function readCreators(root: ParentNode): CreatorsRead {
  const section = sectionByHeader(root, 'sectionCreators');
  const counter = counterIn(section ?? root);
  const table = firstOf(section ?? root, SELECTORS.creatorTable);
  const seen = new Set<string>();
  const creators: CreateForm['creators'] = [];
  const add = (handle: string, id: string | null) => {
    const key = handle.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    creators.push(id ? { handle, id } : { handle });
  };
  const result = (shownAs: CreatorsShownAs | null, pageTotal: number | null): CreatorsRead => {
    const count = counter?.count ?? pageTotal ?? (shownAs ? creators.length : null);
    return { creators, count, complete: count != null && count === creators.length, shownAs, counter };
  };
  if (table) {
    const { names, total } = creatorsInTable(table);
    for (const n of names) add(n, null);
    // Without a counter or a total, the rows shown are all we know: a partial page is not all.
    return result('table', total ?? (counter ? null : names.length));
  }
  if (section) {
    const tags = safeQueryAll(section, SELECTORS.creatorTag.join(',')).filter((e) => !e.closest(SELECTORS.notChosen));
    for (const tag of tags) {
      const m = HANDLE_RE.exec(textOf(tag));
      if (m?.[1])
        add(
          m[1],
          toId(tag.getAttribute('data-creator-id') ?? tag.closest('[data-row-key]')?.getAttribute('data-row-key')),
        );
    }
    if (creators.length) return result('chips', null);
    // Cards: any element whose whole text is "@handle", outside search results.
    for (const el of safeQueryAll(section, 'span,div,p,a')) {
      if (el.children.length || el.closest(SELECTORS.notChosen)) continue;
      const m = HANDLE_ONLY.exec(textOf(el));
      if (m?.[1]) add(m[1], toId(el.closest('[data-creator-id]')?.getAttribute('data-creator-id')));
    }
    if (creators.length) return result('cards', null);
  }
  return result(counter ? 'counter' : null, null);
}

/** The live controls the writers need; each null when not on the page. */
export function findCreateControls(root: ParentNode): CreateControls {
  return {
    name: nameInput(root),
    endDate: endDateInput(root),
    message: messageInput(root),
    contentType: controlByLabel(root, 'contentType', SELECTORS.select),
    flashSale: controlByLabel(root, 'flashSale', SELECTORS.switch),
    freeSamples: controlByLabel(root, 'offerFreeSamples', SELECTORS.switch),
    autoApprove: controlByLabel(root, 'autoApprove', SELECTORS.radio, 2),
    manualReview: controlByLabel(root, 'manualReview', SELECTORS.radio, 2),
    products: (readProductRows(root) ?? []).map(({ data, row, targetInput, sampleSelect }) => ({
      id: data.id,
      row,
      targetInput,
      sampleSelect,
    })),
    send: findSendButton(root),
  };
}

/**
 * What the seller has typed, read from the page's controls. Needs the name input and the Send button
 * (the anchors of this page); anything else missing is listed in `form.notFound`.
 */
export function readCreateForm(root: ParentNode, url: URL | null = null): ReadResult<{ form: CreateForm }> {
  const c = findCreateControls(root);
  const missing: string[] = [];
  if (!c.name) missing.push(t('pages_missing_name_input'));
  if (!c.send) missing.push(t('pages_missing_send_button'));
  if (missing.length || !c.name) return { ok: false, missing };
  const notFound: string[] = [];
  const note = <T>(v: T | null, what: string): T | null => {
    if (v == null) notFound.push(what);
    return v;
  };
  const fee = feeStructure(root, url);
  const endsAt = inputValue(note(c.endDate, t('pages_not_found_end_date')))?.trim() || null;
  const endDateReading = readEndDate(endsAt, dateOrderOf(url?.searchParams.get('shop_region')));
  const endDate = endDateReading?.kind === 'date' ? endDateReading.ymd : null;
  const contentText = selectValueText(note(c.contentType, t('pages_not_found_content_type')));
  const freeOn = isOn(c.freeSamples);
  const auto = isOn(c.autoApprove);
  const manual = isOn(c.manualReview);
  if (!c.freeSamples) notFound.push(t('pages_not_found_free_samples'));
  const chosen = readCreators(root);
  const rows = readProductRows(root);
  const products = (rows ?? []).map((p) => p.data);
  if (!products.length) notFound.push(t('pages_not_found_products'));
  const form: CreateForm = {
    name: inputValue(c.name) ?? '',
    message: inputValue(note(c.message, t('pages_not_found_message'))),
    endDate,
    endsAt,
    endDateReading,
    feeStructure: fee,
    // The flat-fee page fixes the content type to video and has no flash sale.
    contentType: contentTypeOf(contentText) ?? (fee === 'flat-fee' ? 'video' : null),
    flashSale: c.flashSale
      ? isOn(c.flashSale)
      : fee === 'flat-fee'
        ? false
        : note(null, t('pages_not_found_flash_sale')),
    freeSamples: freeOn == null ? null : { on: freeOn, autoApprove: auto ?? (manual == null ? null : !manual) },
    products,
    productsFound: rows != null,
    creators: chosen.creators,
    creatorCount: chosen.count,
    creatorsComplete: chosen.complete,
    creatorsShownAs: chosen.shownAs,
    creatorCounter: chosen.counter,
    notFound,
  };
  if (fee === 'flat-fee') {
    const me = isOn(controlByLabel(root, 'reviewedByMe', SELECTORS.radio, 2));
    const tts = isOn(controlByLabel(root, 'reviewedByPlatform', SELECTORS.radio, 2));
    form.flatFee = {
      amountText: inputValue(controlByLabel(root, 'flatFeeAmount', 'input')),
      videoReview: me ? 'seller' : tts ? 'platform' : null,
      adsAuthorization: isOn(controlByLabel(root, 'adsAuthorization', SELECTORS.switch)),
    };
  }
  return { ok: true, form };
}

/** Before the form, in the flow (the panel is collapsible and never overlays the fields or footer). */
export function findMountPoint(root: ParentNode): MountPoint | null {
  const firstSection = firstOf(root, ['[data-tid="m4b_collapse_item"]', '.arco-collapse-item']);
  const formRoot =
    firstOf(root, SELECTORS.formRoot) ??
    firstSection?.parentElement ??
    nameInput(root)?.closest('.arco-form, form') ??
    null;
  return formRoot ? { anchor: formRoot, append: 'before' } : null;
}
