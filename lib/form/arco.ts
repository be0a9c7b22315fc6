/**
 * Writing into the page's Arco (React-controlled) controls so that React's own state sees the change
 * as if the seller typed it. Used only when the seller accepts a prefill; never to send anything.
 *
 * Why each step (verified in Chromium, see docs/toolchain.md):
 * - `el.value = v` is swallowed by React's value tracker in the page world: use the native setter of
 *   the element's *own* window prototype, then a bubbling `input` event.
 * - focus before / blur after, a macrotask between steps, so React re-renders in between.
 * - Arco drops text longer than maxLength: truncate first and report it.
 * - DatePicker commits typed text only on Enter (keyCode 13).
 * Everything takes elements as arguments; nothing here reads globals.
 */
import { texts } from '../texts';

export type WriteResult = { ok: true; truncated?: { from: number; to: number } } | { ok: false; reason: string };

/** Reasons, from the `pages` catalog; getters, so each read gives the language switched to. */
export const MESSAGES = texts({
  notInput: 'pages_arco_not_input',
  noWindow: 'pages_arco_no_window',
  disabled: 'pages_arco_disabled',
  readOnly: 'pages_arco_read_only',
  noSetter: 'pages_arco_no_setter',
  notANumber: 'pages_arco_not_a_number',
  badDate: 'pages_arco_bad_date',
  dateOrderUnknown: 'pages_arco_date_order_unknown',
  notSwitch: 'pages_arco_not_switch',
  switchDidNotChange: 'pages_arco_switch_did_not_change',
  noSelect: 'pages_arco_no_select',
  noOption: 'pages_arco_no_option',
  noPopup: 'pages_arco_no_popup',
  valueDidNotStick: 'pages_arco_value_did_not_stick',
});

/** A macrotask, from the element's own window (setTimeout 0). */
function tick(el: Element, ms = 0): Promise<void> {
  const win = el.ownerDocument?.defaultView;
  return new Promise((resolve) => (win ? win.setTimeout(resolve, ms) : resolve()));
}

function viewOf(el: Element): (Window & typeof globalThis) | null {
  return (el.ownerDocument?.defaultView as (Window & typeof globalThis) | null) ?? null;
}

function isTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
}

/** Native value setter of the element's own window (the page's React tracks the prototype's setter). */
export function setNativeValue(el: Element, value: string): WriteResult {
  if (!isTextField(el)) return { ok: false, reason: MESSAGES.notInput };
  const win = viewOf(el);
  if (!win) return { ok: false, reason: MESSAGES.noWindow };
  const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) return { ok: false, reason: MESSAGES.noSetter };
  setter.call(el, value);
  el.dispatchEvent(new win.Event('input', { bubbles: true }));
  return { ok: true };
}

function writable(el: Element): WriteResult | null {
  if (!isTextField(el)) return { ok: false, reason: MESSAGES.notInput };
  if (el.disabled) return { ok: false, reason: MESSAGES.disabled };
  if (el.readOnly) return { ok: false, reason: MESSAGES.readOnly };
  return null;
}

/** Focus → set → input → blur, with macrotasks between, as the page's React sees a person type. */
async function enter(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<WriteResult> {
  field.focus(); // fires focus + focusin, which React listens to
  await tick(field);
  const r = setNativeValue(field, text);
  if (!r.ok) return r;
  await tick(field);
  field.blur();
  await tick(field);
  return r;
}

/** Focus → set → input → blur, with macrotasks between; truncates to maxlength and reports it. */
export async function writeText(el: Element, value: string): Promise<WriteResult> {
  const bad = writable(el);
  if (bad) return bad;
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  const max = field.maxLength;
  const chars = Array.from(value); // count code points like the page's counter, never split an emoji
  const cut = max > 0 && chars.length > max ? chars.slice(0, max).join('') : value;
  const r = await enter(field, cut);
  if (!r.ok) return r;
  if (field.value !== cut) return { ok: false, reason: MESSAGES.valueDidNotStick };
  return cut === value ? { ok: true } : { ok: true, truncated: { from: chars.length, to: Array.from(cut).length } };
}

/**
 * An Arco InputNumber: written as text with `decimals` places ("25" → "25.00" is what the page shows
 * after blur anyway). The page clamps to its own min/max; the caller should check ranges first.
 */
export async function writeNumber(el: Element, value: number, decimals = 2): Promise<WriteResult> {
  if (!Number.isFinite(value)) return { ok: false, reason: MESSAGES.notANumber };
  const bad = writable(el);
  if (bad) return bad;
  const field = el as HTMLInputElement;
  const text = value.toFixed(decimals);
  const r = await enter(field, text);
  if (!r.ok) return r;
  const shown = Number(field.value.replace(/,/g, '.').replace(/[^\d.-]/g, ''));
  if (!Number.isFinite(shown) || Math.abs(shown - value) > 10 ** -decimals / 2)
    return { ok: false, reason: MESSAGES.valueDidNotStick };
  return { ok: true };
}

/**
 * The texts to try for a date, in order: ISO, then month/day/year (what the live page takes even on the UK
 * site, docs/domain.md), then day/month/year.
 */
function dateTexts(ymd: string): string[] {
  const [y, m, d] = ymd.split('-');
  return [...new Set([ymd, `${m}/${d}/${y}`, `${d}/${m}/${y}`])];
}

/** The day the open date panel marks as chosen, as text; null unless exactly one is marked. */
function markedDay(doc: Document | null): string | null {
  const marked = doc?.querySelectorAll('.arco-picker-cell-selected .arco-picker-date-value') ?? [];
  return marked.length === 1 ? (marked[0]?.textContent ?? '').trim() : null;
}

/**
 * Arco DatePicker: type the date, then Enter (keyCode 13) commits it; a form the picker refuses is undone by it.
 * A picker takes "03/04/2026" as 4 March or 3 April by its own format, and shows it back the same either way:
 * such a text is committed only when the open panel marks the wanted day; otherwise a mousedown outside
 * closes the picker, which drops what was typed, and nothing is written.
 */
export async function writeDate(el: Element, ymd: string): Promise<WriteResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return { ok: false, reason: MESSAGES.badDate };
  if (!isTextField(el)) return { ok: false, reason: MESSAGES.notInput };
  if (el.disabled) return { ok: false, reason: MESSAGES.disabled };
  const win = viewOf(el);
  if (!win) return { ok: false, reason: MESSAGES.noWindow };
  const [, month, day] = ymd.split('-').map(Number);
  let unsure = false;
  for (const text of dateTexts(ymd)) {
    // The picker input is often readOnly until focused/opened: click opens it, then it accepts typing.
    el.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true }));
    el.dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
    el.focus();
    await tick(el);
    const r = setNativeValue(el, text);
    if (!r.ok) return r;
    await tick(el);
    const readsBothWays = text !== ymd && month !== day && day! <= 12;
    if (readsBothWays && markedDay(el.ownerDocument) !== String(day)) {
      unsure = true;
      el.ownerDocument.body.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true }));
      await tick(el);
      continue;
    }
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true };
    el.dispatchEvent(new win.KeyboardEvent('keydown', init));
    el.dispatchEvent(new win.KeyboardEvent('keyup', init));
    await tick(el);
    el.blur();
    await tick(el);
    if (el.value.startsWith(text)) return { ok: true };
  }
  return { ok: false, reason: unsure ? MESSAGES.dateOrderUnknown : MESSAGES.valueDidNotStick };
}

