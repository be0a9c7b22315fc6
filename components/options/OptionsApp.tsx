/**
 * The options page: a grouped settings form with inline validation, save with a visible confirmation,
 * reset (confirmed), export/import as a JSON file, and the download and (confirmed) deletion of
 * set-aside data. All writes go through the worker, which validates again.
 */

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Reply, SendMessage } from '@/lib/messages';
import { MAX_SETTINGS_FILE_CHARS } from '@/lib/settings/parse';
import { PAGES, type RegionOverride, type Settings } from '@/lib/settings/schema';
import type { Notice } from '@/lib/storage/notices';
import { hasProblems, templateProblems } from '@/lib/templates';
import { readFileText } from '../common/download';
import { type Status, StatusLine } from '../common/StatusLine';
import { CreatorMemoryGroup } from './CreatorMemoryGroup';
import { CheckField, ConfirmButton, SelectField, TextField } from './controls';
import {
  CHOICE_FIELDS,
  CHOICES,
  type FormText,
  formatField,
  overrideFromText,
  REGION_FIELDS,
  settingsFromForm,
  TEXT_FIELDS,
  textOf,
  validateField,
} from './form-model';
import { OPTIONS_TEXT as T } from './messages';
import { RegionOverrides, type RegionText } from './RegionOverrides';
import { TemplatesEditor } from './TemplatesEditor';

export interface OptionsApi {
  send: SendMessage;
  download(filename: string, text: string, type: string): void;
}

function regionTextOf(s: Settings): RegionText {
  return Object.fromEntries(
    Object.entries(s.regionOverrides).map(([r, o]) => [
      r,
      Object.fromEntries(
        REGION_FIELDS.filter((f) => o?.[f] !== undefined).map((f) => [
          f,
          formatField(TEXT_FIELDS[f]?.kind ?? 'int', o?.[f] as number),
        ]),
      ),
    ]),
  );
}

/** A state whose latest value is also in a ref: save reads it, as a click can come before the render that follows the last keystroke. */
function useLatest<T>(initial: T) {
  const [value, setState] = useState(initial);
  const ref = useRef(initial);
  const set = (update: T | ((old: T) => T)) => {
    ref.current = typeof update === 'function' ? (update as (old: T) => T)(ref.current) : update;
    setState(ref.current);
  };
  return [value, set, ref] as const;
}

