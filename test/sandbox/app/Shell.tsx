import { Dropdown, Menu } from '@arco-design/web-react';
import type { ReactNode } from 'react';
import { useEnv } from './context.ts';
import type { LabelKey } from './i18n.ts';
import { linkClick, withShopQuery } from './router.ts';

const MENUS: readonly LabelKey[] = ['creatorMessages', 'notifications', 'help', 'account'];

/**
 * The header's menus as the variant draws them: real buttons, or (as on the live site) Arco dropdown triggers
 * made of plain div/span elements with listeners, plus the floating "Need help?" widget at the bottom right.
 */
function HeaderMenus() {
  const { t, variant } = useEnv();
  if (variant.headerMenus === 'none') return null;
  const menu = <Menu>{[<Menu.Item key="1">{t('signOut')}</Menu.Item>]}</Menu>;
  return (
    <div className="shell-menus">
      {MENUS.map((key) =>
        variant.headerMenus === 'buttons' ? (
          <button
            key={key}
            type="button"
            className="shell-menu"
            aria-label={key === 'notifications' ? t(key) : undefined}
          >
            {key === 'notifications' ? '🔔' : t(key)}
          </button>
        ) : (
          <Dropdown key={key} droplist={menu} position="br">
            <div className="shell-menu">
              <span>{key === 'notifications' ? '🔔' : t(key)}</span>
            </div>
          </Dropdown>
        ),
      )}
    </div>
  );
}

function HelpWidget() {
  const { t, variant } = useEnv();
  if (variant.headerMenus !== 'divs') return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: as on the live site, a plain div with a listener.
    <div className="need-help" onClick={() => undefined}>
      <span>{t('needHelp')}</span>
    </div>
  );
}

/** The Seller Center frame: top bar, left nav, and the micro-frontend container, all scrolling in #scroll-container. */
export function Shell({
  active,
  children,
}: {
  active: 'home' | 'find' | 'list' | 'create' | null;
  children: ReactNode;
}) {
  const { t } = useEnv();
  const links = [
    { key: 'home', href: withShopQuery('/homepage'), label: t('home') },
    { key: 'find', href: withShopQuery('/connection/creator'), label: t('findCreators') },
    { key: 'list', href: withShopQuery('/connection/target-invitation'), label: t('targetCollabs') },
    { key: 'create', href: withShopQuery('/connection/target-invitation/create'), label: t('createTarget') },
  ] as const;
  return (
    <div id="scroll-container">
      <header className="shell-top">
        <span>TikTok Shop · {t('affiliateCenter')}</span>
        <HeaderMenus />
      </header>
      <div className="shell-body">
        <nav className="side-nav" aria-label={t('affiliateCenter')}>
          {links.map((l) => (
            <a
              key={l.key}
              href={l.href}
              onClick={linkClick(l.href)}
              aria-current={active === l.key ? 'page' : undefined}
            >
              {l.label}
            </a>
          ))}
        </nav>
        <div className="micro-app-container">{children}</div>
      </div>
      <HelpWidget />
    </div>
  );
}
