/** Free of zod: the content script reads the default settings on every page, without the settings' schemas. */
import type { Template } from './schema';

/** A new seller's two templates, in plain English; the seller rewrites them in the options. */
export const DEFAULT_TEMPLATES: readonly Template[] = [
  {
    id: 'invitation',
    name: 'Invitation',
    kind: 'invitation',
    body: "Hi! We'd love you to try {products} from {shop}: {commission} commission and {sample}, until {end_date}.",
  },
  {
    id: 'follow-up',
    name: 'Follow-up',
    kind: 'follow-up',
    body: 'Hi! A reminder: {products} from {shop}, {commission} commission, until {end_date}.',
  },
];
