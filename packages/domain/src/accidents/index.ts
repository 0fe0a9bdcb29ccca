export * from './categories';
export * from './grade';
export * from './indicators';
export * from './investigation';
export * from './reporting';
export * from './sectors';
export * from './workflows';
