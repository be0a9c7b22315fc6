/**
 * What every shadow root we put in the seller's page needs: refusing events a page script forged, a
 * mode that keeps page scripts out, and styles shared by all roots of one kind (one parsed constructable
 * sheet, not a <style> per root).
 */

/** Set by the build (wxt.config.ts): true only in the builds the browser tests drive. */
declare const __CP_OPEN_SHADOW__: boolean | undefined;

/**
 * Closed in a release build: a page script cannot reach into our roots to read the queue's handles, the
 * batch terms or the thresholds. The tests' build opens them (CP_OPEN_SHADOW=1, package.json), because
 * Playwright's locators only pierce open roots.
 */
export const SHADOW_MODE: ShadowRootMode =
  typeof __CP_OPEN_SHADOW__ !== 'undefined' && __CP_OPEN_SHADOW__ ? 'open' : 'closed';

/**
 * Events only the seller may cause inside our roots. A page script's `checkbox.click()` makes the browser
 * toggle the box and then fire trusted `input`/`change`: cancelling the untrusted click stops that too.
 * Pointer and mouse events cover the drag grip.
 */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'keydown',
  'keyup',
  'input',
  'beforeinput',
  'change',
  'submit',
  'focusin',
  'pointerdown',
  'pointermove',
  'pointerup',
  'pointercancel',
  'mousedown',
  'mouseup',
] as const;

function refuse(e: Event): void {
  if (e.isTrusted) return;
  // Cancelled, not only stopped: a forged click on a checkbox or a submit button would otherwise still
  // run the element's own activation behaviour.
  e.preventDefault();
  e.stopImmediatePropagation();
}
const CAPTURE = { capture: true } as const;

/**
 * Stops and cancels `types` events a page script forged before they reach anything inside `root`. On the
 * root itself (capture), so it also sees events that are not composed and never leave the root.
 */
export function refuseForgedEvents(root: EventTarget, types: readonly string[] = GUARDED_EVENTS): void {
  for (const type of types) root.addEventListener(type, refuse, CAPTURE);
}

/** A shadow root on `host` in SHADOW_MODE that refuses forged `types` events. */
export function attachGuardedShadow(host: Element, types: readonly string[] = GUARDED_EVENTS): ShadowRoot {
  const root = host.attachShadow({ mode: SHADOW_MODE });
  refuseForgedEvents(root, types);
  return root;
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