function switchState(el: Element): boolean | null {
  const aria = el.getAttribute('aria-checked');
  if (aria === 'true' || aria === 'false') return aria === 'true';
  if (el.classList.contains('arco-switch')) return el.classList.contains('arco-switch-checked');
  return null;
}

/** Arco Switch (`role="switch"`, `aria-checked`): click only when the state differs. */
export async function setSwitch(el: Element, on: boolean): Promise<WriteResult> {
  const state = switchState(el);
  if (state == null) return { ok: false, reason: MESSAGES.notSwitch };
  if ((el as HTMLButtonElement).disabled || el.classList.contains('arco-switch-disabled'))
    return { ok: false, reason: MESSAGES.disabled };
  if (state === on) return { ok: true };
  (el as HTMLElement).click();
  await tick(el);
  return switchState(el) === on ? { ok: true } : { ok: false, reason: MESSAGES.switchDidNotChange };
}

function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function popupOptions(doc: Document): Element[] {
  // Arco renders options into a portal at the end of <body>; only the visible (last opened) popup counts.
  const popups = Array.from(doc.querySelectorAll('.arco-select-popup, .arco-trigger-popup'));
  const open = popups.filter(
    (p) => !p.classList.contains('arco-trigger-popup-hidden') && (p as HTMLElement).style?.display !== 'none',
  );
  const scope = open[open.length - 1];
  return scope ? Array.from(scope.querySelectorAll('.arco-select-option, [role="option"]')) : [];
}

/**
 * Arco Select: click to open (the popup is a portal at the end of body), wait for it, click the
 * option whose text matches. Returns ok when the select shows that text afterwards.
 */
export async function chooseSelectOption(
  selectEl: Element,
  optionText: string,
  timeoutMs = 1000,
): Promise<WriteResult> {
  const doc = selectEl.ownerDocument;
  const win = viewOf(selectEl);
  if (!doc || !win) return { ok: false, reason: MESSAGES.noWindow };
  const select = selectEl.closest('.arco-select') ?? selectEl.querySelector('.arco-select') ?? selectEl;
  if (
    !select.matches('.arco-select, [role="combobox"], [data-tid="m4b_select"]') &&
    !select.querySelector('[role="combobox"]')
  )
    return { ok: false, reason: MESSAGES.noSelect };
  if (select.classList.contains('arco-select-disabled')) return { ok: false, reason: MESSAGES.disabled };
  const shown = () => norm(select.querySelector('.arco-select-view-value')?.textContent ?? select.textContent);
  if (shown() === norm(optionText)) return { ok: true };
  const opener = select.querySelector('.arco-select-view') ?? select;
  opener.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true }));
  (opener as HTMLElement).click();
  let options: Element[] = [];
  for (let waited = 0; waited <= timeoutMs; waited += 25) {
    await tick(selectEl, waited ? 25 : 0);
    options = popupOptions(doc);
    if (options.length) break;
  }
  if (!options.length) return { ok: false, reason: MESSAGES.noPopup };
  const option = options.find((o) => norm(o.textContent) === norm(optionText));
  if (!option) {
    // Close the popup we opened; leave the page as it was.
    select.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
    return { ok: false, reason: MESSAGES.noOption };
  }
  (option as HTMLElement).click();
  await tick(selectEl);
  await tick(selectEl);
  return shown() === norm(optionText) ? { ok: true } : { ok: false, reason: MESSAGES.valueDidNotStick };
}
