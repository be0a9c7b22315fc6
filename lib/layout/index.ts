export * from './open-beside';
export * from './place-panel';
export * from './rect';
export * from './remeasure';
