/** A request the worker declined on purpose, with the sentence to show: the listener answers `refused`. */
export class Refused extends Error {}
