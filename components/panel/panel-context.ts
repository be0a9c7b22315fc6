import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';

/** What a feature inside the panel can tell the frame around it. */
export interface PanelControl {
  /** Errors and warnings standing now: the compact pill shows them. */
  report(counts: PanelCounts): void;
  /**
   * Bring the panel fully into view (e.g. Send was held and the seller must see why). Opened over the page,
   * it leaves `keep` (Send, Discard, the field to fix) and the page's pinned bars uncovered.
   */
  expand(keep?: readonly Element[]): void;
}

export interface PanelCounts {
  errors: number;
  warnings: number;
}

const NOOP: PanelControl = { report() {}, expand() {} };

export const PanelControlContext = createContext<PanelControl>(NOOP);

/** The frame's controls; outside a PanelShell they do nothing, so features stay testable on their own. */
export function usePanelControl(): PanelControl {
  return useContext(PanelControlContext);
}

/** Keeps the pill's counts in step with a feature's findings. */
export function usePanelCounts(errors: number, warnings: number): void {
  const panel = usePanelControl();
  useEffect(() => panel.report({ errors, warnings }), [panel, errors, warnings]);
}
