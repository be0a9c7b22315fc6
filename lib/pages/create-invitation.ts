/**
 * Create / Edit target collaboration page, commission and flat fee, both URL families.
 * Seen on https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB and
 * /affiliate/collaboration/target-invitation/create (newer builds); flat fee on
 * /connection/target-invitation/flat-fee/create; edit on …/edit?invitation_group_id=….
 * The DOM tells us what the seller has typed; the JSON (observer) tells us stock, open rates and
 * what was sent. They are kept apart here and merged in draft.ts.
 */
import {
  byPlaceholder,
  buttonByText,
  cellAt,
  columnIndex,
  controlByLabel,
  firstOf,
  inputValue,
  isOn,
  labelElements,
  safeQuery,
  safeQueryAll,
  sectionByHeader,
  selectValueText,
  tableHeaders,
  tableRows,
  textOf,
} from './dom';
import { t } from '../i18n';
import { toId } from './json-common';
import { whichLabel } from './labels';
import { normalisePath, type MountPoint, type ReadResult } from './page-types';
import type { ContentOption, FeeType, SampleType } from './create-json';

export {
  parseConflictCheckResponse,
  parseCreateRequest,
  parseCreateResponse,
  type Conflict,
  type ContentOption,
  type CreateOutcome,
  type FeeType,
  type SampleType,
  type SentInvitation,
} from './create-json';
export { parseProductListResponse, type ProductRow, type ProductStatus } from './product-json';
export { parseLimitResponse, parseQuotaResponse, type InvitationLimits, type Quota } from './quota-json';

const BASES = ['/connection/target-invitation', '/affiliate/collaboration/target-invitation'] as const;

export const URL_PATTERNS = {
  create: BASES.map((b) => `${b}/create`),
  flatFeeCreate: BASES.map((b) => `${b}/flat-fee/create`),
  edit: BASES.map((b) => `${b}/edit`),
  flatFeeEdit: BASES.map((b) => `${b}/flat-fee/edit`),
} as const;

export interface CreatePageUrl {
  mode: 'create' | 'edit';
  /** Fee structure the URL implies; null when only the form can tell. */
  feeFromUrl: FeeType | null;
  groupId: string | null;
  /** Creators pre-selected by `creator_ids[i]=…` (from Find creators or our queue). */
  preselectedCreatorIds: string[];
  enterFrom: string | null;
}

export function matchUrl(url: URL): CreatePageUrl | null {
  const p = normalisePath(url.pathname);
  const is = (list: readonly string[]) => list.includes(p);
  const flat = is(URL_PATTERNS.flatFeeCreate) || is(URL_PATTERNS.flatFeeEdit);
  const edit = is(URL_PATTERNS.edit) || is(URL_PATTERNS.flatFeeEdit);
  if (!flat && !edit && !is(URL_PATTERNS.create)) return null;
  const ids: Array<[number, string]> = [];
  for (const [k, v] of url.searchParams) {
    const m = /^creator_ids\[(\d{1,3})\]$/.exec(k);
    const id = toId(v);
    if (m && id) ids.push([Number(m[1]), id]);
  }
  ids.sort((a, b) => a[0] - b[0]);
  return {
    mode: edit ? 'edit' : 'create',
    feeFromUrl: flat ? 'flat-fee' : null,
    groupId: toId(url.searchParams.get('invitation_group_id')),
    preselectedCreatorIds: [...new Set(ids.map(([, id]) => id))],
    enterFrom: url.searchParams.get('enter_from')?.slice(0, 100) ?? null,
  };
}

/**
 * Best first, each with fallbacks. The data-e2e values are the contract's (test/sandbox/CONTRACT.md)
 * stand-ins for the opaque ids public code saw on the live site: placeholders and labels come first
 * or right after, so a different id costs nothing.
 */
