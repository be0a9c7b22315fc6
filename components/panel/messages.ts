import type { Dock } from '@/lib/layout/place-panel';

const DOCK_NAMES: Record<Dock, string> = { right: 'right', left: 'left', bottom: 'bottom' };

/** The panel frame's words, in one place for localisation. */
export const PANEL_MESSAGES = {
  show: 'Show',
  hide: 'Hide',
  move: 'Move panel',
  moveTo: (dock: Dock) => `Move panel to the ${DOCK_NAMES[dock]} (or drag it)`,
  movedTo: (dock: Dock) => `Panel moved to the ${DOCK_NAMES[dock]}.`,
  pillLabel: (title: string, errors: number, warnings: number) => {
    const parts = [
      errors ? `${errors} to fix` : '',
      warnings ? `${warnings} to check` : '',
    ].filter(Boolean);
    return `${title}${parts.length ? `: ${parts.join(', ')}` : ''}. Open panel`;
  },
  errorsBadge: (n: number) => `${n} to fix`,
  warningsBadge: (n: number) => `${n} to check`,
  crashed: 'Collab Pilot hit a problem on this page and paused this panel. The page itself is unaffected.',
  tryAgain: 'Try again',
};
