import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageKind } from '@/lib/pages/recognise';

/** Each page's feature is its own chunk, so a page downloads and parses only what it shows. */
const LOADERS = {
  'setup-guard': () => import('./feature-setup-guard'),
  'find-creators': () => import('./feature-find-creators'),
  health: () => import('./feature-health'),
};

export type FeatureName = keyof typeof LOADERS;
export type FeatureModule<N extends FeatureName> = Awaited<ReturnType<(typeof LOADERS)[N]>>;

export const FEATURE_OF_PAGE: Record<PageKind, FeatureName> = {
  'create-invitation': 'setup-guard',
  'find-creators': 'find-creators',
  'creator-detail': 'find-creators',
  'invitation-list': 'health',
};

const loading = new Map<FeatureName, Promise<unknown>>();

/**
 * Loads a feature's chunk once per content script; resolves null (never rejects) when it cannot be
 * loaded, after telling `onError`. Called as soon as the URL names the page, so the chunk arrives while
 * the page is still rendering its anchors.
 */
export function loadFeature<N extends FeatureName>(name: N, onError?: (err: unknown) => void): Promise<FeatureModule<N> | null> {
  let p = loading.get(name);
  if (!p) {
    p = LOADERS[name]().catch((err: unknown) => {
      loading.delete(name); // a later visit may try again
      onError?.(err);
      return null;
    });
    loading.set(name, p);
  }
  return p as Promise<FeatureModule<N> | null>;
}

/**
 * Renders `children(module)` with the feature's styles, after the panel's shell has been painted: the
 * shell appears with the page's anchors, and the feature (whose first render reads the whole page) fills
 * it a frame later. Renders nothing if the chunk cannot be loaded.
 */
export function FeatureSlot<N extends FeatureName>(props: { name: N; children: (m: FeatureModule<N>) => ComponentChildren }) {
  const [mod, setMod] = useState<FeatureModule<N> | null>(null);
  useEffect(() => {
    let live = true;
    // Preloaded by the page controller from the URL: usually already resolved.
    void loadFeature(props.name).then((m) => {
      if (live && m) setMod(() => m);
    });
    return () => {
      live = false;
    };
  }, [props.name]);
  if (!mod) return null;
  return (
    <>
      <style>{mod.css}</style>
      {props.children(mod)}
    </>
  );
}
