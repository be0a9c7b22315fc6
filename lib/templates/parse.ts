/**
 * A template body cut into text and `{variable}` parts. Unknown variables and unbalanced braces are
 * errors the editor shows and the fill refuses, so a half-filled message never reaches a creator.
 */

export const VARIABLES = ['shop', 'products', 'commission', 'end_date', 'sample', 'creator'] as const;
export type VariableName = (typeof VARIABLES)[number];

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'variable'; name: VariableName };

export type TemplateError =
  | { code: 'unknown-variable'; name: string; index: number }
  | { code: 'unclosed-brace'; index: number }
  | { code: 'unopened-brace'; index: number };

export interface ParsedTemplate {
  parts: TemplatePart[];
  errors: TemplateError[];
  /** Each known variable the body uses, once, in order of first use. */
  uses: VariableName[];
}

const isVariable = (name: string): name is VariableName => (VARIABLES as readonly string[]).includes(name);

export function parseTemplate(body: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  const uses = new Set<VariableName>();
  let text = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === '}') {
      errors.push({ code: 'unopened-brace', index: i });
      text += c;
      i++;
      continue;
    }
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    const close = body.indexOf('}', i + 1);
    const nextOpen = body.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      errors.push({ code: 'unclosed-brace', index: i });
      text += c;
      i++;
      continue;
    }
    const name = body.slice(i + 1, close);
    if (isVariable(name)) {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'variable', name });
      uses.add(name);
    } else {
      errors.push({ code: 'unknown-variable', name: name.slice(0, 40), index: i });
      text += body.slice(i, close + 1);
    }
    i = close + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  return { parts, errors, uses: [...uses] };
}
