export * from './place-panel';
export * from './rect';
export * from './remeasure';
export * from './open-beside';
