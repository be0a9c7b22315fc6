import { render } from 'preact';
import { RowBadge } from '@/components/health/RowBadge';
import type { HealthIssue } from '@/lib/health';
import { tieRows } from '@/lib/health/tie-rows';
import { cellAt, columnIndex, tableHeaders } from '@/lib/pages/dom';
import { matchUrl, readInvitationRows } from '@/lib/pages/invitation-list';
import { attachGuardedShadow } from '../../shadow-root';
import { styleBadgeRoot } from './badge-styles';

/** Our element in the page's rows; not registered (content scripts have no customElements), only a valid name. */
export const BADGE_TAG = 'collab-pilot-health-badge';

export interface BadgeView {
  byCollaboration: ReadonlyMap<string, readonly HealthIssue[]>;
  names: ReadonlyMap<string, string>;
}

interface BadgeHost {
  host: HTMLElement;
  container: HTMLElement;
}

export interface RowBadges {
  update(view: BadgeView): void;
  stop(): void;
}

function mountHost(doc: Document, cell: Element): BadgeHost {
  const host = doc.createElement(BADGE_TAG);
  const shadow = attachGuardedShadow(host);
  styleBadgeRoot(shadow);
  const container = doc.createElement('span');
  shadow.append(container);
  // Inside Arco's cell wrapper, after the name, so the badge sits on the name's line. A badge already there
  // is a dead copy (a row the page cloned, shadow root lost): ours is the only live one.
  const target = cell.querySelector('.arco-table-cell') ?? cell;
  for (const dead of target.querySelectorAll(BADGE_TAG)) dead.remove();
  target.append(host);
  return { host, container };
}

function unmountHost(h: BadgeHost): void {
  render(null, h.container);
  h.host.remove();
}

function onListPage(doc: Document): boolean {
  try {
    return matchUrl(new URL(doc.location.href));
  } catch {
    return false;
  }
}

const isOurs = (n: Node) => n.nodeName.toLowerCase() === BADGE_TAG;

/**
 * Puts a RowBadge in the name cell of every row of the Target collaboration list, and keeps it there while the
 * page re-renders its table: a MutationObserver batched per animation frame decorates each row element once
 * (and again only if the page threw our badge away). Everything is removed when the visit's signal aborts.
 */
export function startRowBadges(doc: Document, signal: AbortSignal): RowBadges {
  const win = doc.defaultView ?? window;
  const byRow = new WeakMap<Element, BadgeHost>();
  const hosts = new Set<BadgeHost>();
  let view: BadgeView | null = null;
  let frame = 0;
  let observed: Element | null = null;
  let stopped = false;

  const observer = new MutationObserver((records) => {
    // Our own insertions need no second pass.
    if (records.some((r) => [...r.addedNodes, ...r.removedNodes].some((n) => !isOurs(n)))) schedule();
  });

  const observe = (table: Element) => {
    // The micro-app container outlives the table, so a table the page replaces is still seen.
    const root = table.closest('.micro-app-container') ?? table.parentElement ?? table;
    if (root === observed) return;
    observer.disconnect();
    observer.observe(root, { childList: true, subtree: true });
    observed = root;
  };

  const pass = () => {
    frame = 0;
    if (stopped) return;
    // The page routes client-side and the visit ends only when WXT notices: until then the next page's tables
    // (a detail page's products, keyed by product id) must not be taken for the list.
    const read = onListPage(doc) ? readInvitationRows(doc) : null;
    if (read?.ok) {
      observe(read.table);
      // Contract order (Name first) when the header labels are not ours.
      const nameCol = Math.max(0, columnIndex(tableHeaders(read.table), 'colName'));
      // Rows are tied by name and order; a row key or link, when there is one, wins.
      const ids = tieRows(read.rows, view?.names ?? new Map());
      for (const [i, row] of read.rows.entries()) {
        const id = ids[i];
        if (!id) continue;
        let h = byRow.get(row.element);
        if (!h || !row.element.contains(h.host)) {
          if (h) {
            unmountHost(h);
            hosts.delete(h);
          }
          const cell = cellAt(row.element, nameCol);
          if (!cell) continue;
          h = mountHost(doc, cell);
          byRow.set(row.element, h);
          hosts.add(h);
        }
        h.host.setAttribute('data-collaboration-id', id);
        render(
          <RowBadge
            issues={view?.byCollaboration.get(id)}
            collaborationId={id}
            collaborationName={view?.names.get(id) ?? row.name}
          />,
          h.container,
        );
      }
    }
    // Rows the page removed: unmount their badges so Preact's effects do not outlive them.
    for (const h of hosts) {
      if (!h.host.isConnected) {
        render(null, h.container);
        hosts.delete(h);
      }
    }
  };

  function schedule() {
    if (!frame && !stopped) frame = win.requestAnimationFrame(pass);
  }

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (frame) win.cancelAnimationFrame(frame);
    observer.disconnect();
    for (const h of hosts) unmountHost(h);
    hosts.clear();
  };

  signal.addEventListener('abort', stop, { once: true });
  if (signal.aborted) stop();
  else schedule();

  return {
    update(next) {
      view = next;
      schedule();
    },
    stop,
  };
}
