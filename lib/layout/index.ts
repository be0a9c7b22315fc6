export * from './place-panel';
export * from './rect';
