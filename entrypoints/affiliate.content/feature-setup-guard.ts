/** Chunk for the Create page: the setup guard, its styles and the readers of the page's answers. */

import { CREATE_ANSWERS } from '@/lib/pages/create-json';
import { CREATOR_ANSWERS } from '@/lib/pages/creator-json';
import { PRODUCT_ANSWERS } from '@/lib/pages/product-json';

export { default as css } from '@/components/setup-guard/setup-guard.css?inline';
export { SetupGuardFeature as Feature } from './features/setup-guard';

export const answers = { ...PRODUCT_ANSWERS, ...CREATE_ANSWERS, ...CREATOR_ANSWERS };
