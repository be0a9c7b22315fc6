import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * True while the seller works in a page control that lies under our floating panel, so the panel can shrink
 * to its header and never cover what the seller is using. Listens on the page's document, capture phase,
 * passive: it only reads positions.
 */
export function useMakeWay(panel: RefObject<HTMLElement | null>): [boolean, () => void] {
  const [makeWay, setMakeWay] = useState(false);
  // The panel's full-size box: compare with it even while shrunk, or the panel would flicker back open.
  const fullRect = useRef<DOMRect | null>(null);
  useEffect(() => {
    const el = panel.current;
    const host = el?.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null;
    const doc = host?.ownerDocument;
    if (!el || !host || !doc) return;
    const onFocusIn = (e: Event) => {
      const target = e.target as Element | null;
      if (!target || target === host || !('getBoundingClientRect' in target)) return;
      if (el.getAttribute('data-make-way') !== 'true') fullRect.current = el.getBoundingClientRect();
      const box = fullRect.current ?? el.getBoundingClientRect();
      setMakeWay(overlaps(target.getBoundingClientRect(), box));
    };
    // Focus leaving the page for our own panel (or nowhere) ends the shrink.
    const onFocusOut = (e: FocusEvent) => {
      if (!e.relatedTarget || e.relatedTarget === host) setMakeWay(false);
    };
    doc.addEventListener('focusin', onFocusIn, { capture: true, passive: true });
    doc.addEventListener('focusout', onFocusOut, { capture: true, passive: true });
    return () => {
      doc.removeEventListener('focusin', onFocusIn, { capture: true });
      doc.removeEventListener('focusout', onFocusOut, { capture: true });
    };
  }, [panel]);
  return [makeWay, () => setMakeWay(false)];
}
