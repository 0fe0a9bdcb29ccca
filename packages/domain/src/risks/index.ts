export * from './lec';
export * from './levels';
export * from './matrix';
export * from './polygon';
export * from './schedule';
