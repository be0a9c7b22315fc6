import { useEffect, useRef, useState } from 'preact/hooks';
import { type BulkProgress, CreatorsToolbar } from '@/components/creators/CreatorsToolbar';
import { MemoryFilter } from '@/components/creators/MemoryFilter';
import { RowOverlay } from '@/components/creators/RowOverlay';
import { useReadings } from '@/components/panel/readings-context';
import { splitForQueue } from '@/lib/creators/bulk';
import type { BulkAddResult } from '@/lib/creators/messages';
import { countByReason } from '@/lib/creators/reasons';
import { type MemoryFilter as Filter, hiddenByFilter } from '@/lib/memory/summary';
import type { CreatorRow } from '@/lib/pages/creator-json';
import { readCreatorDetail, readFindCreatorsPage } from '@/lib/pages/find-creators';
import { toId } from '@/lib/pages/json-common';
import type { PageRecognition } from '@/lib/pages/recognise';
import { provideFocusedCreator } from '../focused-creator';
import type { PageDataStore } from '../page-data';
import { useSettings } from '../settings-hook';
import { FEATURE_MESSAGES } from './find-creators/messages';
import { QueueBatches } from './find-creators/queue-batches';
import { type RowDecorator, startRowDecorator } from './find-creators/row-decorator';
import { createRowOverlays } from './find-creators/row-overlays';
import { rowFromDom, toSnapshot } from './find-creators/snapshot';
import { type OverlaySetup, useChanges, useOverlay, whenIdle } from './find-creators/use-overlay';

