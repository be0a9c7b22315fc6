/**
 * Reading and writing settings in a storage area (storage.local in the worker). Only the worker calls
 * these, through its write chain; everyone else reads the `settings` key or asks the worker.
 */
import type { StorageAreaLike } from '../storage/area';
import { SET_ASIDE_REASONS } from '../storage/messages';
import { addNotice } from '../storage/notices';
import { setAside } from '../storage/quarantine';
import { NOTICES } from './messages';
import { validateSettings } from './parse';
import { defaultSettings, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_NOTICE_KIND = 'settings-set-aside';

export interface LoadedSettings {
  settings: Settings;
  /** The stored value was unreadable: it was moved aside and the defaults saved in its place. */
  setAside: boolean;
  migratedFrom?: number;
}

export async function loadSettings(area: StorageAreaLike, now: number): Promise<LoadedSettings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (raw === undefined) return { settings: defaultSettings(), setAside: false };
  const r = validateSettings(raw);
  if (r.ok) {
    if (r.migratedFrom !== undefined) {
      // Keep the old shape too, in case a migration ever turns out wrong.
      await setAside(area, `settings-v${r.migratedFrom}`, raw, SET_ASIDE_REASONS.settingsMigrated, now);
      await area.set({ [SETTINGS_KEY]: r.settings });
      return { settings: r.settings, setAside: false, migratedFrom: r.migratedFrom };
    }
    return { settings: r.settings, setAside: false };
  }
  await setAside(area, 'settings', raw, r.reason, now);
  const settings = defaultSettings();
  await area.set({ [SETTINGS_KEY]: settings });
  await addNotice(area, SETTINGS_NOTICE_KIND, NOTICES.settingsSetAside, now);
  return { settings, setAside: true };
}

export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}
