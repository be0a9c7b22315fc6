/**
 * Small DOM look-ups shared by the page readers. Every one of them returns null rather than
 * throwing (an invalid selector or a detached node must never surface in the host page).
 */
import { type LabelKey, labelTexts, norm } from './labels';

/** Collapsed, trimmed text of a node. */
export function textOf(el: Node | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element found by the first selector that finds one (selectors are fallbacks, best first). */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = safeQuery(root, s);
    if (el) return el;
  }
  return null;
}

/** An input/textarea whose placeholder is one of a label's texts (any language). */
export function byPlaceholder(root: ParentNode, key: LabelKey, tags = 'input,textarea'): Element | null {
  const wanted = new Set(labelTexts(key).map(norm));
  return safeQueryAll(root, tags).find((el) => wanted.has(norm(el.getAttribute('placeholder') ?? ''))) ?? null;
}

/** Elements matching `selector` whose own text equals one of the label's texts (any language). */
export function allByText(root: ParentNode, selector: string, key: LabelKey): Element[] {
  const wanted = new Set(labelTexts(key).map(norm));
  return safeQueryAll(root, selector).filter((el) => wanted.has(norm(textOf(el))));
}

export function byText(root: ParentNode, selector: string, key: LabelKey): Element | null {
  return allByText(root, selector, key)[0] ?? null;
}

/** A button whose text is the label (Arco puts the text in a <span> inside the <button>). */
export function buttonByText(root: ParentNode, key: LabelKey): Element | null {
  return byText(root, 'button,[role="button"],a', key);
}

/** Elements whose text is exactly the label and that have no element children carrying other text. */
export function labelElements(root: ParentNode, key: LabelKey): Element[] {
  const wanted = new Set(labelTexts(key).map(norm));
  return safeQueryAll(root, 'label,span,div,p,th,h1,h2,h3,h4,legend,strong').filter((el) => {
    if (!wanted.has(norm(textOf(el)))) return false;
    // Prefer the innermost holder of the text.
    return !Array.from(el.children).some((c) => wanted.has(norm(textOf(c))));
  });
}

/** Header texts of a (possibly split sticky-header) Arco table, in column order. */
export function tableHeaders(table: Element): string[] {
  const ths = safeQueryAll(table, 'thead th');
  return ths.map((th) => textOf(th));
}

/** Body rows of an Arco table (virtual or not). */
export function tableRows(table: Element): Element[] {
  const rows = safeQueryAll(table, 'tbody tr.arco-table-tr');
  const list = rows.length ? rows : safeQueryAll(table, 'tbody tr');
  // Placeholder rows ("No data") have no cells with content worth reading.
  return list.filter((r) => !r.classList.contains('arco-table-empty-row') && !safeQuery(r, '.arco-table-no-data'));
}

/** Column index by header label; -1 if not found. */
export function columnIndex(headers: readonly string[], key: LabelKey): number {
  const wanted = labelTexts(key).map(norm);
  const exact = headers.findIndex((h) => wanted.includes(norm(h)));
  if (exact >= 0) return exact;
  return headers.findIndex((h) => wanted.some((w) => norm(h).startsWith(w)));
}

export function cellAt(row: Element, index: number): Element | null {
  if (index < 0) return null;
  const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  return cells[index] ?? null;
}

/** Checked state of an Arco switch or checkbox-like control. */
export function isOn(el: Element | null): boolean | null {
  if (!el) return null;
  const aria = el.getAttribute('aria-checked');
  if (aria === 'true') return true;
  if (aria === 'false') return false;
  if (['arco-switch-checked', 'arco-checkbox-checked', 'arco-radio-checked'].some((c) => el.classList.contains(c)))
    return true;
  const input = el.matches('input') ? el : safeQuery(el, 'input[type="checkbox"],input[type="radio"]');
  if (input) return (input as HTMLInputElement).checked;
  return false;
}
