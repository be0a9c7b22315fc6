import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/i18n/catalog';
import { PANEL_TEXTS } from '@/lib/i18n/panel-texts';
import { PAGE_KEYS, PAGE_KINDS, PAGES, pageFromUrl } from '@/lib/pages/registry';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const LOCALES = join(import.meta.dirname, '../../lib/i18n/locales');
const U = (path: string) => new URL(`https://affiliate.tiktok.com${path}`);

describe('the page registry', () => {
  it.each([
    ['/connection/creator', 'find-creators'],
    ['/connection/creator/detail', 'creator-detail'],
    ['/connection/target-invitation/create', 'create-invitation'],
    ['/affiliate/collaboration/target-invitation/flat-fee/edit', 'create-invitation'],
    ['/connection/target-invitation/', 'invitation-list'],
    ['/connection/creator-management', null],
  ])('%s is %s', (path, kind) => {
    expect(pageFromUrl(U(path))).toBe(kind);
  });

  it('gives every page a switch in the settings, on by default and not collapsed', () => {
    expect(Object.keys(DEFAULT_SETTINGS.overlay)).toEqual(PAGE_KEYS);
    for (const kind of PAGE_KINDS) {
      expect(DEFAULT_SETTINGS.overlay[PAGES[kind].settingsKey]).toBe(true);
      expect(DEFAULT_SETTINGS.panelCollapsed[PAGES[kind].settingsKey]).toBe(false);
    }
  });

  it('names only message areas that exist in every language', () => {
    const areas = new Set([...PANEL_TEXTS, ...PAGE_KINDS.flatMap((k) => PAGES[k].texts)]);
    for (const language of LANGUAGES)
      for (const area of areas)
        expect(existsSync(join(LOCALES, language, `${area}.json`)), `${language}/${area}`).toBe(true);
  });
});
