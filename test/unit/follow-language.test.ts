import { afterEach, describe, expect, it } from 'vitest';
import { followLanguageChanges, LANGUAGE_CHECK_GAP_MS } from '../../entrypoints/affiliate.content/follow-language';
import type { Language } from '../../lib/pages/labels';

const heading = (text: string) => Object.assign(document.createElement('h4'), { textContent: text });
const until = async (cond: () => boolean, ms = LANGUAGE_CHECK_GAP_MS * 3) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

describe('followLanguageChanges', () => {
  let ac = new AbortController();
  afterEach(() => {
    ac.abort();
    document.documentElement.lang = '';
    document.body.replaceChildren();
  });

  it.each([
    ['the labels', () => document.body.replaceChildren(heading('Tìm nhà sáng tạo')), 'vi'],
    [
      '<html lang> with no label of ours',
      () => {
        document.body.replaceChildren();
        document.documentElement.lang = 'id-ID';
      },
      'id',
    ],
  ] as const)('reports a switch read from %s', async (_name, change, expected) => {
    ac = new AbortController();
    document.documentElement.lang = 'en';
    document.body.replaceChildren(heading('Find creators'));
    const seen: Language[] = [];
    followLanguageChanges(document, 'en', ac.signal, (l) => seen.push(l));
    change();
    await until(() => seen.length > 0);
    expect(seen).toEqual([expected]);
  });

  it('stays quiet while the language does not change, and after abort', async () => {
    ac = new AbortController();
    document.body.replaceChildren(heading('Find creators'));
    const seen: Language[] = [];
    followLanguageChanges(document, 'en', ac.signal, (l) => seen.push(l));
    document.body.append(heading('Target collaborations'));
    await new Promise((r) => setTimeout(r, LANGUAGE_CHECK_GAP_MS + 100));
    ac.abort();
    document.body.replaceChildren(heading('Cari kreator'));
    document.documentElement.lang = 'id';
    await new Promise((r) => setTimeout(r, LANGUAGE_CHECK_GAP_MS + 100));
    expect(seen).toEqual([]);
  });

  it('watches the labels only for a while after the visit starts; <html lang> always', async () => {
    ac = new AbortController();
    document.documentElement.lang = 'en';
    document.body.replaceChildren(heading('Find creators'));
    const seen: Language[] = [];
    followLanguageChanges(document, 'en', ac.signal, (l) => seen.push(l), 50);
    await new Promise((r) => setTimeout(r, 100));
    document.body.replaceChildren(heading('Tìm nhà sáng tạo'));
    await new Promise((r) => setTimeout(r, LANGUAGE_CHECK_GAP_MS + 100));
    expect(seen).toEqual([]);
    document.body.replaceChildren();
    document.documentElement.lang = 'id';
    await until(() => seen.length > 0);
    expect(seen).toEqual(['id']);
  });
});
