import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AnswerReaders } from '@/lib/observer/receive';
import type { RecognisedPage } from '@/lib/pages/recognise';
import { type FeatureName, PAGE_KINDS, PAGES, type PageKind } from '@/lib/pages/registry';
import type { PageDataStore } from './page-data';

/** The pages a feature draws (registry.ts), as recognised. */
type PageOf<N extends FeatureName> = Extract<
  RecognisedPage,
  { kind: { [K in PageKind]: (typeof PAGES)[K]['feature'] extends N ? K : never }[PageKind] }
>;

export interface FeatureProps<P extends RecognisedPage = RecognisedPage> {
  page: P;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

/** What a feature chunk exports: its panel, its styles and the readers of its page's answers. */
interface FeatureChunk<N extends FeatureName> {
  Feature: ComponentType<FeatureProps<PageOf<N>>>;
  css: string;
  answers: AnswerReaders;
}

/**
 * Each page's feature is its own chunk, so a page downloads and parses only what it shows. One loader
 * per feature the registry names: a feature without one does not compile. Each takes the three exports
 * by name: a chunk that also exports modules its lazy chunks share would otherwise be read through a
 * module namespace object, which costs the page the bundler's runtime chunk.
 */
const LOADERS: { [N in FeatureName]: () => Promise<FeatureChunk<N>> } = {
  'setup-guard': () => import('./feature-setup-guard').then(({ Feature, css, answers }) => ({ Feature, css, answers })),
  'find-creators': () =>
    import('./feature-find-creators').then(({ Feature, css, answers }) => ({ Feature, css, answers })),
  health: () => import('./feature-health').then(({ Feature, css, answers }) => ({ Feature, css, answers })),
};

export type FeatureModule<N extends FeatureName> = FeatureChunk<N>;

export const FEATURE_OF_PAGE = Object.fromEntries(PAGE_KINDS.map((k) => [k, PAGES[k].feature])) as {
  [K in PageKind]: (typeof PAGES)[K]['feature'];
};

const loading = new Map<FeatureName, Promise<unknown>>();

/**
 * Loads a feature's chunk once per content script; resolves null (never rejects) when it cannot be
 * loaded, after telling `onError`. Called as soon as the URL names the page, so the chunk arrives while
 * the page is still rendering its anchors.
 */
export function loadFeature<N extends FeatureName>(
  name: N,
  onError?: (err: unknown) => void,
): Promise<FeatureModule<N> | null> {
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
 * Renders the page's feature with its styles, after the panel's shell has been painted: the shell appears
 * with the page's anchors, and the feature (whose first render reads the whole page) fills it a frame
 * later. Renders nothing if the chunk cannot be loaded.
 */
export function FeatureSlot(props: FeatureProps) {
  const name = FEATURE_OF_PAGE[props.page.kind];
  const [loaded, setLoaded] = useState<{ name: FeatureName; mod: FeatureModule<FeatureName> } | null>(null);
  useEffect(() => {
    let live = true;
    // Preloaded by the page controller from the URL: usually already resolved.
    void loadFeature(name).then((mod) => {
      if (live && mod) setLoaded({ name, mod });
    });
    return () => {
      live = false;
    };
  }, [name]);
  const mod = loaded?.name === name ? loaded.mod : null;
  if (!mod) return null;
  // The registry maps this page's kind to this feature, so the chunk draws pages of this kind.
  const Feature = mod.Feature as ComponentType<FeatureProps>;
  return (
    <>
      <style>{mod.css}</style>
      <Feature {...props} />
    </>
  );
}
