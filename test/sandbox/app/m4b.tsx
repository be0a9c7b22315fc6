import {
  Button,
  type ButtonProps,
  Collapse,
  type CollapseItemProps,
  DatePicker,
  type DatePickerProps,
  Input,
  InputNumber,
  type InputNumberProps,
  type InputProps,
  Radio,
  type RadioGroupProps,
  Select,
  type SelectProps,
  Switch,
  type SwitchProps,
  Table,
  type TableProps,
} from '@arco-design/web-react';
import type { InputSearchProps, TextAreaProps } from '@arco-design/web-react/es/Input/interface';
import { type ReactNode, useLayoutEffect, useRef } from 'react';

/**
 * TikTok's thin wrapper layer over Arco ("m4b"): same components, plus `data-tid="m4b_*"` on each component's root
 * element and opaque `data-e2e` ids. Inputs carry `data-e2e` on the native <input>; everything else on the root.
 */

interface E2e {
  e2e?: string;
  children?: ReactNode;
}

/** Arco puts extra props of Input/InputNumber on the native <input>; the m4b tid belongs on the wrapper around it. */
function useWrapperTid(tid: string) {
  // biome-ignore lint/suspicious/noExplicitAny: Arco's Input and InputNumber refs differ in type but both expose `dom`.
  const ref = useRef<any>(null);
  useLayoutEffect(() => {
    const input: HTMLElement | undefined = ref.current?.dom;
    const root = input?.closest('.arco-input-group-wrapper, .arco-textarea-wrapper') ?? input;
    if (root && root.getAttribute('data-tid') !== tid) root.setAttribute('data-tid', tid);
  });
  return ref;
}

export function M4bButton({ e2e, ...props }: ButtonProps & E2e) {
  return <Button data-tid="m4b_button" data-e2e={e2e} {...props} />;
}

export function M4bInput({ e2e, ...props }: InputProps & E2e) {
  const ref = useWrapperTid('m4b_input');
  return <Input ref={ref} data-e2e={e2e} {...props} />;
}

export function M4bInputSearch({ e2e, ...props }: InputSearchProps & E2e) {
  const ref = useWrapperTid('m4b_input_search');
  return <Input.Search ref={ref} data-e2e={e2e} {...props} />;
}

export function M4bTextArea({ e2e, ...props }: TextAreaProps & E2e) {
  return <Input.TextArea data-e2e={e2e} {...props} />;
}

export function M4bInputNumber({ e2e, ...props }: InputNumberProps & E2e) {
  const ref = useWrapperTid('m4b_input_number');
  return <InputNumber ref={ref} data-e2e={e2e} {...props} />;
}

export function M4bTable<T extends object>({ e2e, ...props }: TableProps<T> & E2e) {
  return <Table<T> data-tid="m4b_table" data-e2e={e2e} {...props} />;
}

export function M4bDatePicker({ e2e, ...props }: DatePickerProps & E2e) {
  return <DatePicker data-tid="m4b_date_picker" data-e2e={e2e} {...props} />;
}

export function M4bSwitch({ e2e, ...props }: SwitchProps & E2e) {
  return <Switch data-tid="m4b_switch" data-e2e={e2e} {...props} />;
}

export function M4bSelect({ e2e, ...props }: SelectProps & E2e) {
  return <Select data-tid="m4b_select" data-e2e={e2e} {...props} />;
}

export function M4bRadioGroup({ e2e, ...props }: RadioGroupProps & E2e) {
  return <Radio.Group data-tid="m4b_radio_group" data-e2e={e2e} {...props} />;
}

export function M4bCollapseItem({ e2e, ...props }: CollapseItemProps & E2e) {
  return <Collapse.Item data-tid="m4b_collapse_item" data-e2e={e2e} {...props} />;
}

/** The opaque ids the real pages carry; stable across builds (see ../CONTRACT.md). */
export const E2E = {
  nameInput: '2f3a4b5c-0a1b-4c2d',
  sendButton: '9d8c7b6a-1e2f-4a3b',
  discardButton: '1a2b3c4d-5e6f-4a7b',
  endDatePicker: '3b4c5d6e-7f80-4a91',
  messageInput: '5e6f7a8b-9c0d-4e1f',
  contentTypeSelect: '6a7b8c9d-0e1f-4a2b',
  flashSaleSwitch: 'b2c3d4e5-f6a7-4b8c',
  freeSampleSwitch: 'c4d5e6f7-a8b9-4c0d',
  commissionInput: '7c1d2e3f-4a5b-4c6d',
  sampleSelect: 'd5e6f7a8-b9c0-4d1e',
  addProductsButton: '6f7e8d9c-0b1a-4c2d',
  batchEditButton: '8a9b0c1d-2e3f-4a5b',
  creatorSearchInput: '4d5e6f70-8192-4a3b',
  flatFeeAmount: 'c3d4e5f6-a7b8-4c9d',
  findSearchInput: '0e1f2a3b-4c5d-4e6f',
  reasonSelect: 'e1f2a3b4-c5d6-4e7f',
  inviteButton: 'a1b2c3d4-e5f6-4a7b',
  creatorTable: 'f0e1d2c3-b4a5-4968',
  productTable: '2b3c4d5e-6f70-4819',
  collabTable: '9a8b7c6d-5e4f-4a3b',
} as const;

/** The ids public automation code saw on the live create page (docs/domain.md), for `variant.createLiveIds`. */
export const LIVE_E2E = {
  nameInput: 'feafd809-5fe4-3adf',
  sendButton: '140f8059-efa6-4618',
  discardButton: '567176e8-c400-24c9',
  commissionInput: '3a1bf7cf-465b-f541',
} as const;

/** The create page's ids for this variant: the live ones, or the contract's stand-ins. */
export function createIds(live: boolean): Record<keyof typeof LIVE_E2E, string> {
  return live
    ? LIVE_E2E
    : {
        nameInput: E2E.nameInput,
        sendButton: E2E.sendButton,
        discardButton: E2E.discardButton,
        commissionInput: E2E.commissionInput,
      };
}
