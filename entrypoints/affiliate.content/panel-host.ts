/**
 * The panel's place in the seller's page: a `collab-pilot-panel` element at the end of <body>, whose
 * shadow root (SHADOW_MODE) holds the panel's styles and the element Preact renders into. A few lines of
 * our own where WXT's createShadowRootUi would bring its positioning, auto-mount and stylesheet loading,
 * none of which the panel uses, to every Seller Center page.
 */
import { SHADOW_MODE } from './shadow-root';

export interface PanelHost {
  /** Where the panel renders. */
  container: HTMLElement;
  /** Puts the host at the end of <body>, then calls `onMount`. */
  mount(): void;
  /** Takes the host out of the page and empties it. */
  remove(): void;
}

export function createPanelHost(css: string, onMount: (container: HTMLElement, host: HTMLElement) => void): PanelHost {
  const host = document.createElement('collab-pilot-panel');
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  // The page's inherited styles (font, colour, line height) stop at the host.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  return {
    container,
    mount() {
      document.body.append(host);
      onMount(container, host);
    },
    remove() {
      host.remove();
      container.replaceChildren();
    },
  };
}