export const SELECTORS = {
  /** placeholder "Invitation name" (labels.invitationName) is tried first; then these. */
  nameInput: ['input[data-e2e="2f3a4b5c-0a1b-4c2d"]', '[data-tid="m4b_input"] input[maxlength="30"]', 'input[maxlength="30"]'],
  /** Range or single picker; the input with placeholder "End date" wins, else the picker's last input. */
  datePicker: ['[data-tid="m4b_date_picker"]', '.arco-picker'],
  messageInput: ['textarea[maxlength="500"]'],
  select: '[data-tid="m4b_select"],.arco-select',
  switch: '[data-tid="m4b_switch"][role="switch"],[role="switch"],.arco-switch',
  radio: 'input[type="radio"],.arco-radio',
  productsTable: ['[data-tid="m4b_table"]', '.arco-table'],
  rateInput: ['input[role="spinbutton"]', '[data-tid="m4b_input_number"] input', '.arco-input-number input'],
  creatorTag: ['.arco-tag'],
  sendButton: ['[data-e2e="9d8c7b6a-1e2f-4a3b"]'],
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

export interface CreateForm {
  name: string;
  message: string | null;
  /** YYYY-MM-DD when the picker shows a date. */
  endDate: string | null;
  /** The picker's full displayed text (may include a time), or null. */
  endsAt: string | null;
  feeStructure: FeeType;
  contentType: ContentOption | null;
  flashSale: boolean | null;
  freeSamples: { on: boolean; autoApprove: boolean | null } | null;
  products: FormProduct[];
  creators: Array<{ handle: string; id?: string }>;
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

function nameInput(root: ParentNode): Element | null {
  return byPlaceholder(root, 'invitationName', 'input') ?? firstOf(root, SELECTORS.nameInput);
}

function endDateInput(root: ParentNode): Element | null {
  const byPh = byPlaceholder(root, 'endDate', 'input');
  if (byPh) return byPh;
  const picker = controlByLabel(root, 'validUntil', SELECTORS.datePicker.join(',')) ?? firstOf(root, SELECTORS.datePicker);
  const inputs = picker ? safeQueryAll(picker, 'input') : [];
  return inputs[inputs.length - 1] ?? null;
}

function messageInput(root: ParentNode): Element | null {
  return firstOf(root, SELECTORS.messageInput) ?? byPlaceholder(root, 'message', 'textarea');
}

export function findSendButton(root: ParentNode): Element | null {
  const byId = firstOf(root, SELECTORS.sendButton);
  if (byId) return byId.closest('button') ?? byId;
  return buttonByText(root, 'send');
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
  return k === 'sampleFree' ? 'free-sample' : k === 'sampleRefund' ? 'refund-first-sale' : k === 'sampleNone' ? 'none' : null;
}

function contentTypeOf(text: string | null): ContentOption | null {
  if (!text) return null;
  const k = whichLabel(text, ['contentVideo', 'contentLive', 'contentAny']);
  return k === 'contentVideo' ? 'video' : k === 'contentLive' ? 'live' : k === 'contentAny' ? 'any' : null;
}

const ID_IN_TEXT = /ID\s*[:：]\s*([A-Za-z0-9_-]{1,64})/;

function readProductRows(root: ParentNode): Array<{ data: FormProduct; row: Element; targetInput: Element | null; sampleSelect: Element | null }> {
  const table = productsTable(root);
  if (!table) return [];
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
      ? safeQueryAll(productCell, 'span,div,a,p').find((e) => e.children.length === 0 && textOf(e) && !ID_IN_TEXT.test(textOf(e)))
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

function readCreators(root: ParentNode): { creators: CreateForm['creators']; counter: CreateForm['creatorCounter'] } {
  const section = sectionByHeader(root, 'sectionCreators');
  const scope = section ?? root;
  const creators: CreateForm['creators'] = [];
  const seen = new Set<string>();
  const tags = section ? safeQueryAll(section, SELECTORS.creatorTag.join(',')) : [];
  for (const tag of tags) {
    const m = HANDLE_RE.exec(textOf(tag));
    if (!m?.[1] || seen.has(m[1])) continue;
    seen.add(m[1]);
    const id = toId(tag.getAttribute('data-creator-id') ?? tag.getAttribute('data-row-key') ?? tag.closest('[data-row-key]')?.getAttribute('data-row-key'));
    creators.push(id ? { handle: m[1], id } : { handle: m[1] });
  }
  let counter: CreateForm['creatorCounter'] = null;
  for (const el of safeQueryAll(scope, 'span,div')) {
    if (el.children.length) continue;
    const m = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(textOf(el));
    if (m && Number(m[2]) !== 30 && Number(m[2]) !== 500) {
      counter = { count: Number(m[1]), max: Number(m[2]) };
      break;
    }
  }
  return { creators, counter };
}

function feeStructure(root: ParentNode, url: URL | null): FeeType {
  if (url && matchUrl(url)?.feeFromUrl === 'flat-fee') return 'flat-fee';
  if (labelElements(root, 'createFlatFeeHeading').length) return 'flat-fee';
  if (labelElements(root, 'flatFeeAmount').length) return 'flat-fee';
  return 'commission';
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
    products: readProductRows(root).map(({ data, row, targetInput, sampleSelect }) => ({ id: data.id, row, targetInput, sampleSelect })),
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
  const endDate = endsAt ? (/^(\d{4})[-/.](\d{2})[-/.](\d{2})/.exec(endsAt)?.slice(1, 4).join('-') ?? null) : null;
  const contentText = selectValueText(note(c.contentType, t('pages_not_found_content_type')));
  const freeOn = isOn(c.freeSamples);
  const auto = isOn(c.autoApprove);
  const manual = isOn(c.manualReview);
  if (!c.freeSamples) notFound.push(t('pages_not_found_free_samples'));
  const { creators, counter } = readCreators(root);
  const products = readProductRows(root).map((p) => p.data);
  if (!products.length) notFound.push(t('pages_not_found_products'));
  const form: CreateForm = {
    name: inputValue(c.name) ?? '',
    message: inputValue(note(c.message, t('pages_not_found_message'))),
    endDate,
    endsAt,
    feeStructure: fee,
    // The flat-fee page fixes the content type to video and has no flash sale.
    contentType: contentTypeOf(contentText) ?? (fee === 'flat-fee' ? 'video' : null),
    flashSale: c.flashSale ? isOn(c.flashSale) : fee === 'flat-fee' ? false : note(null, t('pages_not_found_flash_sale')),
    freeSamples: freeOn == null ? null : { on: freeOn, autoApprove: auto ?? (manual == null ? null : !manual) },
    products,
    creators,
    creatorCounter: counter,
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

/** What the page showed after Send, when the JSON was not seen: sent, duplicate, or nothing yet. */
export function readSendFeedback(root: ParentNode): 'sent' | 'duplicate' | null {
  if (labelElements(root, 'sentSuccess').length) return 'sent';
  if (labelElements(root, 'duplicateInvitations').length) return 'duplicate';
  return null;
}

/** Before the form, in the flow (the panel is collapsible and never overlays the fields or footer). */
export function findMountPoint(root: ParentNode): MountPoint | null {
  const firstSection = firstOf(root, ['[data-tid="m4b_collapse_item"]', '.arco-collapse-item']);
  const formRoot = firstOf(root, SELECTORS.formRoot) ?? firstSection?.parentElement ?? nameInput(root)?.closest('.arco-form, form') ?? null;
  return formRoot ? { anchor: formRoot, append: 'before' } : null;
}
