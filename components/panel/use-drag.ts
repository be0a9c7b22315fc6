import { useRef, useState } from 'preact/hooks';
import { type Dock, dockAtPoint } from '@/lib/layout/place-panel';

/** Movement (px) below which a press on the handle is a click (keyboard-equivalent "Move"), not a drag. */
const DRAG_THRESHOLD = 4;

/**
 * Dragging the panel by its handle: it follows the pointer, and on release docks at the edge nearest the
 * drop point. Returns the live offset, the handle's pointer handlers, and whether the click that ends a
 * drag must be ignored.
 */
export function useDrag(onDrop: (dock: Dock) => void) {
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  const dragged = useRef(false);
  const handlers = {
    onPointerDown(e: PointerEvent) {
      if (e.button !== 0) return;
      start.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
      dragged.current = false;
      (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    },
    onPointerMove(e: PointerEvent) {
      const s = start.current;
      if (!s || s.id !== e.pointerId) return;
      const x = e.clientX - s.x;
      const y = e.clientY - s.y;
      if (!dragged.current && Math.hypot(x, y) < DRAG_THRESHOLD) return;
      dragged.current = true;
      setOffset({ x, y });
    },
    onPointerUp(e: PointerEvent) {
      const s = start.current;
      start.current = null;
      if (!s || !dragged.current) return;
      setOffset(null);
      const view = (e.currentTarget as Element).ownerDocument.defaultView;
      onDrop(dockAtPoint(e.clientX, e.clientY, { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 }));
    },
    onPointerCancel() {
      start.current = null;
      dragged.current = false;
      setOffset(null);
    },
  };
  /** True once, for the click that a drag's release produces. */
  const swallowClick = () => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };
  return { offset, handlers, swallowClick };
}
