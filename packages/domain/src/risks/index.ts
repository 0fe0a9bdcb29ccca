export * from './assess';
export * from './check-workflow';
export * from './lec';
export * from './levels';
export * from './library';
export * from './matrix';
export * from './polygon';
export * from './schedule';
