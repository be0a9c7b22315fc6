/**
 * One creator's overlay (badges, fit score with its breakdown, "Add to queue") built with plain DOM.
 *
 * Why not a Preact tree per row: Find creators lists 1,000 rows, and a render root per row kept ~60
 * virtual nodes, hook state and a dozen closures alive per row (about 20 KB of the page's heap each).
 * Here a row keeps one small object and its DOM; every listener is a module-level function shared by
 * all rows, and the fit tooltip (title, breakdown, summary) exists only while it is open: it is built
 * synchronously on hover or focus, before anything reads it, and removed when it closes.
 *
 * Every node counts: at 1,000 rows the seller's page's own scripting and layout get slower with ours
 * present. So a row at rest is the fieldset, the badge list with one `li` and one text per badge (glyph
 * and screen-reader description come from CSS, creators.css), the score and the add button with their texts.
 *
 * Listeners per row are few because 1,000 rows register them all at once: the fieldset's stop listeners
 * also handle the clicks and Escape inside it, and the "leave" and "blur" listeners exist only while the
 * score is hovered or focused.
 *
 * All text goes in through textContent / setAttribute: a hostile handle renders as text.
 */
import { type Badge, creatorBadges } from '@/lib/creators/badges';
import { type FitOutline, fitOutline, fitParts } from '@/lib/creators/fit';
import { FIT_MESSAGES, OVERLAY_MESSAGES } from '@/lib/creators/messages';
import type { CreatorRow } from '@/lib/creators/types';
import { summaryLine } from '@/lib/memory/messages';
import type { MemorySummary } from '@/lib/memory/schema';
import type { FitThresholds } from '@/lib/settings/schema';
import { BADGE_ICONS, STATUS_ICONS } from './icons';
import { MemoryChip } from './memory-chip';
import { CREATOR_UI_MESSAGES } from './messages';

export type AddState = 'idle' | 'adding' | 'queued' | 'error';

export interface OverlayView {
  creator: CreatorRow;
  thresholds: FitThresholds;
  state: AddState;
  /** Why the last add failed, shown beside the retry button. */
  error?: string | undefined;
  /** Locale for numbers in the fit breakdown. */
  locale?: string | undefined;
  /** What creator memory says about this creator; absent or null: nothing to show. */
  memory?: MemorySummary | null | undefined;
}

/** Called with the creator's id when the seller activates "Add to queue" (never while inert). */
export type OnAdd = (creatorId: string) => void;

let counter = 0;
/** Unique in the whole document: overlays may share one tree (tests, the panel). */
const uniqueId = (prefix: string) => `${prefix}-${++counter}`;

/** fieldset -> its overlay, for the shared listeners. */
const overlays = new WeakMap<Element, RowOverlayDom>();
const overlayOf = (e: Event): RowOverlayDom | undefined => {
  const el = (e.currentTarget as Element | null)?.closest('.cp-overlay');
  return el ? overlays.get(el) : undefined;
};

/**
 * The host row opens the creator's detail page on click, and the page's own keyboard handlers sit
 * above us: nothing that starts inside the overlay may reach them. The same listener does the
 * overlay's own work for clicks (score, add button) and keys (Escape), so a row registers each type once.
 */
const STOPPED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'keydown', 'keyup'] as const;
function onOverlayEvent(e: Event): void {
  e.stopPropagation();
  if (e.type === 'click') overlayOf(e)?.clicked(e.target as Node);
  else if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Escape') overlayOf(e)?.escaped(e.target as Node);
}

// Hover covers the tooltip too (it sits inside .cp-fit), so the pointer can move onto it without it
// vanishing. "Leave" and "blur" are listened for only between enter and leave, focus and blur.
function onFitEnter(e: Event): void {
  e.currentTarget?.addEventListener('mouseleave', onFitLeave);
  overlayOf(e)?.setTip({ hover: true, dismissed: false });
}
function onFitLeave(e: Event): void {
  e.currentTarget?.removeEventListener('mouseleave', onFitLeave);
  overlayOf(e)?.setTip({ hover: false });
}
function onFitFocus(e: Event): void {
  e.currentTarget?.addEventListener('blur', onFitBlur);
  overlayOf(e)?.setTip({ focus: true, dismissed: false });
}
function onFitBlur(e: Event): void {
  e.currentTarget?.removeEventListener('blur', onFitBlur);
  overlayOf(e)?.setTip({ focus: false });
}

