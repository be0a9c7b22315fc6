import healthCss from '@/components/health/health.css?inline';

/** The host sits in the page's table cell: keep it inline, beside the name, and immune to the page's own CSS. */
const HOST_CSS =
  ':host{all:initial;display:inline-block;margin-inline-start:6px;vertical-align:middle;font-family:system-ui,sans-serif}';

/** One constructable sheet shared by every badge; undefined = not built yet, null = the browser refused. */
let shared: CSSStyleSheet | null | undefined;

function sharedSheet(): CSSStyleSheet | null {
  if (shared === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${HOST_CSS}\n${healthCss}`);
      shared = sheet;
    } catch {
      shared = null;
    }
  }
  return shared;
}

/** Styles one badge's shadow root; falls back to a <style> where constructable sheets are not adoptable. */
export function styleBadgeRoot(root: ShadowRoot): void {
  const sheet = sharedSheet();
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Some content-script worlds (Firefox Xrays) refuse a sheet made here: use a plain <style> instead.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = `${HOST_CSS}\n${healthCss}`;
  root.append(style);
}
