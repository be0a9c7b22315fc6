/**
 * The shape of a registry entry, shared by the pre-send rules and the health checks: each finding code is
 * defined once, with its severity, the check that reports it and the message it reports, so the codes and
 * the message parameters are derived from the registry rather than kept in step by hand.
 */
import type { Severity } from './types';

/** Files one finding; `extra` may be left out where the engine accepts none (`Extra` includes undefined). */
export type Report<P, Extra> = undefined extends Extra
  ? (params: P, extra?: Extra) => void
  : (params: P, extra: Extra) => void;

/**
 * `report(params, extra)` files one finding of the entry's code; `extra` is what the engine needs beyond
 * the message (the product or creator concerned, the health facts).
 */
export interface Entry<C extends string, P, Subject, Extra> {
  code: C;
  severity: Severity;
  // Methods, not properties: their parameters compare both ways, so every entry fits `AnyEntry`.
  check(subject: Subject, report: Report<P, Extra>): void;
  message(params: P): string;
}

/** Any entry, for the engine's loop. */
export interface AnyEntry<Subject, Extra> {
  code: string;
  severity: Severity;
  /** `params` are what the entry's own `message` takes. */
  check(subject: Subject, report: Report<unknown, Extra>): void;
  message(params: never): string;
}

/** Every code of a registry. */
export type CodeOf<R extends readonly { code: string }[]> = R[number]['code'];

/** The message parameters of each code of a registry, as its entry's message takes them. */
export type ParamsOf<R extends readonly { code: string }[]> = {
  [E in R[number] as E['code']]: E extends { message: (params: infer P) => string } ? P : never;
};
