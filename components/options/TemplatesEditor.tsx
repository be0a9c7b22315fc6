/**
 * The message templates editor: each template's name, kind and text, with its must-fix problems inline
 * (aria-describedby, through Field) and a preview filled with sample values in each language the
 * panels speak. Saving goes with the rest of the form; OptionsApp refuses to save while a problem stands.
 */
import { useState } from 'preact/hooks';
import { LIMITS } from '@/lib/config/limits';
import type { Language } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { isoDate } from '@/lib/prefill/plan';
import type { Settings } from '@/lib/settings/schema';
import {
  blockingClause,
  fillTemplate,
  TEMPLATE_BOUNDS,
  TEMPLATE_KINDS,
  type Template,
  type TemplateKind,
  type TemplateValues,
  templateProblems,
} from '@/lib/templates';
import { Field } from '../common/Field';
import { ConfirmButton } from './controls';
import { bodyProblemText, nameProblemText } from './template-problems';

/** Each language by its own name, as a language menu shows it. */
const PREVIEW_LANGUAGES: ReadonlyArray<[Language, string]> = [
  ['en', 'English'],
  ['id', 'Bahasa Indonesia'],
  ['vi', 'Tiếng Việt'],
];
const SAMPLE_HANDLES = ['sunny.creator', 'mai.reviews', 'budi.daily'];
const DAY_MS = 86_400_000;

const KIND_LABEL: Record<TemplateKind, () => string> = {
  invitation: () => t('options_tpl_kind_invitation'),
  'follow-up': () => t('options_tpl_kind_follow_up'),
};

type Defaults = Pick<Settings, 'shopName' | 'defaultTargetRateBp' | 'defaultDurationDays' | 'defaultSampleOffer'>;

/** Sample values from the seller's own defaults, so the preview's length is close to a real message's. */
export function previewValues(s: Defaults, creators: 'one' | 'several', now: number): TemplateValues {
  return {
    shop: s.shopName.trim() || t('options_tpl_sample_shop'),
    products: [t('options_tpl_sample_products_1'), t('options_tpl_sample_products_2')],
    commissionBp: [s.defaultTargetRateBp],
    endDate: isoDate(now + s.defaultDurationDays * DAY_MS),
    sample: s.defaultSampleOffer,
    creators: creators === 'one' ? SAMPLE_HANDLES.slice(0, 1) : SAMPLE_HANDLES,
  };
}

function newId(existing: readonly Template[]): string {
  for (let n = existing.length + 1; ; n++) {
    const id = `t${n}`;
    if (!existing.some((x) => x.id === id)) return id;
  }
}

export interface TemplatesEditorProps {
  templates: readonly Template[];
  defaults: Defaults;
  /** An update of the latest list: edits can come faster than the renders that follow them. */
  onChange: (update: (templates: Template[]) => Template[]) => void;
  onShopName: (name: string) => void;
}