function Group(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="group" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [base, setBase, baseRef] = useLatest<Settings | null>(null);
  const [text, setText, textRef] = useLatest<FormText>({});
  const [regionText, setRegionText, regionRef] = useLatest<RegionText>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);

  const load = (s: Settings) => {
    setBase(s);
    setText(textOf(s));
    setRegionText(regionTextOf(s));
    setErrors({});
  };

  /** Shows the settings the worker answered with and says `done`, or says why it refused. */
  const settle = (r: Reply<'settings/save'>, done: string, failed = (error: string) => error) => {
    if (!r.ok) return setStatus({ kind: 'error', text: failed(r.error) });
    load(r.data.settings);
    setStatus({ kind: 'ok', text: done });
  };

  useEffect(() => {
    void api
      .send({ type: 'settings/get' })
      .then((r) => (r.ok ? load(r.data.settings) : setStatus({ kind: 'error', text: T.noAnswer })));
    void api.send({ type: 'notices/get' }).then((r) => r.ok && setNotices(r.data.notices));
  }, [api]);

  if (!base) {
    return (
      <main class="options">
        <h1>{T.title}</h1>
        <p role="status">{T.loading}</p>
        <StatusLine status={status} />
      </main>
    );
  }

  const setField = (key: string, v: string) => {
    setText((t) => ({ ...t, [key]: v }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const checkField = (key: string, value: string) => {
    const e = validateField(key, value);
    setErrors((all) => {
      const { [key]: _old, ...rest } = all;
      return e ? { ...rest, [key]: e } : rest;
    });
  };
  const setChoice = <K extends keyof Settings>(key: K, v: Settings[K]) => setBase((b) => (b ? { ...b, [key]: v } : b));
  const setGroup = (group: 'overlay', key: keyof Settings['overlay'], v: boolean) =>
    setBase((b) => (b ? { ...b, [group]: { ...b[group], [key]: v } } : b));
  const setOverride = (region: string, o: RegionOverride | null) =>
    setBase((b) => {
      if (!b) return b;
      const next = { ...b.regionOverrides };
      if (o) next[region] = o;
      else delete next[region];
      return { ...b, regionOverrides: next };
    });

  const save = async (e: Event) => {
    e.preventDefault();
    const current = baseRef.current ?? base;
    const form = settingsFromForm(current, textRef.current);
    const all: Record<string, string> = form.ok ? {} : { ...form.errors };
    const overrides: Record<string, RegionOverride> = {};
    for (const [region, o] of Object.entries(current.regionOverrides)) {
      const r = overrideFromText(o ?? {}, regionRef.current[region] ?? {});
      if (r.ok) overrides[region] = r.override;
      else for (const [k, v] of Object.entries(r.errors)) all[`${region}.${k}`] = v;
    }
    setErrors(all);
    // A template's problems are shown beside it as it is typed; they count here so nothing broken is saved.
    const n = Object.keys(all).length + current.templates.filter((x) => hasProblems(templateProblems(x))).length;
    if (n > 0 || !form.ok) {
      setStatus({ kind: 'error', text: T.fixErrors(n) });
      return;
    }
    settle(
      await api.send({ type: 'settings/save', settings: { ...form.settings, regionOverrides: overrides } }),
      T.saved,
    );
  };

  const reset = async () => settle(await api.send({ type: 'settings/reset' }), T.resetDone);

  const exportSettings = async () => {
    const r = await api.send({ type: 'settings/export' });
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    api.download(r.data.filename, r.data.text, 'application/json');
    setStatus({ kind: 'ok', text: T.exported });
  };

  const importSettings = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readFileText(file, MAX_SETTINGS_FILE_CHARS * 4);
    if (!read.ok) return setStatus({ kind: 'error', text: T.importFailed(T.fileTooBig) });
    settle(await api.send({ type: 'settings/import', text: read.text }), T.imported, T.importFailed);
  };

  const downloadSetAside = async () => {
    const r = await api.send({ type: 'setaside/export' });
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    if (r.data.count === 0) return setStatus({ kind: 'info', text: T.setAsideNone });
    api.download(r.data.filename, r.data.text, 'application/json');
    setStatus({ kind: 'ok', text: T.setAsideDone(r.data.count) });
  };

  const deleteSetAside = async () => {
    const r = await api.send({ type: 'setaside/clear' });
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    setStatus({ kind: 'ok', text: T.setAsideDeleted(r.data.deleted) });
  };

  const dismiss = async (id: string) => {
    await api.send({ type: 'notices/dismiss', id });
    setNotices((list) => list.filter((n) => n.id !== id));
  };

  const tf = (name: string, inputMode?: 'numeric' | 'decimal') => (
    <TextField
      name={name}
      value={text[name] ?? ''}
      error={errors[name]}
      onInput={(v) => setField(name, v)}
      onBlur={(v) => checkField(name, v)}
      {...(inputMode ? { inputMode } : {})}
    />
  );

  return (
    <main class="options">
      <h1>{T.title}</h1>
      <p class="intro">{T.intro}</p>
      {notices.map((n) => (
        <div key={n.id} class="notice" role="note">
          <p>{n.message}</p>
          <button type="button" onClick={() => dismiss(n.id)}>
            {T.dismiss}
          </button>
        </div>
      ))}
      <form onSubmit={save} noValidate>
        <Group id="g-collab" title={T.groups.collaboration}>
          {tf('defaultDurationDays', 'numeric')}
          {tf('defaultTargetRateBp')}
          {tf('raiseMarginBp')}
          {CHOICE_FIELDS.map((name) => (
            <SelectField
              key={name}
              name={name}
              value={base[name]}
              choices={CHOICES[name]}
              onChange={(v) => setChoice(name, v as Settings[typeof name])}
            />
          ))}
        </Group>
        <Group id="g-stock" title={T.groups.stock}>
          {tf('minStock', 'numeric')}
          {tf('sampleUnitsPerCreator', 'numeric')}
        </Group>
        <Group id="g-fit" title={T.groups.fit}>
          {tf('fit.minFollowers', 'numeric')}
          {tf('fit.minGmv')}
          {tf('fit.minEngagement')}
          {tf('fit.minSampleFulfilment')}
        </Group>
        <Group id="g-warn" title={T.groups.warnings}>
          <CheckField
            name="confirmWarnings"
            checked={base.confirmWarnings}
            onChange={(v) => setChoice('confirmWarnings', v)}
          />
          {tf('notAcceptedAfterDays', 'numeric')}
          {tf('recentInviteDays', 'numeric')}
        </Group>
        <Group id="g-regions" title={T.groups.regions}>
          <RegionOverrides
            overrides={base.regionOverrides as Record<string, RegionOverride>}
            text={regionText}
            errors={errors}
            onText={(region, f, v) => setRegionText((t) => ({ ...t, [region]: { ...t[region], [f]: v } }))}
            onChoice={(region, f, v) => {
              const o = { ...(baseRef.current?.regionOverrides[region] ?? {}) } as Record<string, unknown>;
              if (v === '') delete o[f];
              else o[f] = v;
              setOverride(region, o as RegionOverride);
            }}
            onAdd={(region) => setOverride(region, {})}
            onRemove={(region) => setOverride(region, null)}
          />
        </Group>
        <Group id="g-templates" title={t('options_tpl_group_title')}>
          <TemplatesEditor
            templates={base.templates}
            defaults={base}
            onChange={(f) => setBase((b) => (b ? { ...b, templates: f(b.templates) } : b))}
            onShopName={(v) => setChoice('shopName', v)}
          />
        </Group>
        <Group id="g-pages" title={T.groups.pages}>
          {PAGES.map((p) => (
            <CheckField
              key={p}
              name={`overlay.${p}`}
              checked={base.overlay[p]}
              onChange={(v) => setGroup('overlay', p, v)}
            />
          ))}
          <CheckField name="showReadings" checked={base.showReadings} onChange={(v) => setChoice('showReadings', v)} />
        </Group>
        <div class="actions">
          <button type="submit" class="primary">
            {T.save}
          </button>
          <ConfirmButton label={T.reset} question={T.resetConfirm} yes={T.resetYes} no={T.resetNo} onConfirm={reset} />
        </div>
        <StatusLine status={status} />
      </form>
      <Group id="g-data" title={T.groups.data}>
        <div class="actions">
          <button type="button" onClick={exportSettings}>
            {T.exportBtn}
          </button>
          <label class="file">
            <span>{T.importLabel}</span>
            <input type="file" accept="application/json,.json" onChange={importSettings} />
          </label>
        </div>
        <p class="field__hint">{T.setAsideHint}</p>
        <div class="actions">
          <button type="button" onClick={downloadSetAside}>
            {T.setAsideBtn}
          </button>
          <ConfirmButton
            label={T.setAsideDelete}
            question={T.setAsideDeleteConfirm}
            yes={T.setAsideDeleteYes}
            no={T.setAsideDeleteNo}
            onConfirm={deleteSetAside}
          />
        </div>
      </Group>
      <CreatorMemoryGroup api={api} />
    </main>
  );
}