/** Score tone, also spelled out in the tooltip: colour is a hint, never the message. */
function tone(fit: FitOutline): 'good' | 'warn' | 'bad' | 'neutral' {
  if (fit.known === 0) return 'neutral';
  if (fit.score >= 75) return 'good';
  if (fit.score >= 50) return 'warn';
  return 'bad';
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  return e;
}

function hiddenGlyph(doc: Document, cls: string, text: string): HTMLSpanElement {
  const s = el(doc, 'span', cls);
  s.setAttribute('aria-hidden', 'true');
  s.textContent = text;
  return s;
}

/**
 * One element and one text per badge. The glyph is `::before` (attr data-icon, alt text "" so screen
 * readers skip it) and the description is `::after` (": " + attr title, visually hidden). Chromium,
 * Firefox and Safari expose generated text as the item's text, so a screen reader still reads
 * "Invited: Invited in the last 90 days", in browse mode too. Not aria-label: several screen readers
 * ignore a name on a list item, and where it is honoured it hides the visible label.
 */
function badgeItem(doc: Document, b: Badge): HTMLLIElement {
  const li = el(doc, 'li', `cp-badge cp-tone--${b.tone}`);
  li.setAttribute('data-badge', b.key);
  li.setAttribute('data-icon', BADGE_ICONS[b.key]);
  li.title = b.description;
  li.textContent = b.label;
  return li;
}

const TIP_HOVER = 1;
const TIP_FOCUS = 2;
const TIP_DISMISSED = 4;

/**
 * The add button uses aria-disabled rather than `disabled` so it keeps keyboard focus while
 * adding/queued, and stays focusable when blocked so its explanation can be read.
 */
export class RowOverlayDom {
  readonly el: HTMLFieldSetElement;
  private v: OverlayView;
  private readonly onAdd: OnAdd;
  private badges: HTMLUListElement | null = null;
  private readonly score: HTMLButtonElement;
  /** The open tooltip, its breakdown list and summary; all null while it is closed. */
  private tip: { el: HTMLDivElement; parts: HTMLUListElement; summary: HTMLParagraphElement } | null = null;
  /** The tooltip's id, kept across openings; made on the first. */
  private tipId = '';
  /** The summary the tooltip shows, from the last renderFit. */
  private summary = '';
  private readonly add: HTMLButtonElement;
  private note: HTMLSpanElement | null = null;
  private memory: MemoryChip | null = null;
  /** TIP_* bits. */
  private tipState = 0;

  constructor(doc: Document, view: OverlayView, onAdd: OnAdd) {
    this.v = view;
    this.onAdd = onAdd;
    const root = el(doc, 'fieldset', 'cp-overlay');
    this.el = root;
    overlays.set(root, this);
    for (const type of STOPPED) root.addEventListener(type, onOverlayEvent);

    // The wrapper holds the tooltip while it is open, so hover covers both and the pointer can move
    // onto the tooltip without it vanishing. Hover mirrors the button's focus for pointer users.
    const fitWrap = el(doc, 'span', 'cp-fit');
    fitWrap.addEventListener('mouseenter', onFitEnter);
    const score = el(doc, 'button');
    score.type = 'button';
    score.addEventListener('focus', onFitFocus);
    fitWrap.append(score);
    this.score = score;

    const add = el(doc, 'button');
    add.type = 'button';
    this.add = add;
    root.append(fitWrap, add);

    this.renderLabel();
    this.renderBadges();
    this.renderFit();
    this.renderAdd();
    this.renderMemory();
  }

  get view(): OverlayView {
    return this.v;
  }

  /** Shows `next`, touching only the parts that changed. */
  update(next: OverlayView): void {
    const prev = this.v;
    if (
      prev.creator === next.creator &&
      prev.thresholds === next.thresholds &&
      prev.state === next.state &&
      prev.error === next.error &&
      prev.locale === next.locale &&
      prev.memory === next.memory
    )
      return;
    this.v = next;
    if (prev.creator.handle !== next.creator.handle) this.renderLabel();
    if (prev.creator !== next.creator || (prev.state === 'queued') !== (next.state === 'queued')) this.renderBadges();
    if (prev.creator !== next.creator || prev.thresholds !== next.thresholds || prev.locale !== next.locale)
      this.renderFit();
    if (prev.creator !== next.creator || prev.state !== next.state || prev.error !== next.error) this.renderAdd();
    if (prev.memory !== next.memory || prev.locale !== next.locale) this.renderMemory();
  }

  tipOpen(): boolean {
    return (this.tipState & (TIP_HOVER | TIP_FOCUS)) !== 0 && (this.tipState & TIP_DISMISSED) === 0;
  }

