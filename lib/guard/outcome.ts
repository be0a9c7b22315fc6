/**
 * The page's answer to Send, as the panel says it. Apart from the view model: it is read only once the
 * seller has pressed Send, so it loads with the first answer (entrypoints/affiliate.content/features/create-answer.ts).
 */
import { createErrorReason } from '../queue/create-result';
import type { SendOutcome } from './types';
import type { GuardPageFacts } from './view-model';

/** The page's answer to Send, with ids turned back into @handles and product titles. */
export function describeOutcome(
  facts: Pick<GuardPageFacts, 'lastCreate' | 'creators' | 'products'>,
): SendOutcome | null {
  const o = facts.lastCreate?.outcome;
  if (!o) return null;
  if (o.ok) return { ok: true, groupId: o.groupId };
  return {
    ok: false,
    code: String(o.code),
    message: createErrorReason(String(o.code), o.message),
    conflicts: o.conflicts.map((c) => {
      const handle = facts.creators.get(c.creatorId)?.handle;
      return {
        creator: handle ? `@${handle}` : c.creatorId,
        product: facts.products.get(c.productId)?.title ?? c.productId,
      };
    }),
  };
}
