import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useErrorBoundary, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openBeside } from '@/lib/layout/open-beside';
import { type Dock, type DockChoice, nextDock, openFromPill } from '@/lib/layout/place-panel';
import type { Rect } from '@/lib/layout/rect';
import { PANEL_MESSAGES as M } from './messages';
import { type PanelControl, PanelControlContext, type PanelCounts } from './panel-context';
import { useCloseOnPageWork } from './use-close-on-page-work';
import { useDrag } from './use-drag';
import { useMakeWay } from './use-make-way';
import { PANEL_SIZE, type PanelLayout, usePlacement } from './use-placement';

export interface PanelShellProps {
  title: string;
  /** One line under the title: which page we recognised, or why not. */
  subtitle?: string;
  collapsed?: boolean;
  onToggle?: (collapsed: boolean) => void;
  /** The seller's remembered dock; without it the choice lasts for this tab. */
  dock?: DockChoice;
  onDockChange?: (dock: DockChoice) => void;
  children?: ComponentChildren;
}

/** Without a stored choice (props.dock), a move still survives the SPA's route changes in this tab. */
let tabDock: DockChoice = 'auto';

/**
 * The frame every in-page panel shares. It sits where it covers none of the page's controls: docked in a
 * free strip, or, when the page has none, as a pill that opens over the page on request and closes again
 * when the seller goes back to the page. It can be moved (drag or "Move panel"), collapses to its header,
 * and has an error boundary so a failing feature shows here instead of escaping into the seller's page.
 */
export function PanelShell(props: PanelShellProps) {
  const [collapsed, setCollapsed] = useState(props.collapsed ?? false);
  // The stored state arrives after the first paint; follow it without remounting the feature.
  useEffect(() => setCollapsed(props.collapsed ?? false), [props.collapsed]);
  const [choice, setChoice] = useState<DockChoice>(props.dock ?? tabDock);
  useEffect(() => {
    if (props.dock) setChoice(props.dock);
  }, [props.dock]);
  const [open, setOpen] = useState(false);
  /** While opened by the page's own flow (a held Send): what must stay visible beside the panel. */
  const [keep, setKeep] = useState<readonly Rect[] | null>(null);
  useEffect(() => {
    if (!open) setKeep(null);
  }, [open]);
  const [counts, setCounts] = useState<PanelCounts>({ errors: 0, warnings: 0 });
  const [announce, setAnnounce] = useState('');
  const ref = useRef<HTMLElement>(null);
  const pillRef = useRef<HTMLButtonElement>(null);
  const layout = usePlacement(ref, pillRef, choice);
  const { placement } = layout;
  const compact = placement?.mode === 'compact';
  const pillShown = compact && !open;
  // The pill's width follows its counts: place it again once it shows or its text changes.
  useEffect(() => {
    if (pillShown) layout.remeasure();
  }, [pillShown, counts.errors, counts.warnings]);

  // Docked: while the seller types in a field under the panel, it shrinks to its header.
  const [makeWay, endMakeWay] = useMakeWay(ref);
  const shrunk = !compact && (collapsed || makeWay);

  const close = useCallback(() => setOpen(false), []);
  useCloseOnPageWork(ref, compact && open, close);
  // Closing by keyboard puts focus back on the pill, not on the page's body.
  // Opening from the pill puts it on the panel's own toggle (the pill it replaced is gone).
  // A layout effect: focus moves in the same task as the swap, so a key pressed right after it (Escape on a
  // busy page) reaches the panel instead of the page's body.
  const refocusPill = useRef(false);
  const openedFromPill = useRef(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (pillShown && refocusPill.current) pillRef.current?.focus();
    if (!pillShown && openedFromPill.current) toggleRef.current?.focus();
    refocusPill.current = false;
    openedFromPill.current = false;
  }, [pillShown]);

  const state = useRef({ compact, makeWay });
  state.current = { compact, makeWay };
  const control = useMemo<PanelControl>(
    () => ({
      report: (c) => setCounts((prev) => (prev.errors === c.errors && prev.warnings === c.warnings ? prev : c)),
      expand(elements) {
        if (state.current.compact) {
          setKeep(elements?.length ? elements.map((e) => boxOf(e)) : null);
          return setOpen(true);
        }
        setCollapsed(false);
        if (state.current.makeWay) endMakeWay();
      },
    }),
    [],
  );

  const moveTo = (dock: Dock) => {
    setChoice(dock);
    tabDock = dock;
    props.onDockChange?.(dock);
    setAnnounce(M.movedTo(dock));
  };
  const drag = useDrag(moveTo);
  const currentDock: Dock = placement?.mode === 'docked' ? placement.dock : choice === 'auto' ? 'right' : choice;

  const toggle = () => {
    if (compact) {
      refocusPill.current = true;
      return setOpen(false);
    }
    if (makeWay && !collapsed) return endMakeWay();
    setCollapsed(!collapsed);
    props.onToggle?.(!collapsed);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !compact || !open) return;
    refocusPill.current = true;
    setOpen(false);
  };

  const body = (
    // Hidden, not unmounted: a collapsed setup guard must still hold a risky Send.
    <div class="cp-panel__body" hidden={compact ? !open : collapsed}>
      <Guarded>{props.children}</Guarded>
    </div>
  );

  return (
    <PanelControlContext.Provider value={control}>
      <section
        ref={ref}
        class="cp-panel"
        aria-label={props.title}
        data-mode={placement?.mode ?? 'measuring'}
        data-dock={currentDock}
        data-open={compact ? String(open) : undefined}
        data-collapsed={collapsed ? 'true' : 'false'}
        data-make-way={makeWay && !collapsed && !compact ? 'true' : 'false'}
        style={boxStyle(layout, open, drag.offset, keep)}
        onKeyDown={onKeyDown}
      >
        {pillShown ? (
          <button
            ref={pillRef}
            type="button"
            class="cp-panel__pill"
            aria-expanded="false"
            aria-label={M.pillLabel(props.title, counts.errors, counts.warnings)}
            onClick={() => {
              openedFromPill.current = true;
              setOpen(true);
            }}
          >
            <Logo />
            <span class="cp-panel__title">{props.title}</span>
            {counts.errors > 0 ? (
              <span class="cp-panel__count cp-panel__count--error">{M.errorsBadge(counts.errors)}</span>
            ) : null}
            {counts.warnings > 0 ? (
              <span class="cp-panel__count cp-panel__count--warning">{M.warningsBadge(counts.warnings)}</span>
            ) : null}
          </button>
        ) : (
          <header class="cp-panel__header">
            <Logo />
            <div class="cp-panel__titles">
              <h2 class="cp-panel__title">{props.title}</h2>
              {props.subtitle ? <p class="cp-panel__subtitle">{props.subtitle}</p> : null}
            </div>
            <button
              type="button"
              class="cp-btn cp-btn--ghost cp-panel__move"
              aria-label={M.moveTo(nextDock(currentDock))}
              title={M.moveTo(nextDock(currentDock))}
              {...drag.handlers}
              onClick={() => {
                if (!drag.swallowClick()) moveTo(nextDock(currentDock));
              }}
            >
              <GripIcon />
            </button>
            <button
              ref={toggleRef}
              type="button"
              class="cp-btn cp-btn--ghost"
              aria-expanded={compact ? true : !shrunk}
              onClick={toggle}
            >
              {shrunk ? M.show : M.hide}
            </button>
          </header>
        )}
        {body}
        <p class="cp-sr-only" role="status">
          {announce}
        </p>
      </section>
    </PanelControlContext.Provider>
  );
}

