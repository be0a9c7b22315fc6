import { createContext, useContext } from 'react';
import type { Lang } from '../data/types.ts';
import { DEFAULT_VARIANT, type Variant } from '../variant.ts';
import type { LabelKey } from './i18n.ts';

export interface AppEnv {
  lang: Lang;
  region: string;
  t: (key: LabelKey) => string;
  /** How this page load draws its pages (../variant.ts). */
  variant: Variant;
}

export const EnvContext = createContext<AppEnv>({ lang: 'en', region: 'GB', t: (k) => k, variant: DEFAULT_VARIANT });
export const useEnv = (): AppEnv => useContext(EnvContext);
