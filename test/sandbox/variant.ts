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

  // ── Create target collaboration ─────────────────────────────────────────────────────────────────────────

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
  // Shell: "English first at 3 s and Vietnamese at 6 s"; header menus are Arco dropdown triggers.
  languageSwitchAfterMs: 2000,
  headerMenus: 'divs',
  // Target collaborations list
  listView: 'button',
  listRowKey: false,
  listJson: 'live',
};

/** What a sandbox serves unless a test asks for another variant. */
export const DEFAULT_VARIANT: Variant = {
  ...CLASSIC,
  // Shell and list: the readers pass on the live shapes.
  languageSwitchAfterMs: LIVE.languageSwitchAfterMs,
  headerMenus: LIVE.headerMenus,
  listView: LIVE.listView,
  listRowKey: LIVE.listRowKey,
  listJson: LIVE.listJson,
};

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
