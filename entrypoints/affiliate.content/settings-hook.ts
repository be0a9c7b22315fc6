import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/components/common/rpc';
import { type ResolvedSettings, resolveSettings } from '@/lib/settings/resolve';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

/**
 * The seller's settings for this region, read through the worker and refreshed when storage changes.
 * Starts from the defaults so a panel can render before the worker answers.
 */
export function useSettings(region: string | null): ResolvedSettings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    const load = () =>
      sendMessage({ type: 'settings/get' }).then((r) => {
        if (live && r.ok) setSettings(r.data.settings);
      });
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return useMemo(() => resolveSettings(settings, region), [settings, region]);
}
