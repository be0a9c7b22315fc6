/**
 * A template's problems as the options editor says them; texts from the options catalog, which only
 * extension pages load.
 */
import { t } from '@/lib/i18n';
import { type BodyProblem, type NameProblem, TEMPLATE_BOUNDS, variableList } from '@/lib/templates';

export function nameProblemText(p: NameProblem): string {
  return p === 'name-empty'
    ? t('options_tpl_error_name_empty')
    : t('options_tpl_error_name_too_long', TEMPLATE_BOUNDS.nameMaxChars);
}

export function bodyProblemText(p: BodyProblem): string {
  switch (p.code) {
    case 'body-empty':
      return t('options_tpl_error_body_empty');
    case 'body-too-long':
      return t('options_tpl_error_body_too_long', p.length, TEMPLATE_BOUNDS.bodyMaxChars);
    case 'unknown-variable':
      return t('options_tpl_error_unknown_variable', p.name, variableList());
    case 'unclosed-brace':
      return t('options_tpl_error_unclosed_brace', p.index + 1);
    case 'unopened-brace':
      return t('options_tpl_error_unopened_brace', p.index + 1);
  }
}
