// Arco's Message/Modal.method render through ReactDOM.render unless given React 19's createRoot.
import '@arco-design/web-react/es/_util/react-19-adapter';
import '@arco-design/web-react/dist/css/arco.css';
import './styles.css';
import { ConfigProvider } from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import idID from '@arco-design/web-react/es/locale/id-ID';
import type { Locale } from '@arco-design/web-react/es/locale/interface';
import viVN from '@arco-design/web-react/es/locale/vi-VN';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../data/types.ts';
import { readVariant } from '../variant.ts';
import { App } from './App.tsx';
import { EnvContext } from './context.ts';
import { detectLang, makeT } from './i18n.ts';
import { installSandboxHook } from './sandboxHook.ts';

// id-ID lacks a few newer keys (ColorPicker): fall back to English for those.
const LOCALES: Record<Lang, Locale> = { en: enUS, id: { ...enUS, ...idID }, vi: { ...enUS, ...viVN } };
const DEFAULT_REGION: Record<Lang, string> = { en: 'GB', id: 'ID', vi: 'VN' };

const target = detectLang(location.hostname, location.search);
const region = (new URLSearchParams(location.search).get('shop_region') ?? DEFAULT_REGION[target]).toUpperCase();
const variant = readVariant(document);
installSandboxHook();

/**
 * The page's language. With `languageSwitchAfterMs` a non-English page renders English first and switches
 * later, re-mounting the whole app the way the live micro-frontend does (docs/domain.md, "Language").
 */
function Root() {
  const delay = variant.languageSwitchAfterMs;
  const [lang, setLang] = useState<Lang>(delay == null ? target : 'en');
  useEffect(() => {
    if (lang === target) return;
    const timer = setTimeout(() => setLang(target), delay ?? 0);
    return () => clearTimeout(timer);
  }, [lang, delay]);
  document.documentElement.lang = lang;
  return (
    <ConfigProvider key={lang} locale={LOCALES[lang]}>
      <EnvContext.Provider value={{ lang, region, t: makeT(lang), variant }}>
        <App />
      </EnvContext.Provider>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
