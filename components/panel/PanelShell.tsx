import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary, useRef, useState } from 'preact/hooks';
import { useMakeWay } from './use-make-way';

export interface PanelShellProps {
  title: string;
  /** One line under the title: which page we recognised, or why not. */
  subtitle?: string;
  collapsed?: boolean;
  onToggle?: (collapsed: boolean) => void;
  children?: ComponentChildren;
}

/**
 * The frame every in-page panel shares: a titled region that collapses to its header, and an error
 * boundary so a failure in a feature shows here instead of escaping into the seller's page.
 */
export function PanelShell(props: PanelShellProps) {
  const [collapsed, setCollapsed] = useState(props.collapsed ?? false);
  // The stored state arrives after the first paint; follow it without remounting the feature.
  useEffect(() => setCollapsed(props.collapsed ?? false), [props.collapsed]);
  const ref = useRef<HTMLElement>(null);
  // While the seller types in a field under the panel, the panel shrinks to its header.
  const [makeWay, endMakeWay] = useMakeWay(ref);
  const shrunk = collapsed || makeWay;
  const toggle = () => {
    if (makeWay && !collapsed) return endMakeWay();
    setCollapsed(!collapsed);
    props.onToggle?.(!collapsed);
  };
  return (
    <section
      ref={ref}
      class="cp-panel"
      aria-label={props.title}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-make-way={makeWay && !collapsed ? 'true' : 'false'}
    >
      <header class="cp-panel__header">
        <svg class="cp-panel__logo" viewBox="0 0 128 128" width="20" height="20" aria-hidden="true">
          <rect x="4" y="4" width="120" height="120" rx="28" fill="#0f172a" />
          <path d="M24 62 L100 28 L78 104 L62 74 Z" fill="#f8fafc" />
          <circle cx="94" cy="94" r="20" fill="#14b8a6" />
        </svg>
        <div class="cp-panel__titles">
          <h2 class="cp-panel__title">{props.title}</h2>
          {props.subtitle ? <p class="cp-panel__subtitle">{props.subtitle}</p> : null}
        </div>
        <button type="button" class="cp-btn cp-btn--ghost" aria-expanded={!shrunk} onClick={toggle}>
          {shrunk ? 'Show' : 'Hide'}
        </button>
      </header>
      {/* Hidden, not unmounted: a collapsed setup guard must still hold a risky Send. */}
      <div class="cp-panel__body" hidden={collapsed}>
        <Guarded>{props.children}</Guarded>
      </div>
    </section>
  );
}

function Guarded(props: { children?: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <div class="cp-alert cp-alert--error" role="alert">
        <p>Collab Pilot hit a problem on this page and paused this panel. The page itself is unaffected.</p>
        <p class="cp-muted">{String((error as Error)?.message ?? error).slice(0, 300)}</p>
        <button type="button" class="cp-btn" onClick={reset}>
          Try again
        </button>
      </div>
    );
  }
  return <>{props.children}</>;
}
