import { createContext, useContext } from 'react';
import type { Lang } from '../data/types.ts';
import type { LabelKey } from './i18n.ts';

export interface AppEnv {
  lang: Lang;
  region: string;
  t: (key: LabelKey) => string;
}

export const EnvContext = createContext<AppEnv>({ lang: 'en', region: 'GB', t: (k) => k });
export const useEnv = (): AppEnv => useContext(EnvContext);
