/** Small labelled controls of the options form. */
import { useState } from 'preact/hooks';
import { Field } from '../common/Field';
import { OPTIONS_TEXT } from './messages';

const label = (key: string) => OPTIONS_TEXT.fields[key]?.[0] ?? key;
const hint = (key: string) => OPTIONS_TEXT.fields[key]?.[1] || undefined;
const fieldId = (key: string, prefix = 'f') => `${prefix}-${key.replace(/\./g, '-')}`;

export function TextField(props: {
  name: string;
  value: string;
  error?: string | undefined;
  onInput: (v: string) => void;
  onBlur?: (value: string) => void;
  idPrefix?: string;
  labelText?: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const id = fieldId(props.name, props.idPrefix);
  return (
    <Field id={id} label={props.labelText ?? label(props.name)} hint={hint(props.name)} error={props.error}>
      {(aria) => (
        <input
          {...aria}
          name={props.name}
          type="text"
          inputMode={props.inputMode ?? 'decimal'}
          autocomplete="off"
          value={props.value}
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
          onBlur={(e) => props.onBlur?.((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

export function SelectField(props: {
  name: string;
  value: string;
  choices: readonly string[];
  onChange: (v: string) => void;
  idPrefix?: string;
  inherit?: boolean;
}) {
  const id = fieldId(props.name, props.idPrefix);
  return (
    <Field id={id} label={label(props.name)} hint={hint(props.name)}>
      {(aria) => (
        <select
          {...aria}
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
        >
          {props.inherit ? <option value="">{OPTIONS_TEXT.inherit}</option> : null}
          {props.choices.map((c) => (
            <option key={c} value={c}>
              {OPTIONS_TEXT.options[c] ?? c}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckField(props: { name: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = fieldId(props.name);
  return (
    <div class="check">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label(props.name)}</label>
    </div>
  );
}

/** A button that asks once before it acts: the question and its two answers stand in its place until answered. */
export function ConfirmButton(props: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{props.question}</legend>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {props.no}
      </button>
    </fieldset>
  );
}
