/**
 * Message templates in real Chromium: the seller edits a template and the shop name in the options,
 * fills the sandbox create page's message box from it, and presses Send; the sandbox receives that text.
 * On the collaboration list, "Copy follow-up" puts the filled follow-up on the clipboard.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setMessages } from '../../lib/i18n';
import { ENGLISH } from '../../lib/i18n/english';
import { fillTemplate } from '../../lib/templates';
import { openCreate, typeEndDate, typeRate, ymdIn } from './create-page';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

setMessages(ENGLISH);

const GUARD = `${PANEL} .cp-panel`;
const FROM_TEMPLATE = `${PANEL} [data-testid="message-from-template"]`;
const INVITATION =
  'Hi {creator}! We would love you to try {products} from {shop}: {commission} commission until {end_date}.';
const FOLLOW_UP = 'Hello again from {shop}! Our offer on {products} ({commission}) is open until {end_date}.';

describe('message templates', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://affiliate.tiktok.com' });
  });
  after(async () => {
    await h?.close();
  });

  it('edits the templates and the shop name in the options, with an unknown variable refused inline', async () => {
    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('li.template').nth(1).waitFor();
    const [invitation, followUp] = await options.locator('li.template').all();
    assert.ok(invitation && followUp);
    const body = invitation.getByLabel('Text', { exact: true });
    await body.fill('Hi {name}!');
    const error = invitation.locator('.field__error').first();
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /“\{name\}” is not a variable/);
    assert.match(
      (await body.getAttribute('aria-describedby')) ?? '',
      new RegExp(`${await body.getAttribute('id')}-error`),
    );
    await body.fill(INVITATION);
    await followUp.getByLabel('Text', { exact: true }).fill(FOLLOW_UP);
    await options.getByLabel('Shop name', { exact: true }).fill('Sunny Home');
    await invitation.getByText('Preview with sample values').click();
    await invitation.locator('.template__sample[data-language="vi"] .template__text').waitFor();
    assert.match(
      (await invitation.locator('.template__sample[data-language="id"] .template__text').textContent()) ?? '',
      /^Hi @sunny\.creator! .* dari Sunny Home|^Hi @sunny\.creator! .*Sunny Home/,
    );
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
  });

  it('fills the create page message box from the template, and Send delivers that text', async () => {
    const world = h.sandbox.state.world;
    const product = world.products.find(
      (p) => p.openCommission != null && p.stock > 100 && p.status === 1 && (p.openCommission ?? 0) < 6000,
    )!;
    const creator = world.creators.find((c) => c.id === world.fixtures.liveCreatorId)!;
    const page = await openCreate(h, [creator.id], [product.id], GUARD);
    const name = page.locator('input[placeholder="Invitation name"]');
    await name.fill('Template e2e');
    const endDate = ymdIn(20);
    await typeEndDate(page, endDate, h.sandbox.state.variant.dateFormat);
    const rate = Math.min(80, Math.round((product.openCommission ?? 0) / 100) + 5);
    await typeRate(h, page, product.id, String(rate));
    await openPanel(page);
    await page.locator(FROM_TEMPLATE).getByRole('button', { name: 'Fill message' }).click();
    await page
      .locator(FROM_TEMPLATE)
      .getByText(/Message filled in\. Read it/)
      .waitFor({ timeout: 10_000 });

    const expected = fillTemplate(
      INVITATION,
      {
        shop: 'Sunny Home',
        products: [product.title],
        commissionBp: [rate * 100],
        endDate,
        sample: null,
        creators: [creator.handle],
      },
      'en',
      'GB',
    ).text;
    const box = page.locator('textarea').first();
    assert.equal(await box.inputValue(), expected);

    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.click();
    const confirm = page.locator(`${GUARD} [data-send="confirm"]`);
    const sent = page.locator(`${GUARD} [data-send="sent"]`);
    await Promise.race([confirm.waitFor({ timeout: 15_000 }), sent.waitFor({ timeout: 15_000 })]);
    if (await confirm.count()) {
      await page
        .locator(GUARD)
        .getByRole('button', { name: /allow Send/ })
        .click();
      await send.click();
    }
    await sent.waitFor({ timeout: 15_000 });
    const group = h.sandbox.state.groups.find((g) => g.name === 'Template e2e');
    assert.equal(group?.message, expected, 'the sandbox received the filled message');
    await page.close();
  });

  it('copies a follow-up for creators who have not accepted', async () => {
    const ids = h.sandbox.state.world.fixtures.groups as Record<string, string>;
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB');
    await page.locator('[data-tid="m4b_table"] tbody tr').first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    const item = page
      .locator(`${PANEL} li.cp-health__issue[data-collaboration-id="${ids.staleInvites}"]`)
      .filter({ hasText: 'Copy follow-up' });
    await item.first().waitFor({ timeout: 20_000 });
    await item.first().getByRole('button', { name: 'Copy follow-up' }).click();
    const copied = item.first().getByText('Follow-up copied. Paste it into your message to the creator.');
    const manual = item.first().locator('textarea');
    await Promise.race([copied.waitFor({ timeout: 10_000 }), manual.waitFor({ timeout: 10_000 })]);
    const text = (await manual.count())
      ? await manual.inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
    assert.match(
      text,
      /^Hello again from Sunny Home! Our offer on .+ \(\d+(\.\d+)?%(–\d+(\.\d+)?%)?\) is open until \d{1,2} \w+ \d{4}\.$/,
    );
    await page.close();
  });
});
