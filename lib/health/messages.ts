/**
 * Every user-facing string of collaboration health, in one table per use so it can be localised later.
 * Numbers, money and dates arrive already formatted for the seller's locale.
 */
import type { HealthCode, Severity } from './types.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "“Spring glow push”", else "collaboration 7123…" by id. */
export function collaborationLabel(c: { id: string; name?: string | undefined }): string {
  const name = c.name?.trim();
  return name ? `“${name}”` : `collaboration ${c.id}`;
}

/** "“a”", "“a” and “b”", "“a”, “b”, “c” and 2 more". */
export function listNames(names: readonly string[], max: number): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export interface HealthMessageParams {
  'health.target-not-above-open': {
    collab: string;
    product: string;
    target: string;
    open: string;
    equal: boolean;
    /** Present when the price is known: payouts per order under each rate. */
    example?: { price: string; targetPayout: string; openPayout: string };
  };
  'health.out-of-stock': { collab: string; product: string; rate: string | null };
  'health.low-stock': { collab: string; product: string; stock: number; minStock: number; rate: string | null };
  'health.ending-soon': { collab: string; date: string; ms: number; days: number };
  'health.not-accepted': { collab: string; creators: string; count: number; days: number };
  'health.rate-clash': { product: string; rates: string; count: number; lowest: string; lowestCollab: string };
  'health.not-loaded': { collab: string; missing: string };
}

type MessageTable = { [C in HealthCode]: (p: HealthMessageParams[C]) => string };

export const HEALTH_MESSAGES: MessageTable = {
  'health.target-not-above-open': ({ collab, product, target, open, equal, example }) => {
    const relation = equal ? 'the same as' : 'below';
    // When equal, the payouts are the same too: no example needed.
    const earn = example && !equal
      ? ` On a ${example.price} order a creator earns ${example.targetPayout}, against ${example.openPayout} at the open rate.`
      : '';
    return `In ${collab}, the target rate for ${product} (${target}) is ${relation} its current open rate (${open}). The target rate supersedes the open rate, so creators in this collaboration are paid ${target}, ${equal ? 'no more than' : 'less than'} any open affiliate.${earn} Edit the collaboration and set the target rate above ${open}.`;
  },
  'health.out-of-stock': ({ collab, product, rate }) =>
    `${product} is out of stock while ${collab} is ongoing: creators are still promoting it${rate ? ` for ${rate} commission` : ''}, but nobody can buy it, so they earn nothing on it. Restock it, or remove it from the collaboration.`,
  'health.low-stock': ({ collab, product, stock, minStock, rate }) =>
    `${product} has ${stock} left in stock, below your minimum of ${minStock}, while ${collab} is ongoing${rate ? ` (creators are paid ${rate} per order)` : ''}. Restock it before it runs out and creators lose their sales.`,
  'health.ending-soon': ({ collab, date, ms, days }) =>
    ms <= 0
      ? `${collab} passed its end date (${date}) but still shows as open. Check its status, and send a new invitation to the creators you want to keep working with.`
      : `${collab} ends ${ms < 86_400_000 ? 'in less than a day' : `in ${days} ${plural(days, 'day', 'days')}`}, on ${date}. Creators are paid its target rates only until then. Extend the end date, or send a new invitation to the creators you want to keep.`,
  'health.not-accepted': ({ collab, creators, count, days }) =>
    `${count} ${plural(count, 'creator has', 'creators have')} not accepted ${collab} after ${days} or more days: ${creators}. Until they accept, they earn nothing from it. Send a reminder, or invite other creators instead.`,
  'health.rate-clash': ({ product, rates, count, lowest, lowestCollab }) =>
    `${product} is in ${count} ongoing target collaborations at different target rates: ${rates}. A creator is paid one rate per product, the rate of their own collaboration, so creators in ${lowestCollab} earn only ${lowest}. Give the product one target rate if that was not intended.`,
  'health.not-loaded': ({ collab, missing }) =>
    `Not loaded for ${collab}: ${missing}. Collab Pilot did not check what depends on it rather than guess. Open the collaboration, or let the list finish loading, to check it.`,
};

/** Builds the text for a code; one call site so a localised table can be swapped in later. */
export function healthMessage<C extends HealthCode>(code: C, params: HealthMessageParams[C]): string {
  return HEALTH_MESSAGES[code](params);
}

/** The pieces `health.not-loaded` lists. */
export const MISSING = {
  status: () => 'its status',
  detail: () => 'its details (products, stock, rates and creators)',
  products: () => 'its products',
  creators: () => 'its creators',
  endDate: () => 'its end date',
  stock: (products: string) => `the stock of ${products}`,
  targetRate: (products: string) => `the target rate of ${products}`,
  inviteDate: (n: number) => `when ${n} pending ${plural(n, 'creator was', 'creators were')} invited`,
  creatorStatus: (n: number) => `whether ${n} ${plural(n, 'creator has', 'creators have')} accepted`,
  unreadable: () => 'its data, which the page sent in an unreadable form',
  unchecked: () => 'part of its data (Collab Pilot could not check it)',
  unreadableProducts: (n: number) => `${n} ${plural(n, 'product', 'products')} the page sent in an unreadable form`,
  unreadableCreators: (n: number) => `${n} ${plural(n, 'creator', 'creators')} the page sent in an unreadable form`,
} as const;

/** Short titles for lists, badges and the CSV "issue" column. */
export const HEALTH_TITLES: Record<HealthCode, string> = {
  'health.target-not-above-open': 'Target rate not above open rate',
  'health.out-of-stock': 'Out of stock',
  'health.low-stock': 'Low stock',
  'health.ending-soon': 'Ending soon',
  'health.not-accepted': 'Invitations not accepted',
  'health.rate-clash': 'Different rates for one product',
  'health.not-loaded': 'Not fully loaded',
};

/** Text labels, so colour is never the only signal. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Strings of the panel and the row badge. */
export const HEALTH_UI = {
  heading: 'Collaboration health',
  issuesHeading: 'Needs attention, most money at stake first',
  loaded: (n: number) => `${n} ${plural(n, 'collaboration', 'collaborations')} loaded`,
  needsAttention: (n: number) => `${n} ${plural(n, 'needs', 'need')} attention`,
  healthy: (n: number) => `${n} healthy`,
  notFullyLoaded: (n: number) => `${n} not fully loaded`,
  inactive: (n: number) => `${n} ended or cancelled`,
  nothingLoaded: 'No collaborations loaded yet. Scroll the list so the page loads them.',
  allClear: 'Nothing needs attention in the collaborations loaded so far.',
  atStake: (money: string) => `At stake: ${money} per order`,
  open: (collab: string) => `Open ${collab}`,
  exportCsv: 'Export CSV',
  exportHint: 'Downloads these issues as a spreadsheet (CSV).',
  showAll: (n: number) => `Show all ${n} issues`,
  showFewer: 'Show fewer',
  badgeText: (label: string, n: number) => `${label} · ${n}`,
  /** Starts with the visible text, so speech users can say what they see (WCAG label in name). */
  badgeLabel: (text: string, collab: string, n: number, titles: string) =>
    `${text}. Collab Pilot found ${n} ${plural(n, 'issue', 'issues')} in ${collab}: ${titles}`,
  csvHeaders: [
    'Collaboration ID',
    'Collaboration name',
    'Issue',
    'Severity',
    'Product',
    'Creator',
    'Money at stake (per order)',
    'Message',
    'Link',
  ],
} as const;
