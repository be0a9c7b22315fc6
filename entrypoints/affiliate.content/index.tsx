import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMatches } from '@/lib/hosts';
import { startPageController } from './page-controller';
import './panel.css';
import '@/components/setup-guard/setup-guard.css';
import '@/components/creators/creators.css';
import '@/components/health/health.css';

// Runs only on the affiliate paths of the hosts in lib/hosts.ts. Page knowledge lives in lib/pages.
export default defineContentScript({
  matches: contentMatches(),
  cssInjectionMode: 'ui',
  main(ctx) {
    startPageController(ctx);
  },
});