export interface FindCreatorsFeatureProps {
  page: Extract<PageRecognition, { kind: 'find-creators' | 'creator-detail' }>;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

type FindPage = Extract<PageRecognition, { kind: 'find-creators' }>;
type DetailPage = Extract<PageRecognition, { kind: 'creator-detail' }>;

export function FindCreatorsFeature(props: FindCreatorsFeatureProps) {
  const { page } = props;
  return page.kind === 'creator-detail' ? (
    <CreatorDetailPanel page={page} data={props.data} signal={props.signal} />
  ) : (
    <FindCreatorsPanel page={page} data={props.data} signal={props.signal} />
  );
}

const NO_REASONS: ReadonlySet<number> = new Set();
const NO_FILTER: Filter = {};
/** The toolbar counts every listed row: once per idle moment while the page streams rows in. */
const AT_IDLE = whenIdle();
/** How long the page may take to draw its results table before the panel says it cannot find one. */
const TABLE_GRACE_MS = 10_000;

/**
 * Row overlays on the results table, the toolbar that filters and queues the listed creators, and the
 * queue's batches. The sub-app may re-mount its table (a language switch after load, going back): the
 * rows of the old table are undecorated and the new table is followed, so only rows on the page count.
 */
function FindCreatorsPanel({ page, data, signal }: { page: FindPage; data: PageDataStore; signal: AbortSignal }) {
  const setup = useOverlay(page, data, signal);
  const [decorator, setDecorator] = useState<RowDecorator | null>(null);
  const [missing, setMissing] = useState(false);

  // Starts once per overlay setup.
  useEffect(() => {
    if (!setup) return;
    const { ctl } = setup;
    // Every row's overlay is plain DOM fed by one subscription (row-overlays.ts), not a render root per row.
    const overlays = createRowOverlays(ctl, setup.signal);
    let current: { table: Element; ac: AbortController; dec: RowDecorator } | null = null;
    let due: ReturnType<typeof setTimeout> | null = null;
    const follow = () => {
      due = null;
      if (setup.signal.aborted) return;
      const found = readFindCreatorsPage(document);
      const table = found.ok ? found.table : null;
      if (current && (table === current.table || (!table && current.table.isConnected))) return;
      current?.ac.abort();
      current = null;
      if (!table) {
        setDecorator(null);
        return;
      }
      const ac = new AbortController();
      setup.signal.addEventListener('abort', () => ac.abort(), { once: true });
      const dec = startRowDecorator({
        table,
        signal: ac.signal,
        language: page.language,
        mount(root, key, row, read) {
          ctl.registerRow(key, row);
          // What the DOM shows, only for a row the page's JSON has not told us about.
          if (!ctl.creator(key)) ctl.registerFallback(key, rowFromDom(read(), key));
          overlays.mount(root, key);
        },
        unmount: (root) => overlays.unmount(root),
      });
      current = { table, ac, dec };
      setMissing(false);
      setDecorator(dec);
    };
    follow();
    // One check per batch of the page's changes, and a look for the table only once it has gone.
    const watch = new MutationObserver(() => {
      if (!due && !current?.table.isConnected) due = setTimeout(follow, 0);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const grace = setTimeout(() => setMissing(!current), TABLE_GRACE_MS);
    setup.signal.addEventListener(
      'abort',
      () => {
        watch.disconnect();
        clearTimeout(grace);
        if (due) clearTimeout(due);
      },
      { once: true },
    );
    provideFocusedCreator(() => {
      const key = current?.dec.focusedKey();
      const c = key ? ctl.creator(key) : null;
      // A row known only by its handle has no creator id the queue could take; the popup's "Queue this
      // creator" is offered, like the row's own add, only for a creator the page said is not blocked.
      return c && c.blocked === false && toId(c.id) === c.id ? toSnapshot(c, page.region) : null;
    }, setup.signal);
  }, [setup]);

  if (!setup || !decorator) {
    return <Waiting missing={missing} />;
  }
  return (
    <>
      <ListedToolbar page={page} data={data} setup={setup} decorator={decorator} />
      <QueueBatches region={page.region} />
    </>
  );
}

/** Before the table is followed: waiting for it, or saying it is not there. */
function Waiting({ missing }: { missing: boolean }) {
  useReadings((r) => (missing ? r.findCreatorsReadings(null) : []), [missing]);
  return (
    <p class="cp-muted" role="status">
      {missing ? FEATURE_MESSAGES.tableMissing : FEATURE_MESSAGES.rowsWaiting}
    </p>
  );
}

/**
 * The toolbar over the listed rows. It alone re-renders as rows stream in (once per idle moment), so
 * the batches beside it are not rendered again per page of rows.
 */
function ListedToolbar(props: { page: FindPage; data: PageDataStore; setup: OverlaySetup; decorator: RowDecorator }) {
  const { page, data, setup, decorator } = props;
  const [reasons, setReasons] = useState<ReadonlySet<number>>(NO_REASONS);
  const [memoryFilter, setMemoryFilter] = useState<Filter>(NO_FILTER);
  const recentDays = useSettings(page.region).recentInviteDays;
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const cancelled = useRef(false);
  useChanges(setup.ctl.subscribe, AT_IDLE);
  useChanges(decorator.subscribe, AT_IDLE);

  const { ctl } = setup;
  const listed = decorator.listed();
  const rows: CreatorRow[] = [];
  const now = Date.now();
  const filtering = memoryFilter !== NO_FILTER;
  const hiddenKey = (key: string) => filtering && hiddenByFilter(ctl.memory(key) ?? undefined, memoryFilter, now);
  let hiddenCount = 0;
  const hiddenIds = new Set<string>();
  for (const r of listed) {
    const c = ctl.creator(r.key);
    if (!c) continue;
    rows.push(c);
    if (hiddenKey(r.key)) {
      hiddenCount++;
      hiddenIds.add(c.id);
    }
  }
  const selected: CreatorRow[] = [];
  for (const key of decorator.selectedKeys()) {
    const c = ctl.creator(key);
    if (c) selected.push(c);
  }
  const counts = countByReason(rows);
  const unreadable = decorator.unreadable();
  const fromPageData = listed.reduce((n, r) => (ctl.fromPage(r.key) ? n + 1 : n), 0);
  useReadings(
    (r) => r.findCreatorsReadings({ listed: listed.length, unreadable, fromPageData }),
    [listed.length, unreadable, fromPageData],
  );
  const matching = splitForQueue(rows, reasons).matching.filter((c) => !hiddenIds.has(c.id));

  // Fade the rows the ticked reasons leave out. New rows are faded by the decorator as they come; a
  // row's reason can also change when its JSON arrives after its DOM, hence the data revision.
  // The memory filter fades the same way; its answers arrive with the rows, hence the hidden count.
  const dimRev = reasons.size > 0 || filtering ? data.get().rev : 0;
  // dimRev is the trigger: new JSON may change a row's reason.
  useEffect(() => {
    if (reasons.size === 0 && !filtering) decorator.setDim(null);
    else
      decorator.setDim(
        (key) => (reasons.size === 0 || reasons.has(ctl.creator(key)?.recommendReason ?? 0)) && !hiddenKey(key),
      );
  }, [decorator, ctl, reasons, dimRev, memoryFilter, hiddenCount]);

  const queueRows = async (chosen: readonly CreatorRow[]): Promise<BulkAddResult> => {
    const { addable, blocked, unknown } = splitForQueue(chosen, NO_REASONS);
    cancelled.current = false;
    // Progress is shown only while the toolbar is busy, so the last report can stay: clearing it here
    // would flash the toolbar's own "0 of N" for a frame before it leaves its busy state.
    const { addInChunks } = await import('./find-creators/add-to-queue');
    return addInChunks(
      addable,
      { blocked: blocked.length, unknown: unknown.length },
      {
        region: page.region,
        onProgress: (done, total) => setProgress({ done, total }),
        cancelled: () => cancelled.current || setup.signal.aborted,
        onQueued: (ids) => setup.ctl.queued.markQueued(ids),
      },
    );
  };

  // Rows are listed but not one could be tied to a creator: say so rather than count "(0)" for every reason.
  if (rows.length === 0 && unreadable > 0) {
    return (
      <p class="cp-muted" role="status">
        {FEATURE_MESSAGES.tableUnreadable}
      </p>
    );
  }
  const filter = (
    <MemoryFilter
      filter={memoryFilter}
      recentDays={recentDays}
      hiddenCount={hiddenCount}
      onChange={(f) => setMemoryFilter(f.invitedWithinDays || f.hideDoNotInvite || f.hideNeverAccepted ? f : NO_FILTER)}
    />
  );
  return (
    <>
      {filter}
      <CreatorsToolbar
        reasonCounts={counts}
        reasons={reasons}
        onReasonsChange={setReasons}
        listedCount={rows.length}
        unknownCount={listed.length - fromPageData}
        matchingCount={matching.length}
        selectedCount={selected.length}
        queueCount={ctl.queued.count()}
        onQueueSelected={() => queueRows(selected)}
        onQueueMatching={() => queueRows(matching)}
        progress={progress}
        onCancel={() => {
          cancelled.current = true;
        }}
      />
    </>
  );
}

/** A creator's own page: the same badges, fit and "Add to queue" as a row, in the panel. */
function CreatorDetailPanel({ page, data, signal }: { page: DetailPage; data: PageDataStore; signal: AbortSignal }) {
  const setup = useOverlay(page, data, signal);
  useChanges(setup?.ctl.subscribe);
  const id = page.creatorId;

  // Once per overlay setup.
  useEffect(() => {
    if (!setup || !id) return;
    const { ctl } = setup;
    // Only the handle is on screen; the page's JSON (normally already here) brings the rest.
    const detail = readCreatorDetail(document, new URL(window.location.href));
    if (detail.ok && detail.handle) {
      const dom = rowFromDom(
        {
          id,
          handle: detail.handle,
          nickname: null,
          followers: null,
          gmv: null,
          gmvFloor: false,
          gmvText: null,
          unitsSold: null,
          avgViews: null,
          engagement: null,
          element: detail.inviteButton,
          actionCell: null,
          creatorCell: null,
        },
        id,
      );
      ctl.registerFallback(id, dom);
    }
    provideFocusedCreator(() => {
      const c = ctl.creator(id);
      return c?.blocked === false ? toSnapshot(c, page.region) : null;
    }, setup.signal);
  }, [setup]);

  const view = setup && id ? setup.ctl.view(id) : null;
  if (!id) return <p class="cp-muted">{FEATURE_MESSAGES.detailNoId}</p>;
  if (!setup || !view?.creator) {
    return (
      <p class="cp-muted" role="status">
        {FEATURE_MESSAGES.detailLoading}
      </p>
    );
  }
  return <DetailOverlay setup={setup} id={id} />;
}

function DetailOverlay({ setup, id }: { setup: OverlaySetup; id: string }) {
  const v = setup.ctl.view(id);
  if (!v.creator) return null;
  return (
    <div class="cp-creator-detail">
      <RowOverlay
        creator={v.creator}
        thresholds={v.thresholds}
        state={v.state}
        {...(v.error ? { error: v.error } : {})}
        locale={setup.ctl.locale}
        onAdd={() => void setup.ctl.addOne(id)}
      />
    </div>
  );
}
