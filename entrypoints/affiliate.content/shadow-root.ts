/**
 * What every shadow root we put in the seller's page needs: refusing events a page script forged, and
 * styles shared by all roots of one kind (one parsed constructable sheet, not a <style> per root).
 */

function refuse(e: Event): void {
  if (!e.isTrusted) e.stopImmediatePropagation();
}
const CAPTURE = { capture: true } as const;

/**
 * Stops `types` events a page script forged before they reach anything inside `root`. On the root itself
 * (capture), so it also sees events that are not composed and never leave the root. One shared listener.
 */
export function refuseForgedEvents(root: EventTarget, types: readonly string[]): void {
  for (const type of types) root.addEventListener(type, refuse, CAPTURE);
}

/**
 * A function that styles a shadow root with `css`: the constructable sheet is built on first use and
 * adopted by every root; where the world refuses an adopted sheet (Firefox content-script Xrays) or cannot
 * build one, a plain <style> is appended instead.
 */
export function sharedStyles(css: string): (root: ShadowRoot) => void {
  /** undefined = not built yet, null = the browser refused. */
  let sheet: CSSStyleSheet | null | undefined;
  return (root) => {
    if (sheet === undefined) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      } catch {
        sheet = null;
      }
    }
    if (sheet) {
      try {
        root.adoptedStyleSheets = [sheet];
        return;
      } catch {
        // Fall back below.
      }
    }
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  };
}
