/** Per-region settings: blank fields follow the global value. */

import { useRef, useState } from 'preact/hooks';
import { ALL_REGIONS } from '@/lib/hosts';
import type { RegionOverride } from '@/lib/settings/schema';
import { SelectField, TextField } from './controls';
import { CHOICE_FIELDS, CHOICES, type ChoiceField, REGION_FIELDS } from './form-model';
import { OPTIONS_TEXT } from './messages';

export type RegionText = Record<string, Partial<Record<(typeof REGION_FIELDS)[number], string>>>;

export function RegionOverrides(props: {
  overrides: Record<string, RegionOverride>;
  text: RegionText;
  errors: Record<string, string>;
  onText: (region: string, field: (typeof REGION_FIELDS)[number], value: string) => void;
  onChoice: (region: string, field: ChoiceField, value: string) => void;
  onAdd: (region: string) => void;
  onRemove: (region: string) => void;
}) {
  const used = Object.keys(props.overrides);
  const free = ALL_REGIONS.filter((r) => !used.includes(r));
  const [pick, setPick] = useState(free[0] ?? '');
  const choice = free.includes(pick) ? pick : (free[0] ?? '');
  const select = useRef<HTMLSelectElement>(null);
  return (
    <div>
      <p class="group__intro">{OPTIONS_TEXT.regionIntro}</p>
      {used.sort().map((region) => (
        <fieldset key={region} class="region">
          <legend>{OPTIONS_TEXT.regionHeading(region)}</legend>
          {REGION_FIELDS.map((f) => (
            <TextField
              key={f}
              name={f}
              idPrefix={`r-${region}`}
              value={props.text[region]?.[f] ?? ''}
              error={props.errors[`${region}.${f}`]}
              onInput={(v) => props.onText(region, f, v)}
            />
          ))}
          {CHOICE_FIELDS.map((f) => (
            <SelectField
              key={f}
              name={f}
              idPrefix={`r-${region}`}
              inherit
              value={(props.overrides[region]?.[f] as string | undefined) ?? ''}
              choices={CHOICES[f]}
              onChange={(v) => props.onChoice(region, f, v)}
            />
          ))}
          <button type="button" onClick={() => props.onRemove(region)}>
            {OPTIONS_TEXT.regionRemove(region)}
          </button>
        </fieldset>
      ))}
      {free.length > 0 ? (
        <div class="region-add">
          <label for="region-pick">{OPTIONS_TEXT.regionPick}</label>
          <select
            id="region-pick"
            ref={select}
            value={choice}
            onChange={(e) => setPick((e.currentTarget as HTMLSelectElement).value)}
          >
            {free.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const r = select.current?.value || choice;
              if (r) props.onAdd(r);
            }}
          >
            {OPTIONS_TEXT.regionAdd}
          </button>
        </div>
      ) : null}
    </div>
  );
}
