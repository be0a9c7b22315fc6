/**
 * The row overlay's styles: one constructable stylesheet, adopted by every row's shadow root, so 1,000
 * rows share one parsed sheet instead of 1,000 <style> copies.
 */
import overlayCss from '@/components/creators/creators.css?inline';
import { sharedStyles } from '../../shadow-root';

/**
 * The host sits first in the creator cell and takes no height: a row that grew when decorated would
 * move what the seller is looking at and could confuse the page's infinite scroll. The overlay is drawn
 * over the cell's top right corner, where the short handle line leaves room, on a backdrop so it stays
 * legible over any text it meets. It never takes the page's font.
 */
const HOST_CSS = [
  ':host{display:block;position:relative;height:0;margin:0;padding:0;line-height:normal;text-align:start;white-space:normal}',
  ':host>.cp-overlay{position:absolute;right:0;top:0;z-index:1;justify-content:flex-end;padding:2px 4px;border-radius:6px;background:rgb(255 255 255/92%)}',
].join('\n');

export const adoptRowStyles = sharedStyles(`${HOST_CSS}\n${overlayCss}`);
