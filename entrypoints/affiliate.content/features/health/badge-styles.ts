import healthCss from '@/components/health/health.css?inline';
import { sharedStyles } from '../../shadow-root';

/** The host sits in the page's table cell: keep it inline, beside the name, and immune to the page's own CSS. */
const HOST_CSS =
  ':host{all:initial;display:inline-block;margin-inline-start:6px;vertical-align:middle;font-family:system-ui,sans-serif}';

/** Styles one badge's shadow root with one sheet shared by every badge. */
export const styleBadgeRoot = sharedStyles(`${HOST_CSS}\n${healthCss}`);
