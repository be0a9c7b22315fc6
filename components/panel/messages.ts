/**
 * The panel frame's words. The texts live in the message catalogs (lib/i18n/locales/<lang>/shell.json);
 * every text is read at call time because the content script picks its language at start-up.
 * Each dock and each combination of counts is a whole sentence: word order differs across languages.
 */
import { type MessageKey, t } from '@/lib/i18n';
import type { Dock } from '@/lib/layout/place-panel';
import { texts } from '@/lib/texts';

const MOVE_TO: Record<Dock, MessageKey> = {
  right: 'shell_move_to_right',
  left: 'shell_move_to_left',
  bottom: 'shell_move_to_bottom',
};
const MOVED_TO: Record<Dock, MessageKey> = {
  right: 'shell_moved_to_right',
  left: 'shell_moved_to_left',
  bottom: 'shell_moved_to_bottom',
};

export const PANEL_MESSAGES = texts(
  {
    show: 'shell_show',
    hide: 'shell_hide',
    move: 'shell_move',
    crashed: 'shell_crashed',
    tryAgain: 'shell_try_again',
  },
  {
    moveTo: (dock: Dock) => t(MOVE_TO[dock]),
    movedTo: (dock: Dock) => t(MOVED_TO[dock]),
    pillLabel: (title: string, errors: number, warnings: number) => {
      if (errors && warnings) return t('shell_pill_label_both', title, errors, warnings);
      if (errors) return t('shell_pill_label_errors', title, errors);
      if (warnings) return t('shell_pill_label_warnings', title, warnings);
      return t('shell_pill_label', title);
    },
    errorsBadge: (n: number) => t('shell_errors_badge', n),
    warningsBadge: (n: number) => t('shell_warnings_badge', n),
  },
);