  setTip(change: { hover?: boolean; focus?: boolean; dismissed?: boolean }): void {
    const bit = (on: boolean | undefined, b: number) => {
      if (on === true) this.tipState |= b;
      else if (on === false) this.tipState &= ~b;
    };
    bit(change.hover, TIP_HOVER);
    bit(change.focus, TIP_FOCUS);
    bit(change.dismissed, TIP_DISMISSED);
    const open = this.tipOpen();
    if (open && !this.tip) this.openTip();
    else if (!open && this.tip) this.closeTip();
  }

  activate(): void {
    if (!this.inert()) this.onAdd(this.v.creator.id);
  }

  /** A click inside the overlay, on `target`. */
  clicked(target: Node): void {
    if (this.add.contains(target)) this.activate();
    else if (this.score.contains(target)) {
      // Touch has no hover: a tap toggles the breakdown.
      if (this.tipOpen()) this.setTip({ dismissed: true });
      else this.setTip({ focus: true, dismissed: false });
    }
  }

  /** Escape on the score dismisses the breakdown (WCAG 1.4.13). */
  escaped(target: Node): void {
    if (this.score.contains(target)) this.setTip({ dismissed: true });
  }

  /**
   * Adding waits until the page has said the shop has not blocked the creator: a row drawn before the
   * page's JSON (or whose JSON could not be read) must not offer an add that would fail.
   */
  private inert(): boolean {
    return this.v.creator.blocked !== false || this.v.state === 'adding' || this.v.state === 'queued';
  }

  private renderLabel(): void {
    this.el.setAttribute('aria-label', OVERLAY_MESSAGES.region(this.v.creator.handle));
  }

  private renderBadges(): void {
    const list = creatorBadges(this.v.creator, { queued: this.v.state === 'queued' });
    if (list.length === 0) {
      this.badges?.remove();
      this.badges = null;
      return;
    }
    const doc = this.el.ownerDocument;
    if (!this.badges) {
      this.badges = el(doc, 'ul', 'cp-badges');
      this.el.prepend(this.badges);
    }
    this.badges.replaceChildren(...list.map((b) => badgeItem(doc, b)));
  }

  private renderFit(): void {
    const fit = fitOutline(this.v.creator, this.v.thresholds);
    const score = this.score;
    score.className = `cp-fit__score cp-tone--${tone(fit)}`;
    score.textContent = fit.known === 0 ? FIT_MESSAGES.scoreUnknown : FIT_MESSAGES.scoreShort(fit.score);
    // "(2/4)" is drawn by `::after` (lighter type, creators.css) rather than a span: generated text is part
    // of the button's accessible name ("Fit 100 (2/4)") in every engine, and it saves two nodes per row.
    const partial = fit.known > 0 && fit.known < fit.total;
    toggleAttr(score, 'data-known', partial ? CREATOR_UI_MESSAGES.knownCount(fit.known, fit.total) : null);
    // The description at rest (the tooltip's title, then its summary), without keeping the tooltip's nodes
    // in every row. While open, aria-describedby (the tooltip) takes precedence over it.
    toggleAttr(score, 'aria-description', `${FIT_MESSAGES.tooltipTitle} ${fit.summary}`);
    this.summary = fit.summary;
    // Only an open tooltip shows the fit: refresh it now; a closed one is built fresh on the next opening.
    if (this.tip) this.fillTip(this.tip);
  }

  /**
   * Builds the tooltip and points the score at it, synchronously inside the hover or focus listener: a
   * screen reader that has just focused the score reads the description after the event, and so finds it.
   *
   * aria-describedby is set only while the tooltip exists (an id that resolves to nothing describes
   * nothing, and axe flags it), and removed with it on close. Between openings the score keeps its summary as
   * aria-description, so nothing is lost at rest; the breakdown, like the visible tooltip, is there while open.
   */
  private openTip(): void {
    const doc = this.el.ownerDocument;
    if (!this.tipId) this.tipId = uniqueId('cp-fit');
    const tip = el(doc, 'div', 'cp-tooltip');
    tip.id = this.tipId;
    tip.setAttribute('role', 'tooltip');
    const title = el(doc, 'p', 'cp-tooltip__title');
    title.textContent = FIT_MESSAGES.tooltipTitle;
    const parts = el(doc, 'ul', 'cp-tooltip__parts');
    const summary = el(doc, 'p', 'cp-tooltip__summary');
    tip.append(title, parts, summary);
    this.tip = { el: tip, parts, summary };
    this.fillTip(this.tip);
    this.score.after(tip);
    this.score.setAttribute('aria-describedby', this.tipId);
  }

