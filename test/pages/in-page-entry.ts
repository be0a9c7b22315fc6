/**
 * Bundled by readers.e2e.ts with esbuild and injected into sandbox pages, so the readers and writers
 * run against the sandbox's real Arco components in Chromium. Test-only.
 */
import { chooseSelectOption, setSwitch, writeDate, writeNumber, writeText } from '../../lib/form/arco';
import { parseObserverMessage } from '../../lib/observer/answers';
import { findCreateControls, readCreateForm } from '../../lib/pages/create-invitation';
import { readCreatorRows } from '../../lib/pages/find-creators';
import { readInvitationRows } from '../../lib/pages/invitation-list';
import { recognisePage } from '../../lib/pages/recognise';

(window as unknown as Record<string, unknown>).__cpTest = {
  chooseSelectOption,
  setSwitch,
  writeDate,
  writeNumber,
  writeText,
  parseObserverMessage,
  findCreateControls,
  readCreateForm,
  readCreatorRows,
  readInvitationRows,
  recognisePage,
};
