export { type FilledTemplate, fillTemplate } from './fill';
export { parseTemplate, type ParsedTemplate, type TemplateError, type TemplatePart, VARIABLES, type VariableName } from './parse';
export { DEFAULT_TEMPLATES, type Template, TEMPLATE_BOUNDS, TEMPLATE_KINDS, type TemplateKind, TemplateSchema, TemplatesSchema } from './schema';
export { type SampleOffer, type TemplateValues, variableTexts } from './values';
export { type BodyProblem, hasProblems, type NameProblem, type TemplateProblems, templateProblems } from './validate';
export { blockingClause, leftOutText, variableList } from './messages';
