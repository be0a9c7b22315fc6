import { isOpenGroup } from '../data/groups.ts';
import { mulberry32, type Rng } from '../data/random.ts';
import type { CreatorRecord, GroupRecord, ProductRecord, World } from '../data/types.ts';
import { generateWorld } from '../data/world.ts';
import { DEFAULT_VARIANT, type Variant } from '../variant.ts';

/** Platform limits the sandbox enforces (values from docs/domain.md). */
export const LIMITS = {
  nameMax: 30,
  messageMax: 500,
  creatorsMax: 50,
  productsMax: 100,
  commissionMin: 100,
  commissionMax: 8000,
  per24h: 200,
  openMax: 1000,
  weeklyQuota: 2000,
} as const;

export interface SandboxOptions {
  seed?: number;
  now?: number;
  /** Invitations already sent in the last 24 hours (set to 200 to hit the cap). */
  quota24hUsed?: number;
  /** Open invitations already counted (defaults to the seeded pending/ongoing ones). */
  openGroupCount?: number;
  /** Simulated latency range for API calls, ms. */
  latencyMs?: [number, number];
  /** How the pages and the JSON are drawn (../variant.ts); the default unless given. */
  variant?: Variant;
}

/** Everything the server mutates. Tests may read and change it directly. */
export interface SandboxState {
  world: World;
  groups: GroupRecord[];
  count24h: number;
  openGroupCount: number;
  weeklyQuotaUsed: number;
  latencyMs: [number, number];
  creatorById: Map<string, CreatorRecord>;
  productById: Map<string, ProductRecord>;
  /** Every API call received, oldest first (method, path, parsed body). */
  requests: { method: string; path: string; body: unknown }[];
  /** Id source for new collaborations. */
  idRng: Rng;
  /** How the next page load and every API answer are drawn; tests may swap it between loads. */
  variant: Variant;
}

export function createState(opts: SandboxOptions = {}): SandboxState {
  const world = generateWorld(opts.seed, opts.now);
  const groups = world.groups.map((g) => structuredClone(g));
  return {
    world,
    groups,
    count24h: opts.quota24hUsed ?? 0,
    openGroupCount: opts.openGroupCount ?? groups.filter(isOpenGroup).length,
    weeklyQuotaUsed: 140,
    latencyMs: opts.latencyMs ?? [150, 400],
    creatorById: new Map(world.creators.map((c) => [c.id, c])),
    productById: new Map(world.products.map((p) => [p.id, p])),
    requests: [],
    idRng: mulberry32(world.seed ^ 0x27d4eb2f),
    variant: opts.variant ?? DEFAULT_VARIANT,
  };
}

/** Creator/product pairs already in an open target collaboration, keyed "creator:product". */
export function openPairs(state: SandboxState, exceptGroupId?: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const g of state.groups) {
    if (!isOpenGroup(g) || g.id === exceptGroupId) continue;
    for (const c of g.creators) for (const p of g.products) pairs.set(`${c.creatorId}:${p.productId}`, g.id);
  }
  return pairs;
}
