/**
 * The templates' texts, from the `templates` catalog; read at call time, after the context chose its
 * language: clauses the fill and the copy put after "Template not used:".
 */
import { LIMITS } from '../config/limits';
import { t } from '../i18n';
import type { FilledTemplate } from './fill';
import { VARIABLES, type VariableName } from './parse';

export const variableList = (names: readonly VariableName[] = VARIABLES): string =>
  names.map((n) => `{${n}}`).join(', ');

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
