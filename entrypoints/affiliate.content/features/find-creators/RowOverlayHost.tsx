import { useEffect, useReducer, useRef } from 'preact/hooks';
import { RowOverlay } from '@/components/creators/RowOverlay';
import type { OverlayController, RowView } from './overlay-controller';

/**
 * One row's overlay, fed by the shared controller. Every change on the page reaches every row, so each
 * row compares its own small view and re-renders only when that view changed.
 */
export function RowOverlayHost({ id, ctl }: { id: string; ctl: OverlayController }) {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const view = useRef<RowView>(ctl.view(id));
  useEffect(() => {
    const check = () => {
      const next = ctl.view(id);
      if (!ctl.sameView(next, view.current)) {
        view.current = next;
        bump(0);
      }
    };
    const unsubscribe = ctl.subscribe(check);
    // Effects run after paint: anything that changed since the first render was not heard.
    check();
    return unsubscribe;
  }, [ctl, id]);
  const v = view.current;
  if (!v.creator) return null;
  return (
    <RowOverlay
      creator={v.creator}
      thresholds={v.thresholds}
      state={v.state}
      {...(v.error ? { error: v.error } : {})}
      locale={ctl.locale}
      onAdd={() => void ctl.addOne(id)}
    />
  );
}