/** Inline position from the placement (inside our shadow root, so the page's CSS never competes). */
function boxStyle(
  layout: PanelLayout,
  open: boolean,
  offset: { x: number; y: number } | null,
  keep: readonly Rect[] | null,
): Record<string, string | undefined> {
  const p = layout.placement;
  // Until the first measurement, stay invisible rather than flash over the page's controls.
  if (!p) return { visibility: 'hidden' };
  const drag = offset ? { transform: `translate(${offset.x}px, ${offset.y}px)` } : {};
  // 'auto' rather than nothing: the side we do not anchor must not keep a value from a previous placement.
  const px = (n: number | undefined) => (n == null ? 'auto' : `${Math.round(n)}px`);
  if (p.mode === 'compact' && !open) return { left: px(p.left), top: px(p.top), ...drag };
  const box: { left: number; width: number; top?: number; bottom?: number; maxHeight: number } =
    p.mode === 'docked'
      ? p
      : keep
        ? openBeside({ viewport: layout.viewport, panel: PANEL_SIZE, keep: [...keep, ...layout.pinned] })
        : openFromPill(p, layout.pill, layout.viewport, PANEL_SIZE.width);
  return {
    left: px(box.left),
    width: px(box.width),
    top: px(box.top),
    bottom: px(box.bottom),
    maxHeight: px(box.maxHeight),
    ...drag,
  };
}

function boxOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function Logo() {
  return (
    <svg class="cp-panel__logo" viewBox="0 0 128 128" width="20" height="20" aria-hidden="true">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#0f172a" />
      <path d="M24 62 L100 28 L78 104 L62 74 Z" fill="#f8fafc" />
      <circle cx="94" cy="94" r="20" fill="#14b8a6" />
    </svg>
  );
}

function GripIcon() {
  return (
    <svg viewBox="0 0 12 16" width="12" height="16" aria-hidden="true" fill="currentColor">
      <circle cx="3" cy="3" r="1.5" />
      <circle cx="9" cy="3" r="1.5" />
      <circle cx="3" cy="8" r="1.5" />
      <circle cx="9" cy="8" r="1.5" />
      <circle cx="3" cy="13" r="1.5" />
      <circle cx="9" cy="13" r="1.5" />
    </svg>
  );
}

function Guarded(props: { children?: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <div class="cp-alert cp-alert--error" role="alert">
        <p>{M.crashed}</p>
        <p class="cp-muted">{String((error as Error)?.message ?? error).slice(0, 300)}</p>
        <button type="button" class="cp-btn" onClick={reset}>
          {M.tryAgain}
        </button>
      </div>
    );
  }
  return <>{props.children}</>;
}
