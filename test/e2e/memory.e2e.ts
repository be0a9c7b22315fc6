import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FIND, HOST, ROW, rowHandles, rowOf } from './find-creators-page';
import { type Harness, startHarness } from './harness';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<any> } };

describe('creator memory on Find creators', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it("three invited creators show their history on their rows, and the seller's mark too", async () => {
    const find = await h.newPage();
    await find.goto(FIND);
    await find.locator(`${ROW} ${HOST} .cp-overlay`).first().waitFor({ timeout: 15_000 });
    const byHandle = new Map(h.sandbox.state.world.creators.map((c) => [c.handle.replace(/^@/, ''), c]));
    const listed = (await rowHandles(find))
      .map((x) => byHandle.get(x))
      .filter((c) => c && !c.blocked)
      .slice(0, 3);
    assert.equal(listed.length, 3);
    const heightBefore = await rowOf(find, listed[0]!.handle.replace(/^@/, '')).evaluate(
      (r) => r.getBoundingClientRect().height,
    );

    // Queued, opened as one batch, then sent: the worker records each step in memory.
    const popup = await h.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const ids = listed.map((c) => c!.id);
    const send = (m: unknown) => popup.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
    const queueAll = (opId: string, prefix: string) =>
      send({
        type: 'queue/add',
        opId,
        inputs: listed.map((c) => ({
          id: `${prefix}-${c!.id}`,
          creator: { id: c!.id, handle: c!.handle, canLive: null },
          terms: {
            products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'none' }],
            durationDays: 21,
            contentType: 'video',
            flashSale: false,
            feeStructure: 'commission',
          },
        })),
        region: 'GB',
      });
    const add = await queueAll('mem-1', 'mem');
    assert.equal(add.ok, true, JSON.stringify(add));
    const opened = await send({
      type: 'batch/open',
      opId: 'mem-open',
      entryIds: ids.map((id) => `mem-${id}`),
      region: 'GB',
    });
    assert.equal(opened.ok, true, JSON.stringify(opened));
    const sent = await send({
      type: 'queue/apply-result',
      opId: 'mem-sent',
      entryIds: ids.map((id) => `mem-${id}`),
      creatorIds: ids,
      result: { ok: true },
    });
    assert.deepEqual(sent.data.sent.length, 3);
    const marked = await send({ type: 'memory/do-not-invite', creatorId: ids[0], value: true });
    assert.equal(marked.ok, true);

    await find.bringToFront();
    await find.reload();
    await find.locator(`${ROW} ${HOST} .cp-overlay`).first().waitFor({ timeout: 15_000 });
    const line = (c: (typeof listed)[number]) =>
      rowOf(find, c!.handle.replace(/^@/, '')).locator(`${HOST} .cp-memory__line`);
    await line(listed[0]).waitFor({ timeout: 10_000 });
    assert.equal(await line(listed[0]).textContent(), "Don't invite · Invited 1×");
    assert.equal(await line(listed[1]).textContent(), 'Invited 1×');
    assert.equal(await line(listed[2]).textContent(), 'Invited 1×');

    // The details open on focus, and the row keeps its height.
    await line(listed[1]).focus();
    await rowOf(find, listed[1]!.handle.replace(/^@/, ''))
      .locator(`${HOST} .cp-memory [role="tooltip"]`)
      .getByText(/Last invited/)
      .waitFor();
    const heightAfter = await rowOf(find, listed[0]!.handle.replace(/^@/, '')).evaluate(
      (r) => r.getBoundingClientRect().height,
    );
    assert.equal(heightAfter, heightBefore);

    // Taken off the queue, then queued again: before the batch opens, it names the seller's mark and the
    // invitation just sent (the memory outlives the queue's entries).
    const removed = await send({ type: 'queue/remove', opId: 'mem-rm', ids: ids.map((id) => `mem-${id}`) });
    assert.equal(removed.ok, true, JSON.stringify(removed));
    assert.equal((await send({ type: 'queue/clear-removed', opId: 'mem-clear' })).ok, true);
    const again = await queueAll('mem-2', 'mem2');
    assert.equal(again.ok, true, JSON.stringify(again));
    const plan = await send({ type: 'batch/plan', region: 'GB' });
    const findings: Array<{ code: string; severity: string; creatorId?: string }> = plan.data.batches.flatMap(
      (b: { findings: unknown[] }) => b.findings,
    );
    const about = (code: string) =>
      findings
        .filter((f) => f.code === code)
        .map((f) => [f.severity, f.creatorId])
        .sort();
    assert.deepEqual(about('creators.do-not-invite'), [['warning', ids[0]]]);
    assert.deepEqual(about('creators.invited-by-you'), ids.map((id) => ['warning', id]).sort());
    await popup.reload();
    const marked0 = `You marked @${listed[0]!.handle.replace(/^@/, '')} “don't invite”`;
    await popup.locator('.batch__finding-list li', { hasText: marked0 }).waitFor({ timeout: 10_000 });
    assert.deepEqual(h.pageErrors, []);
  });
});
