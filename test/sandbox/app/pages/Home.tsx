import { Typography } from '@arco-design/web-react';
import { useEnv } from '../context.ts';

/**
 * A Seller Center page outside the affiliate paths (`/homepage`): the seller arrives at Find creators, Create or
 * the list from here by a client-side route, so the extension never sees a full load of those pages.
 */
export function Home() {
  const { t } = useEnv();
  return (
    <div className="home-card">
      <Typography.Title heading={4}>{t('homeWelcome')}</Typography.Title>
    </div>
  );
}
