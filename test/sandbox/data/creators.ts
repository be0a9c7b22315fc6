import { chance, digitId, int, logUniform, pick, type Rng } from './random.ts';
import type { CreatorRecord } from './types.ts';

export const CREATOR_COUNT = 1200;

const FIRST = [
  'bella',
  'glow',
  'daily',
  'the',
  'mia',
  'kai',
  'nova',
  'sunny',
  'chef',
  'tech',
  'fit',
  'lily',
  'rosa',
  'jay',
  'aria',
  'leo',
  'zoe',
  'nina',
  'max',
  'luna',
  'sari',
  'putri',
  'linh',
  'minh',
  'budi',
  'ayu',
  'ella',
  'sam',
  'ivy',
  'noor',
];
const SECOND = [
  'beauty',
  'finds',
  'home',
  'deals',
  'vibes',
  'style',
  'kitchen',
  'reviews',
  'haul',
  'mama',
  'life',
  'glam',
  'gadgets',
  'skincare',
  'closet',
  'eats',
  'fitness',
  'picks',
  'studio',
  'diary',
];
const NICK_FIRST = [
  'Bella',
  'Mia',
  'Kai',
  'Nova',
  'Sunny',
  'Lily',
  'Rosa',
  'Jay',
  'Aria',
  'Leo',
  'Zoe',
  'Nina',
  'Max',
  'Luna',
  'Sari',
  'Putri',
  'Linh',
  'Minh',
  'Budi',
  'Ayu',
  'Ella',
  'Sam',
  'Ivy',
  'Noor',
  'Chloe',
  'Hana',
  'Tom',
  'Dewi',
];
const NICK_SECOND = [
  'Beauty',
  'Finds',
  'at Home',
  'Deals',
  'Style',
  'Cooks',
  'Reviews',
  'Hauls',
  'Glow',
  'Life',
  'Picks',
  'Tech',
  'Fit',
  'Diaries',
  'Closet',
];
export const CATEGORIES = [
  'Beauty & Personal Care',
  'Womenswear & Underwear',
  'Phones & Electronics',
  'Home Supplies',
  'Sports & Outdoor',
  'Food & Beverages',
  'Health',
  'Fashion Accessories',
  'Kitchenware',
  'Baby & Maternity',
  'Pet Supplies',
  'Toys & Hobbies',
];

/** Hand-written creators placed at fixed indices so every seed has the awkward cases (and they show on page 1). */
const SPECIAL: Record<number, Partial<CreatorRecord>> = {
  2: { handle: 'glow.with.nour', nickname: '✨ Glow Queen 💄✨' },
  5: { handle: 'noor.beauty.sa', nickname: 'نور الجمال' },
  7: { handle: 'xss_test_account', nickname: '<img src=x onerror=alert(1)>' },
  9: { handle: 'shira.home', nickname: 'שירה בבית 🏠' },
  10: { blocked: true },
  11: { handle: 'a.very.long.handle.that.keeps.going.on', nickname: 'Name with "quotes" & <b>tags</b>' },
};
export const BLOCKED_INDICES = [10, 137, 611, 998];

export function generateCreators(rng: Rng): CreatorRecord[] {
  const seen = new Set<string>();
  const creators: CreatorRecord[] = [];
  for (let i = 0; i < CREATOR_COUNT; i++) {
    let id = digitId(rng, '7');
    while (seen.has(id)) id = digitId(rng, '7');
    seen.add(id);
    const canLive = i === 0 ? true : i === 1 ? false : chance(rng, 0.35);
    const followers = Math.round(logUniform(rng, 1_000, 5_000_000));
    const gmv = Math.round(logUniform(rng, 50, 400_000) * 100) / 100;
    const avgVideoViews = Math.round(followers * (0.02 + rng() * 0.3));
    const catCount = int(rng, 1, 3);
    const categories = [...new Set(Array.from({ length: catCount }, () => pick(rng, CATEGORIES)))];
    const r = rng();
    const reason = (r < 0.4 ? 0 : int(rng, 1, 4)) as CreatorRecord['reason'];
    const base: CreatorRecord = {
      id,
      handle: `${pick(rng, FIRST)}${pick(rng, ['', '.', '_'])}${pick(rng, SECOND)}${chance(rng, 0.5) ? int(rng, 1, 999) : ''}`,
      nickname: `${pick(rng, NICK_FIRST)} ${pick(rng, NICK_SECOND)}`,
      followers,
      categories,
      gmv,
      unitsSold: Math.round(gmv / (5 + rng() * 40)),
      avgVideoViews,
      engagement: Math.round((0.005 + rng() * 0.145) * 10000) / 10000,
      live30d: canLive ? int(rng, 1, 30) : 0,
      ecLive30d: canLive && chance(rng, 0.7) ? int(rng, 1, 20) : 0,
      liveAuction: false,
      invitedWithin90d: i > 1 && chance(rng, 0.15),
      collaborated: i > 1 && chance(rng, 0.1),
      blocked: BLOCKED_INDICES.includes(i),
      sampleFulfillment: Math.round((0.4 + rng() * 0.6) * 100) / 100,
      reason: i === 0 ? 1 : reason,
    };
    base.liveAuction = canLive && chance(rng, 0.1);
    creators.push({ ...base, ...SPECIAL[i] });
  }
  // Handles are unique on TikTok: suffix repeats.
  const handles = new Map<string, number>();
  for (const c of creators) {
    const n = handles.get(c.handle) ?? 0;
    handles.set(c.handle, n + 1);
    if (n > 0) c.handle = `${c.handle}${n + 1}`;
  }
  return creators;
}

export const canGoLive = (c: CreatorRecord): boolean => c.live30d > 0 || c.ecLive30d > 0;
