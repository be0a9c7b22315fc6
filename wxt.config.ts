import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/hosts';

// Permissions are deliberately minimal; README "Permissions and privacy" gives the reason for each.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Collab Pilot',
    description:
      'Checks TikTok Shop target collaborations before you send them and queues creator invitations into batches.',
    version: '0.1.0',
    permissions: ['storage'],
    host_permissions: hostPermissions(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'collab-pilot@collabpilot.app',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
