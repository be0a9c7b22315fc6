/** A MountRest over a Preact view: each newer summary re-renders it in place, so its state survives. */

import { render, type VNode } from 'preact';
import type { QueueSummary } from '@/lib/messages';
import type { MountRest } from './shell';

export function preactRest(view: (summary: QueueSummary | null) => VNode): MountRest {
  return (into, summary) => {
    const draw = (s: QueueSummary | null) => render(view(s), into);
    draw(summary);
    return { update: draw, unmount: () => render(null, into) };
  };
}
