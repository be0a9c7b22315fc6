import type { ApiResponse, CreateRequest } from '../data/types.ts';

/**
 * Test hook, sandbox only: e2e tests read the page's React state through it to prove a write reached React.
 * The extension never reads it (see ../CONTRACT.md).
 */
export interface SandboxHook {
  formState(): unknown;
  lastCreateRequest: CreateRequest | null;
  lastCreateResponse: ApiResponse<unknown> | null;
  /** Adds products to the open create page by id (test set-up shortcut; resolves when they are in the table). */
  addProducts(ids: string[]): Promise<void>;
}

declare global {
  interface Window {
    __sandbox: SandboxHook;
  }
}

let formGetter: (() => unknown) | null = null;
let productAdder: ((ids: string[]) => Promise<void>) | null = null;

export function installSandboxHook(): void {
  window.__sandbox = {
    formState: () => (formGetter ? formGetter() : null),
    lastCreateRequest: null,
    lastCreateResponse: null,
    addProducts: (ids) => (productAdder ? productAdder(ids) : Promise.reject(new Error('not on a create page'))),
  };
}

/** The create page registers its state getter and product adder while mounted. */
export function registerCreatePage(getter: () => unknown, adder: (ids: string[]) => Promise<void>): () => void {
  formGetter = getter;
  productAdder = adder;
  return () => {
    if (formGetter === getter) formGetter = null;
    if (productAdder === adder) productAdder = null;
  };
}

export function recordCreate(request: CreateRequest, response: ApiResponse<unknown>): void {
  window.__sandbox.lastCreateRequest = request;
  window.__sandbox.lastCreateResponse = response;
}
