/** The row badge's tooltip follows the active language, line by line. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { RowBadge } from '../../components/health/RowBadge';
import { checkHealth } from '../../lib/health';
import { collab, DAY, NOW, OPTIONS, product } from './fixtures';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  setMessages(ENGLISH);
});

const issues = () =>
  checkHealth(
    [collab({ id: 'x', name: 'Kitchen', endsAt: NOW + DAY, products: [product({ stock: 0 })] })],
    OPTIONS,
  ).byCollaboration.get('x');

describe('row badge texts', () => {
  it.each([
    ['en', ENGLISH, 'Error · 2', 'Error: Out of stock\nWarning: Ending soon'],
    ['vi', catalogSource('vi', VI), 'Lỗi · 2', 'Lỗi: Hết hàng\nCảnh báo: Sắp kết thúc'],
  ])('%s', (_lang, source, badgeText, tooltip) => {
    setMessages(source);
    act(() => render(<RowBadge issues={issues()} collaborationId="x" collaborationName="Kitchen" />, root));
    const badge = root.firstElementChild;
    expect(badge?.textContent).toBe(badgeText);
    expect(badge?.getAttribute('title')).toBe(tooltip);
  });
});
