import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setMessages } from '@/lib/i18n';
import { ENGLISH } from '@/lib/i18n/english';

// Entrypoints choose the language at start-up; tests read English from the bundled catalog.
setMessages(ENGLISH);

beforeEach(() => {
  fakeBrowser.reset();
});
