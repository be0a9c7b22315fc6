import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/components/common/rpc';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { type ResolvedSettings, resolveSettings } from '@/lib/settings/resolve';
import type { Settings } from '@/lib/settings/schema';

/**
 * One copy of the seller's settings per content script: read through the worker once and again only when
 * storage says they changed, however many panels and features ask for them.
 */
let current: Settings = DEFAULT_SETTINGS;
let started = false;
const subscribers = new Set<(s: Settings) => void>();

function load(): void {
  void sendMessage({ type: 'settings/get' }).then((r) => {
    if (!r.ok) return;
    current = r.data.settings;
    for (const s of subscribers) s(current);
  });
}

function start(): void {
  if (started) return;
  started = true;
  load();
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) load();
  });
}

/** The settings for this region; the defaults until the worker first answers. */
export function useSettings(region: string | null): ResolvedSettings {
  const [settings, setSettings] = useState<Settings>(current);
  useEffect(() => {
    start();
    subscribers.add(setSettings);
    setSettings(current);
    return () => {
      subscribers.delete(setSettings);
    };
  }, []);
  return useMemo(() => resolveSettings(settings, region), [settings, region]);
}
