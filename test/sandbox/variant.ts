/**
 * How the sandbox draws its pages, as data. The public facts about the live Seller Center leave many details
 * open (row keys, how chosen creators are shown, date formats, JSON wrapping, …): each such detail is a switch
 * here, and the page readers must pass on every combination the end-to-end suite names. A new fact from the
 * real site then becomes one switch (or a new default), not a new page.
 *
 * The server holds the variant in its live state (`sandbox.state.variant`, changeable between page loads) and
 * hands it to the app in the served HTML as a JSON data block; the API reads it from the same state. The
 * extension never reads either (see CONTRACT.md).
 */

export interface Variant {
  // ── Shell (every page) ──────────────────────────────────────────────────────────────────────────────────
  /** A short name for test titles and the demo; not a switch. */
  name: string;
  /** Ms after load at which a non-English page switches from English to its language (re-mounting the micro-app); null: right away. */
  languageSwitchAfterMs: number | null;
  /** Header controls ("Creator messages", bell, "Help", account): none, real buttons, or Arco dropdown triggers of plain div/span (plus a "Need help?" widget). */
  headerMenus: 'none' | 'buttons' | 'divs';

  // ── Find creators ───────────────────────────────────────────────────────────────────────────────────────
  /** Rows carry `data-row-key` (the creator id), as when the app sets Arco's rowKey; the live rows carry none. */
  rowKeys: boolean;
  /** The handle is shown as "@handle" (true) or bare (false, the live page). */
  handleAt: boolean;
  /** Which regions show the bulk-selection checkbox column: GB and ID ('regional'), or none (the live UK page). */
  checkboxColumn: 'regional' | 'none';
  /** The live page's data-e2e ids on the handle, nickname and Invite (true), or the contract's older ones (false). */
  liveIds: boolean;
  /** A Video column between Creator and GMV, as on the live page. */
  videoColumn: boolean;
  /**
   * How the creator search JSON draws a creator: fields wrapped as {value} with `category` a list of {value}
   * ('wrapped'), the same with `category` as {value:[...]} (the live page), every field bare ('plain'),
   * numbers as strings and booleans as 0/1 ('strings'), or some fields missing and others added ('extra-missing').
   */
  creatorJson: 'wrapped' | 'plain' | 'strings' | 'extra-missing' | 'category-wrapped';
  /** The search answer's list and pagination at its root (the live page), not under `data`. */
  findJsonAtRoot: boolean;
  /** The page re-mounts its results table once, about 2 s after the first rows render, as a language switch does. */
  remountTable: boolean;
  /** The search answer carries over 4 MB of extra data: more than the extension reads, so it knows rows only from the page. */
  findJsonOversize: boolean;

  // ── Create target collaboration ─────────────────────────────────────────────────────────────────────────
  /** How the chosen creators show: "@handle" chips, cards, the live paginated table (with "N/50"), or only "N/50". */
  chosenCreators: 'chips' | 'cards' | 'table' | 'counter';
  /** Whether product cells show "ID: …" and product rows carry the id as `data-row-key`. */
  productIdText: boolean;
  /** How the end-date picker writes its date: YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, or "12 Aug 2026". */
  dateFormat: 'iso' | 'dmy' | 'mdy' | 'long';
  /** The live page's data-e2e ids and `#target_complete_details_*` ids instead of the contract's stand-ins. */
  createLiveIds: boolean;
  /** Section order: details, products, samples, creators; or products before details. */
  sectionOrder: 'classic' | 'products-first';
  /** Sections collapsed at first (Arco mounts their content on the first expand). */
  collapsedSections: 'none' | 'samples' | 'samples-and-creators';

  // ── Target collaborations list ──────────────────────────────────────────────────────────────────────────
  /** The row's "View": a link routed client-side, or a button that opens the detail in a new tab (no href). */
  listView: 'link' | 'button';
  /** Whether list rows carry `data-row-key` (the group id). */
  listRowKey: boolean;
  /** List and detail JSON: `invitation_group_list` / `invitation_group`, or the live `invitation_list` / `invitation`. */
  listJson: 'classic' | 'live';
  /** Where the list loads its collaborations and their details: `invitation_group/search` and `/detail`, or endpoints Collab Pilot does not know. */
  listEndpoint: 'search' | 'unknown';
}