export function TemplatesEditor(props: TemplatesEditorProps) {
  const { templates } = props;
  const update = (id: string, patch: Partial<Template>) =>
    props.onChange((list) => list.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  const add = () => {
    props.onChange((list) => [
      ...list,
      { id: newId(list), name: t('options_tpl_new_name'), kind: 'invitation', body: '' },
    ]);
    // The new template's name field takes focus once it is drawn, so keyboard users land in it.
    setTimeout(
      () => document.querySelector<HTMLInputElement>('.template:last-of-type input[name="template-name"]')?.select(),
      0,
    );
  };
  const full = templates.length >= TEMPLATE_BOUNDS.count;
  return (
    <>
      <p class="group__intro">{t('options_tpl_group_intro')}</p>
      <Field id="f-shopName" label={t('options_tpl_field_shop_name')} hint={t('options_tpl_hint_shop_name')}>
        {(aria) => (
          <input
            {...aria}
            name="shopName"
            type="text"
            autocomplete="organization"
            maxLength={TEMPLATE_BOUNDS.nameMaxChars}
            value={props.defaults.shopName}
            onInput={(e) => props.onShopName((e.currentTarget as HTMLInputElement).value)}
          />
        )}
      </Field>
      <ul class="templates" aria-label={t('options_tpl_list_label')}>
        {templates.map((tpl) => (
          <TemplateItem
            key={tpl.id}
            template={tpl}
            defaults={props.defaults}
            onChange={(p) => update(tpl.id, p)}
            onDelete={() => props.onChange((list) => list.filter((x) => x.id !== tpl.id))}
          />
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={add} disabled={full} aria-describedby={full ? 'templates-full' : undefined}>
          {t('options_tpl_add')}
        </button>
        {full ? (
          <p class="field__hint" id="templates-full">
            {t('options_tpl_limit_reached', TEMPLATE_BOUNDS.count)}
          </p>
        ) : null}
      </div>
    </>
  );
}

function TemplateItem(props: {
  template: Template;
  defaults: Defaults;
  onChange: (p: Partial<Template>) => void;
  onDelete: () => void;
}) {
  const { template: tpl } = props;
  const id = `tpl-${tpl.id}`;
  const problems = templateProblems(tpl);
  const bodyError = problems.body.map(bodyProblemText).join(' ') || undefined;
  return (
    <li class="template" data-template-id={tpl.id}>
      <fieldset>
        <legend>{tpl.name.trim() || t('options_tpl_new_name')}</legend>
        <Field
          id={`${id}-name`}
          label={t('options_tpl_field_name')}
          error={problems.name ? nameProblemText(problems.name) : undefined}
        >
          {(aria) => (
            <input
              {...aria}
              name="template-name"
              type="text"
              autocomplete="off"
              value={tpl.name}
              onInput={(e) => props.onChange({ name: (e.currentTarget as HTMLInputElement).value })}
            />
          )}
        </Field>
        <Field id={`${id}-kind`} label={t('options_tpl_field_kind')}>
          {(aria) => (
            <select
              {...aria}
              name="template-kind"
              value={tpl.kind}
              onChange={(e) => props.onChange({ kind: (e.currentTarget as HTMLSelectElement).value as TemplateKind })}
            >
              {TEMPLATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]()}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-body`}
          label={t('options_tpl_field_body')}
          hint={t('options_tpl_hint_body', LIMITS.messageMaxChars)}
          error={bodyError}
        >
          {(aria) => (
            <textarea
              {...aria}
              name="template-body"
              rows={5}
              value={tpl.body}
              onInput={(e) => props.onChange({ body: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          )}
        </Field>
        <Preview id={id} body={tpl.body} defaults={props.defaults} broken={problems.body.length > 0} />
        <div class="actions">
          <ConfirmButton
            label={t('options_tpl_delete')}
            question={t('options_tpl_delete_confirm', tpl.name)}
            yes={t('options_tpl_delete_yes')}
            no={t('options_tpl_delete_no')}
            onConfirm={props.onDelete}
          />
        </div>
      </fieldset>
    </li>
  );
}

function Preview(props: { id: string; body: string; defaults: Defaults; broken: boolean }) {
  const [creators, setCreators] = useState<'one' | 'several'>('one');
  const values = previewValues(props.defaults, creators, Date.now());
  return (
    <details class="template__preview">
      <summary>{t('options_tpl_preview_heading')}</summary>
      <Field id={`${props.id}-preview-creators`} label={t('options_tpl_preview_creators')}>
        {(aria) => (
          <select
            {...aria}
            value={creators}
            onChange={(e) => setCreators((e.currentTarget as HTMLSelectElement).value as 'one' | 'several')}
          >
            <option value="one">{t('options_tpl_preview_one_creator')}</option>
            <option value="several">{t('options_tpl_preview_several_creators')}</option>
          </select>
        )}
      </Field>
      {props.broken
        ? null
        : PREVIEW_LANGUAGES.map(([lang, name]) => {
            const filled = fillTemplate(props.body, values, lang);
            const problem = blockingClause(filled);
            return (
              <section key={lang} class="template__sample" data-language={lang} aria-label={name}>
                <h4>{name}</h4>
                <p class="template__text" lang={lang}>
                  {filled.text}
                </p>
                <p class="field__hint">{t('options_tpl_preview_count', filled.graphemes, LIMITS.messageMaxChars)}</p>
                {problem ? (
                  <p class="field__error" data-problem>
                    <strong>{t('options_tpl_must_fix')}:</strong> {problem}
                  </p>
                ) : null}
              </section>
            );
          })}
    </details>
  );
}
