/** settings/* requests. Every write goes through the core's chain and is validated first. */
import type { Reply, RequestOf } from '@/lib/messages';
import { parseSettingsFile, serializeSettings, validateSettings } from '@/lib/settings/parse';
import { applySettingsPatch } from '@/lib/settings/patch';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';
import type { Core } from './core';
import { ok } from './refused';

const refused = (error: string) => ({ ok: false as const, code: 'invalid' as const, error });

async function commit(core: Core, settings: Settings): Promise<Settings> {
  await saveSettings(core.deps.local, settings);
  core.settings = settings;
  return settings;
}

export function settingsGet(core: Core): Reply<'settings/get'> {
  return ok({ settings: core.settings });
}

export function settingsSave(core: Core, req: RequestOf<'settings/save'>): Promise<Reply<'settings/save'>> {
  return core.serial.run(async () => {
    const r =
      req.settings !== undefined ? validateSettings(req.settings) : applySettingsPatch(core.settings, req.patch ?? {});
    if (!r.ok) return refused(r.reason);
    return ok({ settings: await commit(core, r.settings) });
  });
}

export function settingsReset(core: Core): Promise<Reply<'settings/reset'>> {
  return core.serial.run(async () => ok({ settings: await commit(core, defaultSettings()) }));
}

export function settingsExport(core: Core): Reply<'settings/export'> {
  const day = new Date(core.deps.now()).toISOString().slice(0, 10);
  return ok({ text: serializeSettings(core.settings), filename: `collab-pilot-settings-${day}.json` });
}

export function settingsImport(core: Core, req: RequestOf<'settings/import'>): Promise<Reply<'settings/import'>> {
  return core.serial.run(async () => {
    const r = parseSettingsFile(req.text);
    if (!r.ok) return refused(r.reason);
    const settings = await commit(core, r.settings);
    return ok(r.migratedFrom !== undefined ? { settings, migratedFrom: r.migratedFrom } : { settings });
  });
}

/** The one settings write content scripts may make: a panel's collapsed state, nothing else. */
export function settingsPanel(core: Core, req: RequestOf<'settings/panel'>): Promise<Reply<'settings/panel'>> {
  return core.serial.run(async () => {
    const r = applySettingsPatch(core.settings, { panelCollapsed: { [req.page]: req.collapsed } });
    if (!r.ok) return refused(r.reason);
    return ok({ settings: await commit(core, r.settings) });
  });
}