/** The shapes the sandbox drew before the live pages were studied; kept as one variant among others. */
export const CLASSIC: Variant = {
  name: 'classic',
  // Find creators
  rowKeys: true,
  handleAt: true,
  checkboxColumn: 'regional',
  liveIds: false,
  videoColumn: false,
  creatorJson: 'wrapped',
  findJsonAtRoot: false,
  remountTable: false,
  findJsonOversize: false,
  // Create target collaboration
  chosenCreators: 'chips',
  productIdText: true,
  dateFormat: 'iso',
  createLiveIds: false,
  sectionOrder: 'classic',
  collapsedSections: 'none',
  // Shell
  languageSwitchAfterMs: null,
  headerMenus: 'none',
  // Target collaborations list
  listView: 'link',
  listRowKey: true,
  listJson: 'classic',
  listEndpoint: 'search',
};

/** What the saved live pages and public automation code show (docs/domain.md, "The live pages"). */
export const LIVE: Variant = {
  ...CLASSIC,
  name: 'live',
  // Find creators (whether the table re-mounts is left open: a variant, not the live default)
  rowKeys: false,
  handleAt: false,
  checkboxColumn: 'none',
  liveIds: true,
  videoColumn: true,
  creatorJson: 'category-wrapped',
  findJsonAtRoot: true,
  // Create target collaboration
  chosenCreators: 'table',
  productIdText: false,
  dateFormat: 'mdy',
  createLiveIds: true,
  collapsedSections: 'samples',
  // Shell: "English first at 3 s and Vietnamese at 6 s"; header menus are Arco dropdown triggers.
  languageSwitchAfterMs: 2000,
  headerMenus: 'divs',
  // Target collaborations list
  listView: 'button',
  listRowKey: false,
  listJson: 'live',
};

/** The Create page's switches of a variant, to draw one variant's create page on another's other pages. */
export function createSwitches(
  v: Variant,
): Pick<
  Variant,
  'chosenCreators' | 'productIdText' | 'dateFormat' | 'createLiveIds' | 'sectionOrder' | 'collapsedSections'
> {
  const { chosenCreators, productIdText, dateFormat, createLiveIds, sectionOrder, collapsedSections } = v;
  return { chosenCreators, productIdText, dateFormat, createLiveIds, sectionOrder, collapsedSections };
}

/**
 * What a sandbox serves unless a test asks for another variant: the live shapes, since the readers pass on
 * them. Whether a table re-mounts, or an answer is over the size we read, stays a variant of its own.
 */
export const DEFAULT_VARIANT: Variant = LIVE;

/** The dayjs format of each end-date format, for the sandbox's picker and for tests that type a date. */
export const DATE_FORMATS: Record<Variant['dateFormat'], string> = {
  iso: 'YYYY-MM-DD',
  dmy: 'DD/MM/YYYY',
  mdy: 'MM/DD/YYYY',
  long: 'D MMM YYYY',
};

/** "2026-08-12" as the variant's picker shows it (English month names for 'long'). */
export function showDate(ymd: string, format: Variant['dateFormat']): string {
  const [y = '', m = '', d = ''] = ymd.split('-');
  if (format === 'dmy') return `${d}/${m}/${y}`;
  if (format === 'mdy') return `${m}/${d}/${y}`;
  if (format === 'long')
    return `${Number(d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${y}`;
  return ymd;
}

/** A variant from a partial one: every switch not named keeps the default's value. */
export function variant(partial: Partial<Variant> & { name: string }, base: Variant = DEFAULT_VARIANT): Variant {
  return { ...base, ...partial };
}

/** The id of the JSON data block in the served HTML that carries the variant to the app. */
export const VARIANT_SCRIPT_ID = 'sandbox-variant';

/** The served HTML with the variant's data block in its head (a data block: nothing runs). */
export function withVariant(html: string, v: Variant): string {
  const json = JSON.stringify(v).replace(/</g, '\\u003c');
  return html.replace('</head>', `<script type="application/json" id="${VARIANT_SCRIPT_ID}">${json}</script></head>`);
}

/** The app's side: the variant in the served HTML, or the default when there is none (a static build). */
export function readVariant(doc: Document): Variant {
  const text = doc.getElementById(VARIANT_SCRIPT_ID)?.textContent;
  if (!text) return DEFAULT_VARIANT;
  try {
    return { ...DEFAULT_VARIANT, ...(JSON.parse(text) as Partial<Variant>) };
  } catch {
    return DEFAULT_VARIANT;
  }
}
