import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CreatorRow } from '@/lib/creators/types';
import type { FitThresholds } from '@/lib/settings/schema';
import { type AddState, type OverlayView, RowOverlayDom } from './overlay-dom';

export type { AddState } from './overlay-dom';

export interface RowOverlayProps {
  creator: CreatorRow;
  thresholds: FitThresholds;
  state: AddState;
  onAdd: () => void;
  /** Why the last add failed, shown beside the retry button. */
  error?: string;
  /** Locale for numbers in the fit breakdown. */
  locale?: string;
}

/**
 * One creator's overlay inside a Preact tree (the creator detail panel). The markup and behaviour are
 * RowOverlayDom's, the same the table rows use without Preact (overlay-dom.ts).
 */
export function RowOverlay(props: RowOverlayProps) {
  const slot = useRef<HTMLDivElement>(null);
  const dom = useRef<RowOverlayDom | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useLayoutEffect(() => {
    const view: OverlayView = {
      creator: props.creator,
      thresholds: props.thresholds,
      state: props.state,
      error: props.error,
      locale: props.locale,
    };
    if (dom.current) dom.current.update(view);
    else if (slot.current) {
      dom.current = new RowOverlayDom(slot.current.ownerDocument, view, () => latest.current.onAdd());
      slot.current.append(dom.current.el);
    }
  });
  useLayoutEffect(
    () => () => {
      dom.current?.el.remove();
      dom.current = null;
    },
    [],
  );
  return <div class="cp-overlay-slot" ref={slot} />;
}
