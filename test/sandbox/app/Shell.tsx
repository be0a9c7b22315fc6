import type { ReactNode } from 'react';
import { useEnv } from './context.ts';
import { linkClick, withShopQuery } from './router.ts';

/** The Seller Center frame: top bar, left nav, and the micro-frontend container, all scrolling in #scroll-container. */
export function Shell({ active, children }: { active: 'find' | 'list' | 'create' | null; children: ReactNode }) {
  const { t } = useEnv();
  const links = [
    { key: 'find', href: withShopQuery('/connection/creator'), label: t('findCreators') },
    { key: 'list', href: withShopQuery('/connection/target-invitation'), label: t('targetCollabs') },
    { key: 'create', href: withShopQuery('/connection/target-invitation/create'), label: t('createTarget') },
  ] as const;
  return (
    <div id="scroll-container">
      <header className="shell-top">TikTok Shop · {t('affiliateCenter')}</header>
      <div className="shell-body">
        <nav className="side-nav" aria-label={t('affiliateCenter')}>
          {links.map((l) => (
            <a key={l.key} href={l.href} onClick={linkClick(l.href)} aria-current={active === l.key ? 'page' : undefined}>
              {l.label}
            </a>
          ))}
        </nav>
        <div className="micro-app-container">{children}</div>
      </div>
    </div>
  );
}
