/**
 * Create / Edit target collaboration page: URL and anchors only, for recognising the page on every route.
 * The form reader is in create-invitation.ts, loaded with the page's feature.
 */

import { t } from '../i18n';
import type { FeeType } from './create-json';
import { buttonByText, byPlaceholder, firstOf, labelElements } from './dom';
import { toId } from './json-common';
import { normalisePath, type ReadResult } from './page-types';

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
 * Best first, each with fallbacks: the ids public automation code saw on the live page (docs/domain.md,
 * "The live pages"), then the contract's stand-ins (test/sandbox/CONTRACT.md), then structure.
 */
export const ANCHOR_SELECTORS = {
  /** placeholder "Invitation name" (labels.invitationName) is tried first; then these. */
  nameInput: [
    '#target_complete_details_name input[maxlength="30"]',
    'input[data-e2e="feafd809-5fe4-3adf"]',
    'input[data-e2e="2f3a4b5c-0a1b-4c2d"]',
    '[data-tid="m4b_input"] input[maxlength="30"]',
    'input[maxlength="30"]',
  ],
  sendButton: [
    'button[data-tid="m4b_button"][data-e2e="140f8059-efa6-4618"]',
    '[data-e2e="140f8059-efa6-4618"]',
    '[data-e2e="9d8c7b6a-1e2f-4a3b"]',
  ],
} as const;

export function nameInput(root: ParentNode): Element | null {
  return byPlaceholder(root, 'invitationName', 'input') ?? firstOf(root, ANCHOR_SELECTORS.nameInput);
}

export function findSendButton(root: ParentNode): Element | null {
  const byId = firstOf(root, ANCHOR_SELECTORS.sendButton);
  if (byId) return byId.closest('button') ?? byId;
  return buttonByText(root, 'send');
}

export function feeStructure(root: ParentNode, url: URL | null): FeeType {
  if (url && matchUrl(url)?.feeFromUrl === 'flat-fee') return 'flat-fee';
  if (labelElements(root, 'createFlatFeeHeading').length) return 'flat-fee';
  if (labelElements(root, 'flatFeeAmount').length) return 'flat-fee';
  return 'commission';
}

/** The anchors of this page: the name input and the Send button. */
export function createAnchors(root: ParentNode, url: URL): ReadResult<CreatePageUrl & { feeStructure: FeeType }> {
  const missing: string[] = [];
  if (!nameInput(root)) missing.push(t('pages_missing_name_input'));
  if (!findSendButton(root)) missing.push(t('pages_missing_send_button'));
  const u = matchUrl(url);
  if (missing.length || !u) return { ok: false, missing };
  return { ok: true, ...u, feeStructure: feeStructure(root, url) };
}
