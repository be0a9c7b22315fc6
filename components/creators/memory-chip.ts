/**
 * A row's line of creator memory ("Invited 2× · accepted 1 · note") as one button, with its details
 * in a tooltip built only while it is hovered or focused, like the fit score's. At rest a row carries
 * the button and its text; screen readers get the details as its description.
 */

import { t } from '@/lib/i18n';
import { summaryDetails, summaryLine } from '@/lib/memory/messages';
import type { MemorySummary } from '@/lib/memory/schema';

let counter = 0;
const chips = new WeakMap<Element, MemoryChip>();

const chipOf = (e: Event): MemoryChip | undefined => {
  const el = (e.currentTarget as Element | null)?.closest('.cp-memory');
  return el ? chips.get(el) : undefined;
};
// Hover and focus each hold the details open, as the fit score's do.
const onEnter = (e: Event) => chipOf(e)?.hold('hover', true);
const onLeave = (e: Event) => chipOf(e)?.hold('hover', false);
const onFocus = (e: Event) => chipOf(e)?.hold('focus', true);
const onBlur = (e: Event) => chipOf(e)?.hold('focus', false);
function onKey(e: Event): void {
  if ((e as KeyboardEvent).key === 'Escape') chipOf(e)?.close();
}

export class MemoryChip {
  readonly el: HTMLSpanElement;
  private readonly button: HTMLButtonElement;
  private tip: HTMLDivElement | null = null;
  private readonly tipId = `cp-mem-${++counter}`;
  private s: MemorySummary;
  private locale: string | undefined;
  private held = { hover: false, focus: false };

  constructor(doc: Document, s: MemorySummary, locale?: string) {
    this.s = s;
    this.locale = locale;
    this.el = doc.createElement('span');
    this.el.className = 'cp-memory';
    chips.set(this.el, this);
    this.el.addEventListener('mouseenter', onEnter);
    this.el.addEventListener('mouseleave', onLeave);
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.addEventListener('focus', onFocus);
    this.button.addEventListener('blur', onBlur);
    this.button.addEventListener('keydown', onKey);
    this.el.append(this.button);
    this.render();
  }

  update(s: MemorySummary, locale?: string): void {
    this.s = s;
    this.locale = locale;
    this.render();
  }

  hold(by: 'hover' | 'focus', on: boolean): void {
    this.held[by] = on;
    if (this.held.hover || this.held.focus) this.open();
    else this.close();
  }

  open(): void {
    if (this.tip) return;
    const doc = this.el.ownerDocument;
    const tip = doc.createElement('div');
    tip.className = 'cp-tooltip';
    tip.id = this.tipId;
    tip.setAttribute('role', 'tooltip');
    const title = doc.createElement('p');
    title.className = 'cp-tooltip__title';
    title.textContent = t('memory_row_details');
    tip.append(
      title,
      ...summaryDetails(this.s, this.locale).map((line) => {
        const p = doc.createElement('p');
        p.className = 'cp-tooltip__summary';
        p.textContent = line;
        return p;
      }),
    );
    this.tip = tip;
    this.el.append(tip);
    this.button.setAttribute('aria-describedby', this.tipId);
  }

  close(): void {
    this.button.removeAttribute('aria-describedby');
    this.tip?.remove();
    this.tip = null;
  }

  private render(): void {
    this.button.className = this.s.doNotInvite ? 'cp-memory__line cp-memory__line--stop' : 'cp-memory__line';
    this.button.textContent = summaryLine(this.s);
    this.button.setAttribute(
      'aria-description',
      [t('memory_row_details'), ...summaryDetails(this.s, this.locale)].join('. '),
    );
    if (this.tip) {
      this.close();
      this.open();
    }
  }
}
