/**
 * Message templates: the seller's own texts for an invitation's message box and for follow-ups, stored in
 * the settings so export and import carry them. zod/mini, since content scripts read settings too.
 */
import { z } from 'zod/mini';

export { DEFAULT_TEMPLATES } from './defaults';

export const TEMPLATE_KINDS = ['invitation', 'follow-up'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Raw sizes as typed; the message limit after filling is the platform's (LIMITS.messageMaxChars). */
export const TEMPLATE_BOUNDS = { count: 20, nameMaxChars: 60, bodyMaxChars: 2000, idMaxChars: 40 } as const;

export const TemplateSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(TEMPLATE_BOUNDS.idMaxChars)),
  name: z.string().check(z.minLength(1), z.maxLength(TEMPLATE_BOUNDS.nameMaxChars)),
  kind: z.enum(TEMPLATE_KINDS),
  body: z.string().check(z.minLength(1), z.maxLength(TEMPLATE_BOUNDS.bodyMaxChars)),
});
export type Template = z.infer<typeof TemplateSchema>;

/** At most 20, each id once: an id is how a follow-up names the template it used. */
export const TemplatesSchema = z.array(TemplateSchema).check(
  z.maxLength(TEMPLATE_BOUNDS.count),
  z.refine((list) => new Set(list.map((t) => t.id)).size === list.length),
);
