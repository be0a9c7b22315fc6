/**
 * The row overlay's styles: one constructable stylesheet, built on first use and adopted by every row's
 * shadow root, so 1,000 rows share one parsed sheet instead of 1,000 <style> copies.
 */
import overlayCss from '@/components/creators/creators.css?inline';

/** The host sits at the end of the creator cell, on its own line, and never takes the page's font. */
const HOST_CSS = ':host{display:block;margin-top:4px;line-height:normal;text-align:start;white-space:normal}';

let sheet: CSSStyleSheet | null | undefined;

function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(`${HOST_CSS}\n${overlayCss}`);
    sheet = s;
  } catch {
    sheet = null;
  }
  return sheet;
}

export function adoptRowStyles(root: ShadowRoot): void {
  const s = sharedSheet();
  if (s) {
    try {
      root.adoptedStyleSheets = [s];
      return;
    } catch {
      // Firefox content scripts cannot hand a sheet across the Xray boundary: fall back below.
    }
  }
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${overlayCss}`;
  root.append(style);
}
