export * from './place-panel';
export * from './rect';
export * from './remeasure';
