import { BLOCKED_INDICES, canGoLive, generateCreators } from './creators.ts';
import { generateGroups } from './groups.ts';
import { generateProducts, LOW_STOCK, NO_OPEN_COLLAB, OUT_OF_STOCK } from './products.ts';
import { mulberry32 } from './random.ts';
import type { Fixtures, HealthCase, World } from './types.ts';

export const DEFAULT_SEED = 20260101;

/** The whole sandbox world. Pure: same seed and now → same world. Dates are relative to `now`. */
export function generateWorld(seed: number = DEFAULT_SEED, now: number = Date.now()): World {
  // Independent streams so adding a field to one generator does not reshuffle the others.
  const creators = generateCreators(mulberry32(seed));
  const products = generateProducts(mulberry32(seed ^ 0x9e3779b9));
  const groups = generateGroups(mulberry32(seed ^ 0x85ebca6b), now, creators, products);
  const byIndex = <T extends { id: string }>(list: T[], i: number): string => list[i]?.id ?? '';
  const groupIds = Object.fromEntries(groups.filter((g) => g.seedCase).map((g) => [g.seedCase, g.id])) as Record<
    HealthCase,
    string
  >;
  const fixtures: Fixtures = {
    liveCreatorId: byIndex(creators, 0),
    nonLiveCreatorId: creators.find((c, i) => i > 0 && !canGoLive(c) && !c.blocked)?.id ?? '',
    blockedCreatorIds: BLOCKED_INDICES.map((i) => byIndex(creators, i)),
    htmlNameCreatorId: byIndex(creators, 7),
    emojiCreatorId: byIndex(creators, 2),
    rtlCreatorId: byIndex(creators, 5),
    outOfStockProductIds: OUT_OF_STOCK.map((i) => byIndex(products, i)),
    lowStockProductIds: Object.keys(LOW_STOCK).map((i) => byIndex(products, Number(i))),
    noOpenCollabProductIds: NO_OPEN_COLLAB.map((i) => byIndex(products, i)),
    groups: groupIds,
  };
  return { seed, now, creators, products, groups, fixtures };
}
