/**
 * The templates' texts, from the `templates` catalog; read at call time, after the context chose its
 * language. Problems are whole sentences for the editor, and clauses the fill and copy put after
 * "Not filled:" / "Not copied:".
 */
import { LIMITS } from '../config/limits';
import { t } from '../i18n';
import type { FilledTemplate } from './fill';
import { VARIABLES, type VariableName } from './parse';
import { TEMPLATE_BOUNDS } from './schema';
import type { BodyProblem, NameProblem } from './validate';

export const variableList = (names: readonly VariableName[] = VARIABLES): string => names.map((n) => `{${n}}`).join(', ');

export function nameProblemText(p: NameProblem): string {
  return p === 'name-empty' ? t('templates_error_name_empty') : t('templates_error_name_too_long', TEMPLATE_BOUNDS.nameMaxChars);
}

export function bodyProblemText(p: BodyProblem): string {
  switch (p.code) {
    case 'body-empty':
      return t('templates_error_body_empty');
    case 'body-too-long':
      return t('templates_error_body_too_long', p.length, TEMPLATE_BOUNDS.bodyMaxChars);
    case 'unknown-variable':
      return t('templates_error_unknown_variable', p.name, variableList());
    case 'unclosed-brace':
      return t('templates_error_unclosed_brace', p.index + 1);
    case 'unopened-brace':
      return t('templates_error_unopened_brace', p.index + 1);
  }
}

/** Why a filled template cannot be used as it stands (a clause), or null when it can. */
export function blockingClause(filled: FilledTemplate): string | null {
  if (filled.errors.length) return t('templates_problem_errors');
  if (filled.creatorNotSingle) return t('templates_problem_creator');
  if (filled.tooLong) return t('templates_problem_too_long', filled.graphemes, LIMITS.messageMaxChars);
  return null;
}

/** The notice for values left out, or null when every variable was filled. */
export function leftOutText(filled: FilledTemplate): string | null {
  return filled.missing.length ? t('templates_left_out', variableList(filled.missing)) : null;
}
