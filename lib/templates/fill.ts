/**
 * Fills a template for one invitation. A value that is not known is left out (and listed, so the panel
 * can say so); `{creator}` fills only for exactly one creator, since one text naming one creator must not
 * go to several. The result is counted the way the platform's limit is stated: graphemes.
 */
import { LIMITS } from '../config/limits';
import { pageLocale } from '../format/locale';
import type { Language } from '../i18n/catalog';
import { countGraphemes } from '../rules/text';
import { parseTemplate, type TemplateError, type VariableName } from './parse';
import { type TemplateValues, variableTexts } from './values';

export interface FilledTemplate {
  /** '' when `errors` is not empty. */
  text: string;
  graphemes: number;
  /** More than the message box takes (LIMITS.messageMaxChars). */
  tooLong: boolean;
  /** Variables used whose value is unknown: left out of the text. */
  missing: VariableName[];
  /** The body uses `{creator}` but the invitation does not have exactly one creator. */
  creatorNotSingle: boolean;
  errors: TemplateError[];
}

const LEFT_OUT = '\uFFFF';

/** Leaves no doubled space, nor a space before punctuation, where a value was left out. */
function joinLeavingOut(pieces: ReadonlyArray<string | null>): string {
  return pieces
    .map((p) => p ?? LEFT_OUT)
    .join('')
    .replace(/^[ \t]*\uFFFF+[ \t]*/gm, '')
    .replace(/[ \t]*\uFFFF+[ \t]*(?=[,.;:!?)\]]|$)/gm, '')
    .replace(/([ \t]*)\uFFFF+([ \t]*)/g, (_, before: string, after: string) => (before || after ? ' ' : ''));
}

export function fillTemplate(
  body: string,
  values: TemplateValues,
  language: Language,
  region?: string | null,
): FilledTemplate {
  const parsed = parseTemplate(body);
  if (parsed.errors.length)
    return { text: '', graphemes: 0, tooLong: false, missing: [], creatorNotSingle: false, errors: parsed.errors };
  const texts = variableTexts(values, language, pageLocale(language, region));
  const missing = new Set<VariableName>();
  const pieces = parsed.parts.map((p) => {
    if (p.kind === 'text') return p.text;
    const v = texts[p.name];
    if (v === null && p.name !== 'creator') missing.add(p.name);
    return v;
  });
  const creatorNotSingle = parsed.uses.includes('creator') && texts.creator === null;
  const text = joinLeavingOut(pieces).trim();
  const graphemes = countGraphemes(text);
  return {
    text,
    graphemes,
    tooLong: graphemes > LIMITS.messageMaxChars,
    missing: [...missing],
    creatorNotSingle,
    errors: [],
  };
}
