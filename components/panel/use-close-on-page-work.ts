import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { CONTROL_SELECTOR } from './measure-page';

/**
 * Our own in-page hosts (row overlays, badges) are named `collab-pilot-*`: pressing one of them (e.g. a
 * row's "Add to queue") is work with Collab Pilot, not going back to the page, even inside a page row.
 */
function inOurUi(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) if (n.localName.startsWith('collab-pilot-')) return true;
  return false;
}

/**
 * While the pill is opened over the page, the seller going back to the page closes it: pressing one of the
 * page's controls, or tabbing onto a control that the open panel covers. Clicking blank page, or a control
 * the panel leaves visible by keyboard, leaves it open. Only real input counts (events our own code causes,
 * such as filling a field, do not).
 */
export function useCloseOnPageWork(panel: RefObject<HTMLElement | null>, active: boolean, close: () => void): void {
  useEffect(() => {
    const el = panel.current;
    const root = el?.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    const doc = host?.ownerDocument;
    if (!active || !el || !host || !doc) return;
    let tabAt = Number.NEGATIVE_INFINITY;
    const inPage = (t: EventTarget | null): t is Element =>
      !!t && t !== host && (t as Node).nodeType === 1 && !host.contains(t as Node);
    const onPointerDown = (e: PointerEvent) => {
      if (e.isTrusted && inPage(e.target) && !inOurUi(e.target) && e.target.closest(CONTROL_SELECTOR)) close();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Tab') tabAt = e.timeStamp;
    };
    const onFocusIn = (e: FocusEvent) => {
      if (!inPage(e.target) || e.timeStamp - tabAt > 1000) return;
      const a = e.target.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) close();
    };
    const opts = { capture: true, passive: true };
    doc.addEventListener('pointerdown', onPointerDown, opts);
    doc.addEventListener('keydown', onKeyDown, opts);
    doc.addEventListener('focusin', onFocusIn, opts);
    return () => {
      doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
      doc.removeEventListener('keydown', onKeyDown, { capture: true });
      doc.removeEventListener('focusin', onFocusIn, { capture: true });
    };
  }, [panel, active, close]);
}
