export { type FilledTemplate, fillTemplate } from './fill';
export { blockingClause, leftOutText, variableList } from './messages';
export {
  type ParsedTemplate,
  parseTemplate,
  type TemplateError,
  type TemplatePart,
  VARIABLES,
  type VariableName,
} from './parse';
export {
  DEFAULT_TEMPLATES,
  TEMPLATE_BOUNDS,
  TEMPLATE_KINDS,
  type Template,
  type TemplateKind,
  TemplateSchema,
  TemplatesSchema,
} from './schema';
export { type BodyProblem, hasProblems, type NameProblem, type TemplateProblems, templateProblems } from './validate';
export { type SampleOffer, type TemplateValues, variableTexts } from './values';
