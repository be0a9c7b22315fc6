/** A request the worker declined on purpose, with the sentence to show: the listener answers `refused`. */
export class Refused extends Error {}

/** The replies the handlers build: an answer, or a request declined with the sentence to show. */
export const ok = <T>(data: T) => ({ ok: true as const, data });
export const refused = (error: string) => ({ ok: false as const, code: 'refused' as const, error });