  /** Drops the tooltip's nodes: a row at rest carries none of them. */
  private closeTip(): void {
    this.score.removeAttribute('aria-describedby');
    this.tip?.el.remove();
    this.tip = null;
  }

  private fillTip(tip: { parts: HTMLUListElement; summary: HTMLParagraphElement }): void {
    const { creator, thresholds, locale } = this.v;
    const doc = this.el.ownerDocument;
    tip.summary.textContent = this.summary;
    tip.parts.replaceChildren(
      ...fitParts(creator, thresholds, locale ? { locale } : {}).map((p) => {
        const status = p.met === null ? FIT_MESSAGES.unknownStatus : p.met ? FIT_MESSAGES.met : FIT_MESSAGES.notMet;
        const icon = p.met === null ? STATUS_ICONS.unknown : p.met ? STATUS_ICONS.met : STATUS_ICONS.notMet;
        const state = p.met === null ? 'unknown' : p.met ? 'met' : 'not-met';
        const li = el(doc, 'li', `cp-fit-part cp-fit-part--${state}`);
        li.setAttribute('data-key', p.key);
        const value = el(doc, 'span', 'cp-fit-part__value');
        value.textContent = FIT_MESSAGES.partValue(p.label, p.value);
        const goal = el(doc, 'span', 'cp-fit-part__goal');
        goal.textContent = FIT_MESSAGES.partGoal(p.goal, status);
        li.append(hiddenGlyph(doc, 'cp-fit-part__icon', icon), ' ', value, ' ', goal);
        return li;
      }),
    );
  }

  /** Only a creator with history gets the chip: a row without memory keeps its nodes. */
  private renderMemory(): void {
    const m = this.v.memory;
    if (!m || !summaryLine(m)) {
      this.memory?.el.remove();
      this.memory = null;
      return;
    }
    if (this.memory) this.memory.update(m, this.v.locale);
    else {
      this.memory = new MemoryChip(this.el.ownerDocument, m, this.v.locale);
      this.add.before(this.memory.el);
    }
  }

  private renderAdd(): void {
    const { creator, state, error } = this.v;
    const blocked = creator.blocked === true;
    // Queued or adding says more than "not known yet"; an unknown block state only holds an idle add.
    const unsure = creator.blocked == null && (state === 'idle' || state === 'error');
    const inert = this.inert();
    let label: string = OVERLAY_MESSAGES.add;
    if (blocked) label = OVERLAY_MESSAGES.cantAdd;
    else if (unsure) label = OVERLAY_MESSAGES.add;
    else if (state === 'adding') label = OVERLAY_MESSAGES.adding;
    else if (state === 'queued') label = OVERLAY_MESSAGES.queued;
    else if (state === 'error') label = OVERLAY_MESSAGES.retry;
    const note = blocked
      ? OVERLAY_MESSAGES.blockedExplain
      : unsure
        ? OVERLAY_MESSAGES.blockUnknownExplain
        : state === 'error'
          ? (error ?? OVERLAY_MESSAGES.failed)
          : state === 'queued'
            ? OVERLAY_MESSAGES.alreadyQueued
            : null;

    const add = this.add;
    add.className = `cp-btn cp-add cp-add--${blocked ? 'blocked' : unsure ? 'unsure' : state}`;
    add.textContent = label;
    toggleAttr(add, 'aria-disabled', inert ? 'true' : null);
    toggleAttr(add, 'aria-busy', state === 'adding' ? 'true' : null);
    toggleAttr(add, 'title', note);

    if (note === null) {
      this.note?.remove();
      this.note = null;
      add.removeAttribute('aria-describedby');
      return;
    }
    const doc = this.el.ownerDocument;
    if (!this.note) {
      this.note = el(doc, 'span');
      this.note.id = uniqueId('cp-note');
      this.el.append(this.note);
    }
    add.setAttribute('aria-describedby', this.note.id);
    const shown = state === 'error' && !blocked && !unsure;
    this.note.className = shown ? 'cp-overlay__error' : 'cp-sr-only';
    if (shown) this.note.replaceChildren(hiddenGlyph(doc, 'cp-overlay__error-icon', '⚠ '), note);
    else this.note.textContent = note;
  }
}

function toggleAttr(e: Element, name: string, value: string | null): void {
  if (value === null) e.removeAttribute(name);
  else if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}
