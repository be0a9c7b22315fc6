import type { GuardProductRow } from '@/components/setup-guard/types';
import { rowIndex } from '@/lib/guard/view-model';
import { findCreateControls } from '@/lib/pages/create-invitation';

/** "Raise": writes open rate + the seller's margin into the product's target field. False when it could not. */
export async function raiseTarget(products: readonly GuardProductRow[], productId: string): Promise<boolean> {
  const p = products.find((x) => x.id === productId);
  const input = findCreateControls(document).products[rowIndex(products, productId)]?.targetInput;
  if (!p || p.raiseToBp == null || !input) return false;
  // The form writers load when the seller first asks for a write, not with every Create page.
  const { writeNumber } = await import('@/lib/form/arco');
  await writeNumber(input, p.raiseToBp / 100);
  return true;
}
