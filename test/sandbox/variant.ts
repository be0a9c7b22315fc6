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

  // ── Find creators ───────────────────────────────────────────────────────────────────────────────────────

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
}

/** The shapes the sandbox drew before the live pages were studied; kept as one variant among others. */
export const CLASSIC: Variant = {
  name: 'classic',
  // Create target collaboration
  chosenCreators: 'chips',
  productIdText: true,
  dateFormat: 'iso',
  createLiveIds: false,
  sectionOrder: 'classic',
  collapsedSections: 'none',
};

/** What the saved live pages and public automation code show (docs/domain.md, "The live pages"). */
export const LIVE: Variant = {
  ...CLASSIC,
  name: 'live',
  // Create target collaboration
  chosenCreators: 'table',
  productIdText: false,
  dateFormat: 'mdy',
  createLiveIds: true,
  collapsedSections: 'samples',
};

/** What a sandbox serves unless a test asks for another variant. */
/** The Create page's switches of a variant, to draw one variant's create page on another's other pages. */
export function createSwitches(v: Variant): Pick<Variant, 'chosenCreators' | 'productIdText' | 'dateFormat' | 'createLiveIds' | 'sectionOrder' | 'collapsedSections'> {
  const { chosenCreators, productIdText, dateFormat, createLiveIds, sectionOrder, collapsedSections } = v;
  return { chosenCreators, productIdText, dateFormat, createLiveIds, sectionOrder, collapsedSections };
}

export const DEFAULT_VARIANT: Variant = {
  ...CLASSIC,
  // Create target collaboration: the readers pass on the live shapes.
  ...createSwitches(LIVE),
};

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
  if (format === 'long') return `${Number(d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${y}`;
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
