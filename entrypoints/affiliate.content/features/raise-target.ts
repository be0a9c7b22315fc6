import type { GuardProductRow } from '@/components/setup-guard/types';
import { writeNumber } from '@/lib/form/arco';
import { rowIndex } from '@/lib/guard/view-model';
import { findCreateControls } from '@/lib/pages/create-invitation';

/**
 * "Raise": writes open rate + the seller's margin into the product's target field. False when it could not.
 * Loaded on the seller's click (setup-guard.tsx), with the form writers: not with every Create page.
 */
export async function raiseTarget(products: readonly GuardProductRow[], productId: string): Promise<boolean> {
  const p = products.find((x) => x.id === productId);
  const input = findCreateControls(document).products[rowIndex(products, productId)]?.targetInput;
  if (!p || p.raiseToBp == null || !input) return false;
  await writeNumber(input, p.raiseToBp / 100);
  return true;
}
