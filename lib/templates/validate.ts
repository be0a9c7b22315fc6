/**
 * What the options editor must show before a template can be saved: a name, a body within bounds, and a
 * body whose braces and variables all read. Each problem is a must-fix; none of them is ever filled.
 */
import { parseTemplate, type TemplateError } from './parse';
import { TEMPLATE_BOUNDS, type Template } from './schema';

export type NameProblem = 'name-empty' | 'name-too-long';
export type BodyProblem = { code: 'body-empty' } | { code: 'body-too-long'; length: number } | TemplateError;

export interface TemplateProblems {
  name: NameProblem | null;
  body: BodyProblem[];
}

export function templateProblems(t: Pick<Template, 'name' | 'body'>): TemplateProblems {
  const name =
    t.name.trim() === '' ? 'name-empty' : t.name.length > TEMPLATE_BOUNDS.nameMaxChars ? 'name-too-long' : null;
  const body: BodyProblem[] = [];
  if (t.body.trim() === '') body.push({ code: 'body-empty' });
  else if (t.body.length > TEMPLATE_BOUNDS.bodyMaxChars) body.push({ code: 'body-too-long', length: t.body.length });
  body.push(...parseTemplate(t.body).errors);
  return { name, body };
}

export function hasProblems(p: TemplateProblems): boolean {
  return p.name !== null || p.body.length > 0;
}
